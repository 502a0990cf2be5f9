"""Writing an export file whole or not at all.

The bytes go to a temporary file beside the target, are flushed to disk, and only then
replace the target; if anything fails the temporary file is removed, so a failed export
never leaves a half-written PDF or CSV, nor damages an older file of the same name.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from app.store import temporaries


class ExportError(Exception):
    """An export that could not be written. ``code`` names the reason for the message."""

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = Path(path)
        self.detail = detail


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or those a new file gets (temporary files are 0600)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(path: Path | str, data: bytes) -> None:
    target = Path(path)
    if target.is_dir():
        raise ExportError("is_folder", target)
    if not target.parent.is_dir():
        raise ExportError("no_folder", target)
    temporaries.clean_stale(target.parent)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise ExportError("unwritable", target, error.strerror or "") from None
    try:
        os.chmod(temporary, _mode_for(target))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        code = "in_use" if isinstance(error, PermissionError) else "unwritable"
        raise ExportError(code, target, error.strerror or "") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
