"""Drawing a worksheet as vectors: zones, labels, the barrel, cards and arrows.

The same template geometry as the screen (millimetres on an A3 landscape page, y down)
is scaled into a box on the PDF page, so the paper matches what the room saw.
Sizes, colours and positions follow ``app/views/worksheet/background.py`` and the cards'
chrome; text is wrapped with Japanese line-breaking rules and shrunk to fit its box.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.export import fonts
from app.export.sheet_content import Arrow, Card, SheetContent
from app.export.sheet_pen import SheetPen
from app.export.text import LEADING, fit
from app.worksheets.card_style import CARD_TEXT_MM, GLYPH_MM, STATUS_GLYPHS, STRIPE_MM
from app.worksheets.geometry import Point, Rect, bounds

BARREL_BROWN = "#8a6a3d"
CARD_BORDER = "#7a8ca3"
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
    pen.text(content.title, 15, 9, 11, bold=True)
    if content.caption:
        pen.text(content.caption, 15, 23, 5.5, colour="#555555")
    if t.barrel is not None:
        _barrel(pen, content)
    else:
        _zones(pen, content)
    if t.parking is not None:
        p = t.parking
        pen.stroke("#999999", 0.5, dashed=True)
        pen.fill("#f6f6f6")
        pen.rect(p)
        pen.text(
            t.parking_label.ja,
            p.x + p.width / 2,
            p.y + 3,
            4.2,
            bold=True,
            colour="#666666",
            anchor="middle",
        )
    for deco in t.decorations:
        _decoration(pen, deco)
    for card in content.cards:
        _card(pen, card)
    _arrows(pen, content.arrows)
    canvas.restoreState()


def _zones(pen: SheetPen, content: SheetContent) -> None:
    t = content.template
    handbook = t.category == "handbook"
    by_key = {z.key: z for z in content.zones}
    label_points = {z.key: z.label_at for z in t.zones}
    for shape in content.shapes:
        zone = by_key[shape.key]
        pen.stroke("#555555", 0.6)
        pen.fill(zone.colour)
        pen.polygon(shape.polygon)
    for shape in content.shapes:
        zone = by_key[shape.key]
        at = label_points.get(shape.key)
        if at is None:
            box = bounds(shape.polygon)
            at = (box.x + 2, box.y + 2)
        pen.text(zone.label, at[0], at[1], 6 if handbook else 4.2, bold=True)
        if zone.hint:
            pen.block(
                zone.hint, at[0], at[1] + 8, 3.6, 44.0 if handbook else 50.0, colour="#555555"
            )


def _barrel(pen: SheetPen, content: SheetContent) -> None:
    barrel = content.template.barrel
    assert barrel is not None
    body = barrel.body
    stave_w = body.width / max(len(content.zones), 1)
    pen.stroke(BARREL_BROWN, 0.5)
    for i, (zone, shape) in enumerate(zip(content.zones, content.shapes, strict=True)):
        pen.fill("#efdcbc" if i % 2 == 0 else "#f4e6cf")
        pen.polygon(shape.polygon)
        centre = body.x + stave_w * (i + 0.5)
        # The stave's name reads downwards, one character per line, as on the handbook's
        # barrel, and stops above the upper hoop: smaller type first, then an ellipsis.
        room = body.y + body.height * 0.385 - 2 - (body.y + 9)
        chars = list(zone.label)
        size = max(2.6, min(4.0, room / (max(len(chars), 1) * LEADING)))
        fitting = int(room // (size * LEADING))
        if len(chars) > fitting:
            chars = [*chars[: max(fitting - 1, 0)], "…"]
        pen.lines(
            chars, centre - 2.6, body.y + 9, size, 5.2, bold=True, colour="#5a4020", centred=True
        )
        purpose = "目的: " + (zone.purpose or "…")
        pen.block(
            purpose,
            centre - (stave_w - 2) / 2,
            body.bottom - 20,
            2.8,
            stave_w - 2,
            colour="#5a4020",
            centred=True,
        )
    pen.stroke(BARREL_BROWN, 0.6)
    pen.fill("#d9c29b")
    pen.ellipse(Rect(body.x, body.y - 6, body.width, 12))
    if barrel.lid.ja:
        pen.text(
            barrel.lid.ja,
            body.x + body.width / 2,
            body.y - 2.4,
            4.2,
            bold=True,
            colour="#5a4020",
            anchor="middle",
        )
    pen.ellipse(Rect(body.x, body.bottom - 5, body.width, 10), fill=False)
    for text, y in (
        (content.aim, body.y + body.height * 0.385),
        (content.lower_hoop, body.y + body.height * 0.83),
    ):
        pen.fill(Color(107 / 255, 107 / 255, 107 / 255, alpha=225 / 255))
        pen.rect(Rect(body.x - 4, y, body.width + 8, 8), stroke=False)
        if text:
            fitted = fit(text, body.width, 6.4, fonts.face(True), 3.8, 2.4)
            pen.lines(
                fitted.lines,
                body.x,
                y + 1.6,
                fitted.size,
                body.width,
                bold=True,
                colour="#ffffff",
                centred=True,
            )
    story = barrel.story
    pen.stroke("#999999", 0.6)
    pen.fill("#fbfbf4")
    pen.rect(story, radius=3)
    pen.text(barrel.story_title.ja, story.x + 4, story.y + 4, 4.2, bold=True)
    words = content.story or barrel.story_hint.ja
    fitted = fit(words, story.width - 8, story.height - 16, fonts.face(), 3.4, 2.2)
    pen.lines(
        fitted.lines,
        story.x + 4,
        story.y + 12,
        fitted.size,
        colour="#222222" if content.story else "#888888",
    )


def _decoration(pen: SheetPen, deco) -> None:
    if deco.kind == "text":
        x, y = deco.points[0]
        pen.text(
            deco.text.ja,
            x,
            y - deco.size,
            deco.size,
            bold=deco.bold,
            colour=deco.colour,
            anchor=deco.anchor,
        )
        return
    pen.stroke(deco.colour, 0.4, dashed=deco.dashed)
    if deco.kind == "line":
        pen.line(deco.points)
    else:
        (x1, y1), (x2, y2) = deco.points[0], deco.points[1]
        pen.rect(Rect(x1, y1, x2 - x1, y2 - y1), fill=False)


def _card(pen: SheetPen, card: Card) -> None:
    box = card.box
    pen.stroke(CARD_BORDER, 0.35)
    pen.fill(card.fill)
    pen.rect(box)
    pen.fill(card.stripe)
    pen.rect(Rect(box.x, box.y, STRIPE_MM, box.height), stroke=False)
    middle = box.y + box.height / 2
    if card.mark:
        size = 2.6 if len(card.mark) <= 1 else 1.7
        across = stringWidth(card.mark, fonts.face(True), size) <= STRIPE_MM - 0.4
        # A mark too wide for the stripe reads downwards, one character per line.
        lines = [card.mark] if across else list(card.mark)
        top = middle - len(lines) * size * LEADING / 2
        pen.lines(lines, box.x, top, size, STRIPE_MM, bold=True, colour="#ffffff", centred=True)
    text_left = box.x + STRIPE_MM + 0.6
    if card.status is not None:
        glyph, colour = STATUS_GLYPHS[card.status]
        pen.text(
            glyph,
            text_left + GLYPH_MM / 2,
            middle - CARD_TEXT_MM / 2,
            CARD_TEXT_MM,
            colour=colour,
            anchor="middle",
        )
        text_left += GLYPH_MM
    width = box.right - 1.0 - text_left
    fitted = fit(card.name, width, box.height - 1.0, fonts.face(), CARD_TEXT_MM, MIN_CARD_TEXT_MM)
    height = len(fitted.lines) * fitted.line_height
    pen.lines(fitted.lines, text_left, middle - height / 2, fitted.size)


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
        pen.stroke(LINK_COLOUR, 0.5)
        pen.line([start, base])
        pen.fill(LINK_COLOUR)
        half = ARROW_MM * 0.45
        pen.polygon(
            [
                end,
                (base[0] - uy * half, base[1] + ux * half),
                (base[0] + uy * half, base[1] - ux * half),
            ],
            stroke=False,
        )
        if arrow.label:
            size = 3.0
            face = fonts.face()
            line = fit(arrow.label, 40, size * LEADING, face, size, 2.2).lines[0]
            w = stringWidth(line, face, size) + 1.6
            mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
            pen.fill(Color(1, 1, 1, alpha=0.88))
            pen.rect(Rect(mx - w / 2, my - size * 0.7, w, size * 1.4), stroke=False)
            pen.text(line, mx, my - size / 2, size, colour=LINK_COLOUR, anchor="middle")
