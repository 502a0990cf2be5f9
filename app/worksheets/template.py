"""Worksheet templates: what a sheet looks like before anything is placed on it.

A template file (``resources/templates/*.json``) names the page, a title and caption, the
zones (polygons with label, hint and colour), a parking area for cards not yet placed, and
decorations. The barrel layout gives its staves as a list; their polygons are computed
(:func:`app.worksheets.geometry.stave_polygons`), so staves can be added and reordered.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.worksheets.geometry import Point, Polygon, Rect

FORMAT = 1
LAYOUTS = ("zones", "barrel")
CATEGORIES = ("handbook", "grid", "blank")


@dataclass(frozen=True)
class LocalText:
    ja: str
    en: str = ""

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.ja


@dataclass(frozen=True)
class Zone:
    key: str
    label: LocalText
    hint: LocalText
    colour: str
    polygon: Polygon
    #: Where the zone's label is drawn; by default the top left of its bounds.
    label_at: Point | None = None


@dataclass(frozen=True)
class Decoration:
    kind: str  # "text", "line" or "rect"
    points: tuple[Point, ...]
    text: LocalText = LocalText("")
    size: float = 4.0
    bold: bool = False
    colour: str = "#555555"
    anchor: str = "start"  # "start", "middle", "end"
    dashed: bool = False
    #: "status_legend": the key to the cards' status marks, left off a sheet whose cards
    #: carry no status (a snapshot's).
    role: str = ""
    #: A text's width (mm): it wraps within it; 0 for one line however long.
    width: float = 0.0


@dataclass(frozen=True)
class Barrel:
    body: Rect
    staves: tuple[tuple[str, LocalText], ...]
    #: The upper hoop: the shared aim (規範的統合).
    aim: LocalText
    #: The lower hoop's text.
    lower_hoop: LocalText
    #: The caption on the barrel's lid (地域支援事業).
    lid: LocalText
    story: Rect
    story_title: LocalText
    story_hint: LocalText


@dataclass(frozen=True)
class Template:
    id: str
    title: LocalText
    caption: LocalText
    category: str
    sort_order: int
    page_width: float
    page_height: float
    layout: str
    zones: tuple[Zone, ...]
    parking: Rect | None
    parking_label: LocalText
    decorations: tuple[Decoration, ...] = field(default=())
    barrel: Barrel | None = None
    #: Width and height of a new card in mm (the barrel's staves need narrower ones).
    card_size: tuple[float, float] = (36.0, 13.0)
    source: Path | None = None


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file and the problem."""

    def __init__(self, source: Path | str, problem: str) -> None:
        super().__init__(f"{Path(source).name}: {problem}")
        self.source = Path(source)
        self.problem = problem


class _Reader:
    """Reads one template's JSON, recording where in the file each problem is."""

    def __init__(self, source: Path) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> TemplateError:
        return TemplateError(self.source, f"{where}: {problem}")

    def obj(self, data: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, "must be an object")
        return data

    def text(self, data: Any, where: str, required: bool = True) -> LocalText:
        if data is None and not required:
            return LocalText("")
        if isinstance(data, str):
            return LocalText(data)
        value = self.obj(data, where)
        if not isinstance(value.get("ja"), str) or (required and not value["ja"].strip()):
            raise self.fail(where, "needs a Japanese text in 'ja'")
        en = value.get("en", "")
        if not isinstance(en, str):
            raise self.fail(where, "'en' must be text")
        return LocalText(value["ja"], en)

    def number(self, data: Any, where: str) -> float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise self.fail(where, "must be a number")
        return float(data)

    def point(self, data: Any, where: str) -> Point:
        if not isinstance(data, list | tuple) or len(data) != 2:
            raise self.fail(where, "must be a point [x, y]")
        return (self.number(data[0], where), self.number(data[1], where))

    def points(self, data: Any, where: str, minimum: int) -> tuple[Point, ...]:
        if not isinstance(data, list) or len(data) < minimum:
            raise self.fail(where, f"needs at least {minimum} points")
        return tuple(self.point(p, f"{where}[{i}]") for i, p in enumerate(data))

    def rect(self, data: Any, where: str) -> Rect:
        if not isinstance(data, list) or len(data) != 4:
            raise self.fail(where, "must be [x, y, width, height]")
        x, y, w, h = (self.number(v, where) for v in data)
        if w <= 0 or h <= 0:
            raise self.fail(where, "width and height must be positive")
        return Rect(x, y, w, h)

    def colour(self, data: Any, where: str) -> str:
        if not isinstance(data, str) or len(data) != 7 or data[0] != "#":
            raise self.fail(where, "must be a colour '#rrggbb'")
        try:
            int(data[1:], 16)
        except ValueError:
            raise self.fail(where, "must be a colour '#rrggbb'") from None
        return data.lower()

    def key(self, data: Any, where: str) -> str:
        if not isinstance(data, str) or not data or not data.replace("_", "").isalnum():
            raise self.fail(where, "must be a key of letters, digits and _")
        return data


def _inside_page(
    reader: _Reader, points: tuple[Point, ...], w: float, h: float, where: str
) -> None:
    for x, y in points:
        if not (0 <= x <= w and 0 <= y <= h):
            raise reader.fail(where, f"point ({x:g}, {y:g}) is outside the {w:g} × {h:g} page")


def parse_template(data: Any, source: Path) -> Template:
    r = _Reader(source)
    root = r.obj(data, "file")
    if root.get("format") != FORMAT:
        raise r.fail("format", f"must be {FORMAT} (this version reads format {FORMAT} only)")
    template_id = r.key(root.get("id"), "id")
    page = r.obj(root.get("page"), "page")
    width, height = (
        r.number(page.get("width"), "page.width"),
        r.number(page.get("height"), "page.height"),
    )
    layout = root.get("layout", "zones")
    if layout not in LAYOUTS:
        raise r.fail("layout", f"must be one of {', '.join(LAYOUTS)}")
    category = root.get("category", "grid")
    if category not in CATEGORIES:
        raise r.fail("category", f"must be one of {', '.join(CATEGORIES)}")

    zones = []
    for i, z in enumerate(root.get("zones", [])):
        where = f"zones[{i}]"
        zone = r.obj(z, where)
        polygon = r.points(zone.get("polygon"), f"{where}.polygon", 3)
        _inside_page(r, polygon, width, height, f"{where}.polygon")
        zones.append(
            Zone(
                key=r.key(zone.get("key"), f"{where}.key"),
                label=r.text(zone.get("label"), f"{where}.label"),
                hint=r.text(zone.get("hint"), f"{where}.hint", required=False),
                colour=r.colour(zone.get("colour"), f"{where}.colour"),
                polygon=polygon,
                label_at=r.point(zone["label_at"], f"{where}.label_at")
                if "label_at" in zone
                else None,
            )
        )
    keys = [z.key for z in zones]
    if len(set(keys)) != len(keys):
        raise r.fail("zones", "zone keys must be unique")

    barrel = None
    if layout == "barrel":
        b = r.obj(root.get("barrel"), "barrel")
        staves = []
        for i, s in enumerate(b.get("staves", [])):
            stave = r.obj(s, f"barrel.staves[{i}]")
            staves.append(
                (
                    r.key(stave.get("key"), f"barrel.staves[{i}].key"),
                    r.text(stave.get("label"), f"barrel.staves[{i}].label"),
                )
            )
        if not staves:
            raise r.fail("barrel.staves", "needs at least one stave")
        barrel = Barrel(
            body=r.rect(b.get("body"), "barrel.body"),
            staves=tuple(staves),
            aim=r.text(b.get("aim"), "barrel.aim"),
            lower_hoop=r.text(b.get("lower_hoop"), "barrel.lower_hoop", required=False),
            lid=r.text(b.get("lid"), "barrel.lid", required=False),
            story=r.rect(b.get("story"), "barrel.story"),
            story_title=r.text(b.get("story_title"), "barrel.story_title"),
            story_hint=r.text(b.get("story_hint"), "barrel.story_hint", required=False),
        )
    elif not zones and category != "blank":
        raise r.fail("zones", "a sheet needs at least one zone")

    decorations = []
    for i, d in enumerate(root.get("decorations", [])):
        where = f"decorations[{i}]"
        deco = r.obj(d, where)
        kind = deco.get("type")
        if kind not in ("text", "line", "rect"):
            raise r.fail(f"{where}.type", "must be text, line or rect")
        minimum = {"text": 1, "line": 2, "rect": 2}[kind]
        decorations.append(
            Decoration(
                kind=kind,
                points=r.points(deco.get("points"), f"{where}.points", minimum),
                text=r.text(deco.get("text"), f"{where}.text", required=kind == "text"),
                size=r.number(deco.get("size", 4.0), f"{where}.size"),
                bold=bool(deco.get("bold", False)),
                colour=r.colour(deco.get("colour", "#555555"), f"{where}.colour"),
                anchor=deco.get("anchor", "start"),
                dashed=bool(deco.get("dashed", False)),
                role=str(deco.get("role", "")),
                width=r.number(deco.get("width", 0.0), f"{where}.width"),
            )
        )

    return Template(
        id=template_id,
        title=r.text(root.get("title"), "title"),
        caption=r.text(root.get("caption"), "caption", required=False),
        category=category,
        sort_order=int(r.number(root.get("sort_order", 100), "sort_order")),
        page_width=width,
        page_height=height,
        layout=layout,
        zones=tuple(zones),
        parking=r.rect(root["parking"], "parking") if "parking" in root else None,
        parking_label=r.text(root.get("parking_label"), "parking_label", required=False),
        decorations=tuple(decorations),
        barrel=barrel,
        card_size=r.point(root["card_size"], "card_size") if "card_size" in root else (36.0, 13.0),
        source=source,
    )


def load_template(path: Path) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(path, "file not found") from None
    except UnicodeDecodeError:
        raise TemplateError(path, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise TemplateError(
            path, f"not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    return parse_template(data, path)


def load_templates(folder: Path) -> dict[str, Template]:
    """Every template in ``folder`` by id, ordered by ``sort_order``."""
    templates = [load_template(p) for p in sorted(folder.glob("*.json"))]
    ids = [t.id for t in templates]
    for template in templates:
        if ids.count(template.id) > 1:
            raise TemplateError(template.source or folder, f"id '{template.id}' is used twice")
    return {t.id: t for t in sorted(templates, key=lambda t: (t.sort_order, t.id))}
