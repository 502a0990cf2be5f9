"""Shared fixtures: headless Qt, isolated settings and data folders, workshop files."""

from __future__ import annotations

import hashlib
import os
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


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "town.wagamachi"
    create_workshop(path).close()
    return path


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    path = tmp_path / "sample.wagamachi"
    write_sample(path).close()
    return path
