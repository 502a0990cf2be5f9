"""Cards (placed resources) and links (arrows between cards) on a worksheet."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from app.models import ResourceStatus
from app.views.worksheet.text import SCALE, mm_font

STATUS_GLYPHS = {
    ResourceStatus.ACTIVE: ("●", "#2e7d32"),
    ResourceStatus.NOT_FUNCTIONING: ("▲", "#c62828"),
    ResourceStatus.PLANNED: ("○", "#1f5fa8"),
    ResourceStatus.SUSPENDED: ("－", "#6b6b6b"),
}
LINK_COLOUR = "#c0392b"
CARD_TEXT_MM = 3.2
STRIPE_MM = 4.0


@dataclass
class CardLook:
    """What a card shows; rebuilt from the document when the card or its resource changes."""

    name: str
    kind_colour: str
    mark: str
    status: ResourceStatus
    colour: str | None
    memo: str


def tint(colour: str, amount: float = 0.8) -> QColor:
    """``colour`` mixed with white: a light background that keeps the kind's hue."""
    c = QColor(colour)
    return QColor(
        round(c.red() + (255 - c.red()) * amount),
        round(c.green() + (255 - c.green()) * amount),
        round(c.blue() + (255 - c.blue()) * amount),
    )


class CardItem(QGraphicsItem):
    def __init__(
        self, card_id: int, resource_id: int, width: float, height: float, look: CardLook
    ) -> None:
        super().__init__()
        self.card_id = card_id
        self.resource_id = resource_id
        self.size = (width, height)
        self.look = look
        self.links: list[LinkItem] = []
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self._update_tooltip()

    def set_look(self, look: CardLook) -> None:
        self.look = look
        self._update_tooltip()
        self.update()

    def set_size(self, width: float, height: float) -> None:
        self.prepareGeometryChange()
        self.size = (width, height)
        self._links_follow()

    def _update_tooltip(self) -> None:
        glyph, _ = STATUS_GLYPHS[self.look.status]
        tip = f"{self.look.name}\n{glyph} {self.look.status.label()}"
        self.setToolTip(tip + (f"\n\n{self.look.memo}" if self.look.memo else ""))

    def boundingRect(self) -> QRectF:
        return QRectF(-0.6, -0.6, self.size[0] + 1.2, self.size[1] + 1.2)

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, *self.size)

    def scene_card_rect(self) -> QRectF:
        return self.card_rect().translated(self.pos())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        w, h = self.size
        rect = self.card_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        painter.setPen(
            QPen(QColor("#1a73e8" if selected else "#7a8ca3"), 0.9 if selected else 0.35)
        )
        painter.setBrush(
            QColor(self.look.colour) if self.look.colour else tint(self.look.kind_colour)
        )
        painter.drawRoundedRect(rect, 1.5, 1.5)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(0, 0, STRIPE_MM + 1.5, h), 1.5, 1.5)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, STRIPE_MM, h))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.look.kind_colour))
        painter.drawPath(stripe.intersected(clip))

        painter.save()
        painter.scale(1 / SCALE, 1 / SCALE)
        painter.setPen(QColor("white"))
        mark_size = 2.6 if len(self.look.mark) <= 1 else 1.7
        painter.setFont(mm_font(mark_size, bold=True))
        painter.drawText(
            QRectF(0, 0, STRIPE_MM * SCALE, h * SCALE),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWrapAnywhere,
            self.look.mark,
        )
        glyph, glyph_colour = STATUS_GLYPHS[self.look.status]
        painter.setFont(mm_font(CARD_TEXT_MM))
        left = (STRIPE_MM + 1.0) * SCALE
        painter.setPen(QColor(glyph_colour))
        glyph_box = QRectF(left, 0, CARD_TEXT_MM * 1.2 * SCALE, h * SCALE)
        painter.drawText(
            glyph_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, glyph
        )
        painter.setPen(QColor("#222222"))
        text_box = QRectF(
            left + CARD_TEXT_MM * 1.3 * SCALE,
            0.6 * SCALE,
            (w - STRIPE_MM - 2.0 - CARD_TEXT_MM * 1.3) * SCALE,
            (h - 1.2) * SCALE,
        )
        painter.drawText(
            text_box,
            Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag.AlignLeft
            | Qt.TextFlag.TextWrapAnywhere,
            self.look.name,
        )
        painter.restore()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._links_follow()
        return super().itemChange(change, value)

    def _links_follow(self) -> None:
        for link in self.links:
            link.update_path()


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


class LinkItem(QGraphicsPathItem):
    """An arrow from one card to another with its label (who carries the link)."""

    def __init__(self, link_id: int, source: CardItem, target: CardItem, label: str) -> None:
        super().__init__()
        self.link_id = link_id
        self.source = source
        self.target = target
        self.label = label
        self._label_pos = QPointF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        source.links.append(self)
        target.links.append(self)
        self.update_path()

    def detach(self) -> None:
        for card in (self.source, self.target):
            if self in card.links:
                card.links.remove(self)

    def set_label(self, label: str) -> None:
        self.label = label
        self.update_path()

    def update_path(self) -> None:
        a_rect, b_rect = self.source.scene_card_rect(), self.target.scene_card_rect()
        start = _edge_point(a_rect, b_rect.center())
        end = _edge_point(b_rect, a_rect.center())
        path = QPainterPath(start)
        path.lineTo(end)
        line = QLineF(end, start)
        if line.length() > 0.01:
            line.setLength(3.0)
            for turn in (25, -25):
                wing = QLineF(line)
                wing.setAngle(line.angle() + turn)
                path.moveTo(end)
                path.lineTo(wing.p2())
        self.prepareGeometryChange()
        self.setPath(path)
        self._label_pos = (start + end) / 2

    def boundingRect(self) -> QRectF:
        extra = (
            QRectF(self._label_pos.x() - 30, self._label_pos.y() - 6, 60, 12)
            if self.label
            else QRectF()
        )
        return super().boundingRect().adjusted(-1, -1, 1, 1).united(extra)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(2.5)
        return stroker.createStroke(self.path())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#1a73e8") if self.isSelected() else QColor(LINK_COLOUR)
        painter.setPen(QPen(colour, 0.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        if not self.label:
            return
        painter.save()
        painter.scale(1 / SCALE, 1 / SCALE)
        painter.setFont(mm_font(3.0))
        centre = self._label_pos * SCALE
        box = painter.fontMetrics().boundingRect(self.label).adjusted(-8, -4, 8, 4)
        box.moveCenter(centre.toPoint())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(255, 255, 255, 220)))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.label)
        painter.restore()
