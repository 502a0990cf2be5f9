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
        eligible_clusters=[],
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


def test_eligibility_by_column_and_by_cluster_including_nested() -> None:
    note = Note(column_id=4, cluster_id=21)
    parents = {21: 20, 20: None}
    assert is_eligible(_round(), note, parents)  # nothing named: everything counts
    assert is_eligible(_round(eligible_columns=[4]), note, parents)
    assert not is_eligible(_round(eligible_columns=[5]), note, parents)
    assert is_eligible(_round(eligible_clusters=[20]), note, parents)  # via the outer cluster
    assert not is_eligible(_round(eligible_clusters=[22]), note, parents)


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
