"""Lining cards up and sizing them: plain geometry in page millimetres."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from app.worksheets.geometry import Rect

MIN_CARD = (16.0, 7.0)
MAX_CARD = (160.0, 90.0)


class Alignment(StrEnum):
    LEFT = "left"
    CENTRE = "centre"  # centres on one vertical line
    RIGHT = "right"
    TOP = "top"
    MIDDLE = "middle"  # centres on one horizontal line
    BOTTOM = "bottom"
    SPREAD_ACROSS = "spread_across"  # equal gaps from left to right
    SPREAD_DOWN = "spread_down"  # equal gaps from top to bottom

    @property
    def needs(self) -> int:
        """How many cards it takes for this to mean anything."""
        return 3 if self in (Alignment.SPREAD_ACROSS, Alignment.SPREAD_DOWN) else 2


def clamp_size(width: float, height: float) -> tuple[float, float]:
    """A card size within what stays readable and fits a sheet."""
    return (
        round(min(MAX_CARD[0], max(MIN_CARD[0], width)), 2),
        round(min(MAX_CARD[1], max(MIN_CARD[1], height)), 2),
    )


def align(cards: Mapping[int, Rect], how: Alignment) -> dict[int, tuple[float, float]]:
    """New top-left corners for the cards that move; edges line up on the outermost card,
    centres on the middle of the group, spreads keep the two outer cards in place."""
    if len(cards) < how.needs:
        return {}
    rects = list(cards.values())
    left = min(r.x for r in rects)
    right = max(r.x + r.width for r in rects)
    top = min(r.y for r in rects)
    bottom = max(r.y + r.height for r in rects)
    targets: dict[int, tuple[float, float]] = {}
    for card_id, r in cards.items():
        x, y = r.x, r.y
        if how is Alignment.LEFT:
            x = left
        elif how is Alignment.RIGHT:
            x = right - r.width
        elif how is Alignment.CENTRE:
            x = (left + right) / 2 - r.width / 2
        elif how is Alignment.TOP:
            y = top
        elif how is Alignment.BOTTOM:
            y = bottom - r.height
        elif how is Alignment.MIDDLE:
            y = (top + bottom) / 2 - r.height / 2
        targets[card_id] = (x, y)
    if how is Alignment.SPREAD_ACROSS:
        targets = _spread(cards, horizontal=True)
    elif how is Alignment.SPREAD_DOWN:
        targets = _spread(cards, horizontal=False)
    return {
        card_id: (round(x, 2), round(y, 2))
        for card_id, (x, y) in targets.items()
        if (round(x, 2), round(y, 2)) != (round(cards[card_id].x, 2), round(cards[card_id].y, 2))
    }


def _spread(cards: Mapping[int, Rect], horizontal: bool) -> dict[int, tuple[float, float]]:
    def start(r: Rect) -> float:
        return r.x if horizontal else r.y

    def length(r: Rect) -> float:
        return r.width if horizontal else r.height

    order = sorted(cards, key=lambda cid: (start(cards[cid]), cid))
    first, last = cards[order[0]], cards[order[-1]]
    span = start(last) + length(last) - start(first)
    gap = (span - sum(length(cards[cid]) for cid in order)) / (len(order) - 1)
    targets = {}
    at = start(first)
    for card_id in order:
        r = cards[card_id]
        targets[card_id] = (at, r.y) if horizontal else (r.x, at)
        at += length(r) + gap
    return targets
