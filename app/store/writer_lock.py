"""One writer per workshop file, whatever name it is opened by.

A file is known by what it is, not by how it was named: the lock beside it is named
from its real path (symbolic links resolved), and a second lock, in a per-user folder
on this machine, from its device and inode, which every hard link to it shares. A
writer holds both; anyone who cannot take both opens the file read-only.

A lock file is only removed by the process holding it, before it lets go, and a
process that has just taken a lock checks that the file it locked is still the one
at that name; if a releasing writer removed it meanwhile, it tries again on the new
one. So a lock is never held twice, however releases and opens interleave. If the
app is killed the operating system lets go of its locks; a leftover lock file is
empty and harmless, and the next writer takes it over.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def sidecar_path(real: Path) -> Path:
    """The lock beside the file, visible to other computers sharing the folder."""
    return real.with_name(real.name + ".lock")


def identity_folder() -> Path:
    """This user's folder for the device-and-inode locks."""
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return Path(tempfile.gettempdir()) / f"wagamachi-locks-{uid}"


def identity_path(real: Path) -> Path:
    info = real.stat()
    return identity_folder() / f"{info.st_dev}-{info.st_ino}.lock"


def _same_file(fd: int, path: Path) -> bool:
    try:
        there = path.stat()
    except FileNotFoundError:
        return False
    here = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _take(path: Path) -> int | None:
    """The descriptor of ``path``, locked by us; ``None`` when another process holds it."""
    for _attempt in range(100):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _try_lock(fd):
                os.close(fd)
                return None
            if _same_file(fd, path):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # a releasing writer removed it under us: lock the new one
    raise OSError(f"could not lock {path}")


def _give_back(path: Path, fd: int) -> None:
    # Remove the name while we still hold the lock: whoever opened it meanwhile sees,
    # once it gets the lock, that the name is gone and starts again.
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)
        return
    os.close(fd)  # Windows cannot remove an open file; the next writer reuses it
    with contextlib.suppress(OSError):
        os.unlink(path)


class WriterLock:
    """The right to write one file. :meth:`acquire` is False when another writer has it."""

    def __init__(self, path: Path) -> None:
        self.real = Path(path).resolve()
        self._held: list[tuple[Path, int]] = []

    def acquire(self) -> bool:
        """Take both locks, or neither. OSError when no lock file can be made here."""
        identity_folder().mkdir(mode=0o700, exist_ok=True)
        for lock_path in (sidecar_path(self.real), identity_path(self.real)):
            try:
                fd = _take(lock_path)
            except OSError:
                self.release()
                raise
            if fd is None:
                self.release()
                return False
            self._held.append((lock_path, fd))
        return True

    def follow(self) -> bool:
        """After the file was replaced (an upgrade): hold the new inode's lock instead."""
        if len(self._held) < 2 or self._held[1][0] == identity_path(self.real):
            return True
        old_path, old_fd = self._held.pop()
        fd = _take(identity_path(self.real))
        _give_back(old_path, old_fd)
        if fd is None:
            self.release()
            return False
        self._held.append((identity_path(self.real), fd))
        return True

    def release(self) -> None:
        while self._held:
            _give_back(*self._held.pop())
