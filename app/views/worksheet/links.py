"""Arrows between cards, and the layer that paints them all.

A sheet can hold a thousand links. Each :class:`LinkItem` only answers hit tests
(clicks, rubber-band selection, double-clicks); the single :class:`LinkLayer` above
the cards paints every arrow in a few batched calls, limited to the exposed area.
"""

from __future__ import annotations

from collections.abc import Sequence

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

from app.export.link_layout import (
    LABEL,
    PAD_X,
    PAD_Y,
    LinkDrawing,
    LinkPlan,
    arrow_ends,
    label_lines,
    label_size,
)
from app.views.canvas.layers import LINK_Z
from app.views.canvas.text import SCALE, mm_font, static_text
from app.views.worksheet.items import CardItem
from app.worksheets.geometry import Point, Rect
from app.worksheets.link_labels import leader

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
_LABEL_FONT = mm_font(LABEL.size)
_LABEL_BACKGROUND = QBrush(QColor(255, 255, 255, 225))
_LEADER_PENS = {
    selected: QPen(QColor(SELECTED_COLOUR if selected else LINK_COLOUR), 0.25, Qt.PenStyle.DashLine)
    for selected in (False, True)
}


def sheet_rect(r: QRectF) -> Rect:
    """A scene rectangle in sheet millimetres as the Qt-free geometry's ``Rect``."""
    return Rect(r.x(), r.y(), r.width(), r.height())


def _points(a: QPointF, b: QPointF) -> tuple[Point, Point]:
    return (a.x(), a.y()), (b.x(), b.y())


class LinkItem(QGraphicsItem):
    """An arrow from one card to another with its label (who carries the link)."""

    def __init__(
        self,
        link_id: int,
        source: CardItem,
        target: CardItem,
        label: str,
        layer: LinkLayer,
        pinned: Point | None = None,
    ) -> None:
        super().__init__()
        self.link_id = link_id
        self.source = source
        self.target = target
        self.label = label
        #: Where the facilitator put the label's centre; None: the sheet places it.
        self.pinned = pinned
        self.layer = layer
        self.line = QLineF()
        self.head = QPolygonF()
        self.label_box = QRectF()
        self.label_text: QStaticText | None = None
        self.leader: QLineF | None = None  # from a label set apart to its link
        self._shown: tuple[str, ...] = ()  # the label's lines as laid out
        # An unpinned label's centre relative to the link's middle, kept while cards move
        # until the sheet places the labels again.
        self._label_offset = QPointF()
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

    def set_label(self, label: str, pinned: Point | None) -> None:
        self.label, self.pinned = label, pinned
        self._prepare_label()
        self.update_path()

    def _prepare_label(self, lines: Sequence[str] | None = None) -> None:
        if not self.label.strip():
            self.label_text, self._shown = None, ()
            return
        shown = label_lines(self.label) if lines is None else tuple(lines)
        if self.label_text is None or shown != self._shown:
            self.label_text = static_text("\u2028".join(shown), _LABEL_FONT)
            self._shown = shown

    def plan(self) -> LinkPlan:
        return LinkPlan(
            self.link_id,
            sheet_rect(self.source.scene_card_rect()),
            sheet_rect(self.target.scene_card_rect()),
            self.label,
            self.pinned,
        )

    def place_label(self, drawing: LinkDrawing) -> None:
        """Take the label's place (and its lines) from the sheet's layout."""
        if drawing.box is None:
            return
        self._prepare_label(drawing.lines)
        box = drawing.box
        centre = QPointF(*box.centre())
        self._label_offset = centre - self.line_middle()
        self._set_label_box(QRectF(box.x, box.y, box.width, box.height))

    def move_label(self, centre: QPointF) -> None:
        """Where a label being dragged is now."""
        box = QRectF(self.label_box)
        box.moveCenter(centre)
        self._set_label_box(box)

    def line_middle(self) -> QPointF:
        return (self.line.p1() + self.head_point()) / 2

    def head_point(self) -> QPointF:
        return self.head.at(0) if not self.head.isEmpty() else self.line.p2()

    def _set_label_box(self, box: QRectF) -> None:
        old = self._bounds
        self.prepareGeometryChange()
        self.label_box = box
        self._shape = None
        self._find_leader()
        self._bounds = self._arrow_bounds().united(box).adjusted(-1, -1, 1, 1)
        self.layer.update(old.united(self._bounds))

    def _find_leader(self) -> None:
        found = leader(sheet_rect(self.label_box), *_points(self.line.p1(), self.head_point()))
        self.leader = None if found is None else QLineF(QPointF(*found[0]), QPointF(*found[1]))

    def _arrow_bounds(self) -> QRectF:
        return (
            QRectF(self.line.p1(), self.head_point()).normalized().united(self.head.boundingRect())
        )

    def path(self) -> QPainterPath:
        """The arrow as a path: its line and its head."""
        path = QPainterPath(self.line.p1())
        path.lineTo(self.line.p2())
        path.addPolygon(self.head)
        return path

    def update_path(self) -> None:
        ends = arrow_ends(
            sheet_rect(self.source.scene_card_rect()), sheet_rect(self.target.scene_card_rect())
        )
        start, end = QPointF(*ends[0]), QPointF(*ends[1])
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
        bounds = self._arrow_bounds()
        if self.label_text is not None:
            if self.pinned is not None:
                centre = QPointF(*self.pinned)
            else:
                centre = self.line_middle() + self._label_offset
            if self.label_box.isEmpty():
                width, height = label_size(label_lines(self.label))
                self.label_box = QRectF(0, 0, width, height)
            self.label_box.moveCenter(centre)
            self._find_leader()
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
            leaders = [link.leader for link in labelled if link.leader is not None]
            if leaders:
                painter.setPen(_LEADER_PENS[selected])
                painter.drawLines(leaders)
                painter.setPen(Qt.PenStyle.NoPen)
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
                    QPointF((box.x() + PAD_X) * SCALE, (box.y() + PAD_Y) * SCALE), link.label_text
                )
            painter.restore()
