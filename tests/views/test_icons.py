"""Every icon the app names is in the bundled icon font, and the toolbars show them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QRawFont
from PySide6.QtWidgets import QToolBar

from app.paths import resource_path
from app.views import icons
from app.views.main_window import MainWindow


def _inked(image) -> int:  # noqa: ANN001
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 0
    )


def _solid(image) -> list:  # noqa: ANN001
    """The colours of the fully opaque pixels (the glyph's inside, not its smoothed edge)."""
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]


def test_every_icon_name_has_its_glyph_in_the_bundled_font(qapp) -> None:  # noqa: ANN001
    font = QRawFont(str(resource_path("fonts", "WagamachiIcons.ttf")), 32)
    assert font.isValid()
    missing = [
        name for name, (_mdi, code) in icons.ICONS.items() if not font.supportsCharacter(code)
    ]
    assert missing == []


def test_an_icon_is_drawn_in_its_colour_greyed_when_disabled_and_sharp_at_twice_the_pixels(
    qapp,  # noqa: ANN001
) -> None:
    drawn = icons.icon("boards").pixmap(48).toImage()
    assert _inked(drawn) > 200
    assert {c.name() for c in _solid(drawn)} == {icons.INK}
    grey = icons.icon("boards").pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage()
    assert {c.name() for c in _solid(grey)} == {icons.DISABLED}
    sharp = icons.icon("boards").pixmap(QSize(24, 24), 2.0)
    assert sharp.size() == QSize(48, 48) and sharp.devicePixelRatio() == 2.0


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
