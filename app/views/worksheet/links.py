"""Arrows between cards, and the layer that paints them all.

A sheet can hold a thousand links. Each :class:`LinkItem` only answers hit tests
(clicks, rubber-band selection, double-clicks); the single :class:`LinkLayer` above
the cards paints every arrow in a few batched calls, limited to the exposed area.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.views.canvas.layers import LINK_Z
from app.views.canvas.text import SCALE, mm_font, static_text
from app.views.worksheet.items import CardItem

LINK_COLOUR = "#c0392b"
SELECTED_COLOUR = "#1a73e8"
ARROW_MM = 3.0

# Flat caps: round caps make the raster engine stroke several times slower.
_PENS = {
    selected: QPen(
        QColor(SELECTED_COLOUR if selected else LINK_COLOUR),
        0.8,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.FlatCap,
    )
    for selected in (False, True)
}
# With more arrows than this in view, they are drawn without antialiasing: ten times
# quicker, and at that density nobody studies the edges of a line.
SMOOTH_LIMIT = 300
_LABEL_FONT = mm_font(3.0)
_LABEL_BACKGROUND = QBrush(QColor(255, 255, 255, 225))


def _edge_point(rect: QRectF, towards: QPointF) -> QPointF:
    """Where the line from ``rect``'s centre towards a point leaves the rectangle."""
    c = rect.center()
    dx, dy = towards.x() - c.x(), towards.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    scale = min(
        (rect.width() / 2) / abs(dx) if dx else math.inf,
        (rect.height() / 2) / abs(dy) if dy else math.inf,
    )
    return QPointF(c.x() + dx * scale, c.y() + dy * scale)


class LinkItem(QGraphicsItem):
    """An arrow from one card to another with its label (who carries the link)."""

    def __init__(
        self, link_id: int, source: CardItem, target: CardItem, label: str, layer: LinkLayer
    ) -> None:
        super().__init__()
        self.link_id = link_id
        self.source = source
        self.target = target
        self.label = label
        self.layer = layer
        self.line = QLineF()
        self.head = QPolygonF()
        self.label_box = QRectF()
        self.label_text: QStaticText | None = None
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(LINK_Z)
        source.links.append(self)
        target.links.append(self)
        self._prepare_label()
        self.update_path()
        layer.links.add(self)

    def detach(self) -> None:
        for card in (self.source, self.target):
            if self in card.links:
                card.links.remove(self)
        self.layer.links.discard(self)
        self.layer.update(self._bounds)

    def set_label(self, label: str) -> None:
        self.label = label
        self._prepare_label()
        self.update_path()

    def _prepare_label(self) -> None:
        self.label_text = static_text(self.label, _LABEL_FONT) if self.label else None

    def path(self) -> QPainterPath:
        """The arrow as a path: its line and its head."""
        path = QPainterPath(self.line.p1())
        path.lineTo(self.line.p2())
        path.addPolygon(self.head)
        return path

    def update_path(self) -> None:
        a_rect, b_rect = self.source.scene_card_rect(), self.target.scene_card_rect()
        start = _edge_point(a_rect, b_rect.center())
        end = _edge_point(b_rect, a_rect.center())
        back = QLineF(end, start)
        head = QPolygonF()
        if back.length() > 0.01:
            back.setLength(min(ARROW_MM, back.length()))
            head.append(end)
            for turn in (22, -22):
                wing = QLineF(back)
                wing.setAngle(back.angle() + turn)
                head.append(wing.p2())
        old = self._bounds
        self.prepareGeometryChange()
        self.line = QLineF(start, back.p2())
        self.head = head
        self._shape = None
        bounds = QRectF(start, end).normalized().united(head.boundingRect())
        if self.label_text is not None:
            size = self.label_text.size()
            width, height = size.width() / SCALE + 1.6, size.height() / SCALE + 0.8
            centre = (start + end) / 2
            self.label_box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
            bounds = bounds.united(self.label_box)
        self._bounds = bounds.adjusted(-1, -1, 1, 1)
        self.layer.update(old.united(self._bounds))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(2.5)
            self._shape = stroker.createStroke(self.path())
            self._shape.addPolygon(self.head)
            if self.label_text is not None:
                self._shape.addRect(self.label_box)
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Nothing: the :class:`LinkLayer` paints every arrow."""

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.layer.update(self._bounds)
        return super().itemChange(change, value)


class LinkLayer(QGraphicsItem):
    """Paints the sheet's arrows and labels, the selected ones last and in blue."""

    def __init__(self, bounds: QRectF) -> None:
        super().__init__()
        self.links: set[LinkItem] = set()
        self._bounds = bounds
        self.setZValue(LINK_Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the mouse

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect
        groups: dict[bool, list[LinkItem]] = {False: [], True: []}
        for link in self.links:
            if link.boundingRect().intersects(exposed):
                groups[link.isSelected()].append(link)
        count = len(groups[False]) + len(groups[True])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, count <= SMOOTH_LIMIT)
        for selected, links in groups.items():
            if not links:
                continue
            pen = _PENS[selected]
            painter.setPen(pen)
            painter.drawLines([link.line for link in links])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pen.color())
            for link in links:
                painter.drawPolygon(link.head)
            labelled = [link for link in links if link.label_text is not None]
            if not labelled:
                continue
            painter.setBrush(_LABEL_BACKGROUND)
            painter.drawRects([link.label_box for link in labelled])
            painter.save()
            painter.setPen(pen.color())
            painter.setFont(_LABEL_FONT)
            painter.scale(1 / SCALE, 1 / SCALE)
            for link in labelled:
                if link.label_text is None:
                    continue
                box = link.label_box
                painter.drawStaticText(
                    QPointF((box.x() + 0.8) * SCALE, (box.y() + 0.4) * SCALE), link.label_text
                )
            painter.restore()
