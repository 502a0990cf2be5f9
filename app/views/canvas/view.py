"""The worksheet view: zoom (wheel, Ctrl +/−, pinch), pan (middle button, space), drops.

On a touch screen or an interactive whiteboard a finger drags like the mouse (Qt turns
the touches it is not given into mouse events), two fingers pinch to zoom, and a finger
held still for ``LONG_PRESS_MS`` opens the context menu, as a right click would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QInputDevice,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView, QPinchGesture

RESOURCE_MIME = "application/x-wagamachi-resource"
KIND_MIME = "application/x-wagamachi-kind"
READABLE_PX = 12.0  # card names at least this many pixels high when a sheet opens
MIN_SCALE, MAX_SCALE = 0.3, 40.0
LONG_PRESS_MS = 600
LONG_PRESS_SLOP = 12  # px a finger may wander and still be holding still


class CanvasView(QGraphicsView):
    resource_dropped = Signal(int, QPointF)  # resource id, scene position
    kind_dropped = Signal(str, QPointF)  # kind id, scene position
    view_changed = Signal()  # zoomed or scrolled: what the view shows moved

    def __init__(self) -> None:
        super().__init__()
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAcceptDrops(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space = False
        self._panning: QPointF | None = None
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(LONG_PRESS_MS)
        self._hold.timeout.connect(self._long_press)
        self._hold_at = QPointF()

    # -- zoom -------------------------------------------------------------------------
    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self.scale(factor, factor)
        self.view_changed.emit()

    def fit_rect(self, rect: QRectF) -> None:
        self.fitInView(rect.adjusted(-4, -4, 4, 4), Qt.AspectRatioMode.KeepAspectRatio)
        self.view_changed.emit()

    def shown_rect(self) -> QRectF:
        """The part of the scene the view shows now."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self.view_changed.emit()

    def show_readable(self, focus: QRectF, text_mm: float, from_top_left: bool = False) -> None:
        """The whole page if its text reads at :data:`READABLE_PX` or more so; otherwise
        that text size, centred on ``focus`` (where the cards are), or with ``focus``'s top
        left corner at the top left (a board, read column by column). The whole page is one
        key away (0, or Fit page)."""
        self.fit_page()
        if self.transform().m11() * text_mm >= READABLE_PX:
            return
        scale = READABLE_PX / text_mm
        self.resetTransform()
        self.scale(scale, scale)
        if from_top_left:
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(focus.topLeft() + QPointF(shown.width() / 2 - 4, shown.height() / 2 - 4))
        else:
            self.centerOn(focus.center())
        self.view_changed.emit()

    def fit_page(self) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "page_rect"):
            self.fit_rect(scene.page_rect())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
            event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # -- pan --------------------------------------------------------------------------
    def _typing(self) -> bool:
        """A text item on the canvas has the keyboard: a space is a character, not a pan."""
        scene = self.scene()
        item = scene.focusItem() if scene is not None else None
        return isinstance(item, QGraphicsTextItem) and bool(
            item.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and not self._typing():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    def _from_touch(self, event: QMouseEvent) -> bool:
        return event.pointingDevice().type() == QInputDevice.DeviceType.TouchScreen

    def _long_press(self) -> None:
        """A finger held still: the context menu, where a right click would open it."""
        self.customContextMenuRequested.emit(self._hold_at.toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._from_touch(event):
            self._hold_at = event.position()
            self._hold.start()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._hold.isActive():
            moved = event.position() - self._hold_at
            if abs(moved.x()) + abs(moved.y()) > LONG_PRESS_SLOP:
                self._hold.stop()
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._hold.stop()
        if event.button() == Qt.MouseButton.MiddleButton and self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- drops from the palette ---------------------------------------------------------
    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(RESOURCE_MIME) or mime.hasFormat(KIND_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        at = self.mapToScene(event.position().toPoint())
        if mime.hasFormat(RESOURCE_MIME):
            self.resource_dropped.emit(int(bytes(mime.data(RESOURCE_MIME).data()).decode()), at)
        elif mime.hasFormat(KIND_MIME):
            self.kind_dropped.emit(bytes(mime.data(KIND_MIME).data()).decode(), at)
        else:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
