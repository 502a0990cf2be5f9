"""The resource palette: the workshop's resources and the catalogue's kinds, to drag onto a sheet."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.document import WorkshopDocument
from app.models import Resource
from app.models.furigana import gojuon_key
from app.views.canvas.view import KIND_MIME, RESOURCE_MIME
from app.views.kind_icons import kind_icon

PAYLOAD = Qt.ItemDataRole.UserRole + 10  # (mime type, value)
_RESOURCE = Qt.ItemDataRole.UserRole + 11  # the resource a row shows


class PaletteTree(QTreeWidget):
    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        for item in items:
            payload = item.data(0, PAYLOAD)
            if payload:
                mime.setData(payload[0], str(payload[1]).encode())
                mime.setText(item.text(0))
                break
        return mime


class Palette(QWidget):
    """Built once; afterwards a resource added, changed or removed, or a card placed,
    changes only its own row, so a drop stays quick with thousands of resources."""

    def __init__(self, document: WorkshopDocument) -> None:
        super().__init__()
        self._document = document
        self._placed: set[int] = set()
        self._items: dict[int, QTreeWidgetItem] = {}  # resource id -> its row
        self._headings: dict[str, QTreeWidgetItem] = {}  # kind group id -> its heading
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search resources and kinds"))
        self.search.setClearButtonEnabled(True)
        self.tree = PaletteTree()
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter)
        document.resources_added.connect(self._on_added)
        document.resources_removed.connect(self._on_removed)
        document.resource_changed.connect(lambda rid: self._on_added([rid]))
        document.catalogue_changed.connect(self.rebuild)  # kinds added by an import
        self.rebuild()

    def set_placed(self, resource_ids: set[int]) -> None:
        """Mark the resources already on the current sheet (only rows that change)."""
        before, self._placed = self._placed, set(resource_ids)
        for resource_id in before ^ self._placed:
            item = self._items.get(resource_id)
            if item is not None:
                resource = item.data(0, _RESOURCE)
                self._mark(item, resource.name, resource.memo)

    def rebuild(self) -> None:
        self.tree.clear()
        self._items.clear()
        self._headings.clear()
        self._resources_root = QTreeWidgetItem([self.tr("Local resources")])
        kinds_root = QTreeWidgetItem([self.tr("New resource from a kind")])
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for root in (self._resources_root, kinds_root):
            root.setFont(0, bold)
            root.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(root)
        for resource in self._document.resources():
            self._add(resource)
        kind_groups: dict[str, QTreeWidgetItem] = {}
        for kind in self._document.kinds():
            if kind.group_id not in kind_groups:
                heading = QTreeWidgetItem([self._group_name(kind.group_id)])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                kinds_root.addChild(heading)
                kind_groups[kind.group_id] = heading
            item = QTreeWidgetItem([kind.display_name(i18n.current_language())])
            item.setIcon(0, kind_icon(kind.colour, kind.mark))
            item.setData(0, PAYLOAD, (KIND_MIME, kind.id))
            kind_groups[kind.group_id].addChild(item)
        self._resources_root.setExpanded(True)
        self._filter(self.search.text())

    # -- one row at a time ---------------------------------------------------------------
    def _group_name(self, group_id: str) -> str:
        groups = {g.id: g for g in self._document.kind_groups()}
        group = groups.get(group_id)
        return group.display_name(i18n.current_language()) if group else "—"

    def _add(self, resource: Resource) -> None:
        kind = self._document.kind(resource.kind_id)
        group_id = kind.group_id if kind else ""
        heading = self._headings.get(group_id)
        if heading is None:
            heading = QTreeWidgetItem([self._group_name(group_id)])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._resources_root.addChild(heading)
            heading.setExpanded(True)
            self._headings[group_id] = heading
        item = QTreeWidgetItem()
        if kind:
            item.setIcon(0, kind_icon(kind.colour, kind.mark))
        item.setData(0, PAYLOAD, (RESOURCE_MIME, resource.id))
        item.setData(0, _RESOURCE, resource)
        self._mark(item, resource.name, resource.memo)
        heading.insertChild(self._place(heading, resource), item)
        self._items[resource.id] = item

    @staticmethod
    def _place(heading: QTreeWidgetItem, resource: Resource) -> int:
        """Where ``resource`` goes under its heading, in 50音順."""
        key = gojuon_key(resource.furigana, resource.name)
        low, high = 0, heading.childCount()  # a binary search, rows read only as needed
        while low < high:
            mid = (low + high) // 2
            child = heading.child(mid)
            other = child.data(0, _RESOURCE) if child is not None else resource
            if gojuon_key(other.furigana, other.name) > key:
                high = mid
            else:
                low = mid + 1
        return low

    def _mark(self, item: QTreeWidgetItem, name: str, memo: str) -> None:
        placed = item.data(0, PAYLOAD)[1] in self._placed
        item.setText(0, name + ("  ✓" if placed else ""))
        item.setToolTip(0, self.tr("Already on this sheet") if placed else memo)
        item.setForeground(0, QBrush(QColor("#777777" if placed else "#000000")))

    def _on_added(self, ids: list[int]) -> None:
        """New resources, or changed ones (their row is made again, in its kind's group);
        only those rows are held against the search, not the whole list."""
        self._remove(ids)
        needle = self.search.text().strip().casefold()
        for resource in self._document.resources_by_id(ids):
            self._add(resource)
            item = self._items[resource.id]
            hidden = bool(needle) and needle not in item.text(0).casefold()
            item.setHidden(hidden)
            heading = item.parent()
            if heading is not None:  # shown while it has a row shown (a new one may not)
                heading.setHidden(hidden and all(leaf.isHidden() for leaf in _children(heading)))

    def _on_removed(self, ids: list[int]) -> None:
        self._remove(ids)

    def _remove(self, ids: list[int]) -> None:
        for resource_id in ids:
            item = self._items.pop(resource_id, None)
            if item is None:
                continue
            heading = item.parent()
            if heading is None:
                continue
            heading.removeChild(item)
            if heading.childCount() == 0:
                self._resources_root.removeChild(heading)
                self._headings = {k: h for k, h in self._headings.items() if h is not heading}
            elif not item.isHidden():  # the heading may have lost its last row shown
                heading.setHidden(all(leaf.isHidden() for leaf in _children(heading)))

    def _groups(self) -> Iterator[QTreeWidgetItem]:
        """Every heading under the two roots (resources by kind group, kinds)."""
        for r in range(self.tree.topLevelItemCount()):
            root = self.tree.topLevelItem(r)
            if root is not None:
                yield from _children(root)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for group in self._groups():
            visible = 0
            for leaf in _children(group):
                hide = bool(needle) and needle not in leaf.text(0).casefold()
                leaf.setHidden(hide)
                visible += not hide
            group.setHidden(visible == 0)
            if needle:
                group.setExpanded(True)

    def item_for(self, mime: str, value: object) -> QTreeWidgetItem | None:
        for group in self._groups():
            for leaf in _children(group):
                if leaf.data(0, PAYLOAD) == (mime, value):
                    return leaf
        return None


def _children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None:
            yield child
