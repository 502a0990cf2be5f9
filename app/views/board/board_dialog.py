"""A new board with columns the facilitator names (one per line)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models import Board
from app.models.text_limits import limit
from app.views.text_fields import limited


class ColumnsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New board with your own columns"))
        self.title_edit = limited(QLineEdit(), limit(Board, "title"))
        self.columns_edit = QPlainTextEdit()
        self.columns_edit.setPlaceholderText(self.tr("One column per line"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Columns"), self.columns_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def title(self) -> str:
        return self.title_edit.text()

    def columns(self) -> list[str]:
        return [
            line.strip() for line in self.columns_edit.toPlainText().splitlines() if line.strip()
        ]
