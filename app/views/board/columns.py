"""A board's backdrop: side-by-side columns under coloured headers, or a plain sheet.

Column headers carry an edit tag, so a double-click renames the column in place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItemGroup, QGraphicsRectItem, QGraphicsScene

from app.boards.layout import COLUMN_WIDTH, HEADER_HEIGHT
from app.models import BoardColumn
from app.views.canvas.layers import BACKGROUND_Z, EDIT_TAG
from app.views.canvas.text import block, label, place

_BODIES = (QColor("#fbfbf8"), QColor("#f3f4ef"))
_RULE = QPen(QColor("#c8ccd2"), 0.4)


def _rect(
    rect: QRectF, fill: QColor, pen: QPen | Qt.PenStyle = Qt.PenStyle.NoPen
) -> QGraphicsRectItem:
    item = QGraphicsRectItem(rect)
    item.setBrush(fill)
    item.setPen(pen)
    return item


def draw_columns(
    scene: QGraphicsScene, columns: Sequence[BoardColumn], extent: QRectF
) -> QGraphicsItemGroup:
    """Columns down to the bottom of ``extent``; a free board is one sheet of ``extent``."""
    group = QGraphicsItemGroup()
    group.setZValue(BACKGROUND_Z)
    if not columns:
        group.addToGroup(_rect(extent, _BODIES[0], _RULE))
        scene.addItem(group)
        return group
    for index, column in enumerate(columns):
        left = index * COLUMN_WIDTH
        body = QRectF(left, HEADER_HEIGHT, COLUMN_WIDTH, extent.bottom() - HEADER_HEIGHT)
        group.addToGroup(_rect(body, _BODIES[index % 2], _RULE))
        colour = QColor(column.colour or "#dfe6ee")
        header = _rect(QRectF(left, 0, COLUMN_WIDTH, HEADER_HEIGHT), colour.lighter(115), _RULE)
        header.setData(EDIT_TAG, ("column", column.id))
        group.addToGroup(header)
        title = label(None, column.label, 7.0, bold=True, colour="#1f2d3d", anchor="middle")
        place(title, left + COLUMN_WIDTH / 2, 2.5)
        title.setData(EDIT_TAG, ("column", column.id))
        group.addToGroup(title)
        if column.hint:
            hint = block(None, column.hint, 3.8, COLUMN_WIDTH - 8, colour="#4a5a6a", centred=True)
            hint.setPos(left + 4, 12.0)
            hint.setData(EDIT_TAG, ("column", column.id))
            group.addToGroup(hint)
    scene.addItem(group)
    return group
