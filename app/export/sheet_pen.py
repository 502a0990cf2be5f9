"""A pen that draws in sheet millimetres (y down) onto a reportlab canvas (points, y up)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from app.export import fonts
from app.export.text import LEADING, wrap
from app.worksheets.geometry import Point, Rect

ASCENT = 0.88  # baseline below the top of a line, as a share of the font size


class SheetPen:
    """Draws in sheet millimetres (y down) onto a canvas region (points, y up)."""

    def __init__(self, canvas: Canvas, left: float, top: float, scale: float) -> None:
        self.c = canvas
        self.left, self.top, self.scale = left, top, scale  # scale: points per sheet mm

    def x(self, mm: float) -> float:
        return self.left + mm * self.scale

    def y(self, mm: float) -> float:
        return self.top - mm * self.scale

    def stroke(self, colour: str, width_mm: float, dashed: bool = False) -> None:
        self.c.setStrokeColor(HexColor(colour))
        self.c.setLineWidth(width_mm * self.scale)
        self.c.setDash([2 * self.scale, 1.2 * self.scale] if dashed else [])

    def fill(self, colour: str | Color) -> None:
        self.c.setFillColor(HexColor(colour) if isinstance(colour, str) else colour)

    def polygon(self, points: Sequence[Point], fill: bool = True, stroke: bool = True) -> None:
        path = self.c.beginPath()
        path.moveTo(self.x(points[0][0]), self.y(points[0][1]))
        for px, py in points[1:]:
            path.lineTo(self.x(px), self.y(py))
        path.close()
        self.c.drawPath(path, fill=int(fill), stroke=int(stroke))

    def rect(self, r: Rect, fill: bool = True, stroke: bool = True, radius: float = 0) -> None:
        args = (self.x(r.x), self.y(r.bottom), r.width * self.scale, r.height * self.scale)
        if radius:
            self.c.roundRect(*args, radius * self.scale, fill=int(fill), stroke=int(stroke))
        else:
            self.c.rect(*args, fill=int(fill), stroke=int(stroke))

    def ellipse(self, r: Rect, fill: bool = True) -> None:
        self.c.ellipse(self.x(r.x), self.y(r.y), self.x(r.right), self.y(r.bottom), fill=int(fill))

    def line(self, points: Sequence[Point]) -> None:
        path = self.c.beginPath()
        path.moveTo(self.x(points[0][0]), self.y(points[0][1]))
        for px, py in points[1:]:
            path.lineTo(self.x(px), self.y(py))
        self.c.drawPath(path, fill=0, stroke=1)

    def text(
        self,
        text: str,
        x: float,
        top: float,
        size: float,
        *,
        bold: bool = False,
        colour: str = "#222222",
        anchor: str = "start",
    ) -> None:
        """One line whose top is at ``top`` (mm); ``anchor`` start, middle or end at ``x``."""
        self.fill(colour)
        self.c.setFont(fonts.face(bold), size * self.scale)
        args = (self.x(x), self.y(top + size * ASCENT), text)
        {"middle": self.c.drawCentredString, "end": self.c.drawRightString}.get(
            anchor, self.c.drawString
        )(*args)

    def lines(
        self,
        lines: Sequence[str],
        x: float,
        top: float,
        size: float,
        width: float = 0,
        *,
        bold: bool = False,
        colour: str = "#222222",
        centred: bool = False,
    ) -> float:
        """Lines one under another; centred on ``x + width / 2`` if asked. Returns the bottom."""
        for i, line in enumerate(lines):
            at = top + i * size * LEADING
            if centred:
                self.text(line, x + width / 2, at, size, bold=bold, colour=colour, anchor="middle")
            else:
                self.text(line, x, at, size, bold=bold, colour=colour)
        return top + len(lines) * size * LEADING

    def block(
        self,
        text: str,
        x: float,
        top: float,
        size: float,
        width: float,
        *,
        bold: bool = False,
        colour: str = "#222222",
        centred: bool = False,
    ) -> float:
        """Wrapped text ``width`` mm wide; returns the bottom."""
        lines = wrap(text, width, fonts.face(bold), size)
        return self.lines(lines, x, top, size, width, bold=bold, colour=colour, centred=centred)
