"""The paper's :class:`~app.worksheets.pen.Pen`: sheet millimetres (y down) onto a region of
a reportlab canvas (points, y up). Tags are for the screen and are ignored here."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from app.export import fonts
from app.export.text import LineSetter
from app.worksheets.geometry import Point, Rect
from app.worksheets.pen import ASCENT, Line, Tag, Type, rgba


def colour(hex_colour: str) -> Color:
    r, g, b, a = rgba(hex_colour)
    return Color(r / 255, g / 255, b / 255, alpha=a / 255)


class SheetPen(LineSetter):
    def __init__(self, canvas: Canvas, left: float, top: float, scale: float) -> None:
        self.c = canvas
        self.left, self.top, self.scale = left, top, scale  # scale: points per sheet mm

    def x(self, mm: float) -> float:
        return self.left + mm * self.scale

    def y(self, mm: float) -> float:
        return self.top - mm * self.scale

    def _paint(self, fill: str | None, line: Line | None) -> tuple[int, int]:
        if fill is not None:
            self.c.setFillColor(colour(fill))
        if line is not None:
            self.c.setStrokeColor(colour(line.colour))
            self.c.setLineWidth(line.width * self.scale)
            self.c.setDash([2 * self.scale, 1.2 * self.scale] if line.dashed else [])
        return int(fill is not None), int(line is not None)

    def _path(
        self, points: Sequence[Point], closed: bool, fill: str | None, line: Line | None
    ) -> None:
        filled, stroked = self._paint(fill, line)
        path = self.c.beginPath()
        path.moveTo(self.x(points[0][0]), self.y(points[0][1]))
        for px, py in points[1:]:
            path.lineTo(self.x(px), self.y(py))
        if closed:
            path.close()
        self.c.drawPath(path, fill=filled, stroke=stroked)

    def polygon(
        self, points: Sequence[Point], fill: str | None, line: Line | None, tag: Tag | None = None
    ) -> None:
        self._path(points, True, fill, line)

    def polyline(self, points: Sequence[Point], line: Line) -> None:
        self._path(points, False, None, line)

    def rect(
        self,
        rect: Rect,
        fill: str | None,
        line: Line | None,
        radius: float = 0.0,
        tag: Tag | None = None,
    ) -> None:
        filled, stroked = self._paint(fill, line)
        args = (
            self.x(rect.x),
            self.y(rect.bottom),
            rect.width * self.scale,
            rect.height * self.scale,
        )
        if radius:
            self.c.roundRect(*args, radius * self.scale, fill=filled, stroke=stroked)
        else:
            self.c.rect(*args, fill=filled, stroke=stroked)

    def ellipse(self, rect: Rect, fill: str | None, line: Line | None) -> None:
        filled, stroked = self._paint(fill, line)
        self.c.ellipse(
            self.x(rect.x),
            self.y(rect.y),
            self.x(rect.right),
            self.y(rect.bottom),
            fill=filled,
            stroke=stroked,
        )

    def turned(self, char: str, centre: Point, type_: Type, tag: Tag | None = None) -> None:
        self.c.saveState()
        self.c.translate(self.x(centre[0]), self.y(centre[1]))
        self.c.rotate(-90)  # a quarter clockwise on the page (reportlab turns anticlockwise)
        self.c.setFillColor(colour(type_.colour))
        size = type_.size * self.scale
        fonts.draw(self.c, 0, -(ASCENT - 0.5) * size, char, fonts.face(type_.bold), size, "middle")
        self.c.restoreState()

    def text(
        self,
        text: str,
        x: float,
        top: float,
        type_: Type,
        anchor: str = "start",
        tag: Tag | None = None,
    ) -> None:
        self.c.setFillColor(colour(type_.colour))
        baseline = self.y(top + type_.size * ASCENT)
        size = type_.size * self.scale
        fonts.draw(self.c, self.x(x), baseline, text, fonts.face(type_.bold), size, anchor)
