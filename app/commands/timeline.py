"""Undoable timeline edits: sessions, and the rows hanging off a session.

Sessions have their own commands (plan, add, edit, duplicate, delete); the rows of a
session (attendance, agenda items, decisions, actions, links, snapshots) share three
generic ones — add, edit, delete — which the helpers below validate and word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded, ValueChange
from app.document import WorkshopDocument
from app.models import DayPart, SessionKind, SessionMode, Stage, WorkshopSession
from app.models.rules import ValidationError
from app.models.values import SessionRowValues, SessionValues, present
from app.timeline.agenda import NOON, check_times, split_hours
from app.timeline.patterns import plan


def clean_session(
    values: Mapping[str, object], current: WorkshopSession | None = None
) -> SessionValues:
    """A session's values with a one-line title, a date, and an end after the start."""
    clean = dict(values)
    if "title" in clean:
        clean["title"] = " ".join(str(clean["title"]).split())
        if not clean["title"]:
            raise ValidationError("empty_name", "title")
    if "day" in clean and not isinstance(clean["day"], date):
        raise ValidationError("no_date", "day")
    for key, kind in (
        ("kind", SessionKind),
        ("part", DayPart),
        ("mode", SessionMode),
        ("stage", Stage),
    ):
        if key in clean:
            try:
                clean[key] = kind(str(clean[key]))
            except ValueError:
                raise ValidationError("unknown_choice", key, str(clean[key])) from None
    start = clean.get("start", current.start if current else None)
    end = clean.get("end", current.end if current else None)
    check_times(start, end)  # type: ignore[arg-type]
    return cast(SessionValues, clean)


class AddSessions(Recorded):
    """New sessions: one the facilitator adds, or a whole standard pattern at once."""

    def __init__(
        self, document: WorkshopDocument, rows: Sequence[Mapping[str, object]], text: str
    ) -> None:
        self._rows = [clean_session(r) for r in rows]
        super().__init__(text, document)
        self.ids: list[int] = []

    def perform(self) -> None:
        self.ids = self.document.timeline.add_sessions(self._rows)


def plan_engagement(
    document: WorkshopDocument,
    pattern: str,
    first_visit: date,
    lang: str = "ja",
    visits_on: Sequence[date] = (),
) -> AddSessions:
    rows = [p.row() for p in plan(pattern, first_visit, lang, visits_on)]
    return AddSessions(
        document, rows, QCoreApplication.translate("Commands", "Plan the engagement")
    )


class EditSession(ValueChange[SessionValues]):
    def __init__(
        self,
        document: WorkshopDocument,
        session_id: int,
        changes: Mapping[str, object],
        burst: int | None = None,
    ) -> None:
        current = document.timeline.session(session_id)
        new = clean_session(changes, current)
        old = present(current, new)
        text = (
            QCoreApplication.translate("Commands", "Move session")
            if set(new) == {"day"}
            else QCoreApplication.translate("Commands", "Edit session")
        )
        super().__init__(text, new, old, burst)
        self._document, self._id = document, session_id

    def target(self) -> object:
        return self._id

    def apply(self, values: SessionValues) -> None:
        self._document.timeline.update_sessions({self._id: values})


class DuplicateSession(Recorded):
    def __init__(self, document: WorkshopDocument, session_id: int, day: date) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Duplicate session"), document)
        self._source, self._day = session_id, day
        self.session_id: int | None = None

    def perform(self) -> None:
        self.session_id = self.document.timeline.duplicate_session(self._source, self._day)


class SplitSession(Recorded):
    """A session becomes its morning and its afternoon part on the same day. The session
    itself stays the part it was held in (the morning, when it ran across midday or had no
    times) with its agenda and attendance; the other part is new, with a copy of the
    attendance to tick off, so each part has its own."""

    def __init__(self, document: WorkshopDocument, session_id: int) -> None:
        session = document.timeline.session(session_id)
        if session.part is not DayPart.WHOLE:
            raise ValidationError("already_split", "part")
        text = QCoreApplication.translate("Commands", "Split into morning and afternoon")
        super().__init__(text, document)
        self._id = session_id
        morning, afternoon = split_hours(session.start, session.end)
        if session.start is not None and session.end is not None and session.start >= NOON:
            self._parts = ((DayPart.AFTERNOON, afternoon), (DayPart.MORNING, morning))
        else:
            self._parts = ((DayPart.MORNING, morning), (DayPart.AFTERNOON, afternoon))
        self.other_id: int | None = None

    def perform(self) -> None:
        (own, own_hours), (other, other_hours) = self._parts
        timeline = self.document.timeline
        day = timeline.session(self._id).day
        self.other_id = timeline.duplicate_session(self._id, day, with_agenda=False)
        timeline.update_sessions(
            {
                self._id: {"part": own, "start": own_hours[0], "end": own_hours[1]},
                self.other_id: {"part": other, "start": other_hours[0], "end": other_hours[1]},
            }
        )


class DeleteSessions(Recorded):
    """Sessions, with everything recorded in them."""

    def __init__(self, document: WorkshopDocument, ids: Sequence[int]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete session"), document)
        self._ids = list(ids)

    def perform(self) -> None:
        self.document.timeline.remove_sessions(self._ids)


# -- rows of a session -------------------------------------------------------------
class AddRows(Recorded):
    def __init__(
        self,
        document: WorkshopDocument,
        model: type,
        rows: Sequence[SessionRowValues],
        text: str,
    ) -> None:
        super().__init__(text, document)
        self._model = model
        self._rows = [r.copy() for r in rows]
        self.ids: list[int] = []

    def perform(self) -> None:
        self.ids = self.document.timeline.add_rows(self._model, self._rows)


class EditRows(ValueChange[dict[int, SessionRowValues]]):
    def __init__(
        self,
        document: WorkshopDocument,
        model: type,
        changes: Mapping[int, SessionRowValues],
        text: str,
    ) -> None:
        old = {
            row_id: present(document.timeline.row(model, row_id), values)
            for row_id, values in changes.items()
        }
        super().__init__(text, {k: v.copy() for k, v in changes.items()}, old)
        self._document, self._model = document, model

    def apply(self, values: dict[int, SessionRowValues]) -> None:
        self._document.timeline.update_rows(self._model, values)


class DeleteRows(Recorded):
    def __init__(
        self, document: WorkshopDocument, model: type, ids: Sequence[int], text: str
    ) -> None:
        super().__init__(text, document)
        self._model, self._ids = model, list(ids)

    def perform(self) -> None:
        self.document.timeline.delete_rows(self._model, self._ids)


class TakeSnapshots(Recorded):
    """「セッション終了時に保存」: frozen copies of the chosen worksheets and boards."""

    def __init__(
        self, document: WorkshopDocument, session_id: int, sources: Sequence[tuple[str, int]]
    ) -> None:
        if not sources:
            raise ValidationError("nothing_to_snapshot", "sources")
        super().__init__(QCoreApplication.translate("Commands", "Save snapshots"), document)
        self._session, self._sources = session_id, list(sources)
        self.ids: list[int] = []

    def perform(self) -> None:
        self.ids = self.document.timeline.take_snapshots(self._session, self._sources)
