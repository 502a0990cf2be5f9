"""A sheet's arrows and their labels laid out once, for the screen, the wall and the paper:
where each arrow starts and ends, the label's text (shortened to fit) and its box."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.export import fonts
from app.export.text import measure, shorten, wrap
from app.worksheets.chrome import fixed_texts
from app.worksheets.geometry import Point, Rect, edge_point
from app.worksheets.link_labels import LabelRequest, leader, place_labels
from app.worksheets.pen import LEADING, Type
from app.worksheets.template import Template

LABEL = Type(3.0, colour="#c0392b")  # a link label's type
LABEL_MAX_MM = 56.0  # a label wraps at this width
LABEL_LINES = 2  # and a longer one ends in … on its second line
PAD_X, PAD_Y = 0.8, 0.6  # room around the label's text inside its box


@dataclass(frozen=True)
class LinkPlan:
    key: int
    source: Rect
    target: Rect
    label: str = ""
    pinned: Point | None = None  # where the facilitator put the label's centre


@dataclass(frozen=True)
class LinkDrawing:
    start: Point
    end: Point
    lines: tuple[str, ...] = ()  # the label as shown
    box: Rect | None = None  # its box, None without a label
    leader: tuple[Point, Point] | None = None  # a line to the link from a label set apart


def arrow_ends(source: Rect, target: Rect) -> tuple[Point, Point]:
    """Where an arrow from ``source`` to ``target`` leaves the one and reaches the other."""
    return edge_point(source, target.centre()), edge_point(target, source.centre())


@lru_cache(maxsize=4096)
def label_lines(label: str, size: float = LABEL.size) -> tuple[str, ...]:
    """The label on one or two lines (禁則 breaking), the second ending in … if need be;
    a label printed larger than the screen's (``size`` mm) wraps at a width grown with it."""
    room = LABEL_MAX_MM * size / LABEL.size - 2 * PAD_X
    lines = wrap(" ".join(label.split()), room, fonts.face(), size)
    if len(lines) > LABEL_LINES:
        last = shorten(lines[LABEL_LINES - 1], room, fonts.face(), size)
        lines = [*lines[: LABEL_LINES - 1], last]
    return tuple(lines)


@lru_cache(maxsize=4096)
def label_size(lines: tuple[str, ...], size: float = LABEL.size) -> tuple[float, float]:
    """The label's box: its widest line and its lines, with room around."""
    type_ = Type(size)
    width = max(measure(line, type_) for line in lines) + 2 * PAD_X
    return width, len(lines) * size * LEADING + 2 * PAD_Y


def lay_out(
    links: Sequence[LinkPlan],
    cards: Sequence[Rect],
    template: Template,
    kept: Mapping[int, Rect] | None = None,
    size: float = LABEL.size,
    staves: int | None = None,
) -> dict[int, LinkDrawing]:
    """Every link's arrow and label (set in ``size`` mm); labels clear of the cards, of the
    sheet's own wording (a barrel of ``staves`` staves) and of each other, on the page.
    Labels in ``kept`` keep their boxes."""
    page = Rect(0, 0, template.page_width, template.page_height)
    cards = [*cards, *fixed_texts(template, staves)]
    ends = {link.key: arrow_ends(link.source, link.target) for link in links}
    texts = {link.key: label_lines(link.label, size) for link in links if link.label.strip()}
    requests = [
        LabelRequest(link.key, *ends[link.key], *label_size(texts[link.key], size), link.pinned)
        for link in links
        if link.key in texts
    ]
    boxes = place_labels(requests, cards, page, kept)
    drawings = {}
    for link in links:
        box = boxes.get(link.key)
        line = None if box is None else leader(box, *ends[link.key])
        drawings[link.key] = LinkDrawing(*ends[link.key], texts.get(link.key, ()), box, line)
    return drawings
