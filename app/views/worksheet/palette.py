"""The resource palette: the workshop's resources and the catalogue's kinds, to drag onto a sheet."""

from __future__ import annotations

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
from app.views.kind_icons import kind_icon
from app.views.worksheet.view import KIND_MIME, RESOURCE_MIME

PAYLOAD = Qt.ItemDataRole.UserRole + 10  # (mime type, value)


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
    def __init__(self, document: WorkshopDocument) -> None:
        super().__init__()
        self._document = document
        self._placed: set[int] = set()
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
        for signal in (document.resources_added, document.resources_removed):
            signal.connect(lambda *_: self.rebuild())
        document.resource_changed.connect(lambda *_: self.rebuild())
        self.rebuild()

    def set_placed(self, resource_ids: set[int]) -> None:
        """Mark the resources already on the current sheet."""
        self._placed = resource_ids
        self.rebuild()

    def rebuild(self) -> None:
        lang = i18n.current_language()
        self.tree.clear()
        groups = {g.id: g for g in self._document.kind_groups()}
        resources_root = QTreeWidgetItem([self.tr("Local resources")])
        kinds_root = QTreeWidgetItem([self.tr("New resource from a kind")])
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for root in (resources_root, kinds_root):
            root.setFont(0, bold)
            root.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(root)
        by_group: dict[str, QTreeWidgetItem] = {}
        for resource in self._document.resources():
            kind = self._document.kind(resource.kind_id)
            group_id = kind.group_id if kind else ""
            if group_id not in by_group:
                heading = QTreeWidgetItem(
                    [groups[group_id].display_name(lang) if group_id in groups else "—"]
                )
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                resources_root.addChild(heading)
                by_group[group_id] = heading
            placed = resource.id in self._placed
            item = QTreeWidgetItem([resource.name + ("  ✓" if placed else "")])
            if kind:
                item.setIcon(0, kind_icon(kind.colour, kind.mark))
            item.setData(0, PAYLOAD, (RESOURCE_MIME, resource.id))
            item.setToolTip(0, self.tr("Already on this sheet") if placed else resource.memo)
            if placed:
                item.setForeground(0, QBrush(QColor("#777777")))
            by_group[group_id].addChild(item)
        kind_groups: dict[str, QTreeWidgetItem] = {}
        for kind in self._document.kinds():
            if kind.group_id not in kind_groups:
                heading = QTreeWidgetItem([groups[kind.group_id].display_name(lang)])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                kinds_root.addChild(heading)
                kind_groups[kind.group_id] = heading
            item = QTreeWidgetItem([kind.display_name(lang)])
            item.setIcon(0, kind_icon(kind.colour, kind.mark))
            item.setData(0, PAYLOAD, (KIND_MIME, kind.id))
            kind_groups[kind.group_id].addChild(item)
        resources_root.setExpanded(True)
        for i in range(resources_root.childCount()):
            resources_root.child(i).setExpanded(True)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for r in range(self.tree.topLevelItemCount()):
            root = self.tree.topLevelItem(r)
            for g in range(root.childCount()):
                group = root.child(g)
                visible = 0
                for i in range(group.childCount()):
                    leaf = group.child(i)
                    hide = bool(needle) and needle not in leaf.text(0).casefold()
                    leaf.setHidden(hide)
                    visible += not hide
                group.setHidden(visible == 0)
                if needle:
                    group.setExpanded(True)

    def item_for(self, mime: str, value: object) -> QTreeWidgetItem | None:
        for r in range(self.tree.topLevelItemCount()):
            root = self.tree.topLevelItem(r)
            for g in range(root.childCount()):
                group = root.child(g)
                for i in range(group.childCount()):
                    if group.child(i).data(0, PAYLOAD) == (mime, value):
                        return group.child(i)
        return None
