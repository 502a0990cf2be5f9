"""A card's fixed part — background, border, the kind's stripe and mark, the status mark —
drawn with a :class:`~app.worksheets.pen.Pen`, the one drawing the screen and paper share."""

from __future__ import annotations

from app.models import ResourceStatus
from app.worksheets.card_style import CARD_TEXT_MM, GLYPH_MM, STATUS_GLYPHS, STRIPE_MM
from app.worksheets.geometry import Rect
from app.worksheets.pen import LEADING, Line, Pen, Type

CARD_BORDER = Line("#7a8ca3", 0.35)
SELECTED_BORDER = Line("#1a73e8", 0.9)
NAME_GAP_MM = 0.6  # between the stripe and the name


def draw_card_chrome(
    pen: Pen,
    box: Rect,
    fill: str,
    stripe: str,
    mark: str,
    status: ResourceStatus | None,
    border: Line = CARD_BORDER,
    *,
    text: float = CARD_TEXT_MM,
    least_mark: float = 0.0,
) -> float:
    """Draw the card's chrome in ``box``; return where its name may start.

    ``text`` is the name's size: the stripe and the status mark grow with it. A printed
    card asks for its mark to be at least ``least_mark`` mm."""
    grown = text / CARD_TEXT_MM
    stripe_mm = STRIPE_MM * grown
    pen.rect(box, fill, border)
    pen.rect(Rect(box.x, box.y, stripe_mm, box.height), stripe, None)
    middle = box.y + box.height / 2
    if mark:
        size = max((2.6 if len(mark) <= 1 else 1.7) * grown, least_mark)
        type_ = Type(min(size, stripe_mm - 0.4), bold=True, colour="#ffffff")
        # A mark too wide for the stripe reads downwards, one character per line.
        across = pen.width(mark, type_) <= stripe_mm - 0.4
        lines = [mark] if across else list(mark)
        top = middle - len(lines) * type_.size * LEADING / 2
        pen.lines(lines, box.x, top, type_, stripe_mm)
    name_left = box.x + stripe_mm + NAME_GAP_MM
    if status is not None:
        glyph, colour = STATUS_GLYPHS[status]
        glyph_mm = GLYPH_MM * grown
        at = name_left + glyph_mm / 2
        pen.text(glyph, at, middle - text / 2, Type(text, colour=colour), "middle")
        name_left += glyph_mm
    return name_left
