"""The geometry of one worksheet in a workshop: its template plus the workshop's zones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.worksheets.geometry import Point, Polygon, stave_polygons, zone_at
from app.worksheets.template import Template


@dataclass(frozen=True)
class ZoneShape:
    key: str
    polygon: Polygon


def zone_shapes(template: Template, zone_keys: Sequence[str]) -> list[ZoneShape]:
    """Polygons of a sheet's zones, in hit-testing order.

    ``zone_keys`` are the sheet's zones in their order. Triangles and grids take each
    polygon from the template; on the barrel the staves are laid out in that order.
    """
    if template.barrel is not None:
        polygons = stave_polygons(template.barrel.body, len(zone_keys))
        return [ZoneShape(k, p) for k, p in zip(zone_keys, polygons, strict=True)]
    by_key = {z.key: z.polygon for z in template.zones}
    return [ZoneShape(k, by_key[k]) for k in zone_keys if k in by_key]


def zone_for_card(
    shapes: Sequence[ZoneShape], x: float, y: float, width: float, height: float
) -> str | None:
    """The zone a card belongs to: the one under its centre (see :func:`zone_at`)."""
    centre: Point = (x + width / 2, y + height / 2)
    return zone_at([(s.key, s.polygon) for s in shapes], centre)
