"""Cards (placed resources) and links (arrows between cards) on a worksheet."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QStaticText,
    QTextOption,
    QTransform,
)
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


_NAME_FONT = mm_font(CARD_TEXT_MM)
_MARK_FONT = mm_font(2.6, bold=True)
_SMALL_MARK_FONT = mm_font(1.7, bold=True)
_CARD_PEN = QPen(QColor("#7a8ca3"), 0.35)
_SELECTED_PEN = QPen(QColor("#1a73e8"), 0.9)
_WHITE = QColor("white")
_TEXT = QColor("#222222")


def _static_text(text: str, font: QFont, width: float | None = None) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    if width is not None:
        static.setTextWidth(width)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if width < 60:
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        static.setTextOption(option)
    static.prepare(QTransform(), font)
    return static


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
        self._prepare_text()

    def set_look(self, look: CardLook) -> None:
        self.look = look
        self._update_tooltip()
        self._prepare_text()
        self.update()

    def set_size(self, width: float, height: float) -> None:
        self.prepareGeometryChange()
        self.size = (width, height)
        self._prepare_text()
        self._links_follow()

    def _update_tooltip(self) -> None:
        glyph, _ = STATUS_GLYPHS[self.look.status]
        tip = f"{self.look.name}\n{glyph} {self.look.status.label()}"
        self.setToolTip(tip + (f"\n\n{self.look.memo}" if self.look.memo else ""))

    def _prepare_text(self) -> None:
        """Lay the texts out once; painting then only draws them (thousands of cards)."""
        w, h = self.size
        self._name_width = (w - STRIPE_MM - 2.0 - CARD_TEXT_MM * 1.3) * SCALE
        self._name = _static_text(self.look.name, _NAME_FONT, self._name_width)
        glyph, colour = STATUS_GLYPHS[self.look.status]
        self._glyph = _static_text(glyph, _NAME_FONT)
        self._glyph_colour = QColor(colour)
        mark_font = _MARK_FONT if len(self.look.mark) <= 1 else _SMALL_MARK_FONT
        self._mark = _static_text(self.look.mark, mark_font, STRIPE_MM * SCALE)
        self._mark_font = mark_font
        self._fill = QColor(self.look.colour) if self.look.colour else tint(self.look.kind_colour)
        self._stripe = QColor(self.look.kind_colour)

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
        selected = self.isSelected()
        painter.setPen(_SELECTED_PEN if selected else _CARD_PEN)
        painter.setBrush(self._fill)
        painter.drawRect(QRectF(0, 0, w, h))
        painter.fillRect(QRectF(0, 0, STRIPE_MM, h), self._stripe)

        painter.save()
        painter.scale(1 / SCALE, 1 / SCALE)
        painter.setPen(_WHITE)
        painter.setFont(self._mark_font)
        size = self._mark.size()
        painter.drawStaticText(QPointF(0, (h * SCALE - size.height()) / 2), self._mark)
        painter.setFont(_NAME_FONT)
        left = (STRIPE_MM + 1.0) * SCALE
        glyph_size = self._glyph.size()
        painter.setPen(self._glyph_colour)
        painter.drawStaticText(QPointF(left, (h * SCALE - glyph_size.height()) / 2), self._glyph)
        painter.setPen(_TEXT)
        name_size = self._name.size()
        top = max(0.0, (h * SCALE - name_size.height()) / 2)
        painter.setClipRect(
            QRectF(left, 0, self._name_width + CARD_TEXT_MM * 1.3 * SCALE, h * SCALE)
        )
        painter.drawStaticText(QPointF(left + CARD_TEXT_MM * 1.3 * SCALE, top), self._name)
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
