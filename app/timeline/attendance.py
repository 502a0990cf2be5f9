"""Who came to which session, and who came for the first time (NEW)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import time

from app.models import DayPart, Meeting

_PART_ORDER = {DayPart.MORNING: 0, DayPart.WHOLE: 1, DayPart.AFTERNOON: 2}


def chronological(meetings: Iterable[Meeting]) -> list[Meeting]:
    """Sessions in the order they happen: by day, morning before afternoon, then start."""
    return sorted(
        meetings, key=lambda m: (m.day, _PART_ORDER[m.part], m.start or time(0), m.id or 0)
    )


def newcomers(
    meetings: Sequence[Meeting], attendance: Iterable[tuple[int, int]]
) -> dict[int, set[int]]:
    """For each session id, the people (participant ids) attending for the first time.

    ``attendance`` is pairs of (meeting id, participant id).
    """
    by_meeting: dict[int, set[int]] = {m.id: set() for m in meetings}
    for meeting_id, participant_id in attendance:
        by_meeting.setdefault(meeting_id, set()).add(participant_id)
    seen: set[int] = set()
    new: dict[int, set[int]] = {}
    for meeting in chronological(meetings):
        people = by_meeting.get(meeting.id, set())
        new[meeting.id] = people - seen
        seen |= people
    return new
