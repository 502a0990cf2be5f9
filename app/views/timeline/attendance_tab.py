"""参加者: who from the roster came to this session, grouped by side, with NEW marking
everyone here for the first time in the engagement, and the count per side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import i18n
from app.commands.session_rows import set_attendance
from app.models import ParticipantSide
from app.timeline.attendance import newcomers
from app.views.table_filling import filling
from app.views.timeline.session_tab import Push, SessionTab, ShowError

_ID = Qt.ItemDataRole.UserRole + 1
SIDE_ORDER = (ParticipantSide.MUNICIPALITY, ParticipantSide.COMMUNITY, ParticipantSide.SUPPORTER)


class AttendanceTab(SessionTab):
    def __init__(self, document, push: Push, show_error: ShowError) -> None:
        super().__init__(document, push, show_error)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold; color: #2d4a6b;")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Attended"), self.tr("Name"), self.tr("Organisation"), self.tr("Role"), ""]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Tick who attended. People come from the Participants section."))
        hint.setStyleSheet("color: #5a6572;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.table.itemChanged.connect(self._ticked)

    def refresh(self) -> None:
        if self.session_id is None:
            return
        lang = i18n.current_language()
        sessions = self.document.timeline.sessions()
        pairs = self.document.timeline.attendance_pairs()
        new = newcomers(sessions, pairs).get(self.session_id, set())
        here = {p for m, p in pairs if m == self.session_id}
        people = sorted(self.document.roster.all(), key=lambda p: SIDE_ORDER.index(p.side))
        with filling(self.table):
            self.table.setRowCount(0)
            side = None
            for person in people:
                if person.side != side:  # a heading row per side
                    side = person.side
                    row = self.table.rowCount()
                    self.table.insertRow(row)
                    heading = QTableWidgetItem(side.label(lang))
                    heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    heading.setBackground(QBrush(QColor("#e3e9f0")))
                    self.table.setItem(row, 0, heading)
                    self.table.setSpan(row, 0, 1, 5)
                row = self.table.rowCount()
                self.table.insertRow(row)
                tick = QTableWidgetItem()
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                tick.setCheckState(
                    Qt.CheckState.Checked if person.id in here else Qt.CheckState.Unchecked
                )
                tick.setData(_ID, person.id)
                self.table.setItem(row, 0, tick)
                for column, text in enumerate((person.name, person.organisation, person.role), 1):
                    self.table.setItem(row, column, QTableWidgetItem(text))
                mark = QTableWidgetItem("NEW" if person.id in new else "")
                mark.setForeground(QBrush(QColor("#c62828")))
                font = mark.font()
                font.setBold(True)
                mark.setFont(font)
                self.table.setItem(row, 4, mark)
        by_side = {s: 0 for s in SIDE_ORDER}
        for person in people:
            if person.id in here:
                by_side[person.side] += 1
        parts = "・".join(f"{s.label(lang)} {n}" for s, n in by_side.items() if n)
        self.summary.setText(
            self.tr("%1 attending (%2 new)")
            .replace("%1", str(len(here)))
            .replace("%2", str(len(new)))
            + (f"　{parts}" if parts else "")
        )

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or item.data(_ID) is None:
            return
        if self.session_id is None or self.read_only:
            self.refresh()
            return
        present = item.checkState() == Qt.CheckState.Checked
        session_id, person = self.session_id, int(item.data(_ID))
        self.run(lambda: set_attendance(self.document, session_id, person, present))
