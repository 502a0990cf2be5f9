"""The built-in catalogue of resource kinds, read from ``resources/catalogue/kinds.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import KindGroup, ResourceKind
from app.paths import resource_path


@dataclass(frozen=True)
class CatalogueKind:
    id: str
    group_id: str
    name_ja: str
    name_en: str
    colour: str
    mark: str
    sort_order: int


@dataclass(frozen=True)
class CatalogueGroup:
    id: str
    name_ja: str
    name_en: str
    sort_order: int
    kinds: tuple[CatalogueKind, ...]


@cache
def builtin_groups() -> tuple[CatalogueGroup, ...]:
    data = json.loads(resource_path("catalogue", "kinds.json").read_text(encoding="utf-8"))
    groups = []
    order = 0
    for g_index, g in enumerate(data["groups"]):
        kinds = []
        for k in g["kinds"]:
            order += 1
            kinds.append(
                CatalogueKind(
                    id=k["id"],
                    group_id=g["id"],
                    name_ja=k["name_ja"],
                    name_en=k["name_en"],
                    colour=k.get("colour", g["colour"]),
                    mark=k.get("mark", k["name_ja"][:1]),
                    sort_order=order,
                )
            )
        groups.append(CatalogueGroup(g["id"], g["name_ja"], g["name_en"], g_index, tuple(kinds)))
    return tuple(groups)


def sync(session: Session) -> int:
    """Bring the file's copy of the built-in catalogue up to date; return rows written.

    Missing groups and kinds are added and changed built-in names or colours are
    updated. Nothing is deleted: a kind in use stays readable even if a later
    catalogue drops it.
    """
    groups = {g.id: g for g in session.scalars(select(KindGroup))}
    kinds = {k.id: k for k in session.scalars(select(ResourceKind))}
    written = 0
    for g in builtin_groups():
        values = {"name_ja": g.name_ja, "name_en": g.name_en, "sort_order": g.sort_order}
        written += _upsert(session, KindGroup, groups.get(g.id), g.id, values)
        for k in g.kinds:
            values = {
                "group_id": k.group_id,
                "name_ja": k.name_ja,
                "name_en": k.name_en,
                "colour": k.colour,
                "mark": k.mark,
                "sort_order": k.sort_order,
                "builtin": True,
            }
            written += _upsert(session, ResourceKind, kinds.get(k.id), k.id, values)
    return written


def _upsert(session: Session, model: type, row: object | None, key: str, values: dict) -> int:
    if row is None:
        session.add(model(id=key, **values))
        return 1
    changed = {k: v for k, v in values.items() if getattr(row, k) != v}
    for k, v in changed.items():
        setattr(row, k, v)
    return int(bool(changed))
