"""基本: a session's title, kind, date and times, mode, venue, stage and notes.

Each field is saved when it is left (or chosen, for the lists), as one undo step; the
notes are saved as they are typed, one undo step per burst of typing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QTime
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
)

from app import i18n
from app.commands.timeline import EditSession
from app.messages import validation_error
from app.models import DayPart, SessionKind, SessionMode, Stage, WorkshopSession
from app.models.rules import ValidationError
from app.models.text_limits import limit
from app.timeline.agenda import AFTERNOON_HOURS, MORNING_HOURS
from app.timeline.labels import label
from app.views.autosave_text import AutosaveText
from app.views.date_field import DateField
from app.views.text_fields import limited
from app.views.timeline.session_tab import Push, SessionTab, ShowError


class SessionForm(SessionTab):
    def __init__(self, document, push: Push, show_error: ShowError) -> None:
        super().__init__(document, push, show_error)
        lang = i18n.current_language()
        self.title_edit = limited(QLineEdit(), limit(WorkshopSession, "title"))
        self.kind_combo = self._combo(SessionKind, lang)
        self.part_combo = self._combo(DayPart, lang)
        self.date_edit = DateField(lambda: document.workshop().fiscal_year)
        self.date_label = QLabel()
        self.start_edit = QTimeEdit()
        self.end_edit = QTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.mode_combo = self._combo(SessionMode, lang)
        self.venue_edit = limited(QLineEdit(), limit(WorkshopSession, "venue"))
        self.stage_combo = self._combo(Stage, lang)
        self.notes_edit = AutosaveText(
            lambda text, burst: self._save("notes", text, burst), limit(WorkshopSession, "notes")
        )
        self.notes_edit.setMaximumHeight(90)

        day_row = QHBoxLayout()
        day_row.addWidget(self.date_edit)
        day_row.addWidget(self.date_label, 1)
        time_row = QHBoxLayout()
        time_row.addWidget(self.start_edit)
        time_row.addWidget(QLabel("–"))
        time_row.addWidget(self.end_edit)
        time_row.addWidget(self.part_combo)
        self.refusal = QLabel()  # why a time was not taken, next to the times
        self.refusal.setObjectName("errorText")
        self.refusal.setStyleSheet("color: #b3261e;")
        self.refusal.setWordWrap(True)
        time_row.addWidget(self.refusal, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Date"), day_row)
        form.addRow(self.tr("Time"), time_row)
        form.addRow(self.tr("Mode"), self.mode_combo)
        form.addRow(self.tr("Venue"), self.venue_edit)
        form.addRow(self.tr("Stage (つながる・知る・うまれる)"), self.stage_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)

        self.title_edit.editingFinished.connect(lambda: self._save("title", self.title_edit.text()))
        self.venue_edit.editingFinished.connect(lambda: self._save("venue", self.venue_edit.text()))
        self.date_edit.entered.connect(lambda day: self._save("day", day))
        self.start_edit.editingFinished.connect(self._start_moved)
        self.end_edit.editingFinished.connect(lambda: self._save("end", self._time(self.end_edit)))
        self.part_combo.activated.connect(lambda _i: self._part_chosen())
        for combo, field, kind in (
            (self.kind_combo, "kind", SessionKind),
            (self.mode_combo, "mode", SessionMode),
            (self.stage_combo, "stage", Stage),
        ):
            combo.activated.connect(
                lambda _i, c=combo, f=field, k=kind: self._save(f, k(c.currentData()))
            )
        for widget in (self.title_edit, self.venue_edit, self.notes_edit):
            widget.setReadOnly(self.read_only)

    @staticmethod
    def _combo(kind, lang: str) -> QComboBox:
        combo = QComboBox()
        for value in kind:
            combo.addItem(label(value, lang), value)
        return combo

    @staticmethod
    def _time(edit: QTimeEdit) -> time:
        return edit.time().toPython()  # type: ignore[return-value]

    def show_session(self, session_id: int | None) -> None:
        if self.notes_edit.pending():  # typed into the session shown until now
            self.notes_edit.flush()
        super().show_session(session_id)

    def _part_chosen(self) -> None:
        """午前 or 午後 chosen: the part, and its usual hours when no times are set yet."""
        if self.session_id is None or self.read_only:
            return
        part = DayPart(self.part_combo.currentData())
        session = self.document.timeline.session(self.session_id)
        if part == session.part:
            return
        changes: dict[str, object] = {"part": part}
        hours = {DayPart.MORNING: MORNING_HOURS, DayPart.AFTERNOON: AFTERNOON_HOURS}.get(part)
        if hours is not None and session.start is None and session.end is None:
            changes["start"], changes["end"] = hours
        session_id = self.session_id
        self.run(lambda: EditSession(self.document, session_id, changes))

    def _start_moved(self) -> None:
        """A new start keeps the session's length: the end moves with it (one step)."""
        if self.session_id is None or self.read_only:
            return
        session = self.document.timeline.session(self.session_id)
        start = self._time(self.start_edit)
        if start == session.start:
            return
        changes: dict[str, object] = {"start": start}
        if session.start is not None and session.end is not None:
            length = datetime.combine(session.day, session.end) - datetime.combine(
                session.day, session.start
            )
            end = datetime.combine(session.day, start) + length
            if end.date() == session.day:  # not past midnight
                changes["end"] = end.time()
        session_id = self.session_id
        self.run(lambda: EditSession(self.document, session_id, changes))

    def run(self, build: Callable[[], QUndoCommand | None]) -> bool:
        """As every tab runs a command, and a refusal is also said next to the times."""
        self.refusal.clear()
        return super().run(build)

    def said(self, error: ValidationError) -> None:
        self.refusal.setText(validation_error(error))

    def _save(self, field: str, value: object, burst: int | None = None) -> None:
        if self.session_id is None or self.read_only:
            return
        current = getattr(self.document.timeline.session(self.session_id), field)
        if current == value:
            return
        session_id = self.session_id
        self.run(lambda: EditSession(self.document, session_id, {field: value}, burst))

    def refresh(self) -> None:
        if self.session_id is None:
            return
        session = self.document.timeline.session(self.session_id)
        self.title_edit.setText(session.title)
        self.date_edit.set_date(session.day)
        self.date_label.setText(self.date_text(session.day, weekday=True))
        for edit, at in ((self.start_edit, session.start), (self.end_edit, session.end)):
            edit.setTime(QTime(at.hour, at.minute) if at else QTime(0, 0))
        self.venue_edit.setText(session.venue)
        self.notes_edit.show_text(session.notes)
        for combo, value in (
            (self.kind_combo, session.kind),
            (self.part_combo, session.part),
            (self.mode_combo, session.mode),
            (self.stage_combo, session.stage),
        ):
            combo.setCurrentIndex(combo.findData(value))
