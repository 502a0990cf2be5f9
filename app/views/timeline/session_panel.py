"""One session in tabs: 基本, 参加者, 次第, 決定事項・アクション, ワークシート・スナップショット,
振り返り, 写真."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.document import WorkshopDocument
from app.views.timeline.agenda_tab import AgendaTab
from app.views.timeline.attendance_tab import AttendanceTab
from app.views.timeline.materials_tab import MaterialsTab
from app.views.timeline.outcomes_tab import OutcomesTab
from app.views.timeline.photos_tab import PhotosTab
from app.views.timeline.reflection_tab import ReflectionTab
from app.views.timeline.session_form import SessionForm
from app.views.timeline.session_tab import Push, SessionTab, ShowError

#: Which tab shows which table of a session, so a change refreshes only that tab.
TABLE_TABS = {
    "attendance": "attendance",
    "agenda_item": "agenda",
    "decision": "outcomes",
    "action": "outcomes",
    "session_link": "materials",
    "snapshot": "materials",
    "reflection": "reflection",
}


class SessionPanel(QWidget):
    def __init__(
        self,
        document: WorkshopDocument,
        push: Push,
        show_error: ShowError,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.form = SessionForm(document, push, show_error)
        self.attendance = AttendanceTab(document, push, show_error)
        self.agenda = AgendaTab(document, push, show_error)
        self.outcomes = OutcomesTab(document, push, show_error, today)
        self.materials = MaterialsTab(document, push, show_error)
        self.reflection = ReflectionTab(document, push, show_error)
        self.photos = PhotosTab(document, push, show_error)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Basics"))
        self.tabs.addTab(self.attendance, self.tr("Participants"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.outcomes, self.tr("Decisions and actions"))
        self.tabs.addTab(self.materials, self.tr("Worksheets and snapshots"))
        self.tabs.addTab(self.reflection, self.tr("Reflection"))
        self.tabs.addTab(self.photos, self.tr("Photos"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.document = document
        self.session_id: int | None = None

    @property
    def all_tabs(self) -> list[SessionTab]:
        return [
            self.form,
            self.attendance,
            self.agenda,
            self.outcomes,
            self.materials,
            self.reflection,
            self.photos,
        ]

    def show_session(self, session_id: int | None, wareki: bool) -> None:
        self.session_id = session_id
        for tab in self.all_tabs:
            tab.wareki = wareki
            tab.show_session(session_id)
        self.refresh_heading()

    def refresh_heading(self) -> None:
        if self.session_id is None:
            self.heading.setText(self.tr("Choose a session on the timeline"))
            return
        session = self.document.timeline.session(self.session_id)
        self.heading.setText(f"{session.title}　{self.form.date_text(session.day, weekday=True)}")

    def refresh_table(self, table: str) -> None:
        getattr(self, TABLE_TABS[table]).refresh()
