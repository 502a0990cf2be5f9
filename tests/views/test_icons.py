"""Every icon the app names is in the bundled icon font, and the toolbars show them."""

from __future__ import annotations

import json
from pathlib import Path

import qtawesome
from PySide6.QtWidgets import QToolBar

from app.views import icons
from app.views.main_window import MainWindow


def test_every_icon_name_is_in_its_font() -> None:
    fonts = Path(qtawesome.__file__).parent / "fonts"
    charmap = json.loads(
        next(fonts.glob("materialdesignicons6-webfont-charmap-*.json")).read_text()
    )
    missing = [n for n in icons.ICONS.values() if n.removeprefix("mdi6.") not in charmap]
    assert missing == []


def test_toolbars_and_sections_carry_icons(window: MainWindow, sample_path: Path) -> None:
    window.open_path(sample_path)
    workspace = window.workspace
    nav = workspace.navigation
    assert all(not nav.item(i).icon().isNull() for i in range(nav.count()))
    for page in (workspace.worksheets_page, workspace.boards_page, workspace.timeline_page):
        for bar in page.findChildren(QToolBar):
            actions = [a for a in bar.actions() if not a.isSeparator() and a.text()]
            assert actions and all(not a.icon().isNull() for a in actions), page
            image = actions[0].icon().pixmap(32).toImage()
            assert any(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
