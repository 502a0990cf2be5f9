"""The table of local resources and its filter (kind, area, status, name search)."""

from __future__ import annotations

import unicodedata
from typing import Any

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
from app.models.furigana import gojuon_key
from app.views.kind_icons import kind_icon
from app.views.resource_labels import field_label

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 50  # more resources than this added at once are sorted in one pass

COLUMNS = ("name", "kind", "status", "operator", "area", "target", "memo")  # field_label keys
STATUS_COLOURS = {
    ResourceStatus.NOT_FUNCTIONING: QColor("#b3261e"),
    ResourceStatus.PLANNED: QColor("#1f5fa8"),
    ResourceStatus.SUSPENDED: QColor("#6b6b6b"),
}


def sort_key(text: str) -> str:
    """How a cell's text sorts: full-width and half-width forms alike (NFKC), katakana
    with hiragana, case ignored; kanji by code point."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.translate(_KATAKANA_TO_HIRAGANA)


_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


class ResourceTableModel(QAbstractTableModel):
    """Rows of resources mirrored from the document's signals.

    Each row's cell texts are worked out once, when the row arrives or changes, so painting,
    searching and sorting 3,000 rows read ready strings. Sorting is done here, in Python on
    those strings (``sort``), not by Qt comparing cells through ``data``.
    """

    def __init__(self, document: WorkshopDocument) -> None:
        super().__init__()
        self._document = document
        self._rows: list[Resource] = document.resources()
        self._texts: list[tuple[str, ...]] = [self._cells(r) for r in self._rows]
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._keys: list[tuple[Any, ...]] = [(r.id,) for r in self._rows]  # sort keys
        document.resources_added.connect(self._on_added)
        document.resource_changed.connect(self._on_changed)
        document.resources_removed.connect(self._on_removed)

    def _cells(self, row: Resource) -> tuple[str, ...]:
        lang = i18n.current_language()
        kind = self._document.kind(row.kind_id)
        values = {
            "kind": kind.display_name(lang) if kind else row.kind_id,
            "status": row.status.label(lang),
            "memo": row.memo.replace("\n", " "),
        }
        return tuple(str(values[c] if c in values else getattr(row, c) or "") for c in COLUMNS)

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
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return "\n".join(t for t in (row.furigana, row.memo) if t) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "memo" and row.memo:
            return row.memo
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return STATUS_COLOURS.get(row.status)
        if role == Qt.ItemDataRole.DecorationRole and column == "kind":
            kind = self._document.kind(row.kind_id)
            return kind_icon(kind.colour, kind.mark) if kind else None
        if role == ID_ROLE:
            return row.id
        return None

    def resource_at(self, row: int) -> Resource:
        return self._rows[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows ordered by ``column`` (-1: as they were added); selections follow their rows."""
        wanted = None if column < 0 else (column, order)
        if wanted is None and self._order is None:
            return  # already in the order they were added
        self._order = wanted
        self._resort()

    def _key(self, row: Resource, texts: tuple[str, ...]) -> tuple[Any, ...]:
        """The name sorts in 50音順 by its ふりがな; other columns by their text."""
        column = self._order[0] if self._order is not None else -1
        if column < 0:
            return (row.id,)
        if COLUMNS[column] == "name":
            return (*gojuon_key(row.furigana, row.name), row.id)
        return (sort_key(texts[column]), row.id)

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        descending = self._order is not None and self._order[1] == Qt.SortOrder.DescendingOrder
        triples = sorted(
            ((self._key(r, t), r, t) for r, t in zip(self._rows, self._texts, strict=True)),
            key=lambda triple: triple[0],
            reverse=descending,
        )
        self._keys = [key for key, _, _ in triples]
        self._rows = [row for _, row, _ in triples]
        self._texts = [texts for _, _, texts in triples]
        where = {row.id: n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[rid], i.column()) for rid, i in zip(ids, before, strict=True)]
        )
        self.layoutChanged.emit()

    def _place(self, key: tuple[Any, ...]) -> int:
        """Where a row with ``key`` goes in the current order (a binary search)."""
        if self._order is None:
            return len(self._rows)
        descending = self._order[1] == Qt.SortOrder.DescendingOrder
        low, high = 0, len(self._keys)
        while low < high:
            mid = (low + high) // 2
            if (self._keys[mid] > key) if descending else (self._keys[mid] < key):
                low = mid + 1
            else:
                high = mid
        return low

    # -- document signals -----------------------------------------------------------
    def _position(self, resource_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == resource_id:
                return i
        return -1

    def _on_added(self, ids: list[int]) -> None:
        resources = self._document.resources_by_id(ids)
        if self._order is not None and len(resources) > BATCH:
            # Many at once (an import, undoing a large delete): in at the end, one sort.
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at + len(resources) - 1)
            for resource in resources:
                self._rows.append(resource)
                self._texts.append(self._cells(resource))
                self._keys.append(self._key(resource, self._texts[-1]))
            self.endInsertRows()
            self._resort()
            return
        for resource in resources:
            texts = self._cells(resource)
            key = self._key(resource, texts)
            at = self._place(key)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, resource)
            self._texts.insert(at, texts)
            self._keys.insert(at, key)
            self.endInsertRows()

    def _on_changed(self, resource_id: int) -> None:
        """A changed row takes its new place while the rows are sorted."""
        at = self._position(resource_id)
        if at < 0:
            return
        resource = self._document.resource(resource_id)
        texts = self._cells(resource)
        key = self._key(resource, texts)
        self._rows[at], self._texts[at] = resource, texts
        if self._order is not None and key != self._keys[at]:
            del self._keys[at]
            to = self._place(key)
            self._keys.insert(at, key)  # back while Qt is told of the move
            if to != at:
                self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), to if to < at else to + 1)
                self._rows.insert(to, self._rows.pop(at))
                self._texts.insert(to, self._texts.pop(at))
                self._keys.insert(to, self._keys.pop(at))
                self._keys[to] = key
                self.endMoveRows()
                at = to
            else:
                self._keys[at] = key
        else:
            self._keys[at] = key
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    def _on_removed(self, ids: list[int]) -> None:
        for resource_id in ids:
            at = self._position(resource_id)
            if at >= 0:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                del self._texts[at]
                del self._keys[at]
                self.endRemoveRows()


class ResourceFilter(QSortFilterProxyModel):
    """Filters on kind or kind group, area, status and a name search, all at once.

    The rows are held against the filters in Python, straight from the source's
    resources; the order is the source's (:meth:`ResourceTableModel.sort`)."""

    def __init__(self, document: WorkshopDocument) -> None:
        super().__init__()
        self._document = document
        self._kind = ""  # "group:<id>" or "kind:<id>" or ""
        self._area = ""
        self._status = ""
        self._text = ""

    def set_filters(
        self, *, kind: str = "", area: str = "", status: str = "", text: str = ""
    ) -> None:
        text = text.strip().casefold()
        if (kind, area, status, text) == (self._kind, self._area, self._status, self._text):
            return
        self.beginFilterChange()
        self._kind, self._area, self._status, self._text = kind, area, status, text
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        assert isinstance(source, ResourceTableModel)
        source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, ResourceTableModel)
        resource = source.resource_at(source_row)
        if self._kind:
            scope, _, value = self._kind.partition(":")
            if scope == "group":
                kind = self._document.kind(resource.kind_id)
                if (kind.group_id if kind else "") != value:
                    return False
            elif resource.kind_id != value:
                return False
        if self._area and resource.area != self._area:
            return False
        if self._status and resource.status.value != self._status:
            return False
        return not self._text or self._text in resource.name.casefold()
