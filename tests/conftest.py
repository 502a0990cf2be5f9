"""Shared fixtures: headless Qt, isolated settings and data folders, workshop files."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# Before any QApplication exists: headless, and settings/data kept out of the user's home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="wagamachi-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.store.sample import write_sample  # noqa: E402
from app.store.workshop_file import create_workshop  # noqa: E402


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["wagamachi-tests"]


@pytest.fixture(autouse=True, scope="session")
def _app_setup(qapp) -> None:  # type: ignore[no-untyped-def]
    """Give pytest-qt's application our identity, fonts and Japanese, as the app would."""
    from app import fonts, i18n
    from app.gui import set_identity

    set_identity(qapp)
    fonts.register_fonts()
    fonts.apply_ui_font(qapp)
    i18n.install(qapp, "ja")


@pytest.fixture(scope="session")
def _made_once(tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """An empty workshop and the sample, each written once per test run, closed whole."""
    folder = tmp_path_factory.mktemp("originals")
    empty, sample = folder / "town.wagamachi", folder / "sample.wagamachi"
    create_workshop(empty).close()
    write_sample(sample).close()
    return {"empty": empty, "sample": sample}


def _copy(original: Path, to: Path) -> Path:
    shutil.copyfile(original, to)
    return to


@pytest.fixture
def workshop_path(tmp_path: Path, _made_once: dict[str, Path]) -> Path:
    """A fresh empty workshop of this test's own."""
    return _copy(_made_once["empty"], tmp_path / "town.wagamachi")


@pytest.fixture
def sample_path(tmp_path: Path, _made_once: dict[str, Path]) -> Path:
    """A fresh copy of the sample workshop of this test's own."""
    return _copy(_made_once["sample"], tmp_path / "sample.wagamachi")


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """Say loudly when the phone page's real-browser tests could not run."""
    skipped = terminalreporter.stats.get("skipped", [])
    if any("chromium" in str(getattr(r, "longrepr", "")).lower() for r in skipped):
        terminalreporter.write_sep(
            "!", "BROWSER TESTS SKIPPED: install chromium and chromium-driver to run them", red=True
        )
