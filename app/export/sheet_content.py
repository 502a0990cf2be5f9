"""What one printed worksheet shows, gathered from the file, a template or a snapshot.

The drawing code (:mod:`app.export.sheet_page`) only sees these plain values, so a live
sheet, a blank sheet for working on paper and a frozen snapshot print the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.models import Resource, ResourceKind, ResourceStatus, Worksheet
from app.store import worksheets
from app.worksheets.card_style import card_fill, tint
from app.worksheets.chrome import SheetWords, ZoneText
from app.worksheets.geometry import Point, Rect
from app.worksheets.sheet import zone_shapes
from app.worksheets.template import Template

SNAPSHOT_CARD = "#9aa5b1"  # snapshots keep no kinds: their cards print in a neutral grey


@dataclass(frozen=True)
class PrintedCard:
    name: str
    box: Rect
    fill: str
    stripe: str
    mark: str = ""
    status: ResourceStatus | None = None
    zone: str = ""
    kind: str = ""


@dataclass(frozen=True)
class Arrow:
    source: Rect
    target: Rect
    label: str = ""
    key: int = 0  # the link's id (or its place among a snapshot's links)
    pinned: Point | None = None  # where the label was put by hand


@dataclass(frozen=True)
class SheetContent(SheetWords):
    cards: list[PrintedCard] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)


def from_worksheet(
    session: Session, sheet: Worksheet, template: Template, lang: str = "ja"
) -> SheetContent:
    zone_rows = worksheets.zones(session, sheet.id)
    kinds = {k.id: k for k in session.query(ResourceKind)}
    resources = {r.id: r for r in session.query(Resource)}
    cards: dict[int, PrintedCard] = {}
    for card in worksheets.cards(session, sheet.id):
        resource = resources[card.resource_id]
        kind = kinds.get(resource.kind_id)
        kind_colour = kind.colour if kind else "#888888"
        cards[card.id] = PrintedCard(
            name=resource.name,
            box=Rect(card.x, card.y, card.width, card.height),
            fill=card_fill(card.colour, kind_colour),
            stripe=kind_colour,
            mark=kind.mark if kind else "",
            status=resource.status,
            zone=card.zone_key or "",
            kind=kind.display_name(lang) if kind else "",
        )
    arrows = [
        Arrow(
            cards[link.source_id].box,
            cards[link.target_id].box,
            link.label,
            link.id,
            None if link.label_x is None or link.label_y is None else (link.label_x, link.label_y),
        )
        for link in worksheets.links(session, sheet.id)
        if link.source_id in cards and link.target_id in cards
    ]
    return SheetContent(
        template=template,
        title=sheet.title,
        caption=sheet.caption,
        zones=[ZoneText(z.key, z.label, z.hint, z.colour, z.purpose, z.id) for z in zone_rows],
        shapes=zone_shapes(template, [z.key for z in zone_rows]),
        cards=list(cards.values()),
        arrows=arrows,
        aim=sheet.aim,
        lower_hoop=sheet.lower_hoop,
        story=sheet.story,
    )


def blank(template: Template, lang: str = "ja") -> SheetContent:
    """The template as a new sheet would start: its wording, no cards."""
    if template.barrel is not None:
        zones = [ZoneText(key, text.get(lang)) for key, text in template.barrel.staves]
        barrel = template.barrel
        aim, lower = barrel.aim.get(lang), barrel.lower_hoop.get(lang)
    else:
        zones = [
            ZoneText(z.key, z.label.get(lang), z.hint.get(lang), z.colour) for z in template.zones
        ]
        aim = lower = ""
    return SheetContent(
        template=template,
        title=template.title.get(lang),
        caption=template.caption.get(lang),
        zones=zones,
        shapes=zone_shapes(template, [z.key for z in zones]),
        aim=aim,
        lower_hoop=lower,
    )


def from_snapshot(content: Mapping, template: Template, lang: str = "ja") -> SheetContent:
    """A frozen worksheet (see :mod:`app.store.snapshots`) on its template."""
    base = blank(template, lang)
    labels = {z["key"]: z["label"] for z in content.get("zones", [])}
    zones = [
        ZoneText(z.key, labels.get(z.key, z.label), z.hint, z.colour, z.purpose)
        for z in base.zones
        if z.key in labels or not labels
    ]
    cards: dict[str, PrintedCard] = {}
    for item in content.get("items", []):
        colour = item.get("colour") or ""
        cards[item["key"]] = PrintedCard(
            name=item.get("label", ""),
            box=Rect(item["x"], item["y"], item["w"], item["h"]),
            fill=colour or tint(SNAPSHOT_CARD, 0.75),
            stripe=SNAPSHOT_CARD,
            zone=item.get("zone", ""),
        )
    arrows = [
        Arrow(cards[a["source"]].box, cards[a["target"]].box, a.get("label", ""), i)
        for i, a in enumerate(content.get("links", []))
        if a["source"] in cards and a["target"] in cards
    ]
    return SheetContent(
        template=template,
        title=content.get("title") or base.title,
        caption=base.caption,
        zones=zones,
        shapes=zone_shapes(template, [z.key for z in zones]),
        cards=list(cards.values()),
        arrows=arrows,
        aim=base.aim,
        lower_hoop=base.lower_hoop,
        statuses=False,
    )


@dataclass(frozen=True)
class ZoneCount:
    """How many cards a zone holds, by status: the 過不足 table."""

    label: str
    total: int
    by_status: dict[ResourceStatus, int]
    names: list[str]


def zone_counts(content: SheetContent) -> list[ZoneCount]:
    """One row per zone in the sheet's order, then 「ゾーン外」 when cards sit outside all."""
    rows: dict[str, list[PrintedCard]] = {z.key: [] for z in content.zones}
    outside: list[PrintedCard] = []
    for card in content.cards:
        rows.get(card.zone, outside).append(card)
    labelled: list[tuple[str, Sequence[PrintedCard]]] = [
        (z.label, rows[z.key]) for z in content.zones
    ]
    if outside:
        labelled.append(("", outside))
    return [
        ZoneCount(
            label=label,
            total=len(cards),
            by_status={s: sum(c.status == s for c in cards) for s in ResourceStatus},
            names=[c.name for c in cards],
        )
        for label, cards in labelled
    ]
