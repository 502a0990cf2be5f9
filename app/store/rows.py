"""Row-level helpers shared by the stores: insert, update, delete."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

_CHUNK = 30_000  # below SQLite's limit of host parameters in one statement


def by_ids(session: Session, model: type, ids: Iterable[int]) -> list:
    """The rows of ``model`` with these ids, read in as few statements as possible."""
    wanted = list(dict.fromkeys(ids))
    found: list = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.extend(session.scalars(select(model).where(model.id.in_(chunk))))  # type: ignore[attr-defined]
    return found


def insert_rows(session: Session, model: type, rows: Iterable[Mapping[str, object]]) -> list[int]:
    """Insert rows; return their ids."""
    objects = [model(**row) for row in rows]
    session.add_all(objects)
    session.flush()
    return [o.id for o in objects]


def update_rows(session: Session, model: type, changes: Mapping[int, Mapping[str, object]]) -> list:
    """Set values on rows by id (read in one go); return the rows, updated."""
    rows = by_ids(session, model, changes)
    if len(rows) != len(changes):
        missing = set(changes) - {row.id for row in rows}
        raise LookupError(f"{model.__name__} {sorted(missing)[:5]} not found")
    for row in rows:
        for key, value in changes[row.id].items():
            setattr(row, key, value)
    session.flush()
    return rows


def delete_rows(session: Session, model: type, ids: Sequence[int]) -> None:
    """Delete rows by id; the file's cascades take what belongs to them."""
    session.execute(delete(model).where(model.id.in_(ids)))  # type: ignore[attr-defined]
