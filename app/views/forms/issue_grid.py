"""課題の変化: each 課題 (rows) through the entry sheet, the visits and the report meeting
(columns); a double-click notes what became of it there — 変化, 深化, 細分化, 解決 or 新規 —
with a note, as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.commands.forms import MarkIssue
from app.document import WorkshopDocument
from app.messages import validation_error
from app.models import IssueMark
from app.models.rules import ValidationError
from app.timeline.issues import followed_sessions, grid
from app.timeline.labels import label

_WHERE = Qt.ItemDataRole.UserRole + 1  # (issue id, session id) of a cell


class MarkDialog(QDialog):
    def __init__(self, mark: IssueMark | None, note: str, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.mark = QComboBox()
        self.mark.addItem(self.tr("(nothing noted)"), None)
        for member in IssueMark:
            self.mark.addItem(label(member), member.value)
        self.mark.setCurrentIndex(max(0, self.mark.findData(mark.value if mark else None)))
        self.note = QPlainTextEdit(note)
        self.note.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What became of it"), self.mark)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)

    def chosen(self) -> tuple[IssueMark | None, str]:
        data = self.mark.currentData()
        return (IssueMark(data) if data else None), self.note.toPlainText()


class IssueGrid(QWidget):
    def __init__(self, document: WorkshopDocument, stack: QUndoStack) -> None:
        super().__init__()
        self.document, self.stack = document, stack
        self.table = QTableWidget()
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(self.edit_cell)
        self.said = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each issue from the entry sheet (or first raised at a visit) through the "
                    "visits: double-click a cell to note what became of it."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.said)

    def refresh(self) -> None:
        issues = self.document.issues.all()
        sessions = self.document.timeline.sessions()
        columns = followed_sessions(sessions)
        cells = grid(issues, self.document.issues.steps(), sessions)
        lang = i18n.current_language()
        self.table.clear()
        self.table.setColumnCount(len(columns) + 1)
        self.table.setRowCount(len(issues))
        headings = [self.tr("Issue (entry sheet)")]
        headings += [f"{s.title}\n{s.day.month}/{s.day.day}" for s in columns]
        self.table.setHorizontalHeaderLabels(headings)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the sessions share the rest
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 320)
        for r, issue in enumerate(issues):
            head = QTableWidgetItem(f"【{issue.theme}】{issue.text}" if issue.theme else issue.text)
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, head)
            for c, (session, cell) in enumerate(zip(columns, cells[r], strict=True), start=1):
                text = "—" if cell.before_raised else ""
                if cell.mark is not None:
                    text = label(cell.mark, lang) + (f"\n{cell.note}" if cell.note else "")
                item = QTableWidgetItem(text)
                item.setData(_WHERE, (issue.id, session.id))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(cell.note)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def edit_cell(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if column == 0 or item is None or self.document.file.read_only:
            return
        issue_id, session_id = item.data(_WHERE)
        step = next(
            (
                st
                for st in self.document.issues.steps()
                if (st.issue_id, st.session_id) == (issue_id, session_id)
            ),
            None,
        )
        head = self.table.item(row, 0)
        dialog = MarkDialog(
            step.mark if step else None,
            step.note if step else "",
            head.text() if head else "",
            self,
        )
        self.mark_dialog = dialog  # for whoever drives it (a test)
        if dialog.exec():
            self.note(issue_id, session_id, *dialog.chosen())

    def note(self, issue_id: int, session_id: int, mark: IssueMark | None, text: str) -> None:
        try:
            command = MarkIssue(self.document, issue_id, session_id, mark, text)
        except ValidationError as error:
            self.said.setText(validation_error(error))
            return
        self.said.setText("")
        self.stack.push(command)
