"""Dots from phones under the round's own rules, and the laptop's undo beside phone items."""

from __future__ import annotations

from typing import Any

import pytest

from app.commands.boards import EditColumns, move_notes
from app.commands.voting import CastDot, StartRound
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.reception.host import Reception
from app.views.undo_stack import SafeUndoStack
from tests.reception.phone import Phone


@pytest.fixture
def round_id(document: WorkshopDocument, board_id: int) -> int:
    start = StartRound(
        document,
        board_id,
        {"title": "やってみたいこと", "dots_per_participant": 3, "max_per_note": 2},
    )
    start.redo()
    assert start.round_id is not None
    return start.round_id


def _notes(document: WorkshopDocument, board_id: int) -> list[int]:
    return [n.id for n in document.boards.notes(board_id) if not n.face_down]


def test_dots_from_a_phone_keep_the_round_s_budget_and_per_note_maximum(
    reception: Reception,
    phone: Phone,
    document: WorkshopDocument,
    board_id: int,
    round_id: int,
    look: Any,
) -> None:
    reception.publish()
    first, second = _notes(document, board_id)[:2]
    assert phone.send("dot", round_id=round_id, note_id=first)[0] == 200
    assert phone.send("dot", round_id=round_id, note_id=first)[0] == 200
    over_note = phone.send("dot", round_id=round_id, note_id=first)
    assert over_note == (409, {"error": "over_note_max", "details": ["2"]})
    assert phone.send("dot", round_id=round_id, note_id=second)[0] == 200
    over = phone.send("dot", round_id=round_id, note_id=second)
    assert over == (409, {"error": "over_budget", "details": ["3"]})
    me = look(phone)["me"]
    assert (me["dots_left"], me["dots"]) == (0, {str(first): 2, str(second): 1})
    assert phone.send("undot", round_id=round_id, note_id=first)[0] == 200
    assert sum(v.count for v in document.boards.votes(round_id)) == 2


def test_a_person_s_dots_on_the_laptop_and_the_phone_share_one_budget(
    reception: Reception, phone: Phone, document: WorkshopDocument, board_id: int, round_id: int
) -> None:
    me = phone.state()["me"]["participant"]
    notes = _notes(document, board_id)
    for note in notes[:2]:
        CastDot(document, round_id, note, me).redo()  # typed in on the laptop for them
    assert phone.send("dot", round_id=round_id, note_id=notes[2])[0] == 200
    assert phone.send("dot", round_id=round_id, note_id=notes[3])[1]["error"] == "over_budget"
    with pytest.raises(ValidationError):
        CastDot(document, round_id, notes[4], me)


def test_an_anonymous_phone_writes_but_cannot_vote(
    reception: Reception, document: WorkshopDocument, board_id: int, round_id: int, qtbot: Any
) -> None:
    assert reception.server is not None
    phone = Phone(f"http://127.0.0.1:{reception.server.port}", qtbot)
    phone.join(token=reception.server.token)
    assert phone.send("name", anonymous=True)[0] == 200
    status, made = phone.send("note", text="名前なしの声")
    assert status == 200 and document.boards.note(made["id"]).author_id is None
    note = _notes(document, board_id)[0]
    assert phone.send("dot", round_id=round_id, note_id=note)[1]["error"] == "name_needed"
    reception.choose(anonymous_allowed=False)
    other = Phone(f"http://127.0.0.1:{reception.server.port}", qtbot)
    other.join(token=reception.server.token)
    assert other.send("name", anonymous=True)[1]["error"] == "no_anonymous"


def test_results_reach_the_phone_only_once_revealed(
    reception: Reception,
    phone: Phone,
    document: WorkshopDocument,
    board_id: int,
    round_id: int,
    look: Any,
) -> None:
    note = _notes(document, board_id)[0]
    phone.send("dot", round_id=round_id, note_id=note)
    assert look(phone)["room"]["round"]["results"] == []
    document.record(
        lambda: document.boards.update_round(round_id, {"closed": True, "revealed": True})
    )
    reception.publish()
    results = look(phone)["room"]["round"]["results"]
    assert results[0] == {"note": note, "dots": 1, "rank": 1}


def test_undo_on_the_laptop_never_takes_a_phone_s_note_with_it(
    reception: Reception, phone: Phone, document: WorkshopDocument, board_id: int
) -> None:
    stack = SafeUndoStack()
    failures: list[BaseException] = []
    stack.write_failed.connect(failures.append)
    _, made = phone.send("note", text="スマホの案")
    stack.push(move_notes(document, board_id, {made["id"]: (500.0, 300.0)}))
    phone.send("edit", note_id=made["id"], text="スマホで直した案")
    stack.undo()  # the move is taken back; the phone's edit stays
    note = document.boards.note(made["id"])
    assert (note.text, note.x == 500.0) == ("スマホで直した案", False)

    column = document.boards.columns(board_id)[0]
    stack.push(EditColumns(document, board_id, {column.id: {"label": "新しい列名"}}))
    before = [(n.id, n.text, n.column_id) for n in document.boards.notes(board_id)]
    stack.undo()  # a plain rename: undone as ever
    assert document.boards.columns(board_id)[0].label == column.label
    assert [(n.id, n.text, n.column_id) for n in document.boards.notes(board_id)] == before
    assert failures == []


def test_undoing_a_board_a_phone_has_written_on_is_refused_and_changes_nothing(
    reception: Reception, phone: Phone, document: WorkshopDocument, qtbot: Any
) -> None:
    from app.commands.boards import AddBoard

    stack = SafeUndoStack()
    failures: list[BaseException] = []
    stack.write_failed.connect(failures.append)
    add = AddBoard(document, "その場のボード")
    stack.push(add)
    new_board = max(b.id for b in document.boards.all())
    reception.choose(board_id=new_board)
    _, made = phone.send("note", text="消えてはいけない")
    stack.undo()
    assert [getattr(f, "code", None) for f in failures] == ["others_work"]
    assert made["id"] in {n.id for n in document.boards.notes(new_board)}
    qtbot.waitUntil(
        lambda: stack.index() == 1
    )  # the step stays, to undo once the note is dealt with
