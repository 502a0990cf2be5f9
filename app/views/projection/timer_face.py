"""The agenda timer on the wall: what the timer window shows, without its buttons.

While the projection is open the timer window stays on the laptop as the control; this
face copies its texts and colours each time they change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.views.timeline.timer_window import TimerWindow


class TimerFace(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("background: #14202c; color: #f5f7fa;")
        self.source: TimerWindow | None = None
        self.head = QLabel()
        self.head.setStyleSheet("font-size: 26pt; color: #9fb3c8;")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 48pt; font-weight: bold;")
        self.state = QLabel()
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = QLabel()
        self.next.setStyleSheet("font-size: 28pt; color: #c8d4e0;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(22)
        self.progress.setStyleSheet(
            "QProgressBar { background: #2a3a4a; border: none; border-radius: 11px; }"
            "QProgressBar::chunk { background: #4fc3f7; border-radius: 11px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 48)
        layout.addWidget(self.head)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.state)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        layout.addWidget(self.next)
        layout.addWidget(self.progress)

    def follow(self, window: TimerWindow | None) -> None:
        if self.source is not None:
            self.source.display_changed.disconnect(self.copy)
        self.source = window
        if window is not None:
            window.display_changed.connect(self.copy)
            self.copy()

    def copy(self) -> None:
        source = self.source
        if source is None:
            return
        head = " ".join(t for t in (source.session_label.text(), source.kind_label.text()) if t)
        self.head.setText(head)
        self.title.setText(source.title_label.text())
        self.state.setText(source.state_label.text())
        self.state.setStyleSheet(f"font-size: 30pt; color: {source.colour};")
        self.countdown.setText(source.countdown.text())
        size = max(120, int(self.height() * 0.3))
        self.countdown.setStyleSheet(
            f"font-size: {size}px; font-weight: bold; color: {source.colour};"
        )
        self.next.setText(source.next_label.text())
        self.progress.setValue(source.progress.value())
