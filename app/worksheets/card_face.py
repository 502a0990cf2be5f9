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
) -> float:
    """Draw the card's chrome in ``box``; return where its name may start."""
    pen.rect(box, fill, border)
    pen.rect(Rect(box.x, box.y, STRIPE_MM, box.height), stripe, None)
    middle = box.y + box.height / 2
    if mark:
        type_ = Type(2.6 if len(mark) <= 1 else 1.7, bold=True, colour="#ffffff")
        # A mark too wide for the stripe reads downwards, one character per line.
        across = pen.width(mark, type_) <= STRIPE_MM - 0.4
        lines = [mark] if across else list(mark)
        top = middle - len(lines) * type_.size * LEADING / 2
        pen.lines(lines, box.x, top, type_, STRIPE_MM)
    name_left = box.x + STRIPE_MM + NAME_GAP_MM
    if status is not None:
        glyph, colour = STATUS_GLYPHS[status]
        at = name_left + GLYPH_MM / 2
        pen.text(glyph, at, middle - CARD_TEXT_MM / 2, Type(CARD_TEXT_MM, colour=colour), "middle")
        name_left += GLYPH_MM
    return name_left
