"""Who came to which session, and who came for the first time (NEW)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import time

from app.models import DayPart, WorkshopSession

_PART_ORDER = {DayPart.MORNING: 0, DayPart.WHOLE: 1, DayPart.AFTERNOON: 2}


def chronological(sessions: Iterable[WorkshopSession]) -> list[WorkshopSession]:
    """Sessions in the order they happen: by day, morning before afternoon, then start."""
    return sorted(
        sessions, key=lambda m: (m.day, _PART_ORDER[m.part], m.start or time(0), m.id or 0)
    )


def newcomers(
    sessions: Sequence[WorkshopSession], attendance: Iterable[tuple[int, int]]
) -> dict[int, set[int]]:
    """For each session id, the people (participant ids) attending for the first time.

    ``attendance`` is pairs of (session id, participant id).
    """
    by_session: dict[int, set[int]] = {m.id: set() for m in sessions}
    for session_id, participant_id in attendance:
        by_session.setdefault(session_id, set()).add(participant_id)
    seen: set[int] = set()
    new: dict[int, set[int]] = {}
    for session in chronological(sessions):
        people = by_session.get(session.id, set())
        new[session.id] = people - seen
        seen |= people
    return new
