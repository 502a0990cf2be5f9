"""Every planned row for the preview: its row number, outcome, the values it would give,
the kind matched (and how) and, for an error, the column and reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.importing.plan import ERROR, NEW, SAME, UPDATE, RowPlan

_COLOURS = {NEW: "#e6f4ea", SAME: "#f1f3f5", UPDATE: "#e7f0fd", ERROR: "#fde8e7"}
Index = QModelIndex | QPersistentModelIndex


def kind_text(kinds: dict[str, str]) -> Callable[[RowPlan], str]:
    """A resource's kind as matched, with how sure a match by similarity is."""

    def shown(plan: RowPlan) -> str:
        if plan.new_kind:
            return QCoreApplication.translate("Import", "new kind: %1").replace("%1", plan.new_kind)
        kind = plan.values.get("kind_id")
        if not kind:
            return ""
        name = kinds.get(str(kind), str(kind))
        return f"{name}（{round(plan.kind.score)}%）" if plan.kind.how == "fuzzy" else name

    return shown


def value_text(key: str, labels: dict[str, str] | None = None) -> Callable[[RowPlan], str]:
    def shown(plan: RowPlan) -> str:
        value = str(plan.values.get(key, "") or "")
        return (labels or {}).get(value, value)

    return shown


def outcome_text(plan: RowPlan) -> str:
    texts = {
        NEW: QCoreApplication.translate("ImportPreview", "new"),
        SAME: QCoreApplication.translate("ImportPreview", "same as one in the file: skipped"),
        UPDATE: QCoreApplication.translate("ImportPreview", "same as one in the file: updated"),
        ERROR: QCoreApplication.translate("ImportPreview", "not imported"),
    }
    return texts[plan.outcome]


#: What a column between the name and the reason shows: its header and a row's text.
Shown = tuple[str, Callable[[RowPlan], str]]


class PreviewModel(QAbstractTableModel):
    #: The user chose a kind for one row (its number in the file, the kind's id).
    kind_chosen = Signal(int, str)
    #: The column of kinds that can be chosen row by row, or -1.
    KIND_COLUMN = 3

    def __init__(self, shown: list[Shown], reasons: dict[str, str], kinds: bool = False) -> None:
        super().__init__()
        self._kinds_editable = kinds
        self._plans: list[RowPlan] = []
        self._shown = shown
        self._reasons = reasons
        self._headers = [
            QCoreApplication.translate("ImportPreview", "Row"),
            QCoreApplication.translate("ImportPreview", "Outcome"),
            QCoreApplication.translate("ImportPreview", "Name"),
            *(header for header, _ in shown),
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._kinds_editable and index.column() == self.KIND_COLUMN:
            plan = self._plans[index.row()]
            if plan.values.get("name"):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = 2) -> bool:  # noqa: N802
        if not (self._kinds_editable and index.column() == self.KIND_COLUMN and value):
            return False
        self.kind_chosen.emit(self._plans[index.row()].number, str(value))
        return True

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
        if column - 3 < len(self._shown):
            return self._shown[column - 3][1](plan)
        if plan.outcome == ERROR:
            reason = self._reasons.get(plan.reason, plan.reason).replace("%1", plan.detail)
            return f"{plan.column}: {reason}"
        if plan.reason == "twice_in_file":
            return QCoreApplication.translate("ImportPreview", "the same row again in this file")
        return ""
