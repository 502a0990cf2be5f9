"""Files written before the vocabulary was unified (``placement``, ``note_cluster``,
``meeting``) open with every row, every link, group and session where it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app.store import migrate
from app.store.workshop_file import open_workshop

#: Columns added after the rename (0009): going back to 0007 drops them, so they are left
#: out of the comparison.
LATER = {"centres_direct", "centres_outsourced", "care_premium", "label_x", "label_y"}
LATER |= {"eligible_notes", "joined_from_phone", "reflection_questions", "furigana"}
#: Tables added after it: going back drops them with their rows.
LATER_TABLES = {
    "reflection",
    "photo",
    "photo_image",
    "received_item",
    "form_answer",
    "issue",
    "issue_step",
}


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT IN ('alembic_version', 'file_stamp')"
            )
            if name not in LATER_TABLES
        ]
        dump = {}
        for t in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{t}")')]
            kept = ", ".join(f'"{c}"' for c in columns if c not in LATER)
            dump[t] = sorted(conn.execute(f'SELECT {kept} FROM "{t}"'), key=repr)
        return dump
    finally:
        conn.close()


def test_a_file_from_before_the_rename_upgrades_with_every_row(
    sample_path: Path, tmp_path: Path
) -> None:
    with open_workshop(sample_path):
        pass  # checkpointed and closed: the whole sample is in the file
    before = _dump(sample_path)
    assert before["card"] and before["link"] and before["note_group"] and before["attendance"]
    old = tmp_path / "old.wagamachi"
    shutil.copy(sample_path, old)
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    engine.dispose()
    downgraded = _dump(old)
    assert "placement" in downgraded and "card" not in downgraded
    assert downgraded["placement"] == before["card"]
    assert downgraded["note_cluster"] == before["note_group"]
    assert downgraded["meeting"] == before["session"]
    assert downgraded["meeting_link"] == before["session_link"]

    with open_workshop(old) as wf, wf.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert _dump(old) == before
