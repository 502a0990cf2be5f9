"""The rules of dot voting: who may still vote, where, and how the notes rank."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.models import Vote, VoteRound
from app.models.rules import ValidationError


@dataclass(frozen=True)
class Ranked:
    """A note's place in a round's results; tied notes share a rank (1, 1, 3 …)."""

    rank: int
    note_id: int
    votes: int


class Placed(Protocol):
    """What eligibility reads of a note: a model object or a plain row of one."""

    @property
    def id(self) -> int: ...
    @property
    def column_id(self) -> int | None: ...
    @property
    def group_id(self) -> int | None: ...


def is_eligible(round_: VoteRound, note: Placed, parent_of: dict[int, int | None]) -> bool:
    """Whether ``note`` may be voted on: every note when the round names no columns, groups
    or notes; otherwise a named note, notes in a named column, or in a named group or one
    inside it."""
    columns, groups = set(round_.eligible_columns), set(round_.eligible_groups)
    notes = set(round_.eligible_notes or ())
    if not columns and not groups and not notes:
        return True
    if note.id in notes:
        return True
    if note.column_id is not None and note.column_id in columns:
        return True
    group = note.group_id
    while group is not None:
        if group in groups:
            return True
        group = parent_of.get(group)
    return False


def dots_used(votes: Iterable[Vote], participant_id: int) -> int:
    return sum(v.count for v in votes if v.participant_id == participant_id)


def dots_left(round_: VoteRound, votes: Iterable[Vote], participant_id: int) -> int:
    return max(0, round_.dots_per_participant - dots_used(votes, participant_id))


def check_dot(
    round_: VoteRound, votes: Iterable[Vote], note_id: int, participant_id: int, eligible: bool
) -> None:
    """Refuse a participant's dot that breaks the round's rules."""
    votes = list(votes)
    if round_.closed:
        raise ValidationError("round_closed", "round")
    if not eligible:
        raise ValidationError("not_eligible", "note")
    if dots_used(votes, participant_id) >= round_.dots_per_participant:
        raise ValidationError("over_budget", "participant", str(round_.dots_per_participant))
    on_note = sum(
        v.count for v in votes if v.participant_id == participant_id and v.note_id == note_id
    )
    if on_note >= round_.max_per_note:
        raise ValidationError("over_note_max", "note", str(round_.max_per_note))


def check_table_count(round_: VoteRound, count: int, eligible: bool) -> None:
    """Refuse a keyed-in count of paper stickers that cannot be right."""
    if round_.closed:
        raise ValidationError("round_closed", "round")
    if not eligible:
        raise ValidationError("not_eligible", "note")
    if count < 0 or count > 999:
        raise ValidationError("bad_count", "count")


def totals(votes: Iterable[Vote]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for vote in votes:
        counts[vote.note_id] += vote.count
    return counts


def ranking(votes: Iterable[Vote]) -> list[Ranked]:
    """Notes with at least one dot, most first; equal totals share a rank, the next rank
    skips (1, 1, 3), and ties keep the notes' ids in order so the list is stable."""
    counts = totals(votes)
    ordered = sorted(((n, c) for n, c in counts.items() if c > 0), key=lambda nc: (-nc[1], nc[0]))
    ranked: list[Ranked] = []
    for position, (note_id, count) in enumerate(ordered, start=1):
        rank = ranked[-1].rank if ranked and ranked[-1].votes == count else position
        ranked.append(Ranked(rank, note_id, count))
    return ranked


def top(ranked: Iterable[Ranked], n: int) -> set[int]:
    """The notes ranked n-th or better: a tie at the edge brings every tied note in."""
    return {r.note_id for r in ranked if r.rank <= n}


def tied_at_the_edge(ranked: Sequence[Ranked], n: int) -> list[int]:
    """The notes that share the last place among the best ``n`` with a note past it: the
    ones a run-off decides between (none when the best ``n`` are clear)."""
    best = [r for r in ranked if r.rank <= n]
    if len(best) <= n:
        return []
    edge = best[-1].rank
    return [r.note_id for r in best if r.rank == edge]


def paper_doubts(
    round_: VoteRound,
    votes: Iterable[Vote],
    table_people: Iterable[int],
    table: str,
    note_id: int,
    count: int,
) -> list[ValidationError]:
    """What may be wrong with a table's paper count; said, and taken if confirmed.

    ``table_people`` are the ids of the roster's people at ``table``. With them known, the
    table cannot have put more dots on one note than its people may (each at most
    ``max_per_note``), nor more in all than they hold; and someone of the table who also
    voted on the laptop may be counted twice.
    """
    votes = list(votes)
    people = set(table_people)
    if not people:
        return []
    doubts: list[ValidationError] = []
    most_on_note = len(people) * round_.max_per_note
    if count > most_on_note:
        doubts.append(
            ValidationError("paper_over_note", "count", str(len(people)), str(most_on_note))
        )
    others = sum(
        v.count
        for v in votes
        if v.participant_id is None and v.table_name == table and v.note_id != note_id
    )
    budget = len(people) * round_.dots_per_participant
    if others + count > budget:
        doubts.append(
            ValidationError(
                "paper_over_budget", "count", str(len(people)), str(budget), str(others + count)
            )
        )
    on_laptop = sorted({v.participant_id for v in votes if v.participant_id in people})
    if on_laptop:
        doubts.append(ValidationError("paper_twice", "count", str(len(on_laptop))))
    return doubts


def paper_entries(votes: Iterable[Vote], tables: Iterable[str]) -> dict[str, int]:
    """For each table, how many notes it has paper counts on (0: not entered yet)."""
    entered: Counter[str] = Counter()
    for vote in votes:
        if vote.participant_id is None and vote.table_name:
            entered[vote.table_name] += 1
    return {table: entered.get(table, 0) for table in tables}


#: Where the laptop's own dots are counted in a breakdown by table.
ON_THE_LAPTOP = ""


def by_table(votes: Iterable[Vote]) -> dict[int, dict[str, int]]:
    """For each note, its dots by where they came from: each table's paper count, and the
    dots cast on the laptop (under ``ON_THE_LAPTOP``)."""
    found: dict[int, dict[str, int]] = {}
    for vote in votes:
        where = vote.table_name if vote.participant_id is None else ON_THE_LAPTOP
        note = found.setdefault(vote.note_id, {})
        note[where] = note.get(where, 0) + vote.count
    return found


def run_off_places(ranked: Sequence[Ranked], n: int) -> int:
    """How many of the best ``n`` a run-off between the notes tied at the edge still
    decides: the places not taken by notes ranked above the tie."""
    tied = tied_at_the_edge(ranked, n)
    if not tied:
        return 1
    edge = next(r.rank for r in ranked if r.note_id == tied[0])
    return max(1, n - sum(1 for r in ranked if r.rank < edge))
