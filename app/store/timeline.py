"""Reading and writing the session timeline in a caller's session.

Deleting a session takes its attendance, agenda, decisions, actions, links and snapshots
with it (the foreign keys cascade).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.models import (
    Action,
    AgendaItem,
    Attendance,
    Decision,
    Reflection,
    SessionLink,
    Snapshot,
    WorkshopSession,
)

#: Tables hanging off a session.
CHILDREN: tuple[type, ...] = (
    Attendance,
    AgendaItem,
    Decision,
    Action,
    SessionLink,
    Snapshot,
    Reflection,
)


def sessions(session: Session) -> list[WorkshopSession]:
    return list(
        session.scalars(
            select(WorkshopSession).order_by(
                WorkshopSession.day, WorkshopSession.start, WorkshopSession.id
            )
        )
    )


def engagement_start(session: Session) -> date | None:
    """The day of the first session, from which actions may fall due."""
    return session.scalar(select(func.min(WorkshopSession.day)))


def children(session: Session, model: type, session_id: int | None = None) -> list:
    """Rows of ``model`` for one session (or all), in their order."""
    query: Select[tuple[object]] = select(model)
    if session_id is not None:
        query = query.where(model.session_id == session_id)  # type: ignore[attr-defined]
    order = getattr(model, "sort_order", None)
    query = query.order_by(*(c for c in (order, model.id) if c is not None))  # type: ignore[attr-defined]
    return list(session.scalars(query))


def attendance_pairs(session: Session) -> list[tuple[int, int]]:
    query = select(Attendance.session_id, Attendance.participant_id)
    return [(m, p) for m, p in session.execute(query)]
