"""Reading and writing the rows of a workshop inside a caller's session.

The document wraps each call in one transaction; export and the command line
use the same functions, so there is one way to read a workshop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import KindGroup, Link, Placement, Resource, ResourceKind, Workshop
from app.models.rules import ValidationError, validate_profile, validate_resource
from app.store import rows as table
from app.store import worksheets


def workshop(session: Session) -> Workshop:
    return session.get_one(Workshop, 1)


def update_profile(session: Session, changes: Mapping[str, object]) -> dict[str, object]:
    """Apply validated profile changes; return the cleaned values written."""
    clean = validate_profile(changes)
    row = workshop(session)
    for key, value in clean.items():
        setattr(row, key, value)
    return clean


def kind_groups(session: Session) -> list[KindGroup]:
    return list(session.scalars(select(KindGroup).order_by(KindGroup.sort_order)))


def kinds(session: Session) -> list[ResourceKind]:
    return list(session.scalars(select(ResourceKind).order_by(ResourceKind.sort_order)))


def resources(session: Session) -> list[Resource]:
    return list(session.scalars(select(Resource).order_by(Resource.id)))


def _kind_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ResourceKind.id)))


def insert_resource(session: Session, values: Mapping[str, object]) -> Resource:
    """Insert a resource. ``values`` may carry an ``id`` (to restore a deleted one)."""
    clean = validate_resource(values, _kind_ids(session))
    if not clean.get("name"):
        raise ValidationError("empty_name", "name")
    row = Resource(**clean)
    session.add(row)
    session.flush()
    return row


def update_resource(session: Session, resource_id: int, changes: Mapping[str, object]) -> Resource:
    clean = validate_resource(changes, _kind_ids(session))
    row = session.get_one(Resource, resource_id)
    for key, value in clean.items():
        setattr(row, key, value)
    session.flush()
    return row


@dataclass
class RemovedResources:
    """Everything deleting resources took away: the rows an undo puts back, in order."""

    resources: list[dict[str, object]] = field(default_factory=list)
    placements: list[dict[str, object]] = field(default_factory=list)
    links: list[dict[str, object]] = field(default_factory=list)


def delete_resources(session: Session, ids: Sequence[int]) -> RemovedResources:
    """Delete resources with their cards on every sheet and the links of those cards."""
    removed = RemovedResources()
    cards = worksheets.placements_of_resources(session, ids)
    if cards:
        removed.placements, removed.links = worksheets.delete_placements(session, cards)
    for resource_id in ids:
        row = session.get_one(Resource, resource_id)
        removed.resources.append(row.column_values())
        session.delete(row)
    session.flush()
    return removed


def restore_resources(session: Session, removed: RemovedResources) -> list[int]:
    ids = [insert_resource(session, row).id for row in removed.resources]
    table.insert_rows(session, Placement, removed.placements)
    table.insert_rows(session, Link, removed.links)
    return ids


def area_names(session: Session) -> list[str]:
    """Areas already used by resources, for completion in editors."""
    rows = session.scalars(select(Resource.area).where(Resource.area != "").distinct())
    return sorted(rows)
