"""The projection window: full screen on the wall, no menus, no panels.

It shows a worksheet or board in the projector theme, the agenda timer, or, before
anything is chosen, the workshop's name. In presentation mode (one screen) it covers the
laptop's own screen and takes a few keys: Esc leaves, 1–9 zoom to a zone or column, 0
shows the whole page, R reveals the next face-down item and Shift+R all of them,
Page Up / Page Down go to the previous or next sheet or board.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.projection.room_style import BACKGROUND, FIT_MARGIN_MM
from app.views.projection.timer_face import TimerFace


class RoomView(QGraphicsView):
    """A view that only shows: no scroll bars, no clicks, no drags."""

    def __init__(self) -> None:
        super().__init__()
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(f"background: {BACKGROUND};")
        self.shown_rect = QRectF()

    def show_rect(self, rect: QRectF) -> None:
        """Fit ``rect`` (scene mm) in the window, keeping the aspect."""
        self.shown_rect = QRectF(rect)
        margin = FIT_MARGIN_MM
        self.fitInView(
            rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self.shown_rect.isNull():
            self.show_rect(self.shown_rect)


class ProjectionWindow(QWidget):
    leave_requested = Signal()
    zoom_requested = Signal(int)  # 0 = whole page, n = zone or column n
    reveal_requested = Signal(bool)  # True: all, False: the next one
    step_requested = Signal(int)  # -1 previous sheet or board, +1 next

    def __init__(self, title: str, owner: QWidget) -> None:
        # A window of its own, owned by the workspace so it never outlives the document.
        super().__init__(owner, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(title)
        self.setStyleSheet(f"background: {BACKGROUND};")
        self.view = RoomView()
        self.timer = TimerFace()
        self.idle = QLabel(title)
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle.setWordWrap(True)
        self.idle.setStyleSheet("color: #e8edf2; font-size: 44pt; font-weight: bold;")
        self.stack = QStackedWidget()
        for widget in (self.idle, self.view, self.timer):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.presenting = False

    # -- what is shown ------------------------------------------------------------------
    def show_scene(self, scene: QGraphicsScene, rect: QRectF) -> None:
        if self.view.scene() is not scene:
            self.view.setScene(scene)
        self.stack.setCurrentWidget(self.view)
        self.view.show_rect(rect)

    def show_timer(self) -> None:
        self.stack.setCurrentWidget(self.timer)
        self.timer.copy()

    def show_idle(self, text: str) -> None:
        self.idle.setText(text)
        self.stack.setCurrentWidget(self.idle)

    def showing(self) -> QWidget | None:
        return self.stack.currentWidget()

    # -- where ------------------------------------------------------------------------------
    def cover(self, screen: QScreen) -> None:
        """Full screen on ``screen``."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    # -- keys (presentation mode) -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.zoom_requested.emit(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_R:
            self.reveal_requested.emit(shift)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right):
            self.step_requested.emit(1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.step_requested.emit(-1)
        else:
            super().keyPressEvent(event)
