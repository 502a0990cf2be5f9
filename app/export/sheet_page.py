"""Drawing a worksheet as vectors on a PDF page: the template's chrome
(:func:`app.worksheets.chrome.draw_chrome`, the same drawing as the screen's), then the
cards and arrows.

The template geometry (millimetres on an A3 landscape page, y down) is scaled into a box on
the PDF page, so the paper matches what the room saw; text is wrapped with Japanese
line-breaking rules and shrunk to fit its box.
"""

from __future__ import annotations

import math

from reportlab.pdfgen.canvas import Canvas

from app.export import fonts
from app.export.link_layout import LABEL, PAD_X, PAD_Y, LinkPlan, lay_out
from app.export.readable import PrintSizes, readable, sizes_for
from app.export.sheet_content import PrintedCard, SheetContent
from app.export.sheet_pen import SheetPen
from app.export.text import fit
from app.worksheets.card_face import draw_card_chrome
from app.worksheets.chrome import draw_chrome
from app.worksheets.geometry import Rect
from app.worksheets.pen import Line, Type

LINK_COLOUR = "#c0392b"
ARROW_MM = 3.0


def draw_sheet(canvas: Canvas, content: SheetContent, box: Rect) -> None:
    """Draw ``content`` scaled to fit ``box`` (points, origin bottom left), centred, with
    its type at the least printed sizes for that scale (see :mod:`app.export.readable`)."""
    t = content.template
    scale = min(box.width / t.page_width, box.height / t.page_height)
    left = box.x + (box.width - t.page_width * scale) / 2
    top = box.y + box.height - (box.height - t.page_height * scale) / 2
    pen = SheetPen(canvas, left, top, scale)
    sizes = sizes_for(scale)
    content = readable(content, sizes)
    canvas.saveState()
    draw_chrome(pen, content, least=sizes.words)
    for card in content.cards:
        _card(pen, card, sizes)
    _arrows(pen, content, sizes)
    canvas.restoreState()


def _card(pen: SheetPen, card: PrintedCard, sizes: PrintSizes) -> None:
    box = card.box
    text_left = draw_card_chrome(
        pen,
        box,
        card.fill,
        card.stripe,
        card.mark,
        card.status,
        text=sizes.name,
        least_mark=sizes.mark,
    )
    width = box.right - 1.0 - text_left
    fitted = fit(card.name, width, box.height - 1.0, fonts.face(), sizes.name, sizes.name_floor)
    height = len(fitted.lines) * fitted.line_height
    middle = box.y + box.height / 2
    pen.left_lines(fitted.lines, text_left, middle - height / 2, Type(fitted.size))


def _arrows(pen: SheetPen, content: SheetContent, sizes: PrintSizes) -> None:
    t = content.template
    plans = [LinkPlan(a.key, a.source, a.target, a.label, a.pinned) for a in content.arrows]
    cards = [c.box for c in content.cards]
    drawings = lay_out(plans, cards, t, size=sizes.label, staves=len(content.zones))
    line = Line(LINK_COLOUR, 0.5)
    for drawing in drawings.values():
        start, end = drawing.start, drawing.end
        length = math.dist(start, end)
        if length < 0.5:
            continue
        ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
        base = (end[0] - ux * ARROW_MM, end[1] - uy * ARROW_MM)
        pen.polyline([start, base], line)
        half = ARROW_MM * 0.45
        head = [
            end,
            (base[0] - uy * half, base[1] + ux * half),
            (base[0] + uy * half, base[1] - ux * half),
        ]
        pen.polygon(head, LINK_COLOUR, None)
    for drawing in drawings.values():  # labels over every arrow
        if drawing.leader is not None:
            pen.polyline(list(drawing.leader), Line(LINK_COLOUR, 0.25, dashed=True))
        if drawing.box is not None:
            box = drawing.box
            pen.rect(box, "#ffffffe0", None)
            label = Type(sizes.label, colour=LABEL.colour)
            pen.left_lines(drawing.lines, box.x + PAD_X, box.y + PAD_Y, label)
