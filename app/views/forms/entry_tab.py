"""市町村エントリーシート: the municipality's figures (from the 概要), where its work stands
and what it wants to work on, and its 課題, each under a theme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.commands.forms import AddIssue, DeleteIssues, EditIssue
from app.document import WorkshopDocument
from app.messages import validation_error
from app.models.rules import ValidationError
from app.timeline.forms import ENTRY, entry_figures, load_form
from app.views.forms.form_tab import FormTab

_ID = Qt.ItemDataRole.UserRole + 1


class EntryTab(QWidget):
    def __init__(self, document: WorkshopDocument, stack: QUndoStack) -> None:
        super().__init__()
        self.document, self.stack = document, stack
        form = load_form(ENTRY)
        self.figures = QGridLayout()
        self.answers = FormTab(document, stack, form)
        self.theme = QComboBox()
        self.theme.addItems(list(form.themes))
        self.theme.setEditable(True)
        self.text = QLineEdit()
        self.text.setMaxLength(500)
        self.text.setPlaceholderText(self.tr("An issue, then Enter"))
        self.text.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.said = QLabel()
        self.said.setStyleSheet("color: #b3261e;")
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Theme"), self.tr("Issue")])
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._edited)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self._filling = False

        issues = QWidget()
        column = QVBoxLayout(issues)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Issues (several; each under a theme)")))
        row = QHBoxLayout()
        row.addWidget(self.theme)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button)
        column.addLayout(row)
        column.addWidget(self.said)
        column.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.answers)
        split.addWidget(issues)
        layout = QVBoxLayout(self)
        layout.addLayout(self.figures)
        layout.addWidget(split, 1)
        read_only = document.file.read_only
        for control in (self.text, self.add_button, self.theme):
            control.setEnabled(not read_only)

    def refresh(self) -> None:
        while self.figures.count():
            old = self.figures.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        for n, (label, value) in enumerate(entry_figures(self.document.workshop())):
            self.figures.addWidget(QLabel(label), n // 3, (n % 3) * 2)
            shown = QLabel(value)
            shown.setStyleSheet("font-weight: bold;")
            self.figures.addWidget(shown, n // 3, (n % 3) * 2 + 1)
        self.answers.refresh()
        self._filling = True
        issues = self.document.issues.all()
        self.table.setRowCount(len(issues))
        for r, issue in enumerate(issues):
            for c, text in enumerate((issue.theme, issue.text)):
                cell = QTableWidgetItem(text)
                cell.setData(_ID, issue.id)
                self.table.setItem(r, c, cell)
        self._filling = False

    def _push(self, build: Callable[[], QUndoCommand]) -> None:
        try:
            command: QUndoCommand = build()
        except ValidationError as error:
            self.said.setText(validation_error(error))
            return
        self.said.setText("")
        self.stack.push(command)

    def add(self) -> None:
        if self.document.file.read_only:
            return
        self._push(lambda: AddIssue(self.document, self.theme.currentText(), self.text.text()))
        if not self.said.text():
            self.text.clear()

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.document.file.read_only:
            return
        row = item.row()
        theme, text = (self.table.item(row, c) for c in (0, 1))
        if theme is None or text is None:
            return
        issue_id = int(item.data(_ID))
        self._push(lambda: EditIssue(self.document, issue_id, theme.text(), text.text()))

    def delete_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        ids = [int(self.table.item(r, 0).data(_ID)) for r in rows if self.table.item(r, 0)]  # type: ignore[union-attr]
        if ids and not self.document.file.read_only:
            self._push(lambda: DeleteIssues(self.document, ids))
