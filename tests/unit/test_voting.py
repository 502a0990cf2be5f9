from __future__ import annotations

import pytest

from app.boards.voting import check_dot, check_table_count, dots_left, is_eligible, ranking, top
from app.models import Note, Vote, VoteRound
from app.models.rules import ValidationError


def _round(**values) -> VoteRound:  # type: ignore[no-untyped-def]
    defaults = dict(
        title="r",
        dots_per_participant=3,
        max_per_note=2,
        eligible_columns=[],
        eligible_groups=[],
        closed=False,
    )
    return VoteRound(**(defaults | values))


def _dot(note: int, who: int | None = 1, count: int = 1, table: str = "") -> Vote:
    return Vote(note_id=note, participant_id=who, count=count, table_name=table)


def test_budget_and_per_note_maximum_are_enforced() -> None:
    r = _round()
    votes = [_dot(10), _dot(10)]
    with pytest.raises(ValidationError) as error:
        check_dot(r, votes, 10, 1, eligible=True)
    assert (error.value.code, error.value.detail) == ("over_note_max", "2")
    check_dot(r, votes, 11, 1, eligible=True)  # another note is fine
    votes.append(_dot(11))
    with pytest.raises(ValidationError) as error:
        check_dot(r, votes, 12, 1, eligible=True)
    assert (error.value.code, error.value.detail) == ("over_budget", "3")
    assert dots_left(r, votes, 1) == 0
    assert dots_left(r, votes, 2) == 3  # someone else still has all theirs
    check_dot(r, votes, 10, 2, eligible=True)


def test_closed_rounds_and_ineligible_notes_refuse_dots() -> None:
    with pytest.raises(ValidationError, match="round_closed"):
        check_dot(_round(closed=True), [], 1, 1, eligible=True)
    with pytest.raises(ValidationError, match="not_eligible"):
        check_dot(_round(), [], 1, 1, eligible=False)
    with pytest.raises(ValidationError, match="bad_count"):
        check_table_count(_round(), -1, eligible=True)
    check_table_count(_round(), 5, eligible=True)


def test_eligibility_by_column_and_by_group_including_nested() -> None:
    note = Note(column_id=4, group_id=21)
    parents = {21: 20, 20: None}
    assert is_eligible(_round(), note, parents)  # nothing named: everything counts
    assert is_eligible(_round(eligible_columns=[4]), note, parents)
    assert not is_eligible(_round(eligible_columns=[5]), note, parents)
    assert is_eligible(_round(eligible_groups=[20]), note, parents)  # via the outer group
    assert not is_eligible(_round(eligible_groups=[22]), note, parents)


def test_ranking_shares_places_between_ties_and_top_n_takes_the_whole_tie() -> None:
    votes = [
        _dot(1, count=1),
        _dot(2, who=None, table="テーブル2", count=5),
        _dot(3, count=2),
        _dot(3, who=2, count=3),
        _dot(4, count=2),
        _dot(5, count=0, who=None, table="テーブル1"),
        _dot(6, count=2, who=3),
    ]
    ranked = [(r.rank, r.note_id, r.votes) for r in ranking(votes)]
    assert ranked == [(1, 2, 5), (1, 3, 5), (3, 4, 2), (3, 6, 2), (5, 1, 1)]
    assert top(ranking(votes), 1) == {2, 3}
    assert top(ranking(votes), 3) == {2, 3, 4, 6}


def test_paper_counts_that_cannot_be_right_are_doubted_not_refused() -> None:
    from app.boards.voting import paper_doubts, paper_entries
    from app.models import Vote, VoteRound

    round_ = VoteRound(board_id=1, title="投票", dots_per_participant=3, max_per_note=2)
    table = [11, 12, 13, 14, 15]  # five people at テーブル1: 15 dots, at most 10 on one note
    assert paper_doubts(round_, [], table, "テーブル1", note_id=1, count=10) == []
    (over,) = paper_doubts(round_, [], table, "テーブル1", note_id=1, count=11)
    assert (over.code, over.details) == ("paper_over_note", ("5", "10"))
    earlier = [Vote(round_id=1, note_id=2, participant_id=None, table_name="テーブル1", count=8)]
    (total,) = paper_doubts(round_, earlier, table, "テーブル1", note_id=1, count=9)
    assert (total.code, total.details) == ("paper_over_budget", ("5", "15", "17"))
    laptop = [Vote(round_id=1, note_id=3, participant_id=12, count=1)]
    (twice,) = paper_doubts(round_, laptop, table, "テーブル1", note_id=1, count=1)
    assert (twice.code, twice.details) == ("paper_twice", ("1",))
    assert paper_doubts(round_, [], [], "テーブル9", note_id=1, count=500) == []  # size unknown
    assert paper_entries(earlier, ["テーブル1", "テーブル2"]) == {"テーブル1": 1, "テーブル2": 0}


def test_dots_are_broken_down_by_table_and_laptop() -> None:
    from app.boards.voting import ON_THE_LAPTOP, by_table
    from app.models import Vote

    votes = [
        Vote(round_id=1, note_id=1, participant_id=None, table_name="テーブル1", count=3),
        Vote(round_id=1, note_id=1, participant_id=None, table_name="テーブル2", count=2),
        Vote(round_id=1, note_id=1, participant_id=7, count=1),
        Vote(round_id=1, note_id=1, participant_id=8, count=1),
        Vote(round_id=1, note_id=2, participant_id=7, count=1),
    ]
    assert by_table(votes) == {
        1: {"テーブル1": 3, "テーブル2": 2, ON_THE_LAPTOP: 2},
        2: {ON_THE_LAPTOP: 1},
    }


def test_ties_at_the_edge_of_the_best_and_the_places_a_run_off_decides() -> None:
    from app.boards.voting import Ranked, run_off_places, tied_at_the_edge

    ranked = [Ranked(1, 10, 9), Ranked(2, 11, 7), Ranked(3, 12, 5), Ranked(3, 13, 5)]
    assert tied_at_the_edge(ranked, 3) == [12, 13] and run_off_places(ranked, 3) == 1
    assert tied_at_the_edge(ranked, 2) == []  # the best two are clear
    tied_top = [Ranked(1, 1, 4), Ranked(1, 2, 4), Ranked(1, 3, 4), Ranked(4, 4, 1)]
    assert tied_at_the_edge(tied_top, 2) == [1, 2, 3] and run_off_places(tied_top, 2) == 2
    assert tied_at_the_edge(tied_top, 3) == []
