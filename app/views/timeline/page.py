"""セッション: the engagement's timeline above, the chosen session below, and every open
action beside it. The page turns gestures into commands and mirrors the document."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QActionGroup, QGuiApplication, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.commands.timeline import (
    AddSessions,
    DeleteSessions,
    DuplicateSession,
    EditSession,
    SplitSession,
    plan_engagement,
)
from app.document import WorkshopDocument
from app.messages import validation_error
from app.models import Action, SessionKind
from app.models.dates import fiscal_year_of, format_date
from app.models.rules import ValidationError
from app.timeline.actions import is_overdue
from app.timeline.axis import axis_for
from app.views import icons
from app.views.timeline.compare_dialog import CompareDialog
from app.views.timeline.open_actions import OpenActions
from app.views.timeline.plan_dialog import PlanDialog
from app.views.timeline.session_panel import SessionPanel
from app.views.timeline.timeline_view import TimelineScene, TimelineView
from app.views.timeline.timer_window import TimerWindow
from app.views.when_seen import WhenSeen

WAREKI_KEY = "timeline/wareki"


class TimelinePage(QWidget):
    status_message = Signal(str)
    open_requested = Signal(str, int)  # "worksheet"/"board", id
    timer_opened = Signal(object)  # the TimerWindow

    def __init__(self, document: WorkshopDocument, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.document = document
        self.undo_stack = undo_stack
        self._read_only = document.file.read_only
        self.today = date.today
        self.clock = datetime.now  # the timer's clock; tests move their own
        self.scale = "months"
        self.wareki = bool(QSettings().value(WAREKI_KEY, False, type=bool))
        self.selected: int | None = None
        self.timer_window: TimerWindow | None = None
        self.projecting = False  # set while the projection window is open

        self.scene = TimelineScene(self)
        self.view = TimelineView(self.scene)
        self.panel = SessionPanel(document, self.push, self.show_error, lambda: self.today())
        self.actions_list = OpenActions(document, lambda: self.today(), self.date_text)
        self.toolbar = self._toolbar()

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setObjectName("timeline_lower")
        lower.addWidget(_scrolling(self.panel))
        lower.addWidget(self.actions_list)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([900, 520])
        upper = QSplitter(Qt.Orientation.Vertical)
        upper.setObjectName("timeline_upper")
        upper.addWidget(self.view)
        upper.addWidget(lower)
        upper.setStretchFactor(1, 1)
        upper.setSizes([self.view.full_height, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(upper, 1)

        self.scene.session_clicked.connect(self.select_session)
        self.scene.session_moved.connect(self._moved)
        self.actions_list.session_requested.connect(self._open_actions_of)
        self.panel.agenda.timer_requested.connect(self.open_timer)
        self.panel.materials.compare_requested.connect(self.open_comparison)
        self.panel.materials.open_requested.connect(self.open_requested)
        document.sessions_changed.connect(self._sessions_changed)
        document.sessions_removed.connect(self._sessions_removed)
        document.session_content_changed.connect(self._content_changed)
        attendance = WhenSeen(self.panel.attendance, self.panel.attendance.refresh)
        for signal in (
            document.participants_added,
            document.participants_changed,
            document.participants_removed,
        ):
            signal.connect(attendance)
        for signal in (document.worksheet_changed, document.board_changed):
            signal.connect(lambda _id: self.panel.materials.refresh())
        sessions = document.timeline.sessions()
        self.refresh_timeline()
        self.select_session(self._first_to_show(sessions))
        self.actions_list.refresh()

    # -- toolbar ------------------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        bar = icons.text_beside_icons(QToolBar())
        self.plan_action = bar.addAction(self.tr("Plan from a pattern…"), self.plan)
        self.add_action = bar.addAction(self.tr("Add session"), self.add_session)
        self.duplicate_action = bar.addAction(self.tr("Duplicate"), self.duplicate_session)
        self.split_action = bar.addAction(self.tr("Split into AM/PM"), self.split_session)
        self.split_action.setToolTip(
            self.tr(
                "Make the session a morning and an afternoon part, each with its own attendance"
            )
        )
        self.delete_action = bar.addAction(self.tr("Delete"), self.delete_session)
        for action, name in (
            (self.plan_action, "plan"),
            (self.add_action, "add_session"),
            (self.duplicate_action, "duplicate"),
            (self.split_action, "split"),
            (self.delete_action, "delete"),
        ):
            action.setEnabled(not self._read_only)
            icons.put(action, name)
        bar.addSeparator()
        zoom = QActionGroup(bar)
        self.months_action = bar.addAction(self.tr("Months"), lambda: self.set_scale("months"))
        self.weeks_action = bar.addAction(self.tr("Weeks"), lambda: self.set_scale("weeks"))
        for action in (self.months_action, self.weeks_action):
            action.setCheckable(True)
            zoom.addAction(action)
        self.months_action.setChecked(True)
        icons.put(self.months_action, "months")
        icons.put(self.weeks_action, "weeks")
        self.today_action = bar.addAction(self.tr("Today"), self.show_today)
        icons.put(self.today_action, "today")
        bar.addSeparator()
        self.wareki_action = bar.addAction(self.tr("Japanese era dates (和暦)"))
        self.wareki_action.setCheckable(True)
        icons.put(self.wareki_action, "wareki")
        self.wareki_action.setChecked(self.wareki)
        self.wareki_action.toggled.connect(self.set_wareki)
        return bar

    # -- reading ------------------------------------------------------------------------
    def date_text(self, day: date) -> str:
        return format_date(day, self.wareki, i18n.current_language())

    def reference_day(self) -> date:
        """Where planning starts: today, moved into the workshop's fiscal year (April to
        March) when the workshop is set in another one."""
        today = self.today()
        fiscal_year = self.document.workshop().fiscal_year
        if fiscal_year is None or fiscal_year_of(today) == fiscal_year:
            return today
        year = fiscal_year if today.month >= 4 else fiscal_year + 1
        return date(year, today.month, min(today.day, 28))

    def _first_to_show(self, sessions) -> int | None:
        """The next session from today, else the last one."""
        upcoming = [m for m in sessions if m.day >= self.today()]
        chosen = upcoming[0] if upcoming else (sessions[-1] if sessions else None)
        return chosen.id if chosen else None

    def refresh_timeline(self) -> None:
        sessions = self.document.timeline.sessions()
        today = self.today()
        overdue: dict[int, int] = {}
        for action in self.document.timeline.rows(Action):
            if is_overdue(action, today):
                overdue[action.session_id] = overdue.get(action.session_id, 0) + 1
        days = [m.day for m in sessions] or [self.reference_day()]
        axis = axis_for(days, today, self.scale)
        self.axis = axis
        self.scene.fill(
            sessions,
            axis,
            today,
            overdue,
            i18n.current_language(),
            not self._read_only,
            self.selected,
        )

    # -- gestures -----------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> bool:
        if self._read_only or getattr(command, "is_noop", lambda: False)():
            return False
        self.undo_stack.push(command)
        return True

    def show_error(self, error: ValidationError) -> None:
        self.status_message.emit(validation_error(error))

    def _run(self, build) -> QUndoCommand | None:
        try:
            command = build()
        except ValidationError as error:
            self.show_error(error)
            return None
        return command if self.push(command) else None

    def select_session(self, session_id: int | None) -> None:
        self.selected = session_id
        for block_id, block in self.scene.blocks.items():
            block.setSelected(block_id == session_id)
        self.panel.show_session(session_id, self.wareki)
        for action in (self.duplicate_action, self.split_action, self.delete_action):
            action.setEnabled(session_id is not None and not self._read_only)
        self._bring_into_view()

    def _bring_into_view(self) -> None:
        """The chosen session's block on screen (the timeline scrolls to it)."""
        if self.selected in self.scene.blocks and self.view.isVisible():
            self.view.ensureVisible(self.scene.blocks[self.selected], 40, 20)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._bring_into_view()

    def _moved(self, session_id: int, day: date) -> None:
        if self._run(lambda: EditSession(self.document, session_id, {"day": day})) is None:
            self.refresh_timeline()  # put the block back
        self.select_session(session_id)

    def plan(self) -> None:
        if self.document.timeline.sessions():
            answer = QMessageBox.question(
                self,
                self.tr("Plan the engagement"),
                self.tr("Sessions already exist. Add the pattern's sessions as well?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        dialog = PlanDialog(self.reference_day(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pattern, first, visits = dialog.chosen()
        self.plan_pattern(pattern, first, visits)

    def plan_pattern(
        self, pattern: str, first_visit: date, visits: list[date] | None = None
    ) -> None:
        lang = i18n.current_language()
        command = self._run(
            lambda: plan_engagement(self.document, pattern, first_visit, lang, visits or [])
        )
        if command is not None:
            self.select_session(command.ids[0])  # type: ignore[attr-defined]

    def add_session(self) -> None:
        sessions = self.document.timeline.sessions()
        day = sessions[-1].day + timedelta(days=7) if sessions else self.reference_day()
        row = {"kind": SessionKind.OTHER, "title": self.tr("New session"), "day": day}
        command = self._run(lambda: AddSessions(self.document, [row], self.tr("Add session")))
        if command is not None:
            self.select_session(command.ids[0])  # type: ignore[attr-defined]
            self.panel.tabs.setCurrentWidget(self.panel.form)
            self.panel.form.title_edit.setFocus()
            self.panel.form.title_edit.selectAll()

    def split_session(self) -> None:
        """The selected session into its morning and afternoon parts, one undo step."""
        if self.selected is None:
            return
        source = self.selected
        command = self._run(lambda: SplitSession(self.document, source))
        if command is not None:
            self.select_session(source)

    def duplicate_session(self) -> None:
        if self.selected is None:
            return
        source = self.selected
        day = self.document.timeline.session(source).day + timedelta(days=7)
        command = self._run(lambda: DuplicateSession(self.document, source, day))
        if command is not None:
            self.select_session(command.session_id)  # type: ignore[attr-defined]

    def delete_session(self) -> None:
        if self.selected is not None:
            self._run(lambda: DeleteSessions(self.document, [self.selected]))

    def set_scale(self, scale: str) -> None:
        self.scale = scale
        (self.weeks_action if scale == "weeks" else self.months_action).setChecked(True)
        self.refresh_timeline()
        if self.selected in self.scene.blocks:
            self.view.centerOn(self.scene.blocks[self.selected])

    def show_today(self) -> None:
        today = self.today()
        if self.axis.contains(today):
            self.view.centerOn(self.axis.x(today), self.view.sceneRect().center().y())
        else:
            self.status_message.emit(self.tr("Today is outside this engagement's dates."))

    def set_wareki(self, on: bool) -> None:
        self.wareki = on
        QSettings().setValue(WAREKI_KEY, on)
        self.panel.show_session(self.selected, on)
        self.actions_list.refresh()

    def _open_actions_of(self, session_id: int) -> None:
        self.select_session(session_id)
        self.panel.tabs.setCurrentWidget(self.panel.outcomes)

    def open_timer(self, session_id: int) -> TimerWindow:
        if self.timer_window is not None:
            self.timer_window.close()
        self.timer_window = TimerWindow(self.document, session_id, self.push, self.clock)
        screens = QGuiApplication.screens()
        if self.projecting:
            # The projection shows the timer on the wall; this window is the control.
            self.timer_window.resize(960, 600)
            self.timer_window.show()
        elif len(screens) > 1 and self.screen() in screens:
            # With a projector attached, the timer goes full screen on the other screen.
            wall = next(s for s in screens if s is not self.screen())
            self.timer_window.setGeometry(wall.geometry())
            self.timer_window.showFullScreen()
        else:
            self.timer_window.resize(1280, 720)
            self.timer_window.show()
        self.timer_opened.emit(self.timer_window)
        return self.timer_window

    def open_comparison(self, snapshot_id: int) -> CompareDialog:
        dialog = CompareDialog(self.document, snapshot_id, self.date_text, self)
        dialog.show()
        return dialog

    # -- mirroring the document -------------------------------------------------------
    def _sessions_changed(self, ids: list[int]) -> None:
        self.refresh_timeline()
        if self.selected in ids:
            self.panel.form.refresh()
            self.panel.agenda.refresh()
            self.panel.attendance.refresh()  # NEW depends on the order of sessions
            self.panel.reflection.refresh()  # its questions, and NEW
            self.panel.refresh_heading()
        elif self.selected is None and ids:
            self.select_session(ids[0])
        self.actions_list.sessions_changed()

    def _sessions_removed(self, ids: list[int]) -> None:
        self.refresh_timeline()
        if self.selected in ids:
            self.select_session(self._first_to_show(self.document.timeline.sessions()))
        self.actions_list.refresh()

    def _content_changed(self, session_id: int, table: str) -> None:
        if table == "attendance":
            self.panel.attendance.refresh()  # NEW marks in other sessions change too
        elif session_id == self.selected:
            self.panel.refresh_table(table)
        if table == "action":
            self.actions_list.refresh()
            self.refresh_timeline()


def _scrolling(panel: QWidget) -> QScrollArea:
    """``panel`` in a scroll area, so a small screen scrolls it instead of cutting it off."""
    area = QScrollArea()
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
