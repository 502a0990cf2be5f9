"""A worksheet made readable at a table: the least type sizes on paper, in points, and the
cards grown to carry them, pushed apart within their zones as the projection does.

A sheet is drawn at some scale (points of paper per millimetre of the template). At A3 the
screen's sizes would print card names at about 8 pt; here each size is raised to its least
printed size at that scale, and the cards grow with their names. Grown cards overlap, so
they are pushed apart (:func:`~app.worksheets.spread.spread_in_zones`), each staying in
its zone. On larger paper the screen's sizes are already large enough and nothing moves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from app.export.link_layout import LABEL
from app.export.sheet_content import Arrow, SheetContent
from app.worksheets.card_style import CARD_TEXT_MM
from app.worksheets.geometry import Point, Rect
from app.worksheets.spread import spread_in_zones

#: The least printed sizes, in points.
NAME_PT = 12.0  # a card's name
NAME_FLOOR_PT = 10.0  # a long name shrinks to this, then ends in …
MARK_PT = 8.0  # a kind's mark on its stripe
LABEL_PT = 10.0  # a link's label
WORDS_PT = 10.0  # the sheet's own words: hints, stave purposes, hoops, the story
SCREEN_NAME_FLOOR_MM = 1.8  # the least a long name shrinks to on a large page


@dataclass(frozen=True)
class PrintSizes:
    """Type sizes in template millimetres for one scale, and how much the cards grow."""

    name: float
    name_floor: float
    mark: float
    label: float
    words: float
    growth: float  # a card's width and height are multiplied by this

    @property
    def grows(self) -> bool:
        return self.growth > 1.0 + 1e-9


def sizes_for(scale: float) -> PrintSizes:
    """The sizes at ``scale`` points per template millimetre (never below the screen's)."""
    name = max(CARD_TEXT_MM, NAME_PT / scale)
    return PrintSizes(
        name=name,
        name_floor=max(SCREEN_NAME_FLOOR_MM, NAME_FLOOR_PT / scale),
        mark=MARK_PT / scale,
        label=max(LABEL.size, LABEL_PT / scale),  # a poster prints labels as large as the screen
        words=WORDS_PT / scale,
        growth=name / CARD_TEXT_MM,
    )


def readable(content: SheetContent, sizes: PrintSizes) -> SheetContent:
    """``content`` with its cards grown by ``sizes.growth`` about their centres and pushed
    apart within their zones; the arrows follow their cards."""
    if not sizes.grows or not content.cards:
        return content
    t = content.template
    placed = _placed(
        tuple(card.box for card in content.cards),
        tuple(card.zone or None for card in content.cards),
        tuple((shape.key, tuple(shape.polygon)) for shape in content.shapes),
        Rect(0, 0, t.page_width, t.page_height),
        sizes.growth,
    )
    moved = {id(card.box): box for card, box in zip(content.cards, placed, strict=True)}
    cards = [replace(card, box=box) for card, box in zip(content.cards, placed, strict=True)]
    arrows = [_follow(arrow, moved) for arrow in content.arrows]
    return replace(content, cards=cards, arrows=arrows)


def forget() -> None:
    """Drop the placements kept for a build's second pass (a new export starts afresh)."""
    _placed.cache_clear()


@lru_cache(maxsize=32)
def _placed(
    boxes: tuple[Rect, ...],
    zones: tuple[str | None, ...],
    shapes: tuple[tuple[str, tuple[Point, ...]], ...],
    page: Rect,
    growth: float,
) -> list[Rect]:
    """The grown cards pushed apart; kept for the document's second pass, which prints
    the same sheet again to number the contents."""
    grown = [_grown(box, growth, page) for box in boxes]
    return spread_in_zones(grown, zones, dict(shapes), page)


def _grown(box: Rect, growth: float, page: Rect) -> Rect:
    """``box`` grown about its centre, kept on the page (a card near the edge moves in)."""
    width, height = box.width * growth, box.height * growth
    cx, cy = box.centre()
    x = min(max(cx - width / 2, page.x), page.right - width)
    y = min(max(cy - height / 2, page.y), page.bottom - height)
    return Rect(x, y, width, height)


def _follow(arrow: Arrow, moved: dict[int, Rect]) -> Arrow:
    return replace(
        arrow,
        source=moved.get(id(arrow.source), arrow.source),
        target=moved.get(id(arrow.target), arrow.target),
    )
