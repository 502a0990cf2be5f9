"""Drawing a sheet's template: zones, labels, parking area, decorations, the barrel.

Everything here is drawn behind the cards. Texts the workshop can edit carry an edit tag
(``EDIT_TAG`` data) naming what a double-click on them edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsItemGroup, QGraphicsPathItem, QGraphicsScene

from app.models import Worksheet, WorksheetZone
from app.views.canvas.layers import BACKGROUND_Z, EDIT_TAG
from app.views.canvas.text import block, label, place
from app.worksheets.geometry import Rect, bounds
from app.worksheets.sheet import ZoneShape
from app.worksheets.template import Template

BARREL_BROWN = "#8a6a3d"


@dataclass(frozen=True)
class SheetInk:
    """Line widths and colours: the screen's, or the projector's thicker, darker ones."""

    edge: float = 0.6  # zone borders and barrel rims, mm
    edge_colour: str = "#555555"
    label_scale: float = 1.0  # zone names, relative to the template's sizes
    soft: str = "#555555"  # hints and the caption


SCREEN_INK = SheetInk()
ROOM_INK = SheetInk(edge=1.8, edge_colour="#1f2a36", label_scale=1.4, soft="#2b2b2b")


def _polygon(points: Sequence[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _shape(
    path: QPainterPath, pen: QPen | Qt.PenStyle, brush: QColor | None = None
) -> QGraphicsPathItem:
    item = QGraphicsPathItem(path)
    item.setPen(pen)
    if brush is not None:
        item.setBrush(brush)
    return item


def _rect_path(rect: QRectF, radius: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius) if radius else path.addRect(rect)
    return path


def polygon_path(points: Sequence[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(_polygon(points))
    path.closeSubpath()
    return path


def _ellipse_path(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(rect)
    return path


_Item = TypeVar("_Item", bound=QGraphicsItem)


def _tag(item: _Item, kind: str, ident: int = 0) -> _Item:
    item.setData(EDIT_TAG, (kind, ident))
    item.setCursor(Qt.CursorShape.PointingHandCursor)
    return item


def draw_background(
    scene: QGraphicsScene,
    template: Template,
    sheet: Worksheet,
    zones: Sequence[WorksheetZone],
    shapes: Sequence[ZoneShape],
    lang: str,
    ink: SheetInk = SCREEN_INK,
) -> QGraphicsItemGroup:
    group = QGraphicsItemGroup()
    group.setHandlesChildEvents(False)
    group.setZValue(BACKGROUND_Z)
    scene.addItem(group)
    page = scene.addRect(
        QRectF(0, 0, template.page_width, template.page_height),
        QPen(QColor("#c8ccd2"), 0.4),
        QBrush(QColor("white")),
    )
    group.addToGroup(page)

    title = _tag(label(None, sheet.title, 11, bold=True), "title")
    place(title, 15, 9)
    group.addToGroup(title)
    caption = _tag(label(None, sheet.caption or " ", 5.5, colour=ink.soft), "caption")
    place(caption, 15, 23)
    group.addToGroup(caption)

    if template.barrel is not None:
        _draw_barrel(group, template, sheet, zones, shapes, ink)
    else:
        _draw_zones(group, template, zones, shapes, ink)

    if template.parking is not None:
        p = template.parking
        rect = scene.addRect(
            QRectF(p.x, p.y, p.width, p.height),
            QPen(QColor("#999999"), 0.5, Qt.PenStyle.DashLine),
            QBrush(QColor("#f6f6f6")),
        )
        group.addToGroup(rect)
        text = label(
            None,
            template.parking_label.get(lang),
            4.2,
            bold=True,
            colour="#666666",
            anchor="middle",
        )
        place(text, p.x + p.width / 2, p.y + 3)
        group.addToGroup(text)

    for deco in template.decorations:
        group.addToGroup(_decoration(deco, lang))
    return group


def _draw_zones(
    group: QGraphicsItemGroup,
    template: Template,
    zones: Sequence[WorksheetZone],
    shapes: Sequence[ZoneShape],
    ink: SheetInk,
) -> None:
    by_key = {z.key: z for z in zones}
    label_points = {z.key: z.label_at for z in template.zones}
    for shape in shapes:
        zone = by_key[shape.key]
        group.addToGroup(
            _shape(
                polygon_path(shape.polygon),
                QPen(QColor(ink.edge_colour), ink.edge),
                QColor(zone.colour),
            )
        )
        at = label_points.get(shape.key)
        if at is None:
            box = bounds(shape.polygon)
            at = (box.x + 2, box.y + 2)
        size = (6 if template.category == "handbook" else 4.2) * ink.label_scale
        title = _tag(
            label(None, zone.label, size, bold=True),
            "zone",
            zone.id,
        )
        place(title, at[0], at[1])
        group.addToGroup(title)
        if zone.hint:
            width = 44.0 if template.category == "handbook" else 50.0
            hint = _tag(block(None, zone.hint, 3.6, width, colour=ink.soft), "zone", zone.id)
            hint.setPos(at[0], at[1] + 8 * ink.label_scale)
            group.addToGroup(hint)


def _draw_barrel(
    group: QGraphicsItemGroup,
    template: Template,
    sheet: Worksheet,
    zones: Sequence[WorksheetZone],
    shapes: Sequence[ZoneShape],
    ink: SheetInk,
) -> None:
    assert template.barrel is not None
    barrel = template.barrel
    body: Rect = barrel.body
    brown = QPen(QColor(BARREL_BROWN), ink.edge * 0.85)
    for i, (zone, shape) in enumerate(zip(zones, shapes, strict=True)):
        group.addToGroup(
            _shape(
                polygon_path(shape.polygon), brown, QColor("#efdcbc" if i % 2 == 0 else "#f4e6cf")
            )
        )
        stave_w = body.width / max(len(zones), 1)
        centre_x = body.x + stave_w * (i + 0.5)
        name = _tag(
            block(None, zone.label, 4.0, 5.2, colour="#5a4020", bold=True, centred=True),
            "zone",
            zone.id,
        )
        name.setPos(centre_x - 2.6, body.y + 9)
        group.addToGroup(name)
        purpose_text = ("目的: " + zone.purpose) if zone.purpose else "目的: …"
        purpose = _tag(
            block(None, purpose_text, 2.8, stave_w - 2, colour="#5a4020", centred=True),
            "purpose",
            zone.id,
        )
        purpose.setPos(centre_x - (stave_w - 2) / 2, body.bottom - 20)
        group.addToGroup(purpose)

    rim = QPen(QColor(BARREL_BROWN), ink.edge)
    lid = _shape(_ellipse_path(QRectF(body.x, body.y - 6, body.width, 12)), rim, QColor("#d9c29b"))
    group.addToGroup(lid)
    if barrel.lid.ja:
        lid_text = label(None, barrel.lid.ja, 4.2, bold=True, colour="#5a4020", anchor="middle")
        place(lid_text, body.x + body.width / 2, body.y - 2.4)
        group.addToGroup(lid_text)
    group.addToGroup(_shape(_ellipse_path(QRectF(body.x, body.bottom - 5, body.width, 10)), rim))

    for kind, text, y in (
        ("aim", sheet.aim, body.y + body.height * 0.385),
        ("lower_hoop", sheet.lower_hoop, body.y + body.height * 0.83),
    ):
        hoop = _shape(
            _rect_path(QRectF(body.x - 4, y, body.width + 8, 8)),
            Qt.PenStyle.NoPen,
            QColor(107, 107, 107, 225),
        )
        _tag(hoop, kind)
        group.addToGroup(hoop)
        words = _tag(
            block(None, text or " ", 3.8, body.width, colour="#ffffff", bold=True, centred=True),
            kind,
        )
        words.setPos(body.x, y + 1.6)
        group.addToGroup(words)

    story = barrel.story
    frame = _shape(
        _rect_path(QRectF(story.x, story.y, story.width, story.height), 3),
        QPen(QColor("#999999"), 0.6),
        QColor("#fbfbf4"),
    )
    _tag(frame, "story")
    group.addToGroup(frame)
    heading = _tag(label(None, barrel.story_title.ja, 4.2, bold=True), "story")
    place(heading, story.x + 4, story.y + 4)
    group.addToGroup(heading)
    body_text = sheet.story or barrel.story_hint.ja
    words = _tag(
        block(
            None, body_text, 3.4, story.width - 8, colour="#222222" if sheet.story else "#888888"
        ),
        "story",
    )
    words.setPos(story.x + 4, story.y + 12)
    group.addToGroup(words)


def _decoration(deco, lang: str) -> QGraphicsItem:
    if deco.kind == "text":
        x, y = deco.points[0]
        item = label(
            None,
            deco.text.get(lang),
            deco.size,
            bold=deco.bold,
            colour=deco.colour,
            anchor=deco.anchor,
        )
        place(item, x, y - deco.size)
        return item
    path = QPainterPath()
    if deco.kind == "line":
        path.addPolygon(_polygon(deco.points))
    else:
        (x1, y1), (x2, y2) = deco.points[0], deco.points[1]
        path.addRect(QRectF(x1, y1, x2 - x1, y2 - y1))
    shape = QGraphicsPathItem(path)
    style = Qt.PenStyle.DashLine if deco.dashed else Qt.PenStyle.SolidLine
    shape.setPen(QPen(QColor(deco.colour), 0.4, style))
    return shape
