"""Reading and writing the session timeline in a caller's session.

Deleting a session takes its attendance, agenda, decisions, actions, links and snapshots
with it (the foreign keys cascade); :class:`RemovedMeetings` keeps them for an undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Action,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MeetingLink,
    Snapshot,
)
from app.store import rows as table

#: Tables hanging off a session, in the order an undo puts them back.
CHILDREN: tuple[type, ...] = (Attendance, AgendaItem, Decision, Action, MeetingLink, Snapshot)


@dataclass
class RemovedMeetings:
    meetings: list[dict[str, object]] = field(default_factory=list)
    children: dict[str, list[dict[str, object]]] = field(default_factory=dict)


def meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).order_by(Meeting.day, Meeting.start, Meeting.id)))


def engagement_start(session: Session) -> date | None:
    """The day of the first session, from which actions may fall due."""
    return session.scalar(select(func.min(Meeting.day)))


def children(session: Session, model: type, meeting_id: int | None = None) -> list:
    """Rows of ``model`` for one session (or all), in their order."""
    query = select(model)
    if meeting_id is not None:
        query = query.where(model.meeting_id == meeting_id)  # type: ignore[attr-defined]
    order = getattr(model, "sort_order", None)
    query = query.order_by(*(c for c in (order, model.id) if c is not None))  # type: ignore[attr-defined]
    return list(session.scalars(query))


def attendance_pairs(session: Session) -> list[tuple[int, int]]:
    query = select(Attendance.meeting_id, Attendance.participant_id)
    return [(m, p) for m, p in session.execute(query)]


def remove_meetings(session: Session, ids: list[int]) -> RemovedMeetings:
    removed = RemovedMeetings()
    for model in CHILDREN:
        rows = session.scalars(select(model).where(model.meeting_id.in_(ids)))  # type: ignore[attr-defined]
        removed.children[model.__tablename__] = [r.column_values() for r in rows]  # type: ignore[attr-defined]
    removed.meetings = table.delete_rows(session, Meeting, ids)
    return removed


def restore_meetings(session: Session, removed: RemovedMeetings) -> None:
    table.insert_rows(session, Meeting, removed.meetings)
    for model in CHILDREN:
        table.insert_rows(session, model, removed.children.get(model.__tablename__, []))  # type: ignore[attr-defined]
