"""Telling what a file is without writing to it: ours, intact, and of which schema version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import leftover_wal, migrate
from app.store.connections import connect
from app.store.errors import DamagedFile, FileMissing, ForeignFile, NewerVersion, NotSQLite

#: ``PRAGMA application_id`` of workshop files: "WGMC" in ASCII.
APPLICATION_ID = 0x57474D43
_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_header(path: Path) -> None:
    if not path.is_file():
        raise FileMissing(path)
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise FileMissing(path, str(exc)) from exc
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotSQLite(path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ForeignFile(path)


def inspect(path: Path) -> str:
    """Check integrity read-only and return the file's schema revision."""
    try:
        conn = connect(path, read_only=True, immutable=not leftover_wal.has_hot_wal(path))
    except sqlite3.Error as exc:
        raise DamagedFile(path, str(exc)) from exc
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            raise DamagedFile(path, "; ".join(str(r[0]) for r in rows[:5]))
        try:
            revs = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError as exc:
            raise DamagedFile(path, "no schema version") from exc
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(path, str(exc)) from exc
    finally:
        conn.close()
    if len(revs) != 1:
        raise DamagedFile(path, "no schema version")
    revision = revs[0][0]
    if revision not in migrate.known_revisions():
        raise NewerVersion(path, revision)
    return revision
