"""The file under faults: a long read beside edits, links to one file, leftover journals,
crashes between steps. Each test here once failed on a path that lost an edit."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import sqlalchemy.exc

from app.models import Workshop
from app.store import repository
from app.store.workshop_file import open_workshop


def test_a_long_read_does_not_hold_the_lock_an_edit_needs(workshop_path: Path) -> None:
    workshop_file = open_workshop(workshop_path)
    reading, done = threading.Event(), threading.Event()
    seen: list[str] = []

    def long_read() -> None:  # as an export does, on its own thread
        with workshop_file.read_session() as session:
            seen.append(repository.workshop(session).name)
            reading.set()
            done.wait(10)
            seen.append(repository.workshop(session).name)  # one consistent state

    reader = threading.Thread(target=long_read)
    reader.start()
    assert reading.wait(5)
    start = time.monotonic()
    with workshop_file.session() as session:
        session.get_one(Workshop, 1).name = "新しい名前"
    took = time.monotonic() - start
    done.set()
    reader.join()
    assert took < 1.0  # no busy wait on the reader
    assert seen == ["town", "town"]
    with workshop_file.read_session() as session:
        assert repository.workshop(session).name == "新しい名前"
    workshop_file.close()


def test_a_read_session_refuses_to_write(workshop_path: Path) -> None:
    with (
        open_workshop(workshop_path) as workshop_file,
        pytest.raises(sqlalchemy.exc.OperationalError),
        workshop_file.read_session() as session,
    ):
        session.get_one(Workshop, 1).name = "x"
        session.flush()
