"""A workshop file (``*.wagamachi``): one SQLite database per engagement.

Every accepted edit is committed at once (WAL journal, ``synchronous=FULL``),
so there is nothing unsaved to lose in a power cut. Opening checks, before
anything is written, that the file is ours, intact and of a schema version we
know; an older file is upgraded on a copy that replaces the original only when
the upgrade succeeded, and the original is kept beside it as a backup.
"""

from __future__ import annotations

import contextlib
import enum
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy.orm import Session, sessionmaker

from app.models import Workshop
from app.store import catalogue, leftover_wal, migrate, temporaries
from app.store.connections import make_engine, refusal, stamp_anew
from app.store.errors import (
    FileExists,
    FileMissing,
    PendingChanges,
    ReadOnlyUpgrade,
    WriteFailed,
)
from app.store.inspection import APPLICATION_ID, check_header, inspect
from app.store.leftover_wal import Recovery
from app.store.temporaries import temporary_name
from app.store.upgrade import upgrade_in_place
from app.store.writer_lock import WriterLock

SUFFIX = ".wagamachi"
#: The log is moved into the file by the app (not by SQLite's automatic checkpoint) once
#: it passes this size, so that each new log starts under a new stamp.
CHECKPOINT_BYTES = 4 * 1024 * 1024


class ReadOnlyReason(enum.StrEnum):
    REQUESTED = "requested"
    PERMISSION = "permission"
    IN_USE = "in_use"


_has_hot_wal = leftover_wal.has_hot_wal


def _wal_size(path: Path) -> int:
    try:
        return leftover_wal.wal_of(path).stat().st_size
    except FileNotFoundError:
        return 0


def _file_is_writable(path: Path) -> bool:
    # The owner's write bit counts even for an administrator who could write anyway:
    # a file marked read-only is one the user means to keep unchanged.
    mode = path.stat().st_mode
    return bool(mode & stat.S_IWUSR) and os.access(path, os.W_OK)


class WorkshopFile:
    """An open workshop file. Use :meth:`session` for one short transaction."""

    def __init__(
        self,
        path: Path,
        read_only_reason: ReadOnlyReason | None,
        lock: WriterLock | None,
        recovery: Recovery | None = None,
    ) -> None:
        self.path = path
        self.read_only_reason = read_only_reason
        self.recovery = recovery
        self._lock = lock
        self._stamped = False
        # A file nobody may write is read as immutable, so that reading it leaves no
        # -wal/-shm files behind; a file another window writes must be read live.
        immutable = read_only_reason is ReadOnlyReason.PERMISSION and not _has_hot_wal(path)
        read_only = read_only_reason is not None
        self.engine = make_engine(path, read_only, immutable)
        self.read_engine = (
            self.engine if read_only else make_engine(path, False, immutable, writer=False)
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on an exception."""
        try:
            with self._sessions.begin() as session:
                raw = session.connection().connection.driver_connection
                changes = raw.total_changes  # type: ignore[union-attr]
                yield session
                session.flush()
                if not self._stamped and raw.total_changes != changes:  # type: ignore[union-attr]
                    stamp_anew(session)  # the first change logged since the file was whole
                    self._stamped = True
        except (sqlalchemy.exc.OperationalError, sqlite3.OperationalError, OSError) as exc:
            raise refusal(self.path, exc) from exc
        if not self.read_only and _wal_size(self.path) > CHECKPOINT_BYTES:
            self.checkpoint()

    def checkpoint(self) -> None:
        """Move the log into the file; the next change starts a new log under a new stamp,
        so that a log left by a crash can always be told apart from another state's."""
        raw = self.engine.raw_connection()  # outside any transaction, as checkpoints must be
        try:
            busy, _log, _done = raw.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).fetchone()
        finally:
            raw.close()
        if not busy:
            self._stamped = False

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        """One read transaction on its own connection: a consistent view of the file that
        never takes the write lock, so edits go on while it lasts (from any thread)."""
        with self._read_sessions.begin() as session:
            yield session

    def backup_to(self, target: Path) -> None:
        """Copy the whole database to ``target`` with SQLite's online backup API.

        The copy is written beside the target and renamed into place, so a failure
        leaves no half-written file.
        """
        target = Path(target)
        tmp = temporary_name(target, "tmp")
        try:
            raw = self.engine.raw_connection()
            try:
                dst = sqlite3.connect(tmp)
                try:
                    raw.driver_connection.backup(dst)  # type: ignore[union-attr]
                finally:
                    dst.close()
            finally:
                raw.close()
            os.replace(tmp, target)
        except OSError as exc:
            raise WriteFailed(target, str(exc)) from exc
        except sqlite3.Error as exc:
            raise WriteFailed(target, str(exc)) from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def close(self) -> None:
        if self.read_engine is not self.engine:
            self.read_engine.dispose()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
        self._lock = None

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def create_workshop(path: Path | str, *, overwrite: bool = False) -> WorkshopFile:
    """Create a new, empty workshop file at ``path`` and open it for writing."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExists(path)
    tmp = temporary_name(path, "creating")
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.commit()
        finally:
            conn.close()
        engine = make_engine(tmp, read_only=False)
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection)
            with sessionmaker(engine).begin() as session:
                catalogue.sync(session)
                session.add(Workshop(name=path.stem))
        finally:
            engine.dispose()  # checkpoints the WAL into the file before the rename
        os.replace(tmp, path)
    except OSError as exc:
        raise WriteFailed(path, str(exc)) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return open_workshop(path)


def _writer_or_reason(
    path: Path, read_only: bool
) -> tuple[ReadOnlyReason | None, WriterLock | None]:
    """Take the one-writer lock, or say why the file opens read-only."""
    if read_only:
        return ReadOnlyReason.REQUESTED, None
    if not _file_is_writable(path):
        return ReadOnlyReason.PERMISSION, None
    lock = WriterLock(path)
    try:
        if lock.acquire():
            return None, lock
    except OSError:
        return ReadOnlyReason.PERMISSION, None
    return ReadOnlyReason.IN_USE, None


def _writer_is_live(path: Path) -> bool:
    """Whether another window writes the file now (its ``-wal`` is live, not left over)."""
    lock = WriterLock(path)
    try:
        if not lock.acquire():
            return True
    except OSError:
        return False  # no lock can be made here, so nobody can be writing here
    lock.release()
    return False


def open_workshop(path: Path | str, *, read_only: bool = False) -> WorkshopFile:
    """Open a workshop file, refusing anything that is not a healthy file of ours.

    A file that cannot be written, or that another copy of the app has open,
    opens read-only; ``read_only_reason`` says why. A ``-wal`` left by a crash is dealt
    with first (:mod:`app.store.leftover_wal`); ``recovery`` says what happened to it.
    """
    path = Path(path).absolute()
    check_header(path)
    temporaries.clean_stale(path.resolve().parent)
    reason, lock = _writer_or_reason(path, read_only)
    recovery: Recovery | None = None
    try:
        if _has_hot_wal(path) and reason is not ReadOnlyReason.IN_USE:
            if lock is None and not _writer_is_live(path):
                raise PendingChanges(path)  # merging it needs writing
            if lock is not None:
                recovery = leftover_wal.recover(path)
        revision = inspect(path)
        if revision != migrate.head_revision():
            if lock is None:
                raise ReadOnlyUpgrade(path, revision)
            upgrade_in_place(path, revision)
            if not lock.follow():
                raise WriteFailed(path, "another window took the upgraded file")
        workshop_file = WorkshopFile(path, reason, lock, recovery)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if not workshop_file.read_only:
        with workshop_file.session() as session:
            catalogue.sync(session)
    return workshop_file


def check_workshop_file(path: Path | str) -> str:
    """Run every check :func:`open_workshop` runs, writing nothing; return the schema revision."""
    path = Path(path).absolute()
    check_header(path)
    if not _has_hot_wal(path):
        return inspect(path)  # immutable: not even a -shm beside it
    # Reading a file with a leftover -wal takes a -shm beside it; a copy takes it instead.
    with tempfile.TemporaryDirectory(prefix="wagamachi-") as folder:
        return inspect(_copy_with_wal(path, Path(folder)))


def _copy_with_wal(path: Path, folder: Path) -> Path:
    """A copy of the file in ``folder``, with the leftover ``-wal`` if it has one."""
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        if _has_hot_wal(path):
            shutil.copyfile(leftover_wal.wal_of(path), leftover_wal.wal_of(copy))
    except OSError as exc:
        raise FileMissing(path, str(exc)) from exc
    return copy


@contextlib.contextmanager
def reading(path: Path | str) -> Iterator[WorkshopFile]:
    """A workshop file opened only to read it (for export), never changed.

    Unless another window is writing it, the file (with any ``-wal`` left beside it) is
    read through a copy in a temporary folder, upgraded there if it is from an older
    version: printing never writes beside the original, so it works from read-only media
    and leaves a leftover ``-wal`` for the app to recover.
    """
    path = Path(path).absolute()
    check_header(path)
    if _writer_is_live(path):
        revision = inspect(path)
        if revision != migrate.head_revision():
            raise ReadOnlyUpgrade(path, revision)
        with WorkshopFile(path, ReadOnlyReason.IN_USE, None) as live:
            yield live
        return
    with tempfile.TemporaryDirectory(prefix="wagamachi-") as folder:
        copy = _copy_with_wal(path, Path(folder))
        inspect(copy)
        with open_workshop(copy) as workshop_file:
            yield workshop_file
