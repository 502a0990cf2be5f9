"""Planning an engagement from a standard pattern: the pattern, and the visits' days.

The visits follow the pattern's rhythm from the first one; a visit whose day is already
fixed is typed in (as dates are typed anywhere: 2024/11/20, 11/20, R6.11.20), and its
online meeting moves with it, two weeks before.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app import i18n
from app.models.dates import fiscal_year_of
from app.timeline.patterns import PATTERNS, pattern_label, plan, visit_days
from app.views.date_field import DateField

MOST_VISITS = 3


class PlanDialog(QDialog):
    def __init__(self, first_visit: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan the engagement"))
        lang = i18n.current_language()
        self.pattern = QComboBox()
        for pattern in PATTERNS:
            self.pattern.addItem(pattern_label(pattern, lang), pattern)
        year = fiscal_year_of(first_visit)
        self.visits = [DateField(lambda: year) for _ in range(MOST_VISITS)]
        self.first_visit = self.visits[0]
        self._typed: set[int] = set()  # visits whose day the facilitator gave
        self.preview = QLabel()
        self.preview.setStyleSheet("color: #3c4a58;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Pattern"), self.pattern)
        self._rows = []
        for number, field in enumerate(self.visits, start=1):
            caption = QLabel(self.tr("Visit %1").replace("%1", str(number)))
            form.addRow(caption, field)
            self._rows.append((caption, field))
            field.entered.connect(lambda _day, n=number - 1: self._visit_typed(n))
        form.addRow(self.preview)
        form.addRow(buttons)
        self.pattern.currentIndexChanged.connect(self._follow_rhythm)
        self.first_visit.set_date(first_visit)
        self._follow_rhythm()

    def chosen(self) -> tuple[str, date, list[date]]:
        """The pattern, the first visit and every visit's day."""
        pattern = self.pattern.currentData()
        days = [field.date() for field in self.visits[: self._count()]]
        visits = [day for day in days if day is not None]
        return pattern, visits[0], visits

    def _count(self) -> int:
        return len(visit_days(self.pattern.currentData(), date.today()))

    def _visit_typed(self, index: int) -> None:
        if index == 0:
            self._typed.discard(0)  # later visits not typed follow the first
        else:
            self._typed.add(index)
        self._follow_rhythm()

    def _follow_rhythm(self) -> None:
        """Visits not typed in fall at the pattern's rhythm from the first."""
        count = self._count()
        first = self.first_visit.date() or date.today()
        rhythm = visit_days(self.pattern.currentData(), first)
        for index, (caption, field) in enumerate(self._rows):
            shown = index < count
            caption.setVisible(shown)
            field.setVisible(shown)
            if shown and index not in self._typed and index > 0:
                field.set_date(rhythm[index])
        self._show_preview()

    def _show_preview(self) -> None:
        pattern, first, visits = self.chosen()
        lines = [
            f"{s.day:%Y-%m-%d}　{s.title}"
            for s in plan(pattern, first, i18n.current_language(), visits)
        ]
        self.preview.setText("\n".join(lines))
