"""Acting as a user on real widgets: typing through an input method, clicking and
dragging on a canvas."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget


def type_japanese(widget: QWidget, text: str) -> None:
    """Send ``text`` the way an IME delivers it: preedit (composing) first, then the commit."""
    widget.setFocus()
    preedit = QInputMethodEvent(text, [])
    QApplication.sendEvent(widget, preedit)
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def mouse(
    view: QGraphicsView,
    kind: QMouseEvent.Type,
    x: float,
    y: float,
    buttons: Qt.MouseButton = Qt.MouseButton.LeftButton,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A mouse event at scene point (x, y), delivered to the view's viewport as Qt would."""
    pos = QPointF(view.mapFromScene(QPointF(x, y)))
    if kind == QMouseEvent.Type.MouseMove:
        button = Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), button, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def drag(view: QGraphicsView, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Press at ``start``, move there in six steps, release at ``end`` (scene points)."""
    mouse(view, QMouseEvent.Type.MouseButtonPress, *start)
    steps = 6
    for i in range(1, steps + 1):
        x = start[0] + (end[0] - start[0]) * i / steps
        y = start[1] + (end[1] - start[1]) * i / steps
        mouse(view, QMouseEvent.Type.MouseMove, x, y)
    release = QMouseEvent.Type.MouseButtonRelease
    mouse(view, release, *end, buttons=Qt.MouseButton.NoButton)
