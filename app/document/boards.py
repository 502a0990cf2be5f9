"""The document's boards (``document.boards``): boards, their columns, notes, groups of
notes and voting.

A note's column is recomputed from its position whenever it moves, in the same transaction,
so what is stored always matches what is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Row, select

from app.boards.layout import column_index_at
from app.boards.templates import columns_of
from app.document.part import Part
from app.models import (
    Board,
    BoardColumn,
    Note,
    NoteGroup,
    Vote,
    VoteRound,
)
from app.models.values import (
    BoardValues,
    ColumnValues,
    GroupValues,
    NoteValues,
    RoundValues,
    VoteValues,
)
from app.store import boards as store
from app.store import rows as table

_GEOMETRY = {"x", "width"}


class Boards(Part):
    # -- boards ---------------------------------------------------------------------
    def all(self) -> list[Board]:
        with self.file.read_session() as s:
            return store.boards(s)

    def get(self, board_id: int) -> Board:
        with self.file.read_session() as s:
            return s.get_one(Board, board_id)

    def columns(self, board_id: int) -> list[BoardColumn]:
        with self.file.read_session() as s:
            return store.columns(s, board_id)

    def add(
        self,
        title: str,
        template_id: str = "",
        column_labels: Sequence[str] = (),
        lang: str = "ja",
    ) -> int:
        """A board with the columns of a template, or with columns named here, or free."""
        if template_id:
            columns = columns_of(self._document.sheets.templates[template_id], lang)
        else:
            columns = [{"label": label, "sort_order": i} for i, label in enumerate(column_labels)]
        with self._writing() as s:
            return store.create_board(s, title, columns, template_id).id

    def remove(self, board_id: int) -> None:
        """Delete a board; its columns, groups, notes, rounds and dots go with it."""
        with self._writing() as s:
            table.delete_rows(s, Board, [board_id])

    def update(self, board_id: int, changes: BoardValues) -> None:
        with self._writing() as s:
            table.update_rows(s, Board, {board_id: changes})

    def update_columns(self, board_id: int, changes: Mapping[int, ColumnValues]) -> None:
        with self._writing() as s:
            table.update_rows(s, BoardColumn, changes)

    # -- notes ----------------------------------------------------------------------
    def notes(self, board_id: int) -> list[Note]:
        with self.file.read_session() as s:
            return store.notes(s, board_id)

    def note_summaries(self, board_id: int) -> list[Row]:
        """The board's notes as plain rows (id, column_id, group_id, text, face_down,
        author_id, x, y, width, height): for lists that are read often."""
        with self.file.read_session() as s:
            return store.note_summaries(s, board_id)

    def notes_by_id(self, ids: Sequence[int]) -> list[Note]:
        with self.file.read_session() as s:
            return list(s.scalars(select(Note).where(Note.id.in_(list(ids)))))

    def note(self, note_id: int) -> Note:
        with self.file.read_session() as s:
            return s.get_one(Note, note_id)

    def _column_for(self, column_ids: Sequence[int], x: float, width: float) -> int | None:
        index = column_index_at(x + width / 2, len(column_ids))
        return None if index is None else column_ids[index]

    def add_notes(self, board_id: int, rows: Sequence[NoteValues]) -> list[int]:
        """New notes; their columns follow their positions."""
        with self._writing() as s:
            column_ids = [c.id for c in store.columns(s, board_id)]
            prepared: list[NoteValues] = []
            for row in rows:
                note: NoteValues = {"width": 50.0, **row, "board_id": board_id}
                if column_ids:
                    note["column_id"] = self._column_for(column_ids, row["x"], note["width"])
                prepared.append(note)
            return table.insert_rows(s, Note, prepared)

    def update_notes(self, board_id: int, changes: Mapping[int, NoteValues]) -> None:
        with self._writing() as s:
            notes = table.update_rows(s, Note, changes)
            column_ids = [c.id for c in store.columns(s, board_id)]
            if column_ids:
                for note in notes:
                    if _GEOMETRY & set(changes[note.id]):
                        column = self._column_for(column_ids, note.x, note.width)
                        if column != note.column_id:
                            note.column_id = column

    def delete_notes(self, ids: Sequence[int]) -> None:
        """Delete notes; the dots on them go with them."""
        with self._writing() as s:
            table.delete_rows(s, Note, ids)

    # -- groups -------------------------------------------------------------------
    def groups(self, board_id: int) -> list[NoteGroup]:
        with self.file.read_session() as s:
            return store.groups(s, board_id)

    def add_groups(self, board_id: int, rows: Sequence[GroupValues]) -> list[int]:
        with self._writing() as s:
            return table.insert_rows(s, NoteGroup, [dict(r, board_id=board_id) for r in rows])

    def update_groups(self, board_id: int, changes: Mapping[int, GroupValues]) -> None:
        with self._writing() as s:
            table.update_rows(s, NoteGroup, changes)

    def delete_groups(self, ids: Sequence[int]) -> None:
        """Delete groups; their notes stay, ungrouped."""
        with self._writing() as s:
            table.delete_rows(s, NoteGroup, ids)

    # -- voting ---------------------------------------------------------------------
    def rounds(self, board_id: int) -> list[VoteRound]:
        with self.file.read_session() as s:
            return store.rounds(s, board_id)

    def round(self, round_id: int) -> VoteRound:
        with self.file.read_session() as s:
            return s.get_one(VoteRound, round_id)

    def votes(self, round_id: int) -> list[Vote]:
        with self.file.read_session() as s:
            return store.votes(s, round_id)

    def add_round(self, board_id: int, row: RoundValues) -> int:
        with self._writing() as s:
            return table.insert_rows(s, VoteRound, [dict(row, board_id=board_id)])[0]

    def update_round(self, round_id: int, changes: RoundValues) -> None:
        with self._writing() as s:
            table.update_rows(s, VoteRound, {round_id: changes})

    def delete_round(self, round_id: int) -> None:
        with self._writing() as s:
            table.delete_rows(s, VoteRound, [round_id])

    def add_votes(self, round_id: int, rows: Sequence[VoteValues]) -> list[int]:
        with self._writing() as s:
            return table.insert_rows(s, Vote, [dict(r, round_id=round_id) for r in rows])

    def delete_votes(self, ids: Sequence[int]) -> None:
        with self._writing() as s:
            table.delete_rows(s, Vote, ids)
