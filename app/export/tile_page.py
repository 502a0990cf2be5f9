"""One tile of a worksheet printed as a poster: its part of the drawing, and the marks that
put the tiles together (see :mod:`app.export.posters`).

In each band shared with a neighbour the tile prints a dashed cutting line down the middle
(on its left and top bands: the side that is cut and laid over the neighbour), a dotted
line in the same place on its right and bottom bands (where the neighbour's cut edge is to
lie), and registration crosses in the band's far half, which both tiles print at the same
place of the drawing. A small map in the footer shows where the tile goes.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.export.posters import OVERLAP, SheetPaper, Tile
from app.export.sheet_content import SheetContent
from app.export.sheet_page import draw_sheet
from app.export.words import word
from app.worksheets.geometry import Rect

MARK = HexColor("#333333")
CROSS_MM = 4.0


def draw_tile(canvas: Canvas, content: SheetContent, paper: SheetPaper, tile: Tile) -> None:
    """Draw ``tile`` with its frame's bottom left at the canvas origin."""
    width, height = paper.drawing
    region = tile.region
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(0, 0, region.width * mm, region.height * mm)
    canvas.clipPath(path, stroke=0, fill=0)
    # The drawing's top left is region.x, region.y above and left of this frame's top left.
    canvas.translate(-region.x * mm, (region.bottom - height) * mm)
    draw_sheet(canvas, content, Rect(0, 0, width * mm, height * mm))
    canvas.restoreState()
    _marks(canvas, paper, tile)


def _marks(canvas: Canvas, paper: SheetPaper, tile: Tile) -> None:
    region = tile.region
    w, h = region.width * mm, region.height * mm
    band = OVERLAP * mm
    canvas.saveState()
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(0.5)
    canvas.setDash([3, 2])
    if tile.col > 0:  # cut here, lay over the left neighbour
        canvas.line(band / 2, 0, band / 2, h)
    if tile.row > 0:
        canvas.line(0, h - band / 2, w, h - band / 2)
    canvas.setDash([1, 2])
    # Where the neighbour's cut edge comes to lie: the crosses it covers are matched by its own.
    if tile.col < paper.cols - 1:
        canvas.line(w - band / 2, 0, w - band / 2, h)
    if tile.row < paper.rows - 1:
        canvas.line(0, band / 2, w, band / 2)
    canvas.setDash([])
    crosses: list[tuple[float, float]] = []
    if tile.col > 0:
        crosses += [(band * 0.75, h * 0.25), (band * 0.75, h * 0.75)]
    if tile.col < paper.cols - 1:
        crosses += [(w - band * 0.25, h * 0.25), (w - band * 0.25, h * 0.75)]
    if tile.row > 0:
        crosses += [(w * 0.25, h - band * 0.75), (w * 0.75, h - band * 0.75)]
    if tile.row < paper.rows - 1:
        crosses += [(w * 0.25, band * 0.25), (w * 0.75, band * 0.25)]
    for x, y in crosses:
        _cross(canvas, x, y)
    canvas.restoreState()


def _cross(canvas: Canvas, x: float, y: float) -> None:
    r = CROSS_MM * mm / 2
    canvas.setFillColor(HexColor("#ffffff"))
    canvas.circle(x, y, r * 0.55, stroke=1, fill=1)
    canvas.line(x - r, y, x + r, y)
    canvas.line(x, y - r, x, y + r)


def draw_map(canvas: Canvas, paper: SheetPaper, tile: Tile, right: float, y: float) -> None:
    """The tiles as a small grid with this one filled, ending at ``right`` points, its
    bottom at ``y``."""
    cell = 2.2 * mm
    x = right - paper.cols * cell
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeColor(MARK)
    for r in range(paper.rows):
        for c in range(paper.cols):
            filled = (r, c) == (tile.row, tile.col)
            canvas.setFillColor(MARK if filled else HexColor("#ffffff"))
            top = y + (paper.rows - r) * cell
            canvas.rect(x + c * cell, top - cell, cell, cell, stroke=1, fill=1)
    canvas.restoreState()


def tile_words(paper: SheetPaper, tile: Tile, lang: str) -> str:
    """Where the tile goes, e.g. 「2/9枚目（上から1段目・左から2列目）」."""
    return word("tile", lang).format(
        n=tile.row * paper.cols + tile.col + 1,
        all=len(paper.tiles),
        row=tile.row + 1,
        col=tile.col + 1,
    )
