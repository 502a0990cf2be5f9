"""Plane geometry in page millimetres: polygons, hit-testing, the barrel's staves."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]
Polygon = tuple[Point, ...]

#: Points closer than this to a zone's edge count as on the border (a twentieth of a millimetre).
BORDER_TOLERANCE = 0.05


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def centre(self) -> Point:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, point: Point) -> bool:
        px, py = point
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def overlap(self, other: Rect) -> float:
        """The area the two rectangles share (0 when they only touch or are apart)."""
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return w * h if w > 0 and h > 0 else 0.0

    def inflated(self, by: float) -> Rect:
        """This rectangle grown by ``by`` on every side."""
        return Rect(self.x - by, self.y - by, self.width + 2 * by, self.height + 2 * by)

    def around(self, centre: Point) -> Rect:
        """A rectangle of this size centred on ``centre``."""
        return Rect(
            centre[0] - self.width / 2, centre[1] - self.height / 2, self.width, self.height
        )

    def polygon(self) -> Polygon:
        return (
            (self.x, self.y),
            (self.right, self.y),
            (self.right, self.bottom),
            (self.x, self.bottom),
        )


def edge_point(rect: Rect, towards: Point) -> Point:
    """Where the line from ``rect``'s centre towards a point leaves the rectangle."""
    cx, cy = rect.centre()
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    k = min(
        (rect.width / 2) / abs(dx) if dx else math.inf,
        (rect.height / 2) / abs(dy) if dy else math.inf,
    )
    return cx + dx * k, cy + dy * k


def _distance_to_segment(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def on_border(point: Point, polygon: Sequence[Point]) -> bool:
    n = len(polygon)
    return any(
        _distance_to_segment(point, polygon[i], polygon[(i + 1) % n]) <= BORDER_TOLERANCE
        for i in range(n)
    )


def contains(polygon: Sequence[Point], point: Point) -> bool:
    """True when ``point`` is inside ``polygon`` or on its border (even-odd rule inside)."""
    if on_border(point, polygon):
        return True
    x, y = point
    inside = False
    n = len(polygon)
    for i in range(n):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            crossing = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < crossing:
                inside = not inside
    return inside


def zone_at(zones: Sequence[tuple[str, Sequence[Point]]], point: Point) -> str | None:
    """The key of the zone under ``point``.

    Zones are tried in order, so a point on the border shared by two zones belongs to the
    one listed first (on the triangles: the upper band). A point outside every zone
    belongs to none (``None``): the card is not yet placed, as in the parking area.
    """
    for key, polygon in zones:
        if contains(polygon, point):
            return key
    return None


def bounds(polygon: Sequence[Point]) -> Rect:
    xs = [p[0] for p in polygon]
    ys = [p[1] for p in polygon]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def area(polygon: Sequence[Point]) -> float:
    n = len(polygon)
    twice = sum(
        polygon[i][0] * polygon[(i + 1) % n][1] - polygon[(i + 1) % n][0] * polygon[i][1]
        for i in range(n)
    )
    return abs(twice) / 2


def barrel_bulge(body: Rect, y: float) -> float:
    """How far the barrel's side bulges outwards at height ``y`` (0 at top and bottom)."""
    if body.height <= 0:
        return 0.0
    t = (y - body.y) / body.height
    return body.width * 0.03 * math.sin(math.pi * min(max(t, 0.0), 1.0))


def stave_polygons(body: Rect, count: int, steps: int = 8) -> list[Polygon]:
    """Vertical strips that fill the barrel body, outer ones following its bulge.

    The staves share the body's width equally; the first and last get the bulge on their
    outer side, so the barrel reads as a barrel and every point of it is in a stave.
    """
    if count < 1:
        return []
    width = body.width / count
    ys = [body.y + body.height * i / steps for i in range(steps + 1)]
    polygons = []
    for i in range(count):
        left, right = body.x + i * width, body.x + (i + 1) * width
        if i == 0:
            left_side = [(left - barrel_bulge(body, y), y) for y in ys]
        else:
            left_side = [(left, body.y), (left, body.bottom)]
        if i == count - 1:
            right_side = [(right + barrel_bulge(body, y), y) for y in ys]
        else:
            right_side = [(right, body.y), (right, body.bottom)]
        polygon = [*left_side[::-1], *right_side]  # bottom-left up, then top-right down
        polygons.append(tuple(polygon))
    return polygons
