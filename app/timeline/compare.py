"""Comparing two snapshots (or a snapshot and the sheet as it is now).

A snapshot's content (``app.store.snapshots``) lists its zones (zones of a worksheet,
columns of a board) and its items (cards, notes), each with a stable ``key``, an
``identity`` (the resource a card shows, the note itself), a ``label`` and the ``zone``
it sat in. Items are matched by key, then, among those left, by identity, so a resource
taken off and put back on a sheet counts as the same card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ItemChange:
    label: str
    zone: str  # the zone's name in the newer content, or the older one when removed
    old_label: str = ""
    old_zone: str = ""
    key: str = ""


@dataclass
class Comparison:
    added: list[ItemChange] = field(default_factory=list)
    removed: list[ItemChange] = field(default_factory=list)
    moved: list[ItemChange] = field(default_factory=list)  # to another zone
    relabelled: list[ItemChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.moved or self.relabelled)


def _zone_names(content: Mapping) -> dict[str, str]:
    return {z["key"]: z["label"] for z in content.get("zones", [])}


def _match(old: list[dict], new: list[dict]) -> list[tuple[dict | None, dict | None]]:
    pairs: list[tuple[dict | None, dict | None]] = []
    new_by_key = {item["key"]: item for item in new}
    unmatched_old = []
    for item in old:
        partner = new_by_key.pop(item["key"], None)
        if partner is None:
            unmatched_old.append(item)
        else:
            pairs.append((item, partner))
    by_identity: dict[object, list[dict]] = {}
    for item in new_by_key.values():
        by_identity.setdefault(item.get("identity"), []).append(item)
    for item in unmatched_old:
        candidates = by_identity.get(item.get("identity")) if item.get("identity") else None
        pairs.append((item, candidates.pop(0) if candidates else None))
    pairs.extend((None, item) for items in by_identity.values() for item in items)
    return pairs


def compare(old: Mapping, new: Mapping) -> Comparison:
    """What changed from ``old`` to ``new``."""
    old_zones, new_zones = _zone_names(old), _zone_names(new)
    result = Comparison()
    for before, after in _match(list(old.get("items", [])), list(new.get("items", []))):
        if before is None:
            assert after is not None
            zone = new_zones.get(after["zone"], "")
            result.added.append(ItemChange(after["label"], zone, key=after["key"]))
            continue
        if after is None:
            zone = old_zones.get(before["zone"], "")
            result.removed.append(ItemChange(before["label"], zone, key=before["key"]))
            continue
        was = ItemChange(
            after["label"],
            new_zones.get(after["zone"], ""),
            before["label"],
            old_zones.get(before["zone"], ""),
            after["key"],
        )
        if before["zone"] != after["zone"]:
            result.moved.append(was)
        if before["label"] != after["label"]:
            result.relabelled.append(was)
        if before["zone"] == after["zone"] and before["label"] == after["label"]:
            result.unchanged += 1
    return result
