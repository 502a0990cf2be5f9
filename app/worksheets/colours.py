"""Card colours shared by the screen and the printed page."""

from __future__ import annotations


def tint(colour: str, amount: float = 0.8) -> str:
    """``#rrggbb`` mixed with white: a light background that keeps the kind's hue."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (r, g, b))


def card_fill(own_colour: str | None, kind_colour: str) -> str:
    """A card's background: the colour chosen for it, else its kind's colour lightened."""
    return own_colour or tint(kind_colour)
