"""User settings kept between runs: language, recently used files, the window's place and,
for each workshop file, the page last shown and how its panels were divided."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.i18n import DEFAULT_LANGUAGE, LANGUAGES

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()

    @property
    def language(self) -> str:
        value = str(self._s.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)

    def recent_files(self) -> list[Path]:
        value = self._s.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(str(p)) for p in value] if isinstance(value, list) else []

    def add_recent_file(self, path: Path) -> None:
        path = Path(path).absolute()
        files = [path] + [p for p in self.recent_files() if p != path]
        self._s.setValue("recent_files", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != Path(path)]
        self._s.setValue("recent_files", [str(p) for p in files])

    def last_folder(self) -> Path | None:
        value = self._s.value("last_folder")
        return Path(str(value)) if value else None

    def set_last_folder(self, folder: Path) -> None:
        self._s.setValue("last_folder", str(folder))

    # -- the window ----------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)

    # -- per workshop file -------------------------------------------------------------
    @staticmethod
    def _file_key(path: Path) -> str:
        """A key for a file wherever it is named from (its resolved path, hashed)."""
        return "files/" + hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]

    def file_section(self, path: Path) -> int | None:
        value = self._s.value(self._file_key(path) + "/section")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def file_splitters(self, path: Path) -> dict[str, QByteArray]:
        key = self._file_key(path) + "/splitters/"
        found = {}
        for name in ("canvas_sheets", "canvas_boards", "timeline_upper", "timeline_lower"):
            value = self._s.value(key + name)
            if isinstance(value, QByteArray) and not value.isEmpty():
                found[name] = value
        return found

    def set_file_view(self, path: Path, section: int, splitters: dict[str, QByteArray]) -> None:
        key = self._file_key(path)
        self._s.setValue(key + "/section", section)
        for name, state in splitters.items():
            self._s.setValue(f"{key}/splitters/{name}", state)
