"""Planning an engagement from a standard pattern: choose the pattern and the first visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app import i18n
from app.timeline.patterns import PATTERNS, pattern_label, plan


class PlanDialog(QDialog):
    def __init__(self, first_visit: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan the engagement"))
        lang = i18n.current_language()
        self.pattern = QComboBox()
        for pattern in PATTERNS:
            self.pattern.addItem(pattern_label(pattern, lang), pattern)
        self.first_visit = QDateEdit(QDate(first_visit.year, first_visit.month, first_visit.day))
        self.first_visit.setCalendarPopup(True)
        self.first_visit.setDisplayFormat("yyyy-MM-dd")
        self.preview = QLabel()
        self.preview.setStyleSheet("color: #3c4a58;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Pattern"), self.pattern)
        form.addRow(self.tr("First visit"), self.first_visit)
        form.addRow(self.preview)
        form.addRow(buttons)
        self.pattern.currentIndexChanged.connect(self._show_preview)
        self.first_visit.dateChanged.connect(self._show_preview)
        self._show_preview()

    def chosen(self) -> tuple[str, date]:
        return self.pattern.currentData(), self.first_visit.date().toPython()  # type: ignore[return-value]

    def _show_preview(self) -> None:
        pattern, first = self.chosen()
        lines = [
            f"{s.day:%Y-%m-%d}　{s.title}" for s in plan(pattern, first, i18n.current_language())
        ]
        self.preview.setText("\n".join(lines))
