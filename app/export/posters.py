"""The paper a worksheet is printed on: one page of A3 or of a poster size, or a poster cut
into pages of an office printer's paper (tiles) that are glued together into the whole.

The rooms work on 模造紙 (788×1091 mm) on the wall. A print shop or a plotter takes the
large sizes whole; a town hall's printer takes A4 or A3, so the sheet is drawn at the
poster's size and cut into tiles. Neighbouring tiles share an overlap band: each tile is
cut along the dashed line in the middle of its left and top bands and laid over its
neighbour, the registration crosses in the band's far half on top of each other.

A4 keeps the A3 page's type sizes by printing the A3 sheet over two A4 pages side by side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.worksheets.geometry import Rect

#: Whole-page sizes, landscape, mm.
SIZES = {
    "A3": (420.0, 297.0),
    "A2": (594.0, 420.0),
    "B2": (728.0, 515.0),
    "A1": (841.0, 594.0),
    "mozoshi": (1091.0, 788.0),
}
#: The office papers a poster may be cut into, portrait, mm.
TILE_PAPERS = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
#: What a whole page keeps free round the sheet: the header and footer bands, and the sides.
TOP, BOTTOM, SIDE = 11.0, 9.0, 8.0
#: Round a tile's printed part: most printers cannot print to the edge.
TILE_MARGIN = 10.0
#: Shared by two neighbouring tiles.
OVERLAP = 12.0


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    region: Rect  # the part of the drawing this page shows, mm from its top left


@dataclass(frozen=True)
class SheetPaper:
    """How each worksheet is printed: its drawing's size and the page it goes on."""

    page: tuple[float, float]  # each page, mm (width, height)
    drawing: tuple[float, float]  # the whole sheet's drawing, mm
    rows: int = 1
    cols: int = 1
    tiles: tuple[Tile, ...] = ()  # none: the drawing fills one page

    @property
    def tiled(self) -> bool:
        return bool(self.tiles)


def sheet_paper(size: str, tiles: str = "") -> SheetPaper:
    """The plan for ``size`` (A3, A4, A2, B2, A1, mozoshi), cut into ``tiles`` paper
    (A4 or A3) when one is named and is smaller than the page."""
    if size == "A4":
        return _over(_a3_on_two_a4(), TILE_PAPERS["A4"])
    if size not in SIZES:
        raise ValueError(f"unknown paper size: {size}")
    width, height = SIZES[size]
    drawing = (width - 2 * SIDE, height - TOP - BOTTOM)
    paper = TILE_PAPERS.get(tiles)
    if paper is None or (paper[0] * paper[1] >= width * height):
        return SheetPaper((width, height), drawing)
    return _over(drawing, paper)


def _a3_on_two_a4() -> tuple[float, float]:
    """The drawing that exactly fills two portrait A4 tiles side by side."""
    width, height = TILE_PAPERS["A4"]
    across = width - 2 * TILE_MARGIN
    return 2 * across - OVERLAP, height - 2 * TILE_MARGIN


def _over(drawing: tuple[float, float], paper: tuple[float, float]) -> SheetPaper:
    """``drawing`` cut into pages of ``paper`` turned whichever way takes fewer pages."""
    best: tuple[int, int, tuple[float, float]] | None = None
    for page in (paper, (paper[1], paper[0])):
        cols = _count(drawing[0], page[0] - 2 * TILE_MARGIN)
        rows = _count(drawing[1], page[1] - 2 * TILE_MARGIN)
        if best is None or rows * cols < best[0] * best[1]:
            best = (rows, cols, page)
    assert best is not None
    rows, cols, page = best
    room = (page[0] - 2 * TILE_MARGIN, page[1] - 2 * TILE_MARGIN)
    tiles = tuple(
        Tile(r, c, Rect(c * (room[0] - OVERLAP), r * (room[1] - OVERLAP), *room))
        for r in range(rows)
        for c in range(cols)
    )
    return SheetPaper(page, drawing, rows, cols, tiles)


def _count(length: float, room: float) -> int:
    """Pages of ``room`` to cover ``length`` when each shares ``OVERLAP`` with the next."""
    if length <= room:
        return 1
    return math.ceil((length - OVERLAP) / (room - OVERLAP) - 1e-9)
