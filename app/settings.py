"""User settings kept between runs: language and recently used files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

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
