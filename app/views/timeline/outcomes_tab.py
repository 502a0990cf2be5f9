"""決定事項・アクション: what the session decided, and what is to be done by whom and when.

An action's status is chosen from a list; a due date is typed as 2023-03-31, 2023/3/31 or
令和5年3月31日. Open actions past their due date are shown in red.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import i18n
from app.commands.session_rows import add_action, add_decision, delete_rows, edit_action
from app.models import Action, ActionStatus, Decision
from app.models.dates import parse_date
from app.models.rules import ValidationError
from app.models.text_limits import limit
from app.timeline.actions import is_overdue
from app.timeline.labels import label
from app.views.table_filling import cell, filling
from app.views.text_fields import limited
from app.views.timeline.choice_delegate import VALUE, ChoiceDelegate
from app.views.timeline.session_tab import Push, SessionTab, ShowError

WHAT, WHO, DUE, STATUS = range(4)
FIELDS = {WHAT: "what", WHO: "who", DUE: "due", STATUS: "status"}
OVERDUE = QColor("#ffd9d6")


def due_value(text: str) -> date | None:
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError("no_date", "due", text) from None


class OutcomesTab(SessionTab):
    def __init__(self, document, push: Push, show_error: ShowError, today) -> None:
        super().__init__(document, push, show_error)
        self._today = today
        self.decision_edit = limited(QLineEdit(), limit(Decision, "text"))
        self.decision_edit.setPlaceholderText(self.tr("Type a decision and press Enter"))
        self.decisions = QListWidget()
        self.decisions.setMaximumHeight(110)
        self.delete_decision = QPushButton(self.tr("Delete decision"))
        self.action_edit = limited(QLineEdit(), limit(Action, "what"))
        self.action_edit.setPlaceholderText(self.tr("Type an action and press Enter"))
        self.who_edit = limited(QLineEdit(), limit(Action, "who"))
        self.who_edit.setPlaceholderText(self.tr("Who"))
        self.who_edit.setMaximumWidth(140)
        self.due_edit = QLineEdit()
        self.due_edit.setPlaceholderText(self.tr("Due (2023-03-31)"))
        self.due_edit.setMaximumWidth(150)
        self.action_table = QTableWidget(0, 4)
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Who"), self.tr("Due"), self.tr("Status")]
        )
        self.action_table.verticalHeader().hide()
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.setItemDelegateForColumn(
            STATUS, ChoiceDelegate(ActionStatus, self.action_table)
        )
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.delete_action = QPushButton(self.tr("Delete action"))

        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision_edit, 1)
        decision_row.addWidget(self.delete_decision)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_edit, 1)
        action_row.addWidget(self.who_edit)
        action_row.addWidget(self.due_edit)
        action_row.addWidget(self.delete_action)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Decisions")))
        layout.addLayout(decision_row)
        layout.addWidget(self.decisions)
        layout.addWidget(QLabel(self.tr("Actions")))
        layout.addLayout(action_row)
        layout.addWidget(self.action_table, 1)

        self.decision_edit.returnPressed.connect(self._add_decision)
        for edit in (self.action_edit, self.who_edit, self.due_edit):
            edit.returnPressed.connect(self._add_action)
        self.delete_decision.clicked.connect(self._delete_decision)
        self.delete_action.clicked.connect(self._delete_action)
        self.action_table.itemChanged.connect(self._edited)
        for widget in (self.decision_edit, self.action_edit, self.who_edit, self.due_edit):
            widget.setReadOnly(self.read_only)

    def refresh(self) -> None:
        if self.session_id is None:
            return
        lang = i18n.current_language()
        self.decisions.clear()
        for decision in self.document.timeline.rows(Decision, self.session_id):
            self.decisions.addItem(f"・{decision.text}")
            self.decisions.item(self.decisions.count() - 1).setData(VALUE, decision.id)
        actions = self.document.timeline.rows(Action, self.session_id)
        with filling(self.action_table):
            self.action_table.setRowCount(len(actions))
            for row, action in enumerate(actions):
                late = is_overdue(action, self._today())
                texts = {
                    WHAT: action.what,
                    WHO: action.who,
                    DUE: self.date_text(action.due),
                    STATUS: label(action.status, lang),
                }
                for column, text in texts.items():
                    cell = QTableWidgetItem(text)
                    cell.setData(VALUE, action.status.value if column == STATUS else action.id)
                    if late:
                        cell.setBackground(QBrush(OVERDUE))
                    if column == DUE and late:
                        cell.setToolTip(self.tr("Overdue"))
                    self.action_table.setItem(row, column, cell)

    def _add_decision(self) -> None:
        if self.session_id is None:
            return
        session_id, text = self.session_id, self.decision_edit.text()
        if self.run(lambda: add_decision(self.document, session_id, text)):
            self.decision_edit.clear()

    def _add_action(self) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        what, who, due = self.action_edit.text(), self.who_edit.text(), self.due_edit.text()

        def build():
            values = {"what": what, "who": who, "due": due_value(due)}
            return add_action(self.document, session_id, values)

        if self.run(build):
            self.action_edit.clear()
            self.due_edit.clear()
            self.action_edit.setFocus()

    def _edited(self, edited: QTableWidgetItem) -> None:
        action_id = int(cell(self.action_table, edited.row(), WHAT).data(VALUE))
        field = FIELDS[edited.column()]
        if field == "status":
            value: object = edited.data(VALUE)
            if value == self.document.timeline.row(Action, action_id).status:
                self.refresh()
                return
        else:
            value = edited.text()
        self.run(
            lambda: edit_action(
                self.document,
                action_id,
                {field: due_value(str(value)) if field == "due" else value},
            )
        )

    def _delete_decision(self) -> None:
        item = self.decisions.currentItem()
        if item is not None:
            decision_id = int(item.data(VALUE))
            self.run(lambda: delete_rows(self.document, Decision, [decision_id]))

    def _delete_action(self) -> None:
        row = self.action_table.currentRow()
        if row >= 0:
            action_id = int(cell(self.action_table, row, WHAT).data(VALUE))
            self.run(lambda: delete_rows(self.document, Action, [action_id]))
