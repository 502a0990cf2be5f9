"""Every page fits the laptops and projectors of a town hall: 1280×720 and 1366×768.

Nothing that can be clicked may lie outside the window; what does not fit must be in a
scroll area (reachable by scrolling), not cut off.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from app.views.main_window import MainWindow

SECTIONS = ["概要", "地域資源", "ワークシート", "付箋ボード", "参加者", "セッション", "帳票"]


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_off(window: MainWindow) -> list[str]:
    """Controls shown on the current page that lie (partly) outside the window."""
    inside = QRect(0, 0, window.width(), window.height())
    page = window.workspace.pages.currentWidget()
    found = []
    for control in page.findChildren(QWidget):
        if not isinstance(control, QAbstractButton | QComboBox | QLineEdit):
            continue
        if not control.isVisibleTo(window) or _in_scroll_area(control):
            continue
        if isinstance(control.parentWidget(), QAbstractScrollArea):
            continue  # a scroll bar's own buttons
        top_left = control.mapTo(window, control.rect().topLeft())
        where = QRect(top_left, control.size())
        if not inside.contains(where):
            found.append(f"{type(control).__name__} {getattr(control, 'text', lambda: '')()!r}")
    return found


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_page_fits_the_screen(window: MainWindow, sample_path: Path, size) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    width, height = size
    window.resize(width, height)
    QApplication.processEvents()
    assert window.workspace.section_titles() == SECTIONS
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, hint
    for index, title in enumerate(SECTIONS):
        window.workspace.show_section(index)
        QApplication.processEvents()
        assert (window.width(), window.height()) == size, title  # the page did not grow it
        assert _cut_off(window) == [], title


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_sheet_opens_with_readable_card_names_and_0_shows_it_whole(
    window: MainWindow, sample_path: Path, qtbot, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from app.worksheets.card_style import CARD_TEXT_MM

    window.resize(*size)
    window.open_path(sample_path)
    window.workspace.show_section(2)
    page = window.workspace.worksheets_page
    sheet_id = next(s.id for s in page.document.sheets.all() if s.template_id == "undo_barrel")
    page.show_sheet(sheet_id)
    QApplication.processEvents()
    assert page.view.transform().m11() * CARD_TEXT_MM >= 12  # card names ≥ 12 px high
    shown = page.view.shown_rect()
    cards = page.scene.content_rect()
    assert shown.contains(cards.center())
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_0)
    assert page.view.shown_rect().contains(page.scene.page_rect())


def test_a_board_opens_with_its_notes_readable_from_the_first_column(
    window: MainWindow, sample_path: Path
) -> None:
    window.resize(1366, 768)
    window.open_path(sample_path)
    window.workspace.show_section(3)
    page = window.workspace.boards_page
    board_id = page.document.boards.all()[0].id
    page.show_board(board_id)
    QApplication.processEvents()
    sizes = sorted(item.text_size for item in page.scene.notes.values())
    median = sizes[len(sizes) // 2]
    assert page.view.transform().m11() * median >= 11.9  # typical note text ≥ 12 px high
    assert page.view.shown_rect().left() <= page.scene.content_rect().left() + 1  # column 1
