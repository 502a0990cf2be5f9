"""Choosing a row's kind in the import preview: the catalogue's kinds in a list, the row's
current match chosen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class KindDelegate(QStyledItemDelegate):
    def __init__(self, kinds: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds

    def createEditor(  # noqa: N802 - Qt's name
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QComboBox(parent)
        for kind_id, name in self._kinds.items():
            editor.addItem(name, kind_id)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        shown = str(index.data() or "").split("（")[0]
        editor.setCurrentIndex(max(0, editor.findText(shown)))

    def setModelData(  # noqa: N802 - Qt's name
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())
