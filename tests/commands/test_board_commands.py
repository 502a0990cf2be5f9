"""Board and voting commands: redo applies, undo restores exactly, rules refuse bad votes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from app.boards.voting import ranking
from app.commands.boards import (
    AddBoard,
    AddNotes,
    AddParticipants,
    DeleteBoard,
    DeleteNotes,
    DeleteParticipants,
    GroupNotes,
    RenameGroup,
    Ungroup,
    move_notes,
)
from app.commands.voting import (
    CastDot,
    SetTableCount,
    StartRound,
    WithdrawDot,
    close_round,
    reveal_round,
)
from app.document import WorkshopDocument
from app.models.rules import ValidationError


def _board(document: WorkshopDocument, stack: QUndoStack) -> int:
    command = AddBoard(document, "訪問2回目 通所Cの流れ", "tsusho_c_pipeline")
    stack.push(command)
    assert command.board_id is not None
    return command.board_id


def _snapshot(document: WorkshopDocument, board_id: int):  # type: ignore[no-untyped-def]
    rounds = document.boards.rounds(board_id)
    return (
        [b.column_values() for b in document.boards.all()],
        [c.column_values() for c in document.boards.columns(board_id)],
        [n.column_values() for n in document.boards.notes(board_id)],
        [c.column_values() for c in document.boards.groups(board_id)],
        [r.column_values() for r in rounds],
        [v.column_values() for r in rounds for v in document.boards.votes(r.id)],
        [p.column_values() for p in document.roster.all()],
    )


def test_a_board_from_the_pipeline_template_has_its_six_stages(document, stack) -> None:  # type: ignore[no-untyped-def]
    board_id = _board(document, stack)
    labels = [c.label for c in document.boards.columns(board_id)]
    assert labels == ["入口", "導入", "実施", "経過観察", "出口", "フォローアップ"]
    stack.undo()
    assert document.boards.all() == []
    stack.redo()
    assert [c.label for c in document.boards.columns(board_id)] == labels
    custom = AddBoard(document, "ふりかえり", column_labels=["よかった", "次は"])
    stack.push(custom)
    assert [c.label for c in document.boards.columns(custom.board_id)] == ["よかった", "次は"]
    with pytest.raises(ValidationError):
        AddBoard(document, "  ")
    with pytest.raises(ValidationError):
        AddBoard(document, "x", column_labels=["a", " "])


def test_notes_fall_in_the_column_under_their_centre_and_follow_moves(document, stack) -> None:  # type: ignore[no-untyped-def]
    board_id = _board(document, stack)
    columns = [c.id for c in document.boards.columns(board_id)]
    add = AddNotes(
        document,
        board_id,
        [{"text": "送迎を地域で", "x": 10, "y": 30}, {"text": "卒業式", "x": 490, "y": 30}],
    )
    stack.push(add)
    first, second = (document.boards.note(i) for i in add.ids)
    assert (first.column_id, second.column_id) == (columns[0], columns[4])
    stack.push(move_notes(document, board_id, {first.id: (250.0, 40.0)}))
    assert document.boards.note(first.id).column_id == columns[2]
    stack.undo()
    assert document.boards.note(first.id).column_id == columns[0]
    stack.undo()
    assert document.boards.notes(board_id) == []
    stack.redo()
    assert [n.text for n in document.boards.notes(board_id)] == ["送迎を地域で", "卒業式"]
    assert [n.id for n in document.boards.notes(board_id)] == add.ids  # same ids again


def test_grouping_nesting_renaming_and_ungrouping(document, stack) -> None:  # type: ignore[no-untyped-def]
    board_id = _board(document, stack)
    add = AddNotes(document, board_id, [{"text": t, "x": 10, "y": 30} for t in "ABCD"])
    stack.push(add)
    a, b, c, d = add.ids
    before = _snapshot(document, board_id)
    inner = GroupNotes(document, board_id, [a, b], "移動の工夫")
    stack.push(inner)
    outer = GroupNotes(document, board_id, [c], "循環", group_ids=[inner.group_id])
    stack.push(outer)
    groups = {cl.id: cl for cl in document.boards.groups(board_id)}
    assert groups[inner.group_id].parent_id == outer.group_id
    assert {n.id: n.group_id for n in document.boards.notes(board_id)} == {
        a: inner.group_id,
        b: inner.group_id,
        c: outer.group_id,
        d: None,
    }
    with pytest.raises(ValidationError, match="group_depth"):  # only one level of nesting
        GroupNotes(document, board_id, [d], "x", group_ids=[inner.group_id])
    stack.push(RenameGroup(document, board_id, outer.group_id, "循環する仕組み"))
    stack.push(Ungroup(document, board_id, [inner.group_id]))
    assert {n.id: n.group_id for n in document.boards.notes(board_id)}[a] == outer.group_id
    for _ in range(4):
        stack.undo()
    assert _snapshot(document, board_id) == before


def _voting_setup(document, stack):  # type: ignore[no-untyped-def]
    board_id = _board(document, stack)
    people = AddParticipants(
        document, [{"name": "佐藤", "table_name": "テーブル1"}, {"name": "鈴木"}]
    )
    stack.push(people)
    notes = AddNotes(document, board_id, [{"text": t, "x": 10, "y": 30} for t in "ABC"])
    stack.push(notes)
    start = StartRound(
        document, board_id, {"title": "いいねシール", "dots_per_participant": 3, "max_per_note": 2}
    )
    stack.push(start)
    return board_id, people.ids, notes.ids, start.round_id


def test_a_full_round_budget_withdrawal_table_counts_and_ties(document, stack) -> None:  # type: ignore[no-untyped-def]
    board_id, (sato, suzuki), (a, b, c), round_id = _voting_setup(document, stack)
    before = _snapshot(document, board_id)
    stack.push(CastDot(document, round_id, a, sato))
    stack.push(CastDot(document, round_id, a, sato))
    with pytest.raises(ValidationError, match="over_note_max"):
        CastDot(document, round_id, a, sato)
    stack.push(CastDot(document, round_id, b, sato))
    with pytest.raises(ValidationError, match="over_budget"):
        CastDot(document, round_id, c, sato)
    stack.push(WithdrawDot(document, round_id, b, sato))  # changed her mind
    stack.push(CastDot(document, round_id, c, sato))
    stack.push(CastDot(document, round_id, b, suzuki))
    stack.push(SetTableCount(document, round_id, b, "テーブル2", 5))
    stack.push(SetTableCount(document, round_id, c, "テーブル2", 1))
    stack.push(SetTableCount(document, round_id, c, "テーブル2", 6))  # corrected, replaces 1
    ranked = [(r.rank, r.note_id, r.votes) for r in ranking(document.boards.votes(round_id))]
    # c: 佐藤 1 + テーブル2 6; b: 鈴木 1 + テーブル2 5 (佐藤's dot withdrawn); a: 佐藤 2
    assert ranked == [(1, c, 7), (2, b, 6), (3, a, 2)]
    stack.push(reveal_round(document, round_id))
    assert document.boards.round(round_id).closed and document.boards.round(round_id).revealed
    with pytest.raises(ValidationError, match="round_closed"):
        CastDot(document, round_id, a, suzuki)
    with pytest.raises(ValidationError, match="round_closed"):
        WithdrawDot(document, round_id, c, sato)
    while stack.index() > 4:  # back to just after the round started
        stack.undo()
    assert _snapshot(document, board_id) == before


def test_ties_share_a_rank_through_the_commands(document, stack) -> None:  # type: ignore[no-untyped-def]
    board_id, (sato, suzuki), (a, b, c), round_id = _voting_setup(document, stack)
    stack.push(CastDot(document, round_id, a, sato))
    stack.push(CastDot(document, round_id, b, suzuki))
    stack.push(SetTableCount(document, round_id, c, "テーブル3", 3))
    stack.push(close_round(document, round_id))
    ranked = [(r.rank, r.note_id, r.votes) for r in ranking(document.boards.votes(round_id))]
    assert ranked == [(1, c, 3), (2, a, 1), (2, b, 1)]


def test_deleting_notes_people_and_boards_is_undone_whole(document, stack) -> None:  # type: ignore[no-untyped-def]
    board_id, (sato, suzuki), (a, b, c), round_id = _voting_setup(document, stack)
    stack.push(
        AddNotes(document, board_id, [{"text": "by 佐藤", "x": 20, "y": 80, "author_id": sato}])
    )
    stack.push(CastDot(document, round_id, a, sato))
    stack.push(CastDot(document, round_id, b, suzuki))
    before = _snapshot(document, board_id)
    stack.push(DeleteNotes(document, [a]))
    stack.push(DeleteParticipants(document, [sato]))
    assert document.boards.votes(round_id)[0].participant_id == suzuki
    assert all(n.author_id is None for n in document.boards.notes(board_id))
    stack.push(DeleteBoard(document, board_id))
    assert document.boards.all() == []
    for _ in range(3):
        stack.undo()
    assert _snapshot(document, board_id) == before
