"""Drawing a worksheet as vectors on a PDF page: the template's chrome
(:func:`app.worksheets.chrome.draw_chrome`, the same drawing as the screen's), then the
cards and arrows.

The template geometry (millimetres on an A3 landscape page, y down) is scaled into a box on
the PDF page, so the paper matches what the room saw; text is wrapped with Japanese
line-breaking rules and shrunk to fit its box.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.export import fonts
from app.export.sheet_content import Arrow, PrintedCard, SheetContent
from app.export.sheet_pen import SheetPen
from app.export.text import fit
from app.worksheets.card_face import draw_card_chrome
from app.worksheets.card_style import CARD_TEXT_MM
from app.worksheets.chrome import draw_chrome
from app.worksheets.geometry import Point, Rect
from app.worksheets.pen import LEADING, Line, Type

LINK_COLOUR = "#c0392b"
MIN_CARD_TEXT_MM = 1.8  # long names shrink to this, then end in …
ARROW_MM = 3.0


def draw_sheet(canvas: Canvas, content: SheetContent, box: Rect) -> None:
    """Draw ``content`` scaled to fit ``box`` (points, origin bottom left), centred."""
    t = content.template
    scale = min(box.width / t.page_width, box.height / t.page_height)
    left = box.x + (box.width - t.page_width * scale) / 2
    top = box.y + box.height - (box.height - t.page_height * scale) / 2
    pen = SheetPen(canvas, left, top, scale)
    canvas.saveState()
    draw_chrome(pen, content)
    for card in content.cards:
        _card(pen, card)
    _arrows(pen, content.arrows)
    canvas.restoreState()


def _card(pen: SheetPen, card: PrintedCard) -> None:
    box = card.box
    text_left = draw_card_chrome(pen, box, card.fill, card.stripe, card.mark, card.status)
    width = box.right - 1.0 - text_left
    fitted = fit(card.name, width, box.height - 1.0, fonts.face(), CARD_TEXT_MM, MIN_CARD_TEXT_MM)
    height = len(fitted.lines) * fitted.line_height
    middle = box.y + box.height / 2
    pen.left_lines(fitted.lines, text_left, middle - height / 2, Type(fitted.size))


def _edge_point(r: Rect, towards: Point) -> Point:
    cx, cy = r.x + r.width / 2, r.y + r.height / 2
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    k = min(
        (r.width / 2) / abs(dx) if dx else math.inf, (r.height / 2) / abs(dy) if dy else math.inf
    )
    return cx + dx * k, cy + dy * k


def _arrows(pen: SheetPen, arrows: Sequence[Arrow]) -> None:
    for arrow in arrows:
        s, t = arrow.source, arrow.target
        start = _edge_point(s, (t.x + t.width / 2, t.y + t.height / 2))
        end = _edge_point(t, (s.x + s.width / 2, s.y + s.height / 2))
        length = math.dist(start, end)
        if length < 0.5:
            continue
        ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
        base = (end[0] - ux * ARROW_MM, end[1] - uy * ARROW_MM)
        pen.polyline([start, base], Line(LINK_COLOUR, 0.5))
        half = ARROW_MM * 0.45
        pen.polygon(
            [
                end,
                (base[0] - uy * half, base[1] + ux * half),
                (base[0] + uy * half, base[1] - ux * half),
            ],
            LINK_COLOUR,
            None,
        )
        if arrow.label:
            size = 3.0
            face = fonts.face()
            line = fit(arrow.label, 40, size * LEADING, face, size, 2.2).lines[0]
            w = stringWidth(line, face, size) + 1.6
            mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
            pen.rect(Rect(mx - w / 2, my - size * 0.7, w, size * 1.4), "#ffffffe0", None)
            pen.text(line, mx, my - size / 2, Type(size, colour=LINK_COLOUR), "middle")
