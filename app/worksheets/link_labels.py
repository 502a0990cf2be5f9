"""Where the labels of a sheet's links go: on their link, clear of each other and of the
cards, the same on screen, on the wall and on paper.

運動の樽's links carry who makes the connection (「包括の保健師がつなぐ」), and several links
often cross the same stave: labels put at each link's midpoint pile on each other and on
the cards. Each label tries places along its link, nearest the middle first, then the same
places pushed off the line to either side, then on rings farther round its middle, and takes the first one that covers no card, no
label already placed and stays on the page; when none is free it takes the one that covers
least. A label the facilitator dragged stays where it was put, and the others keep clear of it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from app.worksheets.geometry import Point, Rect, edge_point

#: Places along the link, as a share of its length from the source's edge.
ALONG = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9)
#: Offsets off the line to either side, in the label's half-extent across the line (1.1
#: sets the label just beside the line, whichever way the line runs).
ACROSS = (0.0, 1.1, -1.1, 2.2, -2.2, 3.3, -3.3, 4.4, -4.4, 5.5, -5.5, 6.6, -6.6, 8.8, -8.8)
#: Rings of places round the link's middle, tried when none along the link is free.
RINGS, RING_PLACES = 6, 16
#: Rings are tried on sheets with up to this many cards and texts to keep clear of.
RINGS_UP_TO = 600
#: A label farther than this (mm) from its link gets a leader line to it.
LEADER_MM = 2.0
#: Room a label keeps around itself (mm), so two labels never read as one line.
GAP = 1.0
#: Obstacles are filed in square cells of this size (mm), so a label looks only near itself.
CELL = 10.0
#: How many places all labels of a sheet may try in all. A real sheet stays far below it;
#: on a sheet crowded with thousands of cards, the labels left when it runs out sit at their
#: link's middle, so a sheet still opens at once (the same on screen and on paper).
EFFORT = 3000
CROWDED_EFFORT = 800  # on a sheet of more than RINGS_UP_TO cards


@dataclass(frozen=True)
class LabelRequest:
    key: int  # the link's id
    start: Point  # where the link leaves its source card
    end: Point  # where it reaches its target card
    width: float  # the label's box, mm
    height: float
    pinned: Point | None = None  # the centre the facilitator dragged it to


class _Grid:
    """Rectangles (as x1, y1, x2, y2) filed by the cells they touch."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    @staticmethod
    def _cells(x1: float, y1: float, x2: float, y2: float) -> Iterator[tuple[int, int]]:
        for cx in range(int(x1 // CELL), int(x2 // CELL) + 1):
            for cy in range(int(y1 // CELL), int(y2 // CELL) + 1):
                yield cx, cy

    def add(self, r: Rect) -> None:
        box = (r.x, r.y, r.right, r.bottom)
        for cell in self._cells(*box):
            self.cells.setdefault(cell, []).append(box)

    def covered(self, r: Rect, enough: float = float("inf")) -> float:
        """How much of ``r`` the filed rectangles cover (counting overlaps among them twice);
        the count stops once it passes ``enough``."""
        x1, y1, x2, y2 = r.x, r.y, r.right, r.bottom
        total = 0.0
        for cell in self._cells(x1, y1, x2, y2):
            for bx1, by1, bx2, by2 in self.cells.get(cell, ()):
                left = bx1 if bx1 > x1 else x1
                top = by1 if by1 > y1 else y1
                # Each rectangle counts once: in the cell where the shared part begins.
                if (int(left // CELL), int(top // CELL)) != cell:
                    continue
                w = (bx2 if bx2 < x2 else x2) - left
                h = (by2 if by2 < y2 else y2) - top
                if w > 0 and h > 0:
                    total += w * h
                    if total > enough:
                        return total
        return total


def _candidates(request: LabelRequest, rings: bool = True) -> Iterator[Point]:
    (x1, y1), (x2, y2) = request.start, request.end
    dx, dy = x2 - x1, y2 - y1
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    nx, ny = -dy / length, dx / length  # the line's normal
    half = (abs(nx) * request.width + abs(ny) * request.height) / 2
    for across in ACROSS:
        for along in ALONG:
            off = across * half
            yield x1 + dx * along + nx * off, y1 + dy * along + ny * off
    if not rings:
        return
    # Then farther out, on rings round the link's middle (the label gets a leader line).
    mx, my = x1 + dx / 2, y1 + dy / 2
    for ring in range(1, RINGS + 1):
        for step in range(RING_PLACES):
            angle = 2 * math.pi * step / RING_PLACES
            yield (
                mx + math.cos(angle) * ring * (request.width / 2 + GAP),
                my + math.sin(angle) * ring * (request.height + GAP),
            )


def place_labels(
    requests: Sequence[LabelRequest],
    cards: Sequence[Rect],
    page: Rect,
    kept: Mapping[int, Rect] | None = None,
) -> dict[int, Rect]:
    """The box of each label, by link id. ``cards`` are everything a label must not cover:
    the cards, and the sheet's own texts (the barrel's hoops). Labels in ``kept`` stay where
    they are (the others keep clear of them): after a card moves, only its links' labels
    need a new place."""
    obstacles = _Grid()
    for card in cards:
        obstacles.add(card)
    placed: dict[int, Rect] = {}
    for key, box in (kept or {}).items():
        placed[key] = box
        obstacles.add(box)
    requests = [r for r in requests if r.key not in placed]
    for request in requests:
        if request.pinned is not None:
            box = Rect(0, 0, request.width, request.height).around(request.pinned)
            placed[request.key] = box
            obstacles.add(box)
    rings = len(cards) <= RINGS_UP_TO  # out there a crowded sheet has no room either
    effort = EFFORT if rings else CROWDED_EFFORT
    for request in requests:
        if request.pinned is not None:
            continue
        shape = Rect(0, 0, request.width, request.height)
        if effort <= 0:  # out of effort: the link's middle, as a crowded sheet had it
            box = shape.around(next(_candidates(request)))
            placed[request.key] = box
            continue
        best: tuple[float, Rect] | None = None
        for centre in _candidates(request, rings):
            if best is not None and effort <= 0:
                break
            effort -= 1
            box = shape.around(centre)
            outside = box.width * box.height - box.overlap(page)
            bound = float("inf") if best is None else best[0] - outside
            room = Rect(box.x - GAP, box.y - GAP, box.width + 2 * GAP, box.height + 2 * GAP)
            cost = obstacles.covered(room, bound) + outside
            if best is None or cost < best[0] - 1e-9:
                best = (cost, box)
            if cost == 0:
                break
        assert best is not None
        placed[request.key] = best[1]
        obstacles.add(best[1])
    return placed


def leader(box: Rect, start: Point, end: Point) -> tuple[Point, Point] | None:
    """A thin line from a label to its link when the label sits away from it (dragged, or
    pushed aside in a crowd): from the box's edge to the nearest point of the link; None
    when the label is on or beside its link."""
    (x1, y1), (x2, y2) = start, end
    cx, cy = box.centre()
    dx, dy = x2 - x1, y2 - y1
    length2 = dx * dx + dy * dy
    t = 0.5 if length2 == 0 else max(0.0, min(1.0, ((cx - x1) * dx + (cy - y1) * dy) / length2))
    near = (x1 + t * dx, y1 + t * dy)
    if box.x - LEADER_MM <= near[0] <= box.right + LEADER_MM and (
        box.y - LEADER_MM <= near[1] <= box.bottom + LEADER_MM
    ):
        return None
    return edge_point(box, near), near
