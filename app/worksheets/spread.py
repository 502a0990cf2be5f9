"""Room for large type: tiles that overlap are pushed apart, each staying in its zone.

On the projection a card's name is set much larger than on the page, so the tiles
outgrow the cards and would cover each other. Overlapping pairs are pushed apart along
the axis where they overlap least, a little at a time; a push that would carry a tile's
centre out of its zone is not made, so a card never seems to change zone on the wall.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from app.worksheets.geometry import BORDER_TOLERANCE, Point, Rect, bounds, contains

GAP = 1.5  # mm kept between tiles
ROUNDS = 60
# Rounds shrink with the square of the count beyond this many tiles: a sheet crowded
# with hundreds of cards cannot be untangled anyway, and the wall must not wait for it.
FULL_EFFORT = 60


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
    if len(boxes) > FULL_EFFORT:
        rounds = max(2, int(rounds * (FULL_EFFORT / len(boxes)) ** 2))
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
                if _push_apart(boxes, i, j, dx, dy, allowed, page):
                    moved = True
                elif _push_apart(boxes, i, j, dx, dy, allowed, page, swap=True):
                    moved = True  # blocked across: tried along the other axis
        if not moved:
            break
    return boxes


def _push_apart(
    boxes: list[Rect],
    i: int,
    j: int,
    dx: float,
    dy: float,
    allowed: Callable[[int, Point], bool],
    page: Rect,
    swap: bool = False,
) -> bool:
    """Move tiles ``i`` and ``j`` apart along the axis where they overlap least (the
    other one with ``swap``); when one may not move, the other moves the whole way."""
    a, b = boxes[i], boxes[j]
    (ax, ay), (bx, by) = a.centre(), b.centre()
    horizontal = (dx < dy) != swap
    if horizontal:
        overlap = _overlap(a, b)[0]
        sign = 1.0 if bx >= ax else -1.0
        unit = (sign, 0.0)
    else:
        overlap = _overlap(a, b)[1]
        sign = 1.0 if by >= ay else -1.0
        unit = (0.0, sign)
    step = overlap / 2 + 0.1
    moved_a = _moved(a, (-unit[0] * step, -unit[1] * step), i, allowed, page)
    factor = 1.0 if moved_a != a else 2.0
    moved_b = _moved(b, (unit[0] * step * factor, unit[1] * step * factor), j, allowed, page)
    if moved_b == b and moved_a != a:
        moved_a = _moved(a, (-unit[0] * step * 2, -unit[1] * step * 2), i, allowed, page)
    boxes[i], boxes[j] = moved_a, moved_b
    return moved_a != a or moved_b != b


def _moved(
    rect: Rect, shift: Point, index: int, allowed: Callable[[int, Point], bool], page: Rect
) -> Rect:
    x = min(max(rect.x + shift[0], page.x), page.right - rect.width)
    y = min(max(rect.y + shift[1], page.y), page.bottom - rect.height)
    moved = Rect(x, y, rect.width, rect.height)
    return moved if allowed(index, moved.centre()) else rect


def spread_in_zones(
    rects: Sequence[Rect],
    zone_keys: Sequence[str | None],
    polygons: Mapping[str, Sequence[Point]],
    page: Rect,
) -> list[Rect]:
    """Tiles pushed apart, each kept in its card's zone (``zone_keys``, None for a card in
    no zone), or beside it within the zone's extent (out beside a triangle's band); only
    when its zone is full does a tile go further out, and never into another zone."""
    boxes = {key: bounds(polygon) for key, polygon in polygons.items()}
    near = {key: box.inflated(BORDER_TOLERANCE) for key, box in boxes.items()}
    keys = [key if key in polygons else None for key in zone_keys]

    def inside(key: str, centre: Point) -> bool:  # the box first: most points are far off
        return near[key].contains(centre) and contains(polygons[key], centre)

    def in_any(centre: Point) -> bool:
        return any(inside(key, centre) for key in polygons)

    def allowed(index: int, centre: Point) -> bool:
        key = keys[index]
        if key is not None and inside(key, centre):
            return True
        if in_any(centre):
            return False
        return key is None or boxes[key].contains(centre)

    def outside_others(index: int, centre: Point) -> bool:
        return allowed(index, centre) or not in_any(centre)

    placed = spread(rects, allowed, page)
    # A zone too small for its tiles: the rest go out into the white space beside it.
    return spread(placed, outside_others, page)
