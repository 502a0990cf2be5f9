"""A :class:`~app.worksheets.pen.Pen` over a QPainter in millimetres, for chrome painted
by an item itself (a card's face, cached as pixmaps)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from app.export.text import LineSetter
from app.views.canvas.text import SCALE, mm_font
from app.worksheets.geometry import Point, Rect
from app.worksheets.pen import ASCENT, Line, Tag, Type, rgba


def qcolour(hex_colour: str) -> QColor:
    return QColor(*rgba(hex_colour))


def qpen(line: Line | None) -> QPen | Qt.PenStyle:
    if line is None:
        return Qt.PenStyle.NoPen
    style = Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine
    return QPen(qcolour(line.colour), line.width, style)


def polygon_path(points: Sequence[Point], closed: bool = True) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    if closed:
        path.closeSubpath()
    return path


def rect_path(rect: Rect, radius: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    box = QRectF(rect.x, rect.y, rect.width, rect.height)
    path.addRoundedRect(box, radius, radius) if radius else path.addRect(box)
    return path


def ellipse_path(rect: Rect) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(rect.x, rect.y, rect.width, rect.height))
    return path


class PainterPen(LineSetter):
    def __init__(self, painter: QPainter) -> None:
        self.p = painter

    def _draw(self, path: QPainterPath, fill: str | None, line: Line | None) -> None:
        self.p.setPen(qpen(line))
        self.p.setBrush(QBrush(qcolour(fill)) if fill is not None else Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)

    def polygon(
        self, points: Sequence[Point], fill: str | None, line: Line | None, tag: Tag | None = None
    ) -> None:
        self._draw(polygon_path(points), fill, line)

    def polyline(self, points: Sequence[Point], line: Line) -> None:
        self._draw(polygon_path(points, closed=False), None, line)

    def rect(
        self,
        rect: Rect,
        fill: str | None,
        line: Line | None,
        radius: float = 0.0,
        tag: Tag | None = None,
    ) -> None:
        self._draw(rect_path(rect, radius), fill, line)

    def ellipse(self, rect: Rect, fill: str | None, line: Line | None) -> None:
        self._draw(ellipse_path(rect), fill, line)

    def turned(self, char: str, centre: Point, type_: Type, tag: Tag | None = None) -> None:
        font = mm_font(type_.size, type_.bold)
        advance = QFontMetricsF(font).horizontalAdvance(char) / SCALE
        self.p.save()
        self.p.translate(*centre)
        self.p.rotate(90)
        self.p.scale(1 / SCALE, 1 / SCALE)
        self.p.setFont(font)
        self.p.setPen(qcolour(type_.colour))
        self.p.drawText(QPointF(-advance / 2 * SCALE, (ASCENT - 0.5) * type_.size * SCALE), char)
        self.p.restore()

    def text(
        self,
        text: str,
        x: float,
        top: float,
        type_: Type,
        anchor: str = "start",
        tag: Tag | None = None,
    ) -> None:
        font = mm_font(type_.size, type_.bold)
        advance = QFontMetricsF(font).horizontalAdvance(text) / SCALE
        shift = {"middle": advance / 2, "end": advance}.get(anchor, 0.0)
        self.p.save()
        self.p.scale(1 / SCALE, 1 / SCALE)
        self.p.setFont(font)
        self.p.setPen(qcolour(type_.colour))
        baseline = QPointF((x - shift) * SCALE, (top + type_.size * ASCENT) * SCALE)
        self.p.drawText(baseline, text)
        self.p.restore()
