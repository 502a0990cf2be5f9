"""Temporary files the app writes beside the user's files, and cleaning up after a crash.

Every one is hidden (a leading dot) and carries the writing process's id:
``.<name>.<pid>.upgrading`` / ``.creating`` / ``.tmp`` (with SQLite's ``-wal``/``-shm``)
and ``.<name>.<pid>.<random>.part`` for exports. Normally each is renamed into place or
removed at once; one left by a crash is removed the next time the app works in that
folder, but only when it matches these names exactly and its process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
from pathlib import Path

_STALE = re.compile(
    r"^\..+\.(?P<pid>\d+)\.(?:(?:upgrading|creating|tmp)(?:-wal|-shm|-journal)?|[A-Za-z0-9_]+\.part)$"
)


def temporary_name(target: Path, purpose: str) -> Path:
    """Where this process writes ``target`` before it is complete."""
    return target.with_name(f".{target.name}.{os.getpid()}.{purpose}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        synchronize, wait_timeout = 0x00100000, 0x102
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return bool(kernel32.WaitForSingleObject(handle, 0) == wait_timeout)
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def clean_stale(folder: Path) -> list[Path]:
    """Remove this app's temporaries in ``folder`` whose process is gone; return them."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _STALE.match(entry.name)
        if match is None or not entry.is_file() or _alive(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed.append(entry)
    return removed


def copy_durably(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` and flush it to the disk (``source == target``: flush)."""
    if source != target:
        shutil.copyfile(source, target)
    with open(target, "rb+") as stream:
        os.fsync(stream.fileno())
