"""A view's refresh that waits until its widget can be seen.

Pages the facilitator is not looking at (the roster while the board is shown) need not be
rebuilt for every change: sixty phones joining at once add sixty people, and rebuilding a
hidden table sixty times kept the window from answering for seconds. A visible widget is
refreshed at once, as before; a hidden one once, when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenSeen(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._due = False
        widget.installEventFilter(self)

    def __call__(self, *_args: object) -> None:
        if self._widget.isVisible():
            self._due = False
            self._refresh()
        else:
            self._due = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self._due:
            self._due = False
            self._refresh()
        return False
