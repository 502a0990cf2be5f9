"""Kinds a municipality adds to its file (a 種別 its lists use that the catalogue lacks):
a group of their own after the built-in ones, a colour from a muted set, a mark from the
name. Built-in kinds are never changed here; :func:`app.store.catalogue.sync` leaves these
alone."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import KindGroup, ResourceKind

GROUP_ID = "own"
GROUP_NAMES = ("この市町村で加えた種別", "Kinds added by the municipality")
#: Colours distinct from the catalogue's group colours, dark enough for white marks.
COLOURS = ("#8d6e63", "#5c7a5c", "#7b6a9b", "#a0616a", "#4f7f8f", "#8a7a3d")


def add_kinds(session: Session, names: Sequence[str]) -> dict[str, str]:
    """A new kind for each name not already a kind's name; name → kind id for every name."""
    existing = {k.name_ja: k.id for k in session.scalars(select(ResourceKind))}
    wanted = [n for n in dict.fromkeys(names) if n not in existing]
    if wanted and session.get(KindGroup, GROUP_ID) is None:
        top = max((g.sort_order for g in session.scalars(select(KindGroup))), default=0)
        session.add(
            KindGroup(
                id=GROUP_ID, name_ja=GROUP_NAMES[0], name_en=GROUP_NAMES[1], sort_order=top + 1
            )
        )
    ours = [k for k in session.scalars(select(ResourceKind)) if not k.builtin]
    number = max((int(k.id.removeprefix("own_")) for k in ours if _numbered(k.id)), default=0)
    last = max((k.sort_order for k in session.scalars(select(ResourceKind))), default=0)
    for index, name in enumerate(wanted, start=1):
        kind_id = f"own_{number + index}"
        session.add(
            ResourceKind(
                id=kind_id,
                group_id=GROUP_ID,
                name_ja=name,
                name_en=name,
                colour=COLOURS[(number + index - 1) % len(COLOURS)],
                mark=mark(name),
                sort_order=last + index,
                builtin=False,
            )
        )
        existing[name] = kind_id
    session.flush()
    return {n: existing[n] for n in names}


def mark(name: str) -> str:
    """The two characters drawn on a card: the name's first two, spaces left out."""
    text = "".join(unicodedata.normalize("NFKC", name).split())
    return text[:2]


def _numbered(kind_id: str) -> bool:
    return kind_id.startswith("own_") and kind_id.removeprefix("own_").isdigit()
