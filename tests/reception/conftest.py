"""A receiving laptop on the sample, listening on the loopback, with its board open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.boards.layout import NOTE_SIZE
from app.document import WorkshopDocument
from app.reception.host import Reception
from app.store.workshop_file import open_workshop
from app.views.board.note_text import fit
from tests.reception.phone import Phone


def note_height(text: str) -> float:
    return fit(text, *NOTE_SIZE)[1]


@pytest.fixture
def document(sample_path: Path, qapp) -> Iterator[WorkshopDocument]:  # type: ignore[no-untyped-def]
    doc = WorkshopDocument(open_workshop(sample_path))
    yield doc
    doc.close()


@pytest.fixture
def board_id(document: WorkshopDocument) -> int:
    """The sample's first board with columns."""
    return next(b.id for b in document.boards.all() if document.boards.columns(b.id))


@pytest.fixture
def reception(document: WorkshopDocument, board_id: int) -> Iterator[Reception]:
    reception = Reception(document, note_height)
    reception.choose(board_id=board_id)
    reception.start("127.0.0.1", 0)
    yield reception
    reception.stop()


@pytest.fixture
def phone(reception: Reception, qtbot: Any) -> Phone:
    """A phone that joined with the QR code's token and named itself."""
    assert reception.server is not None
    phone = Phone(f"http://127.0.0.1:{reception.server.port}", qtbot)
    status, _ = phone.join(token=reception.server.token)
    assert status == 200
    status, answer = phone.send("name", name="山田 花子")
    assert status == 200, answer
    return phone


@pytest.fixture
def look(reception: Reception) -> Callable[[Phone], dict[str, Any]]:
    """What a phone sees now: the reception publishes at once rather than after its pause."""

    def looking(phone: Phone) -> dict[str, Any]:
        reception.publish()
        return phone.state()

    return looking
