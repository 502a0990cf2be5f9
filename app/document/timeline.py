"""The document's timeline (``document.timeline``): sessions and the rows of a session
(attendance, agenda, decisions, actions, links, snapshots).

Sessions are announced as ``sessions_changed`` / ``sessions_removed``, the rows of a session
as ``session_content_changed(session id, table name)`` so a view refreshes only its part.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select

from app.document.part import Part
from app.models import AgendaItem, Attendance, Snapshot, WorkshopSession
from app.models.values import SessionRowValues, SessionValues
from app.store import rows as table
from app.store import snapshots
from app.store import timeline as store
from app.store.timeline import CHILDREN


class Timeline(Part):
    # -- reading --------------------------------------------------------------------
    def sessions(self) -> list[WorkshopSession]:
        with self.file.read_session() as s:
            return store.sessions(s)

    def session(self, session_id: int) -> WorkshopSession:
        with self.file.read_session() as s:
            return s.get_one(WorkshopSession, session_id)

    def engagement_start(self) -> date | None:
        with self.file.read_session() as s:
            return store.engagement_start(s)

    def rows(self, model: type, session_id: int | None = None) -> list:
        """Attendance, agenda items, decisions, actions, links or snapshots of a session."""
        with self.file.read_session() as s:
            return store.children(s, model, session_id)

    def row(self, model: type, row_id: int):
        with self.file.read_session() as s:
            return s.get_one(model, row_id)

    def attendance_pairs(self) -> list[tuple[int, int]]:
        with self.file.read_session() as s:
            return store.attendance_pairs(s)

    def current_content(self, source_kind: str, source_id: int) -> dict:
        """What a worksheet or board holds now, in a snapshot's shape (for comparing)."""
        with self.file.read_session() as s:
            return snapshots.capture(s, source_kind, source_id)

    # -- sessions -------------------------------------------------------------------
    def add_sessions(self, rows: Sequence[SessionValues]) -> list[int]:
        with self._writing() as s:
            return table.insert_rows(s, WorkshopSession, rows)

    def update_sessions(self, changes: Mapping[int, SessionValues]) -> None:
        with self._writing() as s:
            table.update_rows(s, WorkshopSession, changes)

    def remove_sessions(self, ids: Sequence[int]) -> None:
        """Delete sessions; their attendance, agenda, decisions, actions, links and
        snapshots go with them."""
        with self._writing() as s:
            table.delete_rows(s, WorkshopSession, list(ids))

    def duplicate_session(self, session_id: int, day: date, with_agenda: bool = True) -> int:
        """A copy of a session on ``day`` with its attendees and (unless not wanted) its
        agenda, the times it ran left out."""
        with self._writing() as s:
            values = s.get_one(WorkshopSession, session_id).column_values()
            values.pop("id")
            (new_id,) = table.insert_rows(s, WorkshopSession, [dict(values, day=day)])
            agenda = [
                dict(item.column_values(), session_id=new_id, actual_start=None, actual_end=None)
                for item in (store.children(s, AgendaItem, session_id) if with_agenda else [])
            ]
            people = [
                {"session_id": new_id, "participant_id": a.participant_id}
                for a in store.children(s, Attendance, session_id)
            ]
            for row in agenda:
                row.pop("id")
            table.insert_rows(s, AgendaItem, agenda)
            table.insert_rows(s, Attendance, people)
        return new_id

    # -- rows of a session ----------------------------------------------------------
    def add_rows(self, model: type, rows: Sequence[SessionRowValues]) -> list[int]:
        assert model in CHILDREN
        with self._writing() as s:
            return table.insert_rows(s, model, rows)

    def update_rows(self, model: type, changes: Mapping[int, SessionRowValues]) -> None:
        assert model in CHILDREN
        with self._writing() as s:
            table.update_rows(s, model, changes)

    def delete_rows(self, model: type, ids: Sequence[int]) -> None:
        assert model in CHILDREN
        with self._writing() as s:
            table.delete_rows(s, model, ids)

    def take_snapshots(self, session_id: int, sources: Sequence[tuple[str, int]]) -> list[int]:
        """Freeze the worksheets and boards ``sources`` ((kind, id) pairs) into a session."""
        with self._writing() as s:
            rows = []
            for kind, source_id in sources:
                content = snapshots.capture(s, kind, source_id)
                rows.append(
                    {
                        "session_id": session_id,
                        "source_kind": kind,
                        "source_id": source_id,
                        "title": content["title"],
                        "content": content,
                    }
                )
            return table.insert_rows(s, Snapshot, rows)

    def attendance_of(self, session_id: int) -> dict[int, int]:
        """Participant id → attendance row id for one session."""
        with self.file.read_session() as s:
            query = select(Attendance).where(Attendance.session_id == session_id)
            return {a.participant_id: a.id for a in s.scalars(query)}
