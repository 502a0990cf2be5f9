"""The sample's roster and boards: visit 2's 通所C group work with its sticker vote, and
visit 3's strengths by category (``resources/sample/sakura.json``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from app.boards.layout import NOTE_SIZE, slot
from app.boards.templates import columns_of
from app.models import Note, NoteGroup, Vote, VoteRound
from app.store import boards
from app.worksheets.template import Template

# Notes written at each table take that table's colour, as paper notes would.
TABLE_COLOURS = ("#fff3b0", "#ffd6e0", "#d0ecff")


def add_participants(session: Session, people: Sequence[Mapping[str, object]]) -> None:
    boards.add_participants(session, [dict(p, sort_order=i) for i, p in enumerate(people)])


def add_board(session: Session, template: Template, data: Mapping) -> None:
    board = boards.create_board(session, data["title"], columns_of(template), template.id)
    column_ids = [c.id for c in boards.columns(session, board.id)]
    tables = sorted({p.table_name for p in boards.participants(session) if p.table_name})
    note_ids: dict[str, int] = {}
    z = 0
    for column, texts in enumerate(data["notes"]):
        for index, text in enumerate(texts):
            x, y = slot(index, column)
            at_table = tables[z % len(tables)] if tables else ""
            note = Note(
                board_id=board.id,
                column_id=column_ids[column],
                text=text,
                colour=TABLE_COLOURS[z % len(TABLE_COLOURS)],
                table_name=at_table,
                x=x,
                y=y,
                width=NOTE_SIZE[0],
                height=NOTE_SIZE[1],
                z=z,
            )
            session.add(note)
            session.flush()
            note_ids[text] = note.id
            z += 1
    for group in data.get("groups", []):
        row = NoteGroup(board_id=board.id, title=group["title"])
        session.add(row)
        session.flush()
        for text in group["notes"]:
            session.get_one(Note, note_ids[text]).group_id = row.id
    for values in data.get("rounds", []):
        round_ = VoteRound(board_id=board.id, **{k: v for k, v in values.items() if k != "tables"})
        session.add(round_)
        session.flush()
        session.add_all(
            Vote(round_id=round_.id, note_id=note_ids[text], table_name=name, count=count)
            for text, counts in values["tables"].items()
            for name, count in counts.items()
        )
    session.flush()
