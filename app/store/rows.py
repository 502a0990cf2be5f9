"""Row-level helpers shared by the stores: insert (or restore with ids), update, delete."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete
from sqlalchemy.orm import Session


def insert_rows(session: Session, model: type, rows: Iterable[Mapping[str, object]]) -> list[int]:
    """Insert rows (new or restored with their ids); return their ids."""
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


def delete_rows(session: Session, model: type, ids: Sequence[int]) -> list[dict]:
    """Delete rows by id; return their column values so an undo can put them back."""
    rows = [session.get_one(model, i).column_values() for i in ids]
    session.execute(delete(model).where(model.id.in_(ids)))  # type: ignore[attr-defined]
    return rows
