"""A whole dot-voting round on the board through the widgets, from an empty roster to the
revealed ranking, and the roster's quick entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.views.board.page import BoardsPage
from app.views.board.round_dialog import RoundDialog
from app.views.main_window import MainWindow
from app.views.roster_page import RosterPage
from tests.helpers import mouse, type_japanese

PRESS = QMouseEvent.Type.MouseButtonPress


@pytest.fixture
def window_on_file(window: MainWindow, workshop_path: Path) -> MainWindow:
    window.open_path(workshop_path)
    window.resize(1400, 900)
    return window


def _add_people(roster: RosterPage, qtbot, people: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    for name, table in people:
        roster.table_edit.setText(table)
        type_japanese(roster.name_edit, name)
        qtbot.keyClick(roster.name_edit, Qt.Key.Key_Return)


def test_roster_quick_entry_keeps_the_table_for_the_next_person(
    window_on_file: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window_on_file.workspace.show_section(4)
    roster = window_on_file.workspace.roster_page
    roster.table_edit.setText("テーブル2")
    for name in ("桜井 一郎", "川村 さくら"):
        type_japanese(roster.name_edit, name)
        qtbot.keyClick(roster.name_edit, Qt.Key.Key_Return)
    people = roster.document.roster.all()
    assert [(p.name, p.table_name) for p in people] == [  # in 50音順: かわむら, さくらい
        ("川村 さくら", "テーブル2"),
        ("桜井 一郎", "テーブル2"),
    ]
    assert roster.table.rowCount() == 2 and roster.name_edit.text() == ""
    assert roster.table.item(0, 1).text() == "かわむら さくら"  # the reading, suggested

    messages: list[str] = []
    roster.status_message.connect(messages.append)
    qtbot.keyClick(roster.name_edit, Qt.Key.Key_Return)  # no name
    assert messages == ["名前を入力してください。"]
    assert len(roster.document.roster.all()) == 2

    roster.table.item(1, 2).setText("社会福祉協議会")  # typing into the organisation cell
    assert roster.document.roster.all()[1].organisation == "社会福祉協議会"
    roster.table.item(1, 1).setText("あさくらい いちろう")  # a reading typed over the suggestion
    assert [p.name for p in roster.document.roster.all()] == ["桜井 一郎", "川村 さくら"]
    roster.table.selectRow(1)
    roster.delete_selected()
    assert [p.name for p in roster.document.roster.all()] == ["桜井 一郎"]
    roster.undo_stack.undo()
    assert len(roster.document.roster.all()) == 2


def test_a_namesake_is_added_only_when_confirmed(
    window_on_file: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window_on_file.workspace.show_section(4)
    roster = window_on_file.workspace.roster_page
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def ask(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", ask)
    roster.organisation_edit.setText("社会福祉協議会")
    _add_people(roster, qtbot, [("佐藤 花子", "テーブル1")])
    _add_people(roster, qtbot, [("佐藤 花子", "テーブル2")])
    assert len(asked) == 1 and "佐藤 花子" in asked[0] and "社会福祉協議会" in asked[0]
    assert len(roster.document.roster.all()) == 1  # No: not added
    answer[0] = QMessageBox.StandardButton.Yes
    _add_people(roster, qtbot, [("佐藤 花子", "テーブル2")])
    assert [p.table_name for p in roster.document.roster.all()] == ["テーブル1", "テーブル2"]


def _click(page: BoardsPage, note_id: int, right: bool = False) -> None:
    centre = page.scene.notes[note_id].scene_note_rect().center()
    button = Qt.MouseButton.RightButton if right else Qt.MouseButton.LeftButton
    mouse(page.view, PRESS, centre.x(), centre.y(), buttons=button, button=button)
    release = QMouseEvent.Type.MouseButtonRelease
    mouse(page.view, release, centre.x(), centre.y(), Qt.MouseButton.NoButton, button)


def _start_round(page: BoardsPage, monkeypatch, dots: int, per_note: int, top_n: int) -> None:  # type: ignore[no-untyped-def]
    def accept(dialog: RoundDialog) -> int:
        dialog.dots.setValue(dots)
        dialog.max_per_note.setValue(per_note)
        dialog.top_n.setValue(top_n)
        assert dialog.hidden.isChecked()  # hidden until revealed, unless unticked
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", accept)
    page.voting.new_round_button.click()


def _board_with_two_voters(window: MainWindow, qtbot) -> tuple[BoardsPage, tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    """桜井 at table 1 and 森田 at table 2 on the roster; a 通所C board with three notes."""
    workspace = window.workspace
    workspace.show_section(4)
    _add_people(
        workspace.roster_page, qtbot, [("桜井 一郎", "テーブル1"), ("森田 由美", "テーブル2")]
    )
    workspace.show_section(3)
    page = workspace.boards_page
    page.add_board("2回目支援", "tsusho_c_pipeline")
    QGuiApplication.clipboard().setText("循環\n送迎\n体験会")
    page.note_entry.paste_notes()
    a, b, c = (n.id for n in page.document.boards.notes(page.scene.board_id))
    return page, (a, b, c)


def test_a_full_voting_round_from_empty_to_revealed_ranking(
    window_on_file: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page, (a, b, c) = _board_with_two_voters(window_on_file, qtbot)
    panel = page.voting

    _start_round(page, monkeypatch, dots=2, per_note=1, top_n=1)
    assert panel.round_combo.currentText() == "投票1"
    assert panel.left_label.text() == "2 / 2"
    panel.vote_button.click()
    assert page.scene.vote_mode

    panel.voter_combo.setCurrentIndex(0)  # 桜井
    _click(page, a)
    assert panel.left_label.text() == "1 / 2"
    _click(page, a)  # a second dot on the same note is over the maximum
    assert panel.message.text() == "1枚の付箋に入れられるのは1人1票までです。"
    _click(page, b)
    _click(page, c)  # no dots left
    assert panel.message.text() == "残りの票がありません（1人2票です）。"
    _click(page, b, right=True)  # take one back
    assert panel.left_label.text() == "1 / 2"
    _click(page, c)
    panel.voter_combo.setCurrentIndex(1)  # 森田
    assert panel.left_label.text() == "2 / 2"
    _click(page, a)
    _click(page, c)

    # Hidden: nothing on the notes, nothing in the results yet.
    assert all(item.dots.count == 0 for item in page.scene.notes.values())
    assert panel.results.topLevelItem(0).text(1) == "結果は公開まで表示されません。"

    # Table 2's paper stickers: one on 送迎.
    panel.vote_button.click()
    page.scene.clearSelection()
    page.scene.notes[b].setSelected(True)
    panel.table_combo.setCurrentText("テーブル2")
    panel.count_spin.setValue(1)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    panel.count_button.click()
    assert len(asked) == 1 and "パソコンでも投票" in asked[0]  # 森田 voted here and at table 2
    entries = panel.paper_entries.text()
    assert "テーブル2  ✓ 1" in entries and "テーブル1  未入力" in entries  # no totals shown

    panel.reveal_button.click()
    assert not panel.vote_button.isEnabled()
    rows = [
        [panel.results.topLevelItem(i).text(k) for k in range(3)]
        for i in range(panel.results.topLevelItemCount())
    ]
    assert rows == [
        ["1位（同率）", "循環", "2"],
        ["1位（同率）", "体験会", "2"],
        ["3位", "送迎", "1"],
    ]

    def breakdown(row: int) -> list[tuple[str, str]]:
        item = panel.results.topLevelItem(row)
        return [(item.child(i).text(1), item.child(i).text(2)) for i in range(item.childCount())]

    assert breakdown(0) == [("パソコン", "2")]  # 循環: both dots cast on the laptop
    assert breakdown(2) == [("テーブル2", "1")]  # 送迎: table 2's paper sticker
    dots = {nid: page.scene.notes[nid].dots for nid in (a, b, c)}
    assert (dots[a].count, dots[a].rank) == (2, 1)
    assert (dots[c].count, dots[c].rank) == (2, 1)  # the tie at the top comes in too
    assert (dots[b].count, dots[b].rank) == (1, None)

    page.undo_stack.undo()  # unreveal
    assert page.scene.notes[a].dots.count == 0

    page.undo_stack.redo()
    _start_round(page, monkeypatch, dots=3, per_note=3, top_n=3)
    assert panel.round_combo.count() == 2 and panel.results.topLevelItemCount() == 1
    panel.round_combo.setCurrentIndex(1)  # the earlier round is still there to read
    assert panel.results.topLevelItem(0).text(1) == "循環"
    assert page.scene.notes[a].dots.rank == 1


def test_voting_needs_a_person_and_a_round(window_on_file: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window_on_file.workspace.show_section(3)
    page = window_on_file.workspace.boards_page
    page.add_board("自由", "")
    QGuiApplication.clipboard().setText("ひとつ")
    page.note_entry.paste_notes()
    note = page.document.boards.notes(page.scene.board_id)[0].id
    page.voting.vote(note, False)
    assert page.voting.message.text() == "先に投票を始めてください。"
    _start_round(page, monkeypatch, dots=1, per_note=1, top_n=1)
    page.voting.vote(note, False)
    assert page.voting.message.text().startswith("先に投票する人を選んでください")
    QApplication.processEvents()


def test_the_board_is_unchanged_after_reopening(
    window: MainWindow, sample_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    window.workspace.show_section(3)
    page = window.workspace.boards_page
    board_id = page.add_board("まちの強み 追加", "strengths")
    assert board_id is not None
    QGuiApplication.clipboard().setText("公民館\n直売所\n老人クラブ")
    page.note_entry.paste_notes()
    notes = [n.id for n in page.document.boards.notes(board_id)]
    page.note_operations.recolour("#d0ecff")  # the pasted notes are still selected
    page.note_operations._grouped(notes[:2], [], "集まれる場所")  # noqa: SLF001
    _start_round(page, monkeypatch, dots=2, per_note=2, top_n=1)
    page.voting.voter_combo.setCurrentIndex(2)
    page.voting.vote(notes[2], False)
    page.voting.reveal_button.click()

    def state(document):  # type: ignore[no-untyped-def]
        rounds = document.boards.rounds(board_id)
        return (
            [c.column_values() for c in document.boards.columns(board_id)],
            [n.column_values() for n in document.boards.notes(board_id)],
            [c.column_values() for c in document.boards.groups(board_id)],
            [r.column_values() for r in rounds],
            [v.column_values() for r in rounds for v in document.boards.votes(r.id)],
        )

    before = state(page.document)
    assert {n["colour"] for n in before[1]} == {"#d0ecff"} and len(before[4]) == 1
    window.close()
    again = MainWindow(window.settings, window.data_dir)
    again.open_path(sample_path)
    try:
        assert state(again.document) == before
        again_page = again.workspace.boards_page
        scene = again_page.show_board(board_id)
        assert [scene.groups[c].count for c in scene.groups] == [2]
        assert scene.notes[notes[2]].dots.count == 1 and scene.notes[notes[2]].dots.rank == 1
    finally:
        again.close()


def test_a_tie_at_the_edge_gets_a_run_off_between_just_those_notes(
    window_on_file: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page, (a, b, c) = _board_with_two_voters(window_on_file, qtbot)
    panel = page.voting
    _start_round(page, monkeypatch, dots=1, per_note=1, top_n=1)
    panel.vote_button.click()
    panel.voter_combo.setCurrentIndex(0)
    _click(page, a)
    panel.voter_combo.setCurrentIndex(1)
    _click(page, c)
    panel.vote_button.click()
    panel.reveal_button.click()
    page.scene.clearSelection()

    steps = page.undo_stack.count()
    panel.run_off_button.click()
    assert page.undo_stack.count() == steps + 1
    run_off = panel.current_round()
    assert run_off is not None and run_off.title == "決選投票: 投票1"
    assert sorted(run_off.eligible_notes) == sorted([a, c]) and run_off.top_n == 1
    assert "付箋2枚" in panel.rules_label.text()

    panel.vote_button.click()
    panel.voter_combo.setCurrentIndex(0)
    _click(page, b)  # not in the run-off
    assert panel.message.text() == "この付箋は今回の投票の対象外です。"
    _click(page, a)
    assert [v.note_id for v in page.document.boards.votes(run_off.id)] == [a]
