"""参加者: the workshop's roster, shared by the boards and the session timeline.

A line at the top adds a person with Enter, keeping the table and side for the next one,
so a whole table is entered in a few seconds. Cells are edited in place.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.commands.boards import AddParticipants, DeleteParticipants, EditParticipant
from app.document import WorkshopDocument
from app.messages import validation_error
from app.models import Participant, ParticipantSide
from app.models.rules import ValidationError
from app.models.text_limits import limit
from app.models.values import ParticipantValues
from app.views.importing.entry import dropped_tables, import_table
from app.views.table_filling import cell
from app.views.text_fields import limited
from app.views.when_seen import WhenSeen

FIELDS = ("name", "furigana", "organisation", "role", "side", "table_name")
_ID = Qt.ItemDataRole.UserRole + 1


class RosterPage(QWidget):
    status_message = Signal(str)

    def __init__(self, document: WorkshopDocument, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.setAcceptDrops(True)  # a roster table dropped here is imported
        self.document = document
        self.undo_stack = undo_stack
        self._read_only = document.file.read_only
        self._filling = False

        self.name_edit = limited(QLineEdit(), limit(Participant, "name"))
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.organisation_edit = limited(QLineEdit(), limit(Participant, "organisation"))
        self.organisation_edit.setPlaceholderText(self.tr("Organisation"))
        self.table_edit = limited(QLineEdit(), limit(Participant, "table_name"))
        self.table_edit.setPlaceholderText(self.tr("Table or group"))
        self.table_edit.setMaximumWidth(140)
        self.side_combo = self._side_combo(ParticipantSide.COMMUNITY)
        self.add_button = QPushButton(self.tr("Add"))
        self.delete_button = QPushButton(self.tr("Delete selected"))
        self.count_label = QLabel()
        for edit in (self.name_edit, self.organisation_edit, self.table_edit):
            edit.returnPressed.connect(self.add_person)
        self.add_button.clicked.connect(self.add_person)
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = QTableWidget(0, len(FIELDS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Furigana"),
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("Side"),
                self.tr("Table or group"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._cell_edited)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

        quick = QHBoxLayout()
        for widget in (self.name_edit, self.organisation_edit, self.table_edit, self.side_combo):
            quick.addWidget(widget)
        quick.addWidget(self.add_button)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.delete_button)
        title = QLabel(self.tr("Participants"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        hint = QLabel(
            self.tr("Type a name and press Enter. Table and side stay for the next person.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(quick)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        for control in (self.add_button, self.delete_button, self.name_edit):
            control.setEnabled(not self._read_only)

        when_seen = WhenSeen(self, self.refresh)
        for signal in (
            document.participants_added,
            document.participants_changed,
            document.participants_removed,
        ):
            signal.connect(when_seen)
        self.refresh()

    def _side_combo(self, side: ParticipantSide) -> QComboBox:
        combo = QComboBox()
        lang = i18n.current_language()
        for member in ParticipantSide:
            combo.addItem(member.label(lang), member.value)
        combo.setCurrentIndex(combo.findData(side.value))
        return combo

    def refresh(self) -> None:
        self._filling = True
        people = self.document.roster.all()
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            for column, field in enumerate(FIELDS):
                if field == "side":
                    combo = self._side_combo(person.side)
                    combo.setEnabled(not self._read_only)
                    combo.currentIndexChanged.connect(
                        lambda _i, c=combo, pid=person.id: self._edit(
                            pid, {"side": c.currentData()}
                        )
                    )
                    self.table.setCellWidget(row, column, combo)
                    continue
                item = QTableWidgetItem(str(getattr(person, field)))
                item.setData(_ID, person.id)
                if self._read_only:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.count_label.setText(self.tr("%1 people").replace("%1", str(len(people))))
        self._filling = False

    def add_person(self) -> None:
        if self._read_only:
            return
        people = self.document.roster.all()
        row: ParticipantValues = {
            "name": self.name_edit.text(),
            "organisation": self.organisation_edit.text().strip(),
            "table_name": self.table_edit.text().strip(),
            "side": self.side_combo.currentData(),
            "sort_order": len(people),
        }
        name = " ".join(self.name_edit.text().split())
        namesakes = [p for p in people if p.name == name]
        if namesakes and not self._namesake_confirmed(name, namesakes[0].organisation):
            return
        try:
            self.undo_stack.push(AddParticipants(self.document, [row]))
        except ValidationError as error:
            self.status_message.emit(validation_error(error))
            return
        self.name_edit.clear()
        self.organisation_edit.clear()
        self.name_edit.setFocus()

    def _namesake_confirmed(self, name: str, organisation: str) -> bool:
        """Namesakes are real in a small town: add another one only when asked to."""
        where = f"（{organisation}）" if organisation else ""
        answer = QMessageBox.question(
            self,
            self.tr("Same name"),
            self.tr("%1 is already on the list%2. Add another person of the same name?")
            .replace("%1", name)
            .replace("%2", where),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        text_field = {FIELDS[item.column()]: item.text().strip()}  # one of the text columns
        self._edit(int(item.data(_ID)), cast(ParticipantValues, text_field))

    def _edit(self, participant_id: int, changes: ParticipantValues) -> None:
        if self._filling or self._read_only:
            return
        try:
            command = EditParticipant(self.document, participant_id, changes)
        except ValidationError as error:
            self.status_message.emit(validation_error(error))
            self.refresh()
            return
        if not command.is_noop():
            self.undo_stack.push(command)

    def delete_selected(self) -> None:
        ids = sorted(
            {int(cell(self.table, i.row(), 0).data(_ID)) for i in self.table.selectedIndexes()}
        )
        if ids and not self._read_only:
            self.undo_stack.push(DeleteParticipants(self.document, ids))

    # -- a roster table dropped from the file manager: 取り込み -----------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if dropped_tables(event) and not self.document.read_only_reason:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        tables = dropped_tables(event)
        if tables:
            event.acceptProposedAction()
            import_table(self, self.document, self.undo_stack, tables[0], roster=True)
