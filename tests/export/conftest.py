"""Fixtures of the export tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.workshop_file import open_workshop


@pytest.fixture
def sample_file(sample_path: Path):  # type: ignore[no-untyped-def]
    """The sample opened read-only, as an export reads it."""
    workshop_file = open_workshop(sample_path, read_only=True)
    yield workshop_file
    workshop_file.close()
