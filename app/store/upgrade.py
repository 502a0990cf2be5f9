"""Bringing a file of an older version up to date, without ever leaving its name empty."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from app.store import migrate, temporaries
from app.store.connections import connect, make_engine
from app.store.errors import WriteFailed
from app.store.inspection import inspect
from app.store.temporaries import temporary_name


def backup_name(path: Path, revision: str) -> Path:
    """Where the original of an upgraded file is kept."""
    return path.with_name(f"{path.stem}.before-upgrade-{revision}{path.suffix}")


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles for it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def upgrade_in_place(path: Path, revision: str) -> None:
    """Upgrade a copy; keep the original as a backup; then one atomic rename puts the
    upgraded copy in its place. At every instant the file's name holds a whole file:
    the original until the rename, the upgraded one after it."""
    real = path.resolve()
    work = temporary_name(real, "upgrading")
    try:
        src = connect(real, read_only=False)
        try:
            dst = sqlite3.connect(work)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        engine = make_engine(work, read_only=False)
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection)
        finally:
            engine.dispose()
        inspect(work)
        temporaries.copy_durably(real, backup_name(real, revision))
        temporaries.copy_durably(work, work)  # flushed before the rename
        fsync_folder(real.parent)
        os.replace(work, real)
        fsync_folder(real.parent)
    except (OSError, sqlite3.Error) as exc:
        raise WriteFailed(path, str(exc)) from exc
    finally:
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
