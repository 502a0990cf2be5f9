"""The colours a card or a note can be given, and their swatches in menus."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QIcon, QPixmap

CARD_COLOURS = (
    ("#fff3b0", QT_TRANSLATE_NOOP("Colours", "Yellow")),
    ("#ffd6e0", QT_TRANSLATE_NOOP("Colours", "Pink")),
    ("#d0ecff", QT_TRANSLATE_NOOP("Colours", "Light blue")),
    ("#dcf5c8", QT_TRANSLATE_NOOP("Colours", "Green")),
    ("#ffe0b8", QT_TRANSLATE_NOOP("Colours", "Orange")),
    ("#e6dcff", QT_TRANSLATE_NOOP("Colours", "Lavender")),
    ("#e6e6e6", QT_TRANSLATE_NOOP("Colours", "Grey")),
    ("#ffffff", QT_TRANSLATE_NOOP("Colours", "White")),
)


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
