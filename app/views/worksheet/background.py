"""A sheet's template on screen and on the wall: the chrome of
:func:`app.worksheets.chrome.draw_chrome` drawn with a pen that makes scene items.

Everything here sits behind the cards. Texts the workshop can edit carry an edit tag
(``EDIT_TAG`` data) naming what a double-click on them edits. Wrapped text is broken and
shrunk by the printed pages' line breaker, so a sheet reads line for line as it prints.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsItemGroup, QGraphicsPathItem, QGraphicsScene

from app.export.text import LineSetter
from app.models import Worksheet, WorksheetZone
from app.views.canvas.layers import BACKGROUND_Z, EDIT_TAG
from app.views.canvas.painter_pen import ellipse_path, polygon_path, qcolour, qpen, rect_path
from app.views.canvas.text import SCALE, label, place
from app.worksheets.chrome import SCREEN_INK, SheetInk, SheetWords, ZoneText, draw_chrome
from app.worksheets.geometry import Point, Rect
from app.worksheets.pen import Line, Tag, Type
from app.worksheets.sheet import ZoneShape
from app.worksheets.template import Template


class ScenePen(LineSetter):
    """Draws each call as a scene item in ``group``; tagged items open an editor."""

    def __init__(self, group: QGraphicsItemGroup) -> None:
        self.group = group

    def _add(self, item: QGraphicsItem, tag: Tag | None) -> None:
        if tag is not None:
            item.setData(EDIT_TAG, tag)
            item.setCursor(Qt.CursorShape.PointingHandCursor)
        self.group.addToGroup(item)

    def _shape(
        self, path: QPainterPath, fill: str | None, line: Line | None, tag: Tag | None = None
    ) -> None:
        item = QGraphicsPathItem(path)
        item.setPen(qpen(line))
        if fill is not None:
            item.setBrush(QBrush(qcolour(fill)))
        self._add(item, tag)

    def polygon(
        self, points: Sequence[Point], fill: str | None, line: Line | None, tag: Tag | None = None
    ) -> None:
        self._shape(polygon_path(points), fill, line, tag)

    def polyline(self, points: Sequence[Point], line: Line) -> None:
        self._shape(polygon_path(points, closed=False), None, line)

    def rect(
        self,
        rect: Rect,
        fill: str | None,
        line: Line | None,
        radius: float = 0.0,
        tag: Tag | None = None,
    ) -> None:
        self._shape(rect_path(rect, radius), fill, line, tag)

    def ellipse(self, rect: Rect, fill: str | None, line: Line | None) -> None:
        self._shape(ellipse_path(rect), fill, line)

    def turned(self, char: str, centre: Point, type_: Type, tag: Tag | None = None) -> None:
        item = label(None, char, type_.size, bold=type_.bold, colour=type_.colour)
        item.setScale(1)
        box = item.boundingRect()
        item.setTransform(
            QTransform()
            .translate(*centre)
            .rotate(90)
            .scale(1 / SCALE, 1 / SCALE)
            .translate(-box.width() / 2, -box.height() / 2)
        )
        self._add(item, tag)

    def text(
        self,
        text: str,
        x: float,
        top: float,
        type_: Type,
        anchor: str = "start",
        tag: Tag | None = None,
    ) -> None:
        item = label(None, text, type_.size, bold=type_.bold, colour=type_.colour, anchor=anchor)
        place(item, x, top)
        self._add(item, tag)


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
    words = SheetWords(
        template=template,
        title=sheet.title,
        caption=sheet.caption,
        zones=[ZoneText(z.key, z.label, z.hint, z.colour, z.purpose, z.id) for z in zones],
        shapes=list(shapes),
        aim=sheet.aim,
        lower_hoop=sheet.lower_hoop,
        story=sheet.story,
    )
    draw_chrome(ScenePen(group), words, lang, ink)
    return group
