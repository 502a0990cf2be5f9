"""Timeline commands: each edit is one undo step, undo restores the file exactly, bad input
is refused before it reaches the stack, and everything is there after reopening."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from app.commands import session_rows as rows
from app.commands.boards import AddBoard, AddNotes, AddParticipants, DeleteParticipants
from app.commands.timeline import (
    AddSessions,
    DeleteSessions,
    DuplicateSession,
    EditSession,
    TakeSnapshots,
    plan_engagement,
)
from app.document import WorkshopDocument
from app.models import (
    Action,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Attendance,
    Decision,
    SessionLink,
    Snapshot,
)
from app.models.rules import ValidationError
from app.store.workshop_file import open_workshop
from app.timeline.compare import compare

TABLES = (Attendance, AgendaItem, Decision, Action, SessionLink, Snapshot)


def _state(document: WorkshopDocument) -> tuple:
    return (
        [m.column_values() for m in document.timeline.sessions()],
        *([r.column_values() for r in document.timeline.rows(t)] for t in TABLES),
    )


def _planned(document: WorkshopDocument, stack: QUndoStack) -> list[int]:
    command = plan_engagement(document, "three_visits", date(2022, 9, 20))
    stack.push(command)
    return command.ids


def test_planning_an_engagement_is_one_undo_step(document, stack) -> None:  # type: ignore[no-untyped-def]
    ids = _planned(document, stack)
    assert len(ids) == 8
    assert [m.title for m in document.timeline.sessions()][2] == "1回目支援"
    assert stack.count() == 1
    stack.undo()
    assert document.timeline.sessions() == []
    stack.redo()
    assert [m.id for m in document.timeline.sessions()] == ids


def test_moving_editing_duplicating_and_deleting_sessions(document, stack) -> None:  # type: ignore[no-untyped-def]
    ids = _planned(document, stack)
    visit2 = ids[4]
    before = _state(document)
    stack.push(EditSession(document, visit2, {"day": date(2022, 12, 5)}))
    assert document.timeline.session(visit2).day == date(2022, 12, 5)
    assert stack.undoText() == "セッションを移動"
    stack.push(EditSession(document, visit2, {"venue": "公民館", "start": time(9, 30)}))
    assert document.timeline.session(visit2).venue == "公民館"
    stack.push(rows.add_agenda_item(document, visit2, {"title": "講義", "minutes": 45}))
    duplicate = DuplicateSession(document, visit2, date(2022, 12, 6))
    stack.push(duplicate)
    assert duplicate.session_id is not None
    copy = document.timeline.session(duplicate.session_id)
    assert (copy.day, copy.venue) == (date(2022, 12, 6), "公民館")
    assert [a.title for a in document.timeline.rows(AgendaItem, copy.id)] == ["講義"]
    stack.push(DeleteSessions(document, [visit2]))
    assert document.timeline.rows(AgendaItem, visit2) == []
    stack.undo()
    assert [a.title for a in document.timeline.rows(AgendaItem, visit2)] == ["講義"]
    for _ in range(4):
        stack.undo()
    assert _state(document) == before


def test_bad_session_input_is_refused(document, stack) -> None:  # type: ignore[no-untyped-def]
    ids = _planned(document, stack)
    with pytest.raises(ValidationError) as end:
        EditSession(document, ids[2], {"end": time(12, 0)})  # starts 13:30
    assert end.value.code == "end_before_start"
    with pytest.raises(ValidationError) as title:
        EditSession(document, ids[2], {"title": "  "})
    assert title.value.code == "empty_name"
    with pytest.raises(ValidationError):
        AddSessions(document, [{"title": "x", "day": "2022-13-40"}], "add")
    assert stack.count() == 1


def test_agenda_items_reorder_and_refuse_negative_minutes(document, stack) -> None:  # type: ignore[no-untyped-def]
    visit = _planned(document, stack)[2]
    for title, minutes in (("説明", 20), ("講義", 40), ("演習", 60)):
        stack.push(rows.add_agenda_item(document, visit, {"title": title, "minutes": minutes}))
    items = document.timeline.rows(AgendaItem, visit)
    stack.push(rows.reorder_agenda(document, [items[2].id, items[0].id, items[1].id]))
    assert [a.title for a in document.timeline.rows(AgendaItem, visit)] == ["演習", "説明", "講義"]
    stack.undo()
    assert [a.title for a in document.timeline.rows(AgendaItem, visit)] == ["説明", "講義", "演習"]
    with pytest.raises(ValidationError) as negative:
        rows.edit_agenda_item(document, items[0].id, {"minutes": -10})
    assert negative.value.code == "negative_minutes"
    stack.push(rows.edit_agenda_item(document, items[0].id, {"kind": "lecture", "minutes": "25"}))
    item = document.timeline.row(AgendaItem, items[0].id)
    assert (item.kind, item.minutes) == (AgendaKind.LECTURE, 25)


def test_attendance_new_people_and_deleting_a_person(document, stack) -> None:  # type: ignore[no-untyped-def]
    ids = _planned(document, stack)
    add = AddParticipants(document, [{"name": "桜井"}, {"name": "森田"}])
    stack.push(add)
    sakurai, morita = add.ids
    stack.push(rows.set_attendance(document, ids[2], sakurai, True))
    stack.push(rows.set_attendance(document, ids[4], sakurai, True))
    stack.push(rows.set_attendance(document, ids[4], morita, True))
    assert rows.set_attendance(document, ids[4], morita, True) is None
    assert sorted(document.timeline.attendance_pairs()) == [
        (ids[2], sakurai),
        (ids[4], sakurai),
        (ids[4], morita),
    ]
    before = _state(document)
    stack.push(DeleteParticipants(document, [morita]))
    assert (ids[4], morita) not in document.timeline.attendance_pairs()
    stack.undo()
    assert _state(document) == before
    stack.push(rows.set_attendance(document, ids[4], morita, False))
    assert (ids[4], morita) not in document.timeline.attendance_pairs()


def test_actions_refuse_a_due_date_before_the_engagement(document, stack) -> None:  # type: ignore[no-untyped-def]
    ids = _planned(document, stack)
    start = document.timeline.engagement_start()
    assert start == document.timeline.sessions()[0].day
    with pytest.raises(ValidationError) as early:
        rows.add_action(document, ids[2], {"what": "仕様書案", "due": date(2022, 1, 1)})
    assert early.value.code == "due_before_start"
    with pytest.raises(ValidationError):
        rows.add_action(document, ids[2], {"what": " ", "due": None})
    stack.push(
        rows.add_action(
            document, ids[2], {"what": "仕様書案", "who": "川村", "due": date(2022, 12, 16)}
        )
    )
    (action,) = document.timeline.rows(Action, ids[2])
    stack.push(rows.edit_action(document, action.id, {"status": "done"}))
    assert document.timeline.row(Action, action.id).status == ActionStatus.DONE
    stack.push(rows.add_decision(document, ids[2], "通所Cを中心に"))
    assert [d.text for d in document.timeline.rows(Decision, ids[2])] == ["通所Cを中心に"]


def test_snapshots_freeze_a_sheet_and_compare_with_now(document, stack) -> None:  # type: ignore[no-untyped-def]
    ids = _planned(document, stack)
    board = AddBoard(document, "強み", "strengths")
    stack.push(board)
    assert board.board_id is not None
    columns = document.boards.columns(board.board_id)
    stack.push(AddNotes(document, board.board_id, [{"text": "温泉", "x": 10.0, "y": 40.0}]))
    with pytest.raises(ValidationError):
        TakeSnapshots(document, ids[2], [])
    take = TakeSnapshots(document, ids[2], [("board", board.board_id)])
    stack.push(take)
    (snap,) = document.timeline.rows(Snapshot, ids[2])
    assert [i["label"] for i in snap.content["items"]] == ["温泉"]
    assert snap.content["items"][0]["zone"] == f"column:{columns[0].id}"
    stack.push(AddNotes(document, board.board_id, [{"text": "清流", "x": 10.0, "y": 90.0}]))
    difference = compare(snap.content, document.timeline.current_content("board", board.board_id))
    assert [c.label for c in difference.added] == ["清流"]
    assert snap.content["items"][0]["label"] == "温泉"  # frozen
    stack.undo()
    stack.undo()
    assert document.timeline.rows(Snapshot) == []
    stack.redo()
    (again,) = document.timeline.rows(Snapshot, ids[2])
    assert again.column_values() == snap.column_values()


def test_everything_is_back_after_reopening(workshop_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    document = WorkshopDocument(open_workshop(workshop_path))
    stack = QUndoStack()
    ids = _planned(document, stack)
    stack.push(rows.add_agenda_item(document, ids[4], {"title": "講義", "minutes": 45}))
    (item,) = document.timeline.rows(AgendaItem, ids[4])
    started = datetime(2022, 12, 5, 13, 31)
    stack.push(rows.record_times(document, {item.id: (started, None)}))
    board = AddBoard(document, "強み", "strengths")
    stack.push(board)
    assert board.board_id is not None
    link = rows.link_source(document, ids[4], "board", board.board_id)
    assert link is not None
    stack.push(link)
    assert rows.link_source(document, ids[4], "board", board.board_id) is None
    before = _state(document)
    document.close()
    reopened = WorkshopDocument(open_workshop(workshop_path))
    try:
        assert _state(reopened) == before
        assert reopened.timeline.rows(AgendaItem, ids[4])[0].actual_start == started
    finally:
        reopened.close()
