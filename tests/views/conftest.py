from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.settings import Settings
from app.views.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings: Settings, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(settings, tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def messages(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Message boxes the window would show, captured instead of blocking the test."""
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _parent, _title, text, *a, **k: shown.append(text)
        )
    return shown
