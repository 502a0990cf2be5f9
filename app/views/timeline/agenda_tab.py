"""次第: the agenda of a session. Start and end times follow from the session's start and
the minutes of the items above; rows are reordered by dragging (or ↑ ↓); the total is
shown against the planned end, in red when it runs over. The timer starts from here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import i18n
from app.commands.session_rows import (
    add_agenda_item,
    delete_rows,
    edit_agenda_item,
    reorder_agenda,
)
from app.models import AgendaItem, AgendaKind
from app.timeline.agenda import schedule, total
from app.timeline.labels import label
from app.views.table_filling import cell, filling
from app.views.timeline.choice_delegate import VALUE, ChoiceDelegate
from app.views.timeline.session_tab import Push, SessionTab, ShowError

TIME, KIND, TITLE, MINUTES, PRESENTER, ACTUAL = range(6)
FIELDS = {KIND: "kind", TITLE: "title", MINUTES: "minutes", PRESENTER: "presenter"}


class AgendaTable(QTableWidget):
    """Rows move by drag and drop; the page turns the new order into one command."""

    reordered = Signal(int, int)  # from row, to row

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        source = self.currentRow()
        target = self.rowAt(int(event.position().y()))
        if target < 0:
            target = self.rowCount() - 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0 and target != source:
            self.reordered.emit(source, target)


class AgendaTab(SessionTab):
    timer_requested = Signal(int)  # session id

    def __init__(self, document, push: Push, show_error: ShowError) -> None:
        super().__init__(document, push, show_error)
        self.table = AgendaTable(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Type"),
                self.tr("Item"),
                self.tr("Minutes"),
                self.tr("Presenter"),
                self.tr("Actual"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setItemDelegateForColumn(KIND, ChoiceDelegate(AgendaKind, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.total_label = QLabel()
        self.total_label.setObjectName("agendaTotal")
        self.add_button = QPushButton(self.tr("Add item"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.timer_button = QPushButton(self.tr("Run with timer…"))
        self.timer_button.setStyleSheet("font-weight: bold;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.timer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)

        self.table.itemChanged.connect(self._edited)
        self.table.reordered.connect(self._move)
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self._delete)
        self.up_button.clicked.connect(lambda: self._step(-1))
        self.down_button.clicked.connect(lambda: self._step(1))
        self.timer_button.clicked.connect(self._ask_for_timer)
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(not self.read_only)

    def _ask_for_timer(self) -> None:
        if self.session_id is not None:
            self.timer_requested.emit(self.session_id)

    def items(self) -> list[AgendaItem]:
        if self.session_id is None:
            return []
        return self.document.timeline.rows(AgendaItem, self.session_id)

    def refresh(self) -> None:
        if self.session_id is None:
            return
        lang = i18n.current_language()
        session = self.document.timeline.session(self.session_id)
        items = self.items()
        slots = schedule(session.start, [i.minutes for i in items])
        selected = self.table.currentRow()
        with filling(self.table):
            self.table.setRowCount(len(items))
            for row, (item, slot) in enumerate(zip(items, slots, strict=True)):
                when = f"{slot[0]:%H:%M}–{slot[1]:%H:%M}" if slot else ""
                actual = ""
                if item.actual_start:
                    end = f"{item.actual_end:%H:%M}" if item.actual_end else "…"
                    actual = f"{item.actual_start:%H:%M}–{end}"
                cells = {
                    TIME: when,
                    KIND: label(item.kind, lang),
                    TITLE: item.title,
                    MINUTES: str(item.minutes),
                    PRESENTER: item.presenter,
                    ACTUAL: actual,
                }
                for column, text in cells.items():
                    cell = QTableWidgetItem(text)
                    cell.setData(VALUE, item.kind.value if column == KIND else item.id)
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    flags |= Qt.ItemFlag.ItemIsDragEnabled
                    if column in FIELDS and not self.read_only:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    cell.setFlags(flags)
                    if column in (TIME, ACTUAL):
                        cell.setForeground(QColor("#3c4a58"))
                    self.table.setItem(row, column, cell)
        if 0 <= selected < len(items):
            self.table.selectRow(selected)
        summary = total(session.start, session.end, [i.minutes for i in items])
        text = self.tr("Total %1 min").replace("%1", str(summary.minutes))
        if summary.planned is not None:
            text += self.tr(" / planned %1 min (%2–%3)").replace("%1", str(summary.planned))
            text = text.replace("%2", f"{session.start:%H:%M}").replace(
                "%3", f"{session.end:%H:%M}"
            )
        if summary.ends_at is not None:
            text += self.tr(", ends at %1").replace("%1", f"{summary.ends_at:%H:%M}")
        if summary.over_by:
            text += self.tr(" — %1 min over").replace("%1", str(summary.over_by))
        colour = "#c62828" if summary.over_by else "#2d4a6b"
        self.total_label.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {colour};")
        self.total_label.setText(text)

    def _item_id(self, row: int) -> int:
        return int(cell(self.table, row, TITLE).data(VALUE))

    def _edited(self, cell: QTableWidgetItem) -> None:
        if cell.column() not in FIELDS:
            return
        row = cell.row()
        item_id = self._item_id(row)
        field = FIELDS[cell.column()]
        value = cell.data(VALUE) if field == "kind" else cell.text()
        current = getattr(self.document.timeline.row(AgendaItem, item_id), field)
        if str(current) == str(value):
            self.refresh()  # the kind's cell shows its label again
            return
        self.run(lambda: edit_agenda_item(self.document, item_id, {field: value}))

    def add_item(self) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        values = {"kind": AgendaKind.GROUP_WORK, "title": self.tr("New item"), "minutes": 10}
        if self.run(lambda: add_agenda_item(self.document, session_id, values)):
            row = self.table.rowCount() - 1
            self.table.setCurrentCell(row, TITLE)
            self.table.editItem(cell(self.table, row, TITLE))

    def _delete(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            item_id = self._item_id(row)
            self.run(lambda: delete_rows(self.document, AgendaItem, [item_id]))

    def _step(self, step: int) -> None:
        row = self.table.currentRow()
        if row >= 0 and 0 <= row + step < self.table.rowCount():
            self._move(row, row + step)

    def _move(self, source: int, target: int) -> None:
        if self.read_only:
            return
        ids = [self._item_id(r) for r in range(self.table.rowCount())]
        ids.insert(target, ids.pop(source))
        if self.run(lambda: reorder_agenda(self.document, ids)):
            self.table.selectRow(target)
