"""How a card looks, shared by the screen and the printed page: colours, sizes, status marks."""

from __future__ import annotations

from functools import cache

from app.models import ResourceStatus

#: The mark before a card's name and its colour, by the resource's status.
STATUS_GLYPHS = {
    ResourceStatus.ACTIVE: ("●", "#2e7d32"),
    ResourceStatus.NOT_FUNCTIONING: ("▲", "#c62828"),
    ResourceStatus.PLANNED: ("○", "#1f5fa8"),
    ResourceStatus.SUSPENDED: ("－", "#6b6b6b"),
}
CARD_TEXT_MM = 3.2  # the name's size
STRIPE_MM = 4.0  # the kind's coloured stripe on the left
GLYPH_MM = CARD_TEXT_MM * 1.3  # the status mark's room


@cache  # a sheet has thousands of cards in a dozen kinds' colours
def tint(colour: str, amount: float = 0.8) -> str:
    """``#rrggbb`` mixed with white: a light background that keeps the kind's hue."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (r, g, b))


def card_fill(own_colour: str | None, kind_colour: str) -> str:
    """A card's background: the colour chosen for it, else its kind's colour lightened."""
    return own_colour or tint(kind_colour)
