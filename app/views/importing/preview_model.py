"""Every planned row for the preview: its row number, outcome, the values it would give,
the kind matched (and how) and, for an error, the column and reason."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.importing.plan import ERROR, NEW, SAME, UPDATE, RowPlan

_COLOURS = {NEW: "#e6f4ea", SAME: "#f1f3f5", UPDATE: "#e7f0fd", ERROR: "#fde8e7"}
Index = QModelIndex | QPersistentModelIndex


def outcome_text(plan: RowPlan) -> str:
    texts = {
        NEW: QCoreApplication.translate("ImportPreview", "new"),
        SAME: QCoreApplication.translate("ImportPreview", "same as one in the file: skipped"),
        UPDATE: QCoreApplication.translate("ImportPreview", "same as one in the file: updated"),
        ERROR: QCoreApplication.translate("ImportPreview", "not imported"),
    }
    return texts[plan.outcome]


class PreviewModel(QAbstractTableModel):
    def __init__(self, kind_names: dict[str, str], reasons: dict[str, str]) -> None:
        super().__init__()
        self._plans: list[RowPlan] = []
        self._kinds = kind_names
        self._reasons = reasons
        self._headers = [
            QCoreApplication.translate("ImportPreview", "Row"),
            QCoreApplication.translate("ImportPreview", "Outcome"),
            QCoreApplication.translate("ImportPreview", "Name"),
            QCoreApplication.translate("ImportPreview", "Kind"),
            QCoreApplication.translate("ImportPreview", "Area"),
            QCoreApplication.translate("ImportPreview", "Reason"),
        ]

    def set_plans(self, plans: list[RowPlan]) -> None:
        self.beginResetModel()
        self._plans = plans
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _kind(self, plan: RowPlan) -> str:
        kind = plan.values.get("kind_id")
        if not kind:
            return ""
        name = self._kinds.get(str(kind), str(kind))
        if plan.kind.how == "fuzzy":
            return f"{name}（{round(plan.kind.score)}%）"
        return name

    def data(self, index: Index, role: int = 0) -> object:
        plan = self._plans[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_COLOURS[plan.outcome]))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return plan.number
        if column == 1:
            return outcome_text(plan)
        if column == 2:
            return plan.values.get("name", "")
        if column == 3:
            return self._kind(plan)
        if column == 4:
            return plan.values.get("area", "")
        if plan.outcome == ERROR:
            reason = self._reasons.get(plan.reason, plan.reason).replace("%1", plan.detail)
            return f"{plan.column}: {reason}"
        if plan.reason == "twice_in_file":
            return QCoreApplication.translate("ImportPreview", "the same row again in this file")
        return ""
