"""Agenda arithmetic: each item's start and end from the session's start and the minutes
before it, and the total against the planned end."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.models.rules import ValidationError

#: No single agenda item runs longer than a working day.
MAX_MINUTES = 600


def _at(start: time, minutes: int) -> time:
    return (datetime.combine(date.min, start) + timedelta(minutes=minutes)).time()


def _minutes_between(start: time, end: time) -> int:
    delta = datetime.combine(date.min, end) - datetime.combine(date.min, start)
    return int(delta.total_seconds() // 60)


def schedule(start: time | None, minutes: Sequence[int]) -> list[tuple[time, time] | None]:
    """Start and end of each item, one after another from ``start``; None without a start.

    The day ends at midnight: an item that would run past it ends at 23:59.
    """
    if start is None:
        return [None] * len(minutes)
    slots: list[tuple[time, time] | None] = []
    offset = 0
    day_left = _minutes_between(start, time(23, 59))
    for length in minutes:
        begin, offset = min(offset, day_left), offset + length
        slots.append((_at(start, begin), _at(start, min(offset, day_left))))
    return slots


@dataclass(frozen=True)
class AgendaTotal:
    minutes: int
    #: Minutes the session has between its start and planned end; None if either is unset.
    planned: int | None
    ends_at: time | None

    @property
    def over_by(self) -> int:
        """Minutes past the planned end (0 when it fits or nothing is planned)."""
        return max(0, self.minutes - self.planned) if self.planned is not None else 0


def total(start: time | None, end: time | None, minutes: Sequence[int]) -> AgendaTotal:
    length = sum(minutes)
    planned = _minutes_between(start, end) if start is not None and end is not None else None
    ends_at = _at(start, min(length, _minutes_between(start, time(23, 59)))) if start else None
    return AgendaTotal(length, planned, ends_at)


def check_times(start: time | None, end: time | None) -> None:
    """A session cannot end before (or when) it starts."""
    if start is not None and end is not None and end <= start:
        raise ValidationError("end_before_start", "end", f"{start:%H:%M}–{end:%H:%M}")


def check_minutes(minutes: object) -> int:
    """Minutes of an agenda item: a whole number from 0 to ``MAX_MINUTES``."""
    try:
        value = int(str(minutes).strip())
    except ValueError:
        raise ValidationError("not_a_number", "minutes", str(minutes)) from None
    if value < 0:
        raise ValidationError("negative_minutes", "minutes", str(value))
    if value > MAX_MINUTES:
        raise ValidationError("too_many_minutes", "minutes", str(value))
    return value


NOON = time(12, 0)
#: When a morning or an afternoon part runs if nobody has said.
MORNING_HOURS = (time(9, 30), time(12, 0))
AFTERNOON_HOURS = (time(13, 30), time(16, 30))


def split_hours(
    start: time | None, end: time | None
) -> tuple[tuple[time, time], tuple[time, time]]:
    """The (morning, afternoon) times of a session split into two parts. A session across
    midday is cut there (the morning to 12:00, the afternoon from 13:00); one held in the
    morning or in the afternoon keeps its times and the other part gets the usual hours."""
    if start is not None and end is not None:
        if start < NOON and end > time(13, 0):
            return (start, NOON), (time(13, 0), end)
        if start >= NOON:
            return MORNING_HOURS, (start, end)
        return (start, end), AFTERNOON_HOURS
    return MORNING_HOURS, AFTERNOON_HOURS
