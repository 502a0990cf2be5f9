"""Text in page millimetres.

Scene units are millimetres, and fonts cannot be fractions of a pixel; text is therefore
laid out ten times larger and scaled down by ten, so any size in mm is exact.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QStaticText, QTextOption, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem, QGraphicsTextItem

from app.fonts import ui_font

SCALE = 10.0


def mm_font(size_mm: float, bold: bool = False) -> QFont:
    font = ui_font()
    font.setPixelSize(max(1, round(size_mm * SCALE)))
    font.setBold(bold)
    return font


def label(
    parent: QGraphicsItem | None,
    text: str,
    size_mm: float,
    *,
    bold: bool = False,
    colour: str = "#222222",
    anchor: str = "start",
) -> QGraphicsSimpleTextItem:
    """A one-line label whose baseline-left (or centre, or end) is at the item's position."""
    item = QGraphicsSimpleTextItem(text, parent)
    item.setFont(mm_font(size_mm, bold))
    item.setBrush(QColor(colour))
    item.setScale(1 / SCALE)
    width = item.boundingRect().width() / SCALE
    shift = {"start": 0.0, "middle": width / 2, "end": width}.get(anchor, 0.0)
    item.setTransformOriginPoint(0, 0)
    item.setData(0, shift)
    return item


def place(item: QGraphicsSimpleTextItem, x: float, y_top: float) -> None:
    """Put a label's top at ``y_top``, honouring the anchor chosen in :func:`label`."""
    item.setPos(x - float(item.data(0) or 0.0), y_top)


def block(
    parent: QGraphicsItem | None,
    text: str,
    size_mm: float,
    width_mm: float,
    *,
    colour: str = "#222222",
    bold: bool = False,
    centred: bool = False,
) -> QGraphicsTextItem:
    """Wrapped text ``width_mm`` wide (Japanese wraps between any characters)."""
    item = QGraphicsTextItem(parent)
    item.setFont(mm_font(size_mm, bold))
    item.setDefaultTextColor(QColor(colour))
    item.setPlainText(text)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if centred:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    item.document().setDefaultTextOption(option)
    item.document().setDocumentMargin(0)
    item.setTextWidth(width_mm * SCALE)
    item.setScale(1 / SCALE)
    return item


def static_text(text: str, font: QFont, width: float | None = None) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    if width is not None:
        static.setTextWidth(width)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        static.setTextOption(option)
    static.prepare(QTransform(), font)
    return static
