"""Fixtures for command tests: a document on an empty workshop (test modules that need the
sample override ``document``) and an undo stack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from app.document import WorkshopDocument
from app.store.workshop_file import open_workshop


@pytest.fixture
def document(workshop_path: Path, qapp) -> Iterator[WorkshopDocument]:  # type: ignore[no-untyped-def]
    doc = WorkshopDocument(open_workshop(workshop_path))
    yield doc
    doc.close()


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()
