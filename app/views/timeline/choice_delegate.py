"""A table column whose value is chosen from a list (an agenda item's type, an action's
status). The cell keeps the value under ``VALUE`` and shows its label."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app import i18n
from app.timeline.labels import label

VALUE = Qt.ItemDataRole.UserRole + 1


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: Iterable[StrEnum], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for choice in self._choices:
            combo.addItem(label(choice, i18n.current_language()), choice.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(VALUE)))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE)
