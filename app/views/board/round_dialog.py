"""Starting a voting round: its title, the dots each person has, the most one person may
put on one note, which columns or groups are in play, and whether results stay hidden."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
)

from app.models import BoardColumn, NoteGroup
from app.models.values import RoundValues

_KIND = Qt.ItemDataRole.UserRole + 1
_ID = Qt.ItemDataRole.UserRole + 2


def _spin(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, 99)
    spin.setValue(value)
    return spin


class RoundDialog(QDialog):
    def __init__(
        self,
        title: str,
        columns: Sequence[BoardColumn],
        groups: Sequence[NoteGroup],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a voting round"))
        self.title_edit = QLineEdit(title)
        self.dots = _spin(3)
        self.max_per_note = _spin(3)
        self.top_n = _spin(3)
        self.hidden = QCheckBox(self.tr("Hide the results until they are revealed"))
        self.hidden.setChecked(True)
        self.scope = QListWidget()
        self.scope.setMaximumHeight(180)
        for kind, rows in (("column", columns), ("group", groups)):
            for row in rows:
                name = row.label if isinstance(row, BoardColumn) else row.title
                prefix = self.tr("Column") if kind == "column" else self.tr("Group")
                item = QListWidgetItem(f"{prefix}: {name}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(_KIND, kind)
                item.setData(_ID, row.id)
                self.scope.addItem(item)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Dots per person"), self.dots)
        form.addRow(self.tr("Most dots on one note"), self.max_per_note)
        form.addRow(self.tr("Highlight the top"), self.top_n)
        form.addRow("", self.hidden)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.scope.count():
            layout.addWidget(QLabel(self.tr("Vote only on (none ticked: every note)")))
            layout.addWidget(self.scope)
        layout.addWidget(buttons)

    def values(self) -> RoundValues:
        chosen: dict[str, list[int]] = {"column": [], "group": []}
        for i in range(self.scope.count()):
            item = self.scope.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen[item.data(_KIND)].append(int(item.data(_ID)))
        return {
            "title": self.title_edit.text(),
            "dots_per_participant": self.dots.value(),
            "max_per_note": self.max_per_note.value(),
            "top_n": self.top_n.value(),
            "hidden": self.hidden.isChecked(),
            "eligible_columns": chosen["column"],
            "eligible_groups": chosen["group"],
        }
