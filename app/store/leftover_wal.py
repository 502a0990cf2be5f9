"""A ``-wal`` left beside a workshop file by a crash (or a power cut) of its last writer.

SQLite would merge such a log into the file the next time it is opened for writing. That is
right when the log was written for this very file, and wrong when the file beside it was
replaced since (an older backup copied over it, a sibling copy): the result would be a mix
of two states. So before anything merges it:

- the file and its log are copied beside it as ``<name>.before-recovery-<time>.wagamachi``
  (the file as it was, which opens on its own) and ``…-wal.saved`` (the log);
- both are merged in a temporary folder and checked there: the merged file must be intact,
  and the log must belong to the file (``file_stamp``: the file's ``current`` stamp is the
  log's ``base`` or ``current``);
- a log that belongs is merged into the file (and the user told so); one that does not is
  set aside, and the file opens as it is.
"""

from __future__ import annotations

import contextlib
import enum
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.store import temporaries
from app.store.errors import DamagedFile, WriteFailed


def wal_of(path: Path) -> Path:
    """SQLite keeps the log beside the real file, symbolic links resolved."""
    return Path(f"{path.resolve()}-wal")


def has_hot_wal(path: Path) -> bool:
    try:
        return wal_of(path).stat().st_size > 0
    except FileNotFoundError:  # also when a closing writer removes it just now
        return False


class Outcome(enum.StrEnum):
    MERGED = "merged"  # the changes saved just before the crash are back
    SET_ASIDE = "set_aside"  # the log was another copy's; the file opened as it is


@dataclass(frozen=True)
class Recovery:
    outcome: Outcome
    copy: Path  # the file as it was before, which opens on its own
    saved_wal: Path


def _stamp(path: Path) -> tuple[str, str] | None:
    """``(base, current)`` of the file at ``path`` (with any ``-wal`` beside it merged)."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT base, current FROM file_stamp WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None  # a file from before stamps: nothing to compare
    finally:
        conn.close()
    return None if row is None else (str(row[0]), str(row[1]))


def _integrity(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(path, str(exc)) from exc
    finally:
        conn.close()
    if rows != [("ok",)]:
        raise DamagedFile(path, "; ".join(str(r[0]) for r in rows[:5]))


def belongs(path: Path) -> bool:
    """Whether the ``-wal`` beside ``path`` was written for this file's present state.

    Works on copies in a temporary folder: the file and its log are never touched."""
    with tempfile.TemporaryDirectory(prefix="wagamachi-wal-") as folder:
        alone = Path(folder) / "alone.wagamachi"
        merged = Path(folder) / "merged.wagamachi"
        shutil.copyfile(path, alone)
        shutil.copyfile(path, merged)
        shutil.copyfile(wal_of(path), wal_of(merged))
        _integrity(merged)
        own, log = _stamp(alone), _stamp(merged)
    if own is None or log is None or not own[1]:
        return True  # no stamp to go by (an older file): merge, the copy is kept
    return own[1] in log


def recover(path: Path) -> Recovery:
    """Keep copies, then merge the leftover log into ``path`` or set it aside.

    Raises :class:`DamagedFile` when the merged state is damaged (nothing is changed) and
    :class:`WriteFailed` when the copies cannot be written (nothing is changed)."""
    path = path.resolve()
    merge = belongs(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}.before-recovery-{stamp}{path.suffix}")
    saved = Path(f"{copy}-wal.saved")
    try:
        temporaries.copy_durably(path, copy)
        temporaries.copy_durably(wal_of(path), saved)
    except OSError as exc:
        for leftover in (copy, saved):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise WriteFailed(path, str(exc)) from exc
    try:
        if merge:
            conn = sqlite3.connect(path)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()  # the last connection removes the merged log
        else:
            for leftover in (wal_of(path), Path(f"{path}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
    except (OSError, sqlite3.Error) as exc:
        raise WriteFailed(path, str(exc)) from exc
    return Recovery(Outcome.MERGED if merge else Outcome.SET_ASIDE, copy, saved)
