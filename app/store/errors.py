"""Why a workshop file could not be opened or written.

Each error carries a ``code``; the views and the command line turn it into a
translated sentence (``app/i18n_messages.py``), so this layer stays free of UI wording.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    code = "store_error"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{self.code}: {path} {detail}".strip())
        self.path = Path(path)
        self.detail = detail


class FileMissing(StoreError):
    code = "missing"


class NotSQLite(StoreError):
    code = "not_sqlite"


class ForeignFile(StoreError):
    """A SQLite file, but not a workshop file (another program's database)."""

    code = "foreign"


class NewerVersion(StoreError):
    """Written by a newer version of the app whose schema this one does not know."""

    code = "newer"


class DamagedFile(StoreError):
    code = "damaged"


class PendingChanges(StoreError):
    """A ``-wal`` left by a crash that cannot be merged, because the file is opened
    read-only or cannot be written where it is."""

    code = "pending_wal"


class ReadOnlyUpgrade(StoreError):
    """An older file that needs upgrading but cannot be written."""

    code = "readonly_upgrade"


class FileExists(StoreError):
    code = "exists"


class WriteFailed(StoreError):
    code = "write_failed"


class DiskFull(WriteFailed):
    """The disk holding the file has no room left; ``detail`` names its folder."""

    code = "disk_full"
