"""Connections to a workshop file: how each is set up, how transactions begin, and how
SQLite's refusal of a write is named. No Qt here."""

from __future__ import annotations

import errno
import secrets
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from app.store.errors import DiskFull, WriteFailed


def uri(path: Path, read_only: bool, immutable: bool) -> str:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    # immutable: no locks, no -wal/-shm files created beside the user's file. Only safe
    # when nothing can be writing and no committed data waits in a WAL file.
    return uri + "&immutable=1" if immutable else uri


def connect(path: Path, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(uri(path, read_only, immutable), uri=True, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    return conn


def make_engine(
    path: Path, read_only: bool, immutable: bool = False, *, writer: bool | None = None
) -> Engine:
    """An engine whose every transaction is explicit.

    A ``writer`` engine begins ``IMMEDIATE``: it takes the write lock up front, so two
    writers never deadlock half-way. A reading engine begins a deferred transaction on
    connections that refuse writes (``query_only``): a long read, such as an export,
    sees one consistent state and never holds the lock an edit needs.
    """
    writer = not read_only if writer is None else writer
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, read_only, immutable),
        poolclass=QueuePool,
        pool_size=2,
    )

    # pysqlite would otherwise open transactions lazily; SQLAlchemy's documented recipe
    # makes BEGIN explicit so each session is exactly one transaction.
    @event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        if not writer:
            dbapi_conn.execute("PRAGMA query_only = 1")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return engine


def refusal(path: Path, exc: BaseException) -> WriteFailed:
    """What the file's refusal to take a write was, in terms the window can explain."""
    original = getattr(exc, "orig", exc)
    if getattr(original, "sqlite_errorname", "") == "SQLITE_FULL" or (
        isinstance(original, OSError) and original.errno == errno.ENOSPC
    ):
        return DiskFull(path, str(path.parent))
    return WriteFailed(path, str(original))


def stamp_anew(session: Session) -> None:
    """A new stamp for what this writer logs from now on (see ``app/store/leftover_wal.py``)."""
    session.execute(
        text("UPDATE file_stamp SET base = current, current = :new WHERE id = 1"),
        {"new": secrets.token_hex(8)},
    )
