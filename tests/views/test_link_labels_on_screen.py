"""On the barrel, link labels are placed clear of the cards; one dragged by hand stays where
it was put, in the file too, and undo gives it back to the sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.store.workshop_file import open_workshop
from app.views.main_window import MainWindow
from app.views.worksheet.page import WorksheetsPage
from app.views.worksheet.scene import WorksheetScene
from tests.helpers import drag


@pytest.fixture
def barrel(window: MainWindow, sample_path: Path) -> tuple[WorksheetsPage, WorksheetScene]:
    window.open_path(sample_path)
    window.resize(1366, 768)
    window.workspace.show_section(2)
    page = window.workspace.worksheets_page
    sheet_id = next(s.id for s in page.document.sheets.all() if s.template_id == "undo_barrel")
    scene = page.show_sheet(sheet_id)
    QApplication.processEvents()
    return page, scene


def _labelled(scene: WorksheetScene):  # type: ignore[no-untyped-def]
    return [link for link in scene.links.values() if link.label_text is not None]


def test_labels_on_screen_cover_no_card_and_no_other_label(barrel) -> None:  # type: ignore[no-untyped-def]
    _page, scene = barrel
    labelled = _labelled(scene)
    assert len(labelled) >= 6
    cards = [card.scene_card_rect() for card in scene.cards.values()]
    for i, link in enumerate(labelled):
        assert not any(link.label_box.intersects(card) for card in cards)
        assert not any(link.label_box.intersects(o.label_box) for o in labelled[i + 1 :])


def test_a_dragged_label_stays_is_saved_and_undo_gives_it_back(  # type: ignore[no-untyped-def]
    barrel, sample_path: Path
) -> None:
    page, scene = barrel
    page.view.fit_page()
    link = _labelled(scene)[0]
    start = link.label_box.center()
    before = link.label_box
    target = (start.x() + 30, start.y() + 12)
    drag(page.view, (start.x(), start.y()), target)
    QApplication.processEvents()
    moved = link.label_box.center()
    assert abs(moved.x() - target[0]) < 1.0 and abs(moved.y() - target[1]) < 1.0
    assert link.pinned is not None
    stored = page.document.sheets.link(link.link_id)
    assert stored.label_x == pytest.approx(moved.x(), abs=0.01)
    assert stored.label_y == pytest.approx(moved.y(), abs=0.01)

    page.undo_stack.undo()
    QApplication.processEvents()
    assert page.document.sheets.link(link.link_id).label_x is None
    assert link.pinned is None
    assert link.label_box.center().x() == pytest.approx(before.center().x(), abs=0.01)

    page.undo_stack.redo()
    QApplication.processEvents()
    page.window().close()
    with open_workshop(sample_path, read_only=True) as wf, wf.session() as s:
        from app.models import Link

        again = s.get_one(Link, link.link_id)
        assert (again.label_x, again.label_y) == (stored.label_x, stored.label_y)


def test_place_labels_automatically_unpins_them_in_one_step(barrel) -> None:  # type: ignore[no-untyped-def]
    page, scene = barrel
    links = _labelled(scene)[:2]
    for n, link in enumerate(links):
        centre = link.label_box.center()
        drag(page.view, (centre.x(), centre.y()), (centre.x() + 20 + n * 25, centre.y() - 8))
    assert all(link.pinned is not None for link in links)
    steps = page.undo_stack.count()
    scene.clearSelection()  # nothing chosen: every label put by hand
    page.card_operations.unpin_labels()
    QApplication.processEvents()
    assert all(link.pinned is None for link in links)
    assert page.undo_stack.count() == steps + 1
