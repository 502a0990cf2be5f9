"""Where a card typed in quick add goes: the first free place inside its zone.

Places are tried row by row from the zone's top-left, so cards typed one after another
line up like words on a page and never cover each other or a card already there.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.worksheets.geometry import Point, Rect, bounds, contains

STEP = 2.0  # mm between the places tried
GAP = 2.0  # mm kept clear around every card


def _inside(polygon: Sequence[Point], rect: Rect) -> bool:
    corners = rect.polygon()
    return all(contains(polygon, corner) for corner in corners) and contains(polygon, rect.centre())


def _clear(rect: Rect, taken: Sequence[Rect]) -> bool:
    return not any(
        rect.x < t.right + GAP
        and t.x < rect.right + GAP
        and rect.y < t.bottom + GAP
        and t.y < rect.bottom + GAP
        for t in taken
    )


def free_spots(
    polygon: Sequence[Point], size: tuple[float, float], taken: Sequence[Rect], count: int
) -> list[Point]:
    """Top-left corners for ``count`` cards of ``size`` inside ``polygon``, clear of
    ``taken`` and of each other. When the zone is full, the rest are stacked slightly
    offset from its centre, still inside it, for the facilitator to tidy."""
    width, height = size
    box = bounds(polygon)
    occupied = list(taken)
    spots: list[Point] = []
    y = box.y + GAP
    while len(spots) < count and y + height <= box.bottom:
        x = box.x + GAP
        while len(spots) < count and x + width <= box.right:
            rect = Rect(x, y, width, height)
            if _inside(polygon, rect) and _clear(rect, occupied):
                spots.append((round(x, 2), round(y, 2)))
                occupied.append(rect)
                x += width + GAP
            else:
                x += STEP
        y += STEP
    cx, cy = box.centre()
    overflow = 0
    while len(spots) < count:
        offset = 3.0 * (overflow % 8)
        spots.append((round(cx - width / 2 + offset, 2), round(cy - height / 2 + offset, 2)))
        overflow += 1
    return spots
