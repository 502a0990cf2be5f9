"""The agenda timer for the projector: the current item with a large countdown, the next
item, and the progress through the whole agenda.

When an item overruns, the countdown turns red and counts up. Space pauses and resumes,
→ skips to the next item, ← goes back, + gives five more minutes, F11 toggles full screen,
Esc closes. Each item's actual start and end are written to the file as the timer moves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.commands.session_rows import record_times
from app.document import WorkshopDocument
from app.models import AgendaItem
from app.timeline.labels import label
from app.timeline.timer import AgendaTimer, Clock, TimerState, countdown_text

NORMAL, OVERRUN, PAUSED = "#f5f7fa", "#ff5252", "#ffd54f"


class TimerWindow(QWidget):
    closed = Signal()
    display_changed = Signal()  # the texts or colours shown changed (each tick, each gesture)

    def __init__(
        self,
        document: WorkshopDocument,
        session_id: int,
        push: Callable[[QUndoCommand], bool],
        clock: Clock = datetime.now,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.document = document
        self.session_id = session_id
        self._push = push
        session = document.timeline.session(session_id)
        self.items = document.timeline.rows(AgendaItem, session_id)
        self.timer = AgendaTimer([i.minutes for i in self.items], clock)
        self._recorded: dict[int, tuple[datetime | None, datetime | None]] = {}
        self.setWindowTitle(self.tr("Timer — %1").replace("%1", session.title))
        self.setStyleSheet("background: #14202c; color: #f5f7fa;")

        self.session_label = QLabel(session.title)
        self.session_label.setStyleSheet("font-size: 22pt; color: #9fb3c8;")
        self.kind_label = QLabel()
        self.kind_label.setStyleSheet("font-size: 22pt; color: #9fb3c8;")
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 40pt; font-weight: bold;")
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label = QLabel()
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label = QLabel()
        self.next_label.setStyleSheet("font-size: 24pt; color: #c8d4e0;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(18)
        self.progress.setStyleSheet(
            "QProgressBar { background: #2a3a4a; border: none; border-radius: 9px; }"
            "QProgressBar::chunk { background: #4fc3f7; border-radius: 9px; }"
        )
        self.overall = QLabel()
        self.overall.setStyleSheet("font-size: 16pt; color: #9fb3c8;")
        self.play_button = QPushButton()
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.skip_button = QPushButton(self.tr("Next ▶"))
        self.more_button = QPushButton(self.tr("+5 min"))
        controls = QHBoxLayout()
        for button in (self.back_button, self.play_button, self.skip_button, self.more_button):
            button.setStyleSheet(
                "QPushButton { font-size: 16pt; padding: 8px 22px; background: #2a3a4a;"
                " color: #f5f7fa; border: 1px solid #46698f; border-radius: 6px; }"
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.overall)

        head = QHBoxLayout()
        head.addWidget(self.session_label)
        head.addStretch(1)
        head.addWidget(self.kind_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(head)
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        layout.addWidget(self.state_label)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        layout.addWidget(self.next_label)
        layout.addWidget(self.progress)
        layout.addLayout(controls)

        self.play_button.clicked.connect(self.toggle)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.more_button.clicked.connect(self.add_five)
        for keys, slot in (
            ("Space", self.toggle),
            ("Right", self.skip),
            ("Left", self.back),
            ("+", self.add_five),
            ("F11", self._toggle_full_screen),
            ("Esc", self.close),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self.update_display)
        self.update_display()

    # -- gestures ---------------------------------------------------------------------
    def toggle(self) -> None:
        self.timer.toggle()
        self._after_gesture()

    def skip(self) -> None:
        self.timer.skip()
        self._after_gesture()

    def back(self) -> None:
        self.timer.back()
        self._after_gesture()

    def add_five(self) -> None:
        self.timer.add_minutes(5)
        self.update_display()

    def _after_gesture(self) -> None:
        running = self.timer.state in (TimerState.RUNNING, TimerState.PAUSED)
        if running and not self.ticker.isActive():
            self.ticker.start()
        elif not running:
            self.ticker.stop()
        self._record()
        self.update_display()

    def _record(self) -> None:
        """Write the actual times that changed since the last gesture (one undo step)."""
        changed = {}
        for item, run in zip(self.items, self.timer.runs, strict=True):
            times = (run.started, run.ended)
            before = self._recorded.get(item.id, (item.actual_start, item.actual_end))
            if before != times and (run.started is not None or item.id in self._recorded):
                changed[item.id] = times
        if changed:
            self._recorded.update(changed)
            self._push(record_times(self.document, changed))

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # -- display ----------------------------------------------------------------------
    def update_display(self) -> None:
        lang = i18n.current_language()
        timer = self.timer
        index = timer.index
        if timer.state == TimerState.FINISHED:
            self.kind_label.setText("")
            self.title_label.setText(self.tr("The agenda is finished"))
            self.countdown.setText("")
            self.next_label.setText("")
        else:
            item = self.items[index]
            self.kind_label.setText(
                f"{index + 1} / {len(self.items)}　{label(item.kind, lang)}"
                + (f"　{item.presenter}" if item.presenter else "")
            )
            self.title_label.setText(item.title)
            self.countdown.setText(countdown_text(timer.remaining()))
            following = timer.next_index
            self.next_label.setText(
                self.tr("Next: %1 (%2 min)")
                .replace("%1", self.items[following].title)
                .replace("%2", str(self.items[following].minutes))
                if following is not None
                else self.tr("Next: end of the agenda")
            )
        colour, state = NORMAL, self.tr("Time left")
        if timer.overrun:
            colour, state = OVERRUN, self.tr("Over time")
        elif timer.state == TimerState.PAUSED:
            colour, state = PAUSED, self.tr("Paused")
        elif timer.state == TimerState.READY:
            state = self.tr("Press Start (Space) to begin")
        elif timer.state == TimerState.FINISHED:
            state = ""
        self.state_label.setText(state)
        self.state_label.setStyleSheet(f"font-size: 24pt; color: {colour};")
        size = max(96, int(self.height() * 0.28))
        self.countdown.setStyleSheet(f"font-size: {size}px; font-weight: bold; color: {colour};")
        self.countdown.setProperty("overrun", timer.overrun)
        self.progress.setValue(int(timer.progress() * 1000))
        planned = sum(i.minutes for i in self.items)
        self.overall.setText(
            self.tr("%1% of %2 min")
            .replace("%1", str(int(timer.progress() * 100)))
            .replace("%2", str(planned))
        )
        self.play_button.setText(
            self.tr("Pause ❚❚") if timer.state == TimerState.RUNNING else self.tr("Start ▶")
        )
        self.colour = colour
        self.display_changed.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.update_display()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.ticker.stop()
        self.closed.emit()
        super().closeEvent(event)
