"""Room for large type: tiles that overlap are pushed apart, each staying in its zone.

On the projection a card's name is set much larger than on the page, so the tiles
outgrow the cards and would cover each other. Overlapping pairs are pushed apart along
the axis where they overlap least, a little at a time; a push that would carry a tile's
centre out of its zone is not made, so a card never seems to change zone on the wall.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.worksheets.geometry import Point, Rect

GAP = 1.5  # mm kept between tiles
ROUNDS = 60


def _overlap(a: Rect, b: Rect) -> tuple[float, float]:
    dx = min(a.right, b.right) - max(a.x, b.x) + GAP
    dy = min(a.bottom, b.bottom) - max(a.y, b.y) + GAP
    return dx, dy


def spread(
    rects: Sequence[Rect],
    allowed: Callable[[int, Point], bool],
    page: Rect,
    rounds: int = ROUNDS,
) -> list[Rect]:
    """``rects`` moved apart; ``allowed(i, centre)`` says where tile ``i`` may be."""
    boxes = list(rects)
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].x)
    for _ in range(rounds):
        moved = False
        order.sort(key=lambda i: boxes[i].x)
        for n, i in enumerate(order):
            for j in order[n + 1 :]:
                a, b = boxes[i], boxes[j]
                if b.x >= a.right + GAP:
                    break  # sorted by left edge: nothing further can touch ``a``
                dx, dy = _overlap(a, b)
                if dx <= 0 or dy <= 0:
                    continue
                (ax, ay), (bx, by) = a.centre(), b.centre()
                if dx < dy:
                    step = dx / 2 + 0.1
                    sign = 1.0 if bx >= ax else -1.0
                    shift_a, shift_b = (-sign * step, 0.0), (sign * step, 0.0)
                else:
                    step = dy / 2 + 0.1
                    sign = 1.0 if by >= ay else -1.0
                    shift_a, shift_b = (0.0, -sign * step), (0.0, sign * step)
                boxes[i] = _moved(boxes[i], shift_a, i, allowed, page)
                boxes[j] = _moved(boxes[j], shift_b, j, allowed, page)
                moved = True
        if not moved:
            break
    return boxes


def _moved(
    rect: Rect, shift: Point, index: int, allowed: Callable[[int, Point], bool], page: Rect
) -> Rect:
    x = min(max(rect.x + shift[0], page.x), page.right - rect.width)
    y = min(max(rect.y + shift[1], page.y), page.bottom - rect.height)
    moved = Rect(x, y, rect.width, rect.height)
    return moved if allowed(index, moved.centre()) else rect
