"""Reading and writing the rows of a workshop inside a caller's session.

The document wraps each call in one transaction; export and the command line
use the same functions, so there is one way to read a workshop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import KindGroup, Resource, ResourceKind, Workshop, furigana
from app.models.rules import ValidationError, validate_profile, validate_resource
from app.models.values import ProfileValues


def workshop(session: Session) -> Workshop:
    return session.get_one(Workshop, 1)


def update_profile(session: Session, changes: Mapping[str, object]) -> ProfileValues:
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
    """Every resource, in 50音順 of the readings."""
    return furigana.in_gojuon(session.scalars(select(Resource)))


def resource_named(session: Session, name: str) -> Resource | None:
    """The first resource of exactly this name, if any."""
    query = select(Resource).where(Resource.name == name).order_by(Resource.id)
    return session.scalars(query).first()


def _kind_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ResourceKind.id)))


def insert_resource(session: Session, values: Mapping[str, object]) -> Resource:
    """Insert a resource. ``values`` may carry an ``id`` (to restore a deleted one)."""
    clean = validate_resource(furigana.filled(values), _kind_ids(session))
    if not clean.get("name"):
        raise ValidationError("empty_name", "name")
    row = Resource(**clean)
    session.add(row)
    session.flush()
    return row


def insert_resources(session: Session, rows: Sequence[Mapping[str, object]]) -> list[int]:
    """Insert many resources at once (an import, lines pasted): the catalogue read once,
    one flush."""
    known = _kind_ids(session)
    objects = []
    for values in rows:
        clean = validate_resource(furigana.filled(values), known)
        if not clean.get("name"):
            raise ValidationError("empty_name", "name")
        objects.append(Resource(**clean))
    session.add_all(objects)
    session.flush()
    return [o.id for o in objects]


def update_resource(session: Session, resource_id: int, changes: Mapping[str, object]) -> Resource:
    row = session.get_one(Resource, resource_id)
    clean = validate_resource(furigana.renamed(changes, row.name, row.furigana), _kind_ids(session))
    for key, value in clean.items():
        setattr(row, key, value)
    session.flush()
    return row


def delete_resources(session: Session, ids: Sequence[int]) -> None:
    """Delete resources; the file's cascades take their cards on every sheet and the links
    of those cards."""
    session.execute(delete(Resource).where(Resource.id.in_(ids)))


def area_names(session: Session) -> list[str]:
    """Areas already used by resources, for completion in editors."""
    rows = session.scalars(select(Resource.area).where(Resource.area != "").distinct())
    return sorted(rows)
