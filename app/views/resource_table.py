"""The table of local resources and its filter (kind, area, status, name search)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app import i18n
from app.document import WorkshopDocument
from app.models import Resource, ResourceStatus
from app.views.kind_icons import kind_icon
from app.views.resource_labels import field_label

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3
AREA_ROLE = Qt.ItemDataRole.UserRole + 4
STATUS_ROLE = Qt.ItemDataRole.UserRole + 5

COLUMNS = ("name", "kind", "status", "operator", "area", "target", "memo")  # field_label keys
STATUS_COLOURS = {
    ResourceStatus.NOT_FUNCTIONING: QColor("#b3261e"),
    ResourceStatus.PLANNED: QColor("#1f5fa8"),
    ResourceStatus.SUSPENDED: QColor("#6b6b6b"),
}


class ResourceTableModel(QAbstractTableModel):
    """Rows of resources mirrored from the document's signals."""

    def __init__(self, document: WorkshopDocument) -> None:
        super().__init__()
        self._document = document
        self._rows: list[Resource] = document.resources()
        document.resources_added.connect(self._on_added)
        document.resource_changed.connect(self._on_changed)
        document.resources_removed.connect(self._on_removed)

    # -- Qt model API -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return field_label(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        lang = i18n.current_language()
        kind = self._document.kind(row.kind_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return kind.display_name(lang) if kind else row.kind_id
            if column == "status":
                return row.status.label(lang)
            if column == "memo":
                return row.memo.replace("\n", " ")
            return getattr(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("memo", "name") and row.memo:
            return row.memo
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return STATUS_COLOURS.get(row.status)
        if role == Qt.ItemDataRole.DecorationRole and column == "kind" and kind:
            return kind_icon(kind.colour, kind.mark)
        if role == ID_ROLE:
            return row.id
        if role == KIND_ROLE:
            return row.kind_id
        if role == GROUP_ROLE:
            return kind.group_id if kind else ""
        if role == AREA_ROLE:
            return row.area
        if role == STATUS_ROLE:
            return row.status.value
        return None

    # -- document signals -----------------------------------------------------------
    def _position(self, resource_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == resource_id:
                return i
        return -1

    def _on_added(self, ids: list[int]) -> None:
        for resource_id in ids:
            resource = self._document.resource(resource_id)
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.append(resource)
            self.endInsertRows()

    def _on_changed(self, resource_id: int) -> None:
        at = self._position(resource_id)
        if at >= 0:
            self._rows[at] = self._document.resource(resource_id)
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    def _on_removed(self, ids: list[int]) -> None:
        for resource_id in ids:
            at = self._position(resource_id)
            if at >= 0:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self.endRemoveRows()


class ResourceFilter(QSortFilterProxyModel):
    """Filters on kind or kind group, area, status and a name search, all at once."""

    def __init__(self) -> None:
        super().__init__()
        self._kind = ""  # "group:<id>" or "kind:<id>" or ""
        self._area = ""
        self._status = ""
        self._text = ""
        self.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.setSortLocaleAware(True)

    def set_filters(
        self, *, kind: str = "", area: str = "", status: str = "", text: str = ""
    ) -> None:
        self.beginFilterChange()
        self._kind, self._area, self._status = kind, area, status
        self._text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._kind:
            scope, _, value = self._kind.partition(":")
            role = GROUP_ROLE if scope == "group" else KIND_ROLE
            if model.data(index, role) != value:
                return False
        if self._area and model.data(index, AREA_ROLE) != self._area:
            return False
        if self._status and model.data(index, STATUS_ROLE) != self._status:
            return False
        if self._text:
            name = str(model.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
            if self._text not in name:
                return False
        return True
