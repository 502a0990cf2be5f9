"""A sheet's template drawn with a :class:`~app.worksheets.pen.Pen`: zones and their labels,
the barrel (staves, lid, hoops, story), the parking area and the decorations.

This is the one drawing of a sheet's chrome: the screen, the wall and the PDF pass their
own pen, so what the room sees and what it prints cannot drift apart. Cards and links are
drawn on top by each medium.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.worksheets.geometry import Rect, bounds
from app.worksheets.pen import LEADING, Line, Pen, Type
from app.worksheets.sheet import ZoneShape
from app.worksheets.template import Barrel, Decoration, Template

BARREL_BROWN = "#8a6a3d"
STAVE_INK = "#5a4020"
STAVE_FILLS = ("#efdcbc", "#f4e6cf")
LID_FILL = "#d9c29b"
HOOP_FILL = "#6b6b6be1"
STORY_FILL = "#fbfbf4"
PARKING = Line("#999999", 0.5, dashed=True)
PARKING_FILL = "#f6f6f6"
UPPER_HOOP = 0.385  # the upper hoop's top, as a share of the barrel's height
LOWER_HOOP = 0.83
HOOP_MM = 8.0


@dataclass(frozen=True)
class SheetInk:
    """Line widths and colours: the screen's and paper's, or the projector's thicker ones."""

    edge: float = 0.6  # zone borders and barrel rims, mm
    edge_colour: str = "#555555"
    label_scale: float = 1.0  # zone names, relative to the template's sizes
    soft: str = "#555555"  # hints and the caption


SCREEN_INK = SheetInk()
ROOM_INK = SheetInk(edge=1.8, edge_colour="#1f2a36", label_scale=1.4, soft="#2b2b2b")


@dataclass(frozen=True)
class ZoneText:
    key: str
    label: str
    hint: str = ""
    colour: str = "#ffffff"
    purpose: str = ""
    id: int = 0  # the zone's row, for editing it on screen


@dataclass(frozen=True)
class SheetWords:
    """A sheet's own wording on its template, however it was gathered."""

    template: Template
    title: str
    caption: str
    zones: list[ZoneText]
    shapes: list[ZoneShape]
    aim: str = ""
    lower_hoop: str = ""
    story: str = ""
    statuses: bool = True  # whether the cards show a status (a snapshot's do not)


def draw_chrome(
    pen: Pen,
    words: SheetWords,
    lang: str = "ja",
    ink: SheetInk = SCREEN_INK,
    least: float = 0.0,
) -> None:
    """The sheet's own drawing and words. Paper asks for no text under ``least`` mm, so
    that hints, stave purposes, hoops and the story stay readable at its scale."""
    t = words.template
    pen.text(words.title, 15, 9, Type(11, bold=True), tag=("title", 0))
    pen.text(words.caption or " ", 15, 23, Type(5.5, colour=ink.soft), tag=("caption", 0))
    if t.barrel is not None:
        _barrel(pen, words, t.barrel, ink, least)
    else:
        _zones(pen, words, ink, least)
    if t.parking is not None:
        p = t.parking
        pen.rect(p, PARKING_FILL, PARKING)
        heading = Type(max(4.2, least), bold=True, colour="#666666")
        # Inside the box: on two lines if need be, smaller before it would run out of it.
        room = Rect(p.x + 1.5, p.y + 2, p.width - 3, 2 * heading.size * LEADING)
        smallest = max(3.0, least)
        pen.block(t.parking_label.get(lang), room, heading, centred=True, smallest=smallest)
    for deco in t.decorations:
        if deco.role == "status_legend" and not words.statuses:
            continue
        _decoration(pen, deco, lang, least)


def _zones(pen: Pen, words: SheetWords, ink: SheetInk, least: float) -> None:
    t = words.template
    handbook = t.category == "handbook"
    by_key = {z.key: z for z in words.zones}
    label_points = {z.key: z.label_at for z in t.zones}
    edge = Line(ink.edge_colour, ink.edge)
    for shape in words.shapes:
        pen.polygon(shape.polygon, by_key[shape.key].colour, edge)
    # Labels after every zone, so no zone covers a neighbour's label.
    for shape in words.shapes:
        zone = by_key[shape.key]
        at = label_points.get(shape.key)
        if at is None:
            box = bounds(shape.polygon)
            at = (box.x + 2, box.y + 2)
        size = (6 if handbook else 4.2) * ink.label_scale
        pen.text(zone.label, at[0], at[1], Type(size, bold=True), tag=("zone", zone.id))
        if zone.hint:
            box = Rect(at[0], at[1] + 8 * ink.label_scale, 44.0 if handbook else 50.0, 0)
            hint = Type(max(3.6, least), colour=ink.soft)
            pen.block(zone.hint, box, hint, tag=("zone", zone.id))


def stave_name(label: str, room: float, least: float = 0.0) -> tuple[list[str], float]:
    """A stave's name reads downwards, one character per line, as on the handbook's barrel,
    within ``room`` mm: smaller type first (4.0 down to 2.6 mm, or ``least``), then an
    ellipsis."""
    chars = list(label)
    floor = max(2.6, least)
    size = max(floor, min(max(4.0, floor), room / (max(len(chars), 1) * LEADING)))
    fitting = int(room // (size * LEADING))
    if len(chars) > fitting:
        chars = [*chars[: max(fitting - 1, 0)], "…"]
    return chars, size


def _barrel(pen: Pen, words: SheetWords, barrel: Barrel, ink: SheetInk, least: float) -> None:
    body = barrel.body
    stave_w = body.width / max(len(words.zones), 1)
    upper = body.y + body.height * UPPER_HOOP
    staves = Line(BARREL_BROWN, ink.edge * 0.85)
    for i, (zone, shape) in enumerate(zip(words.zones, words.shapes, strict=True)):
        pen.polygon(shape.polygon, STAVE_FILLS[i % 2], staves)
        centre = body.x + stave_w * (i + 0.5)
        chars, size = stave_name(zone.label, upper - 2 - (body.y + 9), least)
        name = Type(size, bold=True, colour=STAVE_INK)
        pen.column(chars, centre - 2.6, body.y + 9, name, 5.2, tag=("zone", zone.id))
        purpose = "目的: " + (zone.purpose or "…")
        box = Rect(centre - (stave_w - 2) / 2, body.bottom - 20, stave_w - 2, 0)
        purpose_type = Type(max(2.8, least), colour=STAVE_INK)
        pen.block(purpose, box, purpose_type, centred=True, tag=("purpose", zone.id))

    rim = Line(BARREL_BROWN, ink.edge)
    pen.ellipse(Rect(body.x, body.y - 6, body.width, 12), LID_FILL, rim)
    if barrel.lid.ja:
        lid = Type(4.2, bold=True, colour=STAVE_INK)
        pen.text(barrel.lid.ja, body.x + body.width / 2, body.y - 2.4, lid, "middle")
    pen.ellipse(Rect(body.x, body.bottom - 5, body.width, 10), None, rim)

    hoop_words = Type(max(3.8, least), bold=True, colour="#ffffff")
    upper_hoop, lower_hoop = hoops(barrel)
    for kind, text, hoop in (
        ("aim", words.aim, upper_hoop),
        ("lower_hoop", words.lower_hoop, lower_hoop),
    ):
        y = hoop.y
        pen.rect(hoop, HOOP_FILL, None, tag=(kind, 0))
        box = Rect(body.x, y + 1.6, body.width, HOOP_MM - 1.6)
        smallest = max(2.4, least)
        pen.block(text or " ", box, hoop_words, centred=True, smallest=smallest, tag=(kind, 0))

    story = barrel.story
    pen.rect(story, STORY_FILL, Line("#999999", 0.6), radius=3, tag=("story", 0))
    pen.text(
        barrel.story_title.ja, story.x + 4, story.y + 4, Type(4.2, bold=True), tag=("story", 0)
    )
    body_type = Type(max(3.4, least), colour="#222222" if words.story else "#888888")
    box = Rect(story.x + 4, story.y + 12, story.width - 8, story.height - 16)
    text = words.story or barrel.story_hint.ja
    pen.block(text, box, body_type, smallest=max(2.2, least), tag=("story", 0))


TITLE_BAND = Rect(12, 8, 200, 22)  # the sheet's title and caption
NAME_COLUMN = 6.0  # mm: the width a stave's name takes, printed large included


def hoops(barrel: Barrel) -> tuple[Rect, Rect]:
    """The upper hoop (the shared aim) and the lower one, across the staves."""
    body = barrel.body
    upper, lower = (
        Rect(body.x - 4, body.y + body.height * share, body.width + 8, HOOP_MM)
        for share in (UPPER_HOOP, LOWER_HOOP)
    )
    return upper, lower


def stave_names(barrel: Barrel, staves: int) -> list[Rect]:
    """The columns the staves' names read down, ``staves`` of them across the body."""
    body = barrel.body
    stave_w = body.width / max(staves, 1)
    top, bottom = body.y + 9, body.y + body.height * UPPER_HOOP - 2
    return [
        Rect(body.x + stave_w * (i + 0.5) - NAME_COLUMN / 2, top, NAME_COLUMN, bottom - top)
        for i in range(staves)
    ]


def fixed_texts(template: Template, staves: int | None = None) -> list[Rect]:
    """Where the template's own wording sits, which link labels keep clear of: the title
    and caption, and the barrel's stave names (``staves`` of them: the sheet's own count,
    else the template's), their purposes, the hoops and the story."""
    barrel = template.barrel
    if barrel is None:
        return [TITLE_BAND]
    names = stave_names(barrel, len(barrel.staves) if staves is None else staves)
    body = barrel.body
    purposes = Rect(body.x, body.bottom - 21, body.width, 17)
    return [TITLE_BAND, *names, purposes, *hoops(barrel), barrel.story]


def _decoration(pen: Pen, deco: Decoration, lang: str, least: float) -> None:
    if deco.kind == "text":
        x, y = deco.points[0]
        type_ = Type(max(deco.size, least), bold=deco.bold, colour=deco.colour)
        if deco.width:
            pen.block(deco.text.get(lang), Rect(x, y - type_.size, deco.width, 0), type_)
        else:
            pen.text(deco.text.get(lang), x, y - type_.size, type_, deco.anchor)
        return
    line = Line(deco.colour, 0.4, dashed=deco.dashed)
    if deco.kind == "line":
        pen.polyline(deco.points, line)
    else:
        (x1, y1), (x2, y2) = deco.points[0], deco.points[1]
        pen.rect(Rect(x1, y1, x2 - x1, y2 - y1), None, line)
