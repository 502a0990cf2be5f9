"""A date field that takes a date as people write it, or from a calendar.

Typing ``2023/8/30``, ``8/30``, ``R5.8.30`` or ``令和5年8月30日`` just works (a date without a
year falls in the workshop's fiscal year); a date that does not exist is refused next to
the field, and the field shows the date it had.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.models.dates import parse_date
from app.views import icons


class DateField(QWidget):
    entered = Signal(object)  # the date typed or picked, once it is a real one

    def __init__(self, fiscal_year: Callable[[], int | None] = lambda: None) -> None:
        super().__init__()
        self._fiscal_year = fiscal_year
        self._date: dt.date | None = None
        self.line = QLineEdit()
        self.line.setPlaceholderText("2023/8/30, 8/30, R5.8.30")
        self.line.setToolTip(
            self.tr("Type a date as you write it: 2023/8/30, 8/30, R5.8.30 or 令和5年8月30日")
        )
        self.line.setMaximumWidth(150)
        self.pick = QToolButton()
        icons.put(self.pick, "calendar")  # the button's own arrow says it opens
        self.pick.setToolTip(self.tr("Choose on a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.pick.setMenu(menu)
        self.refusal = QLabel()
        self.refusal.setObjectName("errorText")
        self.refusal.setStyleSheet("color: #b3261e;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.pick)
        layout.addWidget(self.refusal, 1)
        self.line.editingFinished.connect(self._typed)
        self.calendar.clicked.connect(self._picked)

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, day: dt.date | None) -> None:
        """Show ``day`` (from the file), dropping any refusal shown."""
        self._date = day
        self.line.setText(day.isoformat() if day else "")
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.refusal.clear()

    def _typed(self) -> None:
        text = self.line.text()
        try:
            day = parse_date(text, self._fiscal_year())
        except ValueError:
            self.refusal.setText(self.tr("Not a date: %1").replace("%1", text.strip()))
            self.line.setText(self._date.isoformat() if self._date else "")
            return
        if day is None:
            self.set_date(self._date)  # a session always has a date: keep the one it had
            return
        self._accept(day)

    def _picked(self, picked: QDate) -> None:
        menu = self.pick.menu()
        if menu is not None:
            menu.hide()
        self._accept(dt.date(picked.year(), picked.month(), picked.day()))

    def _accept(self, day: dt.date) -> None:
        changed = day != self._date
        self.set_date(day)
        if changed:
            self.entered.emit(day)
