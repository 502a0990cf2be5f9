"""Live entry: quick add on worksheets and boards, pasted lines, who is typing, touch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from app.views.board.page import BoardsPage
from app.views.main_window import MainWindow
from app.views.worksheet.page import WorksheetsPage
from app.worksheets.geometry import contains
from tests.helpers import type_japanese


@pytest.fixture
def sheets(window: MainWindow, sample_path: Path) -> WorksheetsPage:
    window.open_path(sample_path)
    assert window.workspace is not None
    window.workspace.show_section(2)
    return window.workspace.worksheets_page


@pytest.fixture
def boards(window: MainWindow, sample_path: Path) -> BoardsPage:
    window.open_path(sample_path)
    assert window.workspace is not None
    window.workspace.show_section(3)
    return window.workspace.boards_page


def _someone(page: WorksheetsPage | BoardsPage) -> int:
    person = page.document.roster.all()[0]
    page.current_author.set(person.id)
    return person.id


def test_typing_a_name_and_enter_puts_a_card_in_the_chosen_zone(
    sheets: WorksheetsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    author = _someone(sheets)
    sheet = sheets.scene.sheet_id
    before = {c.id for c in sheets.document.sheets.cards(sheet)}
    sheets.quick_bar.choose_place("intensive")
    sheets.view.setFocus()
    qtbot.keyClick(sheets.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert sheets.quick_bar.line.hasFocus()
    type_japanese(sheets.quick_bar.line, "訪問型サービスC（新設）")
    qtbot.keyClick(sheets.quick_bar.line, Qt.Key.Key_Return)

    new = [c for c in sheets.document.sheets.cards(sheet) if c.id not in before]
    assert len(new) == 1
    card = new[0]
    assert sheets.document.resource(card.resource_id).name == "訪問型サービスC（新設）"
    assert card.zone_key == "intensive" and card.author_id == author and not card.face_down
    assert sheets.quick_bar.line.text() == "" and sheets.quick_bar.line.hasFocus()
    shape = next(s for s in sheets.document.sheets.zone_shapes(sheet) if s.key == "intensive")
    assert contains(shape.polygon, (card.x + card.width / 2, card.y + card.height / 2))


def test_tab_cycles_the_zones_and_the_next_card_goes_there(sheets: WorksheetsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = sheets.quick_bar
    bar.choose_place("intensive")
    bar.start()
    qtbot.keyClick(bar.line, Qt.Key.Key_Tab)
    assert bar.place() == "transition" and bar.line.hasFocus()
    qtbot.keyClick(bar.line, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.line, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert bar.place() == "" and bar.places.currentText().startswith("未配置")  # parking, last
    type_japanese(bar.line, "あとで決める活動")
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    newest = max(sheets.document.sheets.cards(sheets.scene.sheet_id), key=lambda c: c.id)
    assert newest.zone_key is None
    parking = sheets.scene.template.parking
    assert parking.x <= newest.x and newest.x + newest.width <= parking.right


def test_pasting_lines_makes_one_card_each_without_overlap_and_one_undo_step(
    sheets: WorksheetsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    author = _someone(sheets)
    sheet = sheets.scene.sheet_id
    before = {c.id for c in sheets.document.sheets.cards(sheet)}
    sheets.quick_bar.choose_place("daily_life")
    QGuiApplication.clipboard().setText("見守り隊\n\n  健康麻雀の会 \r\n買い物ツアー\n")
    sheets.quick_bar.start()
    qtbot.keyClick(sheets.quick_bar.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    new = [c for c in sheets.document.sheets.cards(sheet) if c.id not in before]
    names = sorted(sheets.document.resource(c.resource_id).name for c in new)
    assert names == sorted(["見守り隊", "健康麻雀の会", "買い物ツアー"])
    assert {c.zone_key for c in new} == {"daily_life"} and {c.author_id for c in new} == {author}
    every = sheets.document.sheets.cards(sheet)
    for card in new:
        for other in every:
            if other.id != card.id:
                apart = (
                    card.x + card.width <= other.x
                    or other.x + other.width <= card.x
                    or card.y + card.height <= other.y
                    or other.y + other.height <= card.y
                )
                assert apart, (card.id, other.id)
    sheets.undo_stack.undo()
    assert {c.id for c in sheets.document.sheets.cards(sheet)} == before
    assert not {"見守り隊", "健康麻雀の会"} & {r.name for r in sheets.document.resources()}


def test_an_empty_line_adds_nothing(sheets: WorksheetsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    count = len(sheets.document.sheets.cards(sheets.scene.sheet_id))
    sheets.quick_bar.start()
    qtbot.keyClicks(sheets.quick_bar.line, "   ")
    qtbot.keyClick(sheets.quick_bar.line, Qt.Key.Key_Return)
    assert len(sheets.document.sheets.cards(sheets.scene.sheet_id)) == count


def test_face_down_cards_are_marked_and_reveal_turns_them_up(sheets: WorksheetsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    sheets.quick_bar.face_down.setChecked(True)
    ids = sheets.quick_cards.quick_add("transition", ["案A", "案B"])
    assert all(sheets.document.sheets.card(i).face_down for i in ids)
    assert sheets.scene.cards[ids[0]].look.face_down
    sheets.scene.clearSelection()
    sheets.scene.cards[ids[0]].setSelected(True)
    sheets.view.setFocus()
    qtbot.keyClick(sheets.view, Qt.Key.Key_R)
    assert not sheets.document.sheets.card(ids[0]).face_down
    assert sheets.document.sheets.card(ids[1]).face_down
    qtbot.keyClick(sheets.view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert not sheets.document.sheets.card(ids[1]).face_down
    sheets.undo_stack.undo()
    assert sheets.document.sheets.card(ids[1]).face_down


def test_board_quick_add_writes_notes_in_the_column_with_the_author(
    boards: BoardsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    author = _someone(boards)
    board = boards.scene.board_id
    columns = boards.document.boards.columns(board)
    bar = boards.quick_bar
    bar.choose_place(0)
    bar.start()
    qtbot.keyClick(bar.line, Qt.Key.Key_Tab)
    qtbot.keyClick(bar.line, Qt.Key.Key_Tab)
    assert bar.place() == 2
    type_japanese(bar.line, "送迎ボランティアを募る")
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    note = max(boards.document.boards.notes(board), key=lambda n: n.id)
    assert note.text == "送迎ボランティアを募る"
    assert note.column_id == columns[2].id and note.author_id == author

    QGuiApplication.clipboard().setText("一つ目\n二つ目")
    qtbot.keyClick(bar.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    newest = sorted(boards.document.boards.notes(board), key=lambda n: n.id)[-2:]
    assert [n.text for n in newest] == ["一つ目", "二つ目"]
    assert {n.column_id for n in newest} == {columns[2].id}


def test_who_is_typing_is_shared_and_f7_shift_f7_switch(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    workspace = window.workspace
    people = workspace.document.roster.all()
    sheets, boards = workspace.worksheets_page, workspace.boards_page
    workspace.current_author.set(people[0].id)
    workspace.current_author.set(people[1].id)
    assert boards.author_box.currentData() == people[1].id
    assert sheets.author_box.currentData() == people[1].id
    workspace.show_section(2)
    sheets.view.setFocus()
    qtbot.keyClick(sheets.view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert workspace.current_author.participant_id == people[0].id
    assert boards.author() == people[0].id
    # Choosing in one box changes the other.
    boards.author_box.setCurrentIndex(boards.author_box.findData(people[2].id))
    boards.author_box.activated.emit(boards.author_box.currentIndex())
    assert sheets.author_box.currentData() == people[2].id


def test_a_held_finger_opens_the_context_menu_and_a_moving_one_does_not(
    sheets: WorksheetsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    asked: list[QPoint] = []
    sheets.view.customContextMenuRequested.disconnect()
    sheets.view.customContextMenuRequested.connect(asked.append)
    device = QTest.createTouchDevice()
    viewport = sheets.view.viewport()
    spot = QPoint(60, 60)
    QTest.touchEvent(viewport, device).press(0, spot, viewport).commit()
    qtbot.wait(800)
    QTest.touchEvent(viewport, device).release(0, spot, viewport).commit()
    assert asked and (asked[0] - spot).manhattanLength() <= 2

    asked.clear()
    QTest.touchEvent(viewport, device).press(0, spot, viewport).commit()
    qtbot.wait(100)
    QTest.touchEvent(viewport, device).move(0, spot + QPoint(60, 0), viewport).commit()
    qtbot.wait(700)
    QTest.touchEvent(viewport, device).release(0, spot + QPoint(60, 0), viewport).commit()
    assert asked == []
