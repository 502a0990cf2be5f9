"""Sentences of Qt's own dialogs that Qt's Japanese translation leaves in English.

Qt 6's file dialog labels its fields "&Look in:" and "Files of &type:", which
``qtbase_ja.qm`` does not carry; they are translated in our ``.ts`` under Qt's context, and
our translator answers when Qt's has nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
