"""Row-level helpers shared by the stores: insert, update, delete."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete
from sqlalchemy.orm import Session


def insert_rows(session: Session, model: type, rows: Iterable[Mapping[str, object]]) -> list[int]:
    """Insert rows; return their ids."""
    objects = [model(**row) for row in rows]
    session.add_all(objects)
    session.flush()
    return [o.id for o in objects]


def update_rows(session: Session, model: type, changes: Mapping[int, Mapping[str, object]]) -> None:
    for row_id, values in changes.items():
        row = session.get_one(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)
    session.flush()


def delete_rows(session: Session, model: type, ids: Sequence[int]) -> None:
    """Delete rows by id; the file's cascades take what belongs to them."""
    session.execute(delete(model).where(model.id.in_(ids)))  # type: ignore[attr-defined]
