"""Undo and redo put the file back exactly: every row of every table, for any gesture."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import text

from app.commands import EditProfile
from app.commands.boards import (
    AddBoard,
    AddNotes,
    AddParticipants,
    DeleteBoard,
    DeleteNotes,
    DeleteParticipants,
    EditParticipant,
    GroupNotes,
    Ungroup,
    move_notes,
)
from app.commands.face_down import turn_notes
from app.commands.resources import AddResource, DeleteResources, EditResource
from app.commands.session_rows import add_decision, delete_rows, set_attendance
from app.commands.timeline import AddSessions, DeleteSessions, DuplicateSession, EditSession
from app.commands.voting import CastDot, SetTableCount, StartRound, reveal_round
from app.commands.worksheets import (
    AddLink,
    AddWorksheet,
    DeleteCards,
    DeleteWorksheet,
    PlaceCards,
    move_cards,
)
from app.document import WorkshopDocument
from app.models import Card, Decision
from app.models.rules import ValidationError
from app.store.sample import write_sample
from app.store.workshop_file import open_workshop
from app.views.undo_stack import SafeUndoStack


def dump(document: WorkshopDocument) -> dict[str, list[tuple]]:
    """Every row of every table of the user's work, as stored."""
    with document.file.read_session() as s:
        names = s.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                "('file_stamp', 'alembic_version') AND name NOT LIKE 'sqlite_%'"
            )
        ).scalars()
        return {
            name: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{name}" ORDER BY id'))]
            for name in names
        }


Build = Callable[[WorkshopDocument, random.Random], QUndoCommand | None]


def _pick(rng: random.Random, items: list) -> object | None:  # type: ignore[type-arg]
    return rng.choice(items) if items else None


def _sheet(d: WorkshopDocument, rng: random.Random) -> int | None:
    return _pick(rng, [w.id for w in d.sheets.all()])  # type: ignore[return-value]


def _board(d: WorkshopDocument, rng: random.Random) -> int | None:
    return _pick(rng, [b.id for b in d.boards.all()])  # type: ignore[return-value]


def _some(rng: random.Random, ids: list[int]) -> list[int]:
    return rng.sample(ids, rng.randint(1, min(4, len(ids)))) if ids else []


def add_resource(d: WorkshopDocument, rng: random.Random) -> QUndoCommand:
    return AddResource(d, {"name": f"資源{rng.randint(0, 999)}", "kind_id": "kayoi"})


def edit_resource(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    rid = _pick(rng, [r.id for r in d.resources()])
    return None if rid is None else EditResource(d, rid, {"area": f"地区{rng.randint(1, 9)}"})  # type: ignore[arg-type]


def delete_resources(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    ids = _some(rng, [r.id for r in d.resources()])
    return DeleteResources(d, ids) if ids else None


def place_cards(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    sheet = _sheet(d, rng)
    resources = [r.id for r in d.resources()]
    if sheet is None:
        return None
    people = [p.id for p in d.roster.all()]
    row = {"x": rng.uniform(10, 300), "y": rng.uniform(10, 200), "width": 36, "height": 13}
    row["author_id"] = _pick(rng, people)
    if resources and rng.random() < 0.5:
        return PlaceCards(d, sheet, [dict(row, resource_id=rng.choice(resources))])
    return PlaceCards(d, sheet, [row], [{"name": "新しい資源", "kind_id": "salon"}])


def move_some_cards(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    sheet = _sheet(d, rng)
    cards = [] if sheet is None else [c.id for c in d.sheets.cards(sheet)]
    if not cards:
        return None
    positions = {c: (rng.uniform(0, 400), rng.uniform(0, 280)) for c in _some(rng, cards)}
    return move_cards(d, sheet, positions)  # type: ignore[arg-type]


def link_cards(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    sheet = _sheet(d, rng)
    cards = [] if sheet is None else [c.id for c in d.sheets.cards(sheet)]
    if len(cards) < 2:
        return None
    source, target = rng.sample(cards, 2)
    return AddLink(d, sheet, source, target, "つながり")  # type: ignore[arg-type]


def delete_cards(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    sheet = _sheet(d, rng)
    if sheet is None:
        return None
    cards = _some(rng, [c.id for c in d.sheets.cards(sheet)])
    links = _some(rng, [k.id for k in d.sheets.links(sheet)])
    return DeleteCards(d, cards, links) if cards or links else None


def add_people(d: WorkshopDocument, rng: random.Random) -> QUndoCommand:
    return AddParticipants(d, [{"name": f"参加者{rng.randint(0, 99)}"}])


def edit_person(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    pid = _pick(rng, [p.id for p in d.roster.all()])
    return None if pid is None else EditParticipant(d, pid, {"role": "保健師"})  # type: ignore[arg-type]


def delete_people(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    ids = _some(rng, [p.id for p in d.roster.all()])
    return DeleteParticipants(d, ids) if ids else None


def add_notes(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    board = _board(d, rng)
    if board is None:
        return None
    author = _pick(rng, [p.id for p in d.roster.all()])
    rows = [
        {"text": f"案{i}", "x": rng.uniform(0, 900), "y": rng.uniform(0, 600), "author_id": author}
        for i in range(rng.randint(1, 3))
    ]
    return AddNotes(d, board, rows)


def move_some_notes(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    board = _board(d, rng)
    notes = [] if board is None else [n.id for n in d.boards.notes(board)]
    if not notes:
        return None
    positions = {n: (rng.uniform(0, 900), rng.uniform(0, 600)) for n in _some(rng, notes)}
    return move_notes(d, board, positions)  # type: ignore[arg-type]


def delete_notes(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    board = _board(d, rng)
    ids = [] if board is None else _some(rng, [n.id for n in d.boards.notes(board)])
    return DeleteNotes(d, ids) if ids else None


def group_notes(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    board = _board(d, rng)
    ids = [] if board is None else _some(rng, [n.id for n in d.boards.notes(board)])
    return GroupNotes(d, board, ids, "グループ") if ids else None  # type: ignore[arg-type]


def ungroup(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    board = _board(d, rng)
    ids = [] if board is None else _some(rng, [c.id for c in d.boards.groups(board)])
    return Ungroup(d, board, ids) if ids else None  # type: ignore[arg-type]


def turn_face_down(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    board = _board(d, rng)
    ids = [] if board is None else _some(rng, [n.id for n in d.boards.notes(board)])
    return turn_notes(d, board, ids, rng.random() < 0.5) if ids else None  # type: ignore[arg-type]


def vote(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    board = _board(d, rng)
    if board is None:
        return None
    open_rounds = [r.id for r in d.boards.rounds(board) if not r.closed]
    if not open_rounds:
        return StartRound(d, board, {"title": "投票", "dots_per_participant": 3})
    round_id = rng.choice(open_rounds)
    note = _pick(rng, [n.id for n in d.boards.notes(board)])
    person = _pick(rng, [p.id for p in d.roster.all()])
    if note is None:
        return reveal_round(d, round_id)
    if person is None or rng.random() < 0.4:
        return SetTableCount(d, round_id, note, f"テーブル{rng.randint(1, 3)}", rng.randint(0, 9))  # type: ignore[arg-type]
    return CastDot(d, round_id, note, person)  # type: ignore[arg-type]


def edit_profile(d: WorkshopDocument, rng: random.Random) -> QUndoCommand:
    return EditProfile(d, {"population": rng.randint(1000, 90000), "memo": f"メモ{rng.random()}"})


def add_session(d: WorkshopDocument, rng: random.Random) -> QUndoCommand:
    row = {"title": "打合せ", "kind": "pre_meeting", "day": date(2023, rng.randint(1, 12), 1)}
    return AddSessions(d, [row], "add")


def edit_session(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    mid = _pick(rng, [m.id for m in d.timeline.sessions()])
    return None if mid is None else EditSession(d, mid, {"venue": f"公民館{rng.randint(1, 5)}"})  # type: ignore[arg-type]


def duplicate_session(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    mid = _pick(rng, [m.id for m in d.timeline.sessions()])
    return None if mid is None else DuplicateSession(d, mid, date(2024, 1, rng.randint(1, 28)))  # type: ignore[arg-type]


def split_session(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    from app.commands.timeline import SplitSession
    from app.models import DayPart

    whole = [m.id for m in d.timeline.sessions() if m.part is DayPart.WHOLE]
    return SplitSession(d, rng.choice(whole)) if whole else None


def delete_session(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    mid = _pick(rng, [m.id for m in d.timeline.sessions()])
    return None if mid is None else DeleteSessions(d, [mid])  # type: ignore[list-item]


def session_rows(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    mid = _pick(rng, [m.id for m in d.timeline.sessions()])
    if mid is None:
        return None
    decisions = [r.id for r in d.timeline.rows(Decision, mid)]  # type: ignore[arg-type]
    person = _pick(rng, [p.id for p in d.roster.all()])
    choice = rng.random()
    if choice < 0.3 and decisions:
        return delete_rows(d, Decision, [rng.choice(decisions)])
    if choice < 0.6 and person is not None:
        attending = person in d.timeline.attendance_of(mid)  # type: ignore[arg-type]
        return set_attendance(d, mid, person, not attending)  # type: ignore[arg-type]
    return add_decision(d, mid, "次回までに名簿を整理")  # type: ignore[arg-type]


def sheets_and_boards(d: WorkshopDocument, rng: random.Random) -> QUndoCommand | None:
    choice = rng.random()
    if choice < 0.25:
        return AddWorksheet(d, rng.choice(sorted(d.sheets.templates)))
    if choice < 0.5:
        sheet = _sheet(d, rng)
        return None if sheet is None else DeleteWorksheet(d, sheet)
    if choice < 0.75:
        return AddBoard(d, "新しいボード", "tsusho_c_pipeline")
    board = _board(d, rng)
    return None if board is None else DeleteBoard(d, board)


GESTURES: list[Build] = [
    add_resource, edit_resource, delete_resources, place_cards, move_some_cards, link_cards,
    delete_cards, add_people, edit_person, delete_people, add_notes, move_some_notes,
    delete_notes, group_notes, ungroup, turn_face_down, vote, edit_profile, add_session,
    edit_session, duplicate_session, split_session, delete_session, session_rows,
    sheets_and_boards,
]  # fmt: skip


@pytest.fixture(scope="module")
def sample_document(tmp_path_factory, qapp) -> Iterator[WorkshopDocument]:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("undo")) / "sample.wagamachi"
    write_sample(path).close()
    document = WorkshopDocument(open_workshop(path))
    yield document
    document.close()


_starts: dict[int, dict[str, list[tuple]]] = {}


def _start(document: WorkshopDocument) -> dict[str, list[tuple]]:
    if id(document) not in _starts:
        _starts[id(document)] = dump(document)
    return _starts[id(document)]


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(GESTURES), st.integers(0, 2**32)), min_size=1, max_size=6
    )
)
def test_undo_all_restores_every_row_and_redo_all_repeats_them(
    sample_document: WorkshopDocument, steps: list[tuple[Build, int]]
) -> None:
    document = sample_document
    stack = SafeUndoStack()
    start = _start(document)  # every example begins (and ends) with the sample as written
    for build, seed in steps:
        try:
            command = build(document, random.Random(seed))
        except ValidationError:
            continue  # refused before anything was written: nothing to undo
        if command is not None:
            stack.push(command)
    end = dump(document)
    while stack.canUndo():
        stack.undo()
    assert dump(document) == start
    while stack.canRedo():
        stack.redo()
    assert dump(document) == end
    while stack.canUndo():
        stack.undo()  # the next example starts from the sample again
    assert dump(document) == start


def test_a_gesture_of_several_parts_is_one_transaction_and_one_step(
    sample_document: WorkshopDocument,
) -> None:
    document = sample_document
    stack = QUndoStack()
    board = document.boards.all()[0].id
    notes = [n.id for n in document.boards.notes(board)][:3]
    stack.push(GroupNotes(document, board, notes, "まとめ"))
    assert stack.count() == 1
    assert len({t.table for t in document.last_change.touched}) == 2  # one change: group + notes
    groups = [c.id for c in document.boards.groups(board)]
    stack.push(Ungroup(document, board, groups))
    assert stack.count() == 2 and document.boards.groups(board) == []
    stack.undo()
    assert sorted(c.id for c in document.boards.groups(board)) == sorted(groups)
    stack.undo()
    stack.clear()


def test_undoing_a_deleted_author_gives_back_their_cards_and_notes(
    sample_document: WorkshopDocument,
) -> None:
    """The cascade set the author to NULL; the undo must put the author back, not just the row."""
    document = sample_document
    stack = QUndoStack()
    add = AddParticipants(document, [{"name": "入力係"}])
    stack.push(add)
    (author,) = add.ids
    sheet = document.sheets.all()[0].id
    resource = document.resources()[0].id
    place = PlaceCards(
        document,
        sheet,
        [
            {
                "resource_id": resource,
                "x": 50,
                "y": 50,
                "width": 36,
                "height": 13,
                "author_id": author,
            }
        ],
    )
    stack.push(place)
    board = document.boards.all()[0].id
    note = AddNotes(
        document, board, [{"text": "誰が書いたか", "x": 10, "y": 10, "author_id": author}]
    )
    stack.push(note)
    stack.push(DeleteParticipants(document, [author]))
    assert document.sheets.card(place.ids[0]).author_id is None
    stack.undo()
    assert document.sheets.card(place.ids[0]).author_id == author
    assert document.boards.note(note.ids[0]).author_id == author
    with document.file.read_session() as s:
        assert s.get_one(Card, place.ids[0]).author_id == author
    while stack.canUndo():
        stack.undo()
