"""未完了のアクション: every open action of the engagement, soonest due first, with the
overdue ones in red. Double-clicking one opens its session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.document import WorkshopDocument
from app.models import Action
from app.timeline.actions import is_overdue, open_actions
from app.timeline.labels import label
from app.views.table_filling import filling

_ID = Qt.ItemDataRole.UserRole + 1


class OpenActions(QWidget):
    session_requested = Signal(int)

    def __init__(
        self, document: WorkshopDocument, today: Callable[[], date], date_text: Callable
    ) -> None:
        super().__init__()
        self.document = document
        self._titles: dict[int, str] = {}  # the session titles the list was filled with
        self._today = today
        self._date_text = date_text
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold; color: #2d4a6b;")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Action"), self.tr("Who"), self.tr("Session")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.table.itemDoubleClicked.connect(
            lambda item: self.session_requested.emit(int(item.data(_ID)))
        )

    def refresh(self) -> None:
        lang = i18n.current_language()
        today = self._today()
        actions = open_actions(self.document.timeline.rows(Action))
        late = [a for a in actions if is_overdue(a, today)]
        self.heading.setText(
            self.tr("Open actions: %1 (%2 overdue)")
            .replace("%1", str(len(actions)))
            .replace("%2", str(len(late)))
        )
        with filling(self.table):
            self._fill(actions, {a.id for a in late}, lang)
        self.table.resizeRowsToContents()

    def sessions_changed(self) -> None:
        """Sessions were added or edited: the list names sessions, nothing else of them,
        so it is filled again only when a title it could show has changed."""
        if self._session_titles() != self._titles:
            self.refresh()

    def _session_titles(self) -> dict[int, str]:
        return {m.id: m.title for m in self.document.timeline.sessions()}

    def _fill(self, actions: list[Action], late: set[int], lang: str) -> None:
        titles = self._titles = self._session_titles()
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            overdue = action.id in late
            texts = (
                self._date_text(action.due) if action.due else "—",
                f"{action.what}（{label(action.status, lang)}）",
                action.who,
                titles.get(action.session_id, ""),
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(_ID, action.session_id)
                if overdue:
                    cell.setBackground(QBrush(QColor("#ffd9d6")))
                    cell.setForeground(QBrush(QColor("#8e0000")))
                self.table.setItem(row, column, cell)
