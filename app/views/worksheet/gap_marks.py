"""The gap view (過不足): each zone's count of cards on a white backdrop above the cards,
and an empty zone marked in red."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene

from app.views.canvas.layers import COUNT_Z
from app.views.canvas.painter_pen import polygon_path
from app.views.canvas.text import label, place
from app.worksheets.geometry import bounds
from app.worksheets.sheet import ZoneShape


def gap_marks(
    scene: QGraphicsScene, shapes: Sequence[ZoneShape], counts: Mapping[str, int]
) -> list[QGraphicsItem]:
    """Add the marks to ``scene``; return them (to remove when the view changes)."""
    items: list[QGraphicsItem] = []
    for shape in shapes:
        count = counts[shape.key]
        if count == 0:
            empty = QGraphicsPathItem(polygon_path(shape.polygon))
            empty.setPen(QPen(QColor("#d32f2f"), 1.2, Qt.PenStyle.DashLine))
            empty.setBrush(QColor(211, 47, 47, 40))
            empty.setZValue(-50)
            scene.addItem(empty)
            items.append(empty)
        b = bounds(shape.polygon)
        text = label(
            None,
            f"{count}",
            9,
            bold=True,
            colour="#d32f2f" if count == 0 else "#1a4d80",
            anchor="middle",
        )
        place(text, b.x + b.width / 2, b.y + b.height / 2 - 2)
        text.setZValue(COUNT_Z)
        text.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the cards
        backdrop = QGraphicsRectItem(text.sceneBoundingRect().adjusted(-1.5, -0.5, 1.5, 0.5))
        backdrop.setPen(QPen(Qt.PenStyle.NoPen))
        backdrop.setBrush(QColor(255, 255, 255, 215))
        backdrop.setZValue(COUNT_Z - 0.5)
        backdrop.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        for item in (backdrop, text):
            scene.addItem(item)
            items.append(item)
    return items
