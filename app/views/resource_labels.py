"""The labels of a resource's fields, shared by the table headers and the edit dialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    "name": QT_TRANSLATE_NOOP("ResourceFields", "Name"),
    "furigana": QT_TRANSLATE_NOOP("ResourceFields", "Furigana"),
    "kind": QT_TRANSLATE_NOOP("ResourceFields", "Kind"),
    "status": QT_TRANSLATE_NOOP("ResourceFields", "Status"),
    "operator": QT_TRANSLATE_NOOP("ResourceFields", "Operator"),
    "area": QT_TRANSLATE_NOOP("ResourceFields", "Area"),
    "target": QT_TRANSLATE_NOOP("ResourceFields", "Serves"),
    "memo": QT_TRANSLATE_NOOP("ResourceFields", "Memo"),
}


def field_label(key: str) -> str:
    return QCoreApplication.translate("ResourceFields", str(_LABELS[key]))
