"""The board half of the document: the roster, boards, notes, clusters and voting.

Mixed into :class:`app.document.WorkshopDocument`, which declares the signals. Every
method is one transaction followed by one signal. A note's column is recomputed from its
position whenever it moves, so what is stored always matches what is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from app.boards.layout import column_index_at
from app.boards.templates import columns_of
from app.models import (
    Attendance,
    Board,
    BoardColumn,
    Note,
    NoteCluster,
    Participant,
    Vote,
    VoteRound,
)
from app.store import boards as store
from app.store import rows as table
from app.store.boards import RemovedBoard

_GEOMETRY = {"x", "width"}


@dataclass
class RemovedParticipants:
    """Deleted people, their dots, and the notes they had written (author ids)."""

    participants: list[dict[str, object]] = field(default_factory=list)
    votes: list[dict[str, object]] = field(default_factory=list)
    authored: dict[int, int] = field(default_factory=dict)  # note id -> participant id
    attendance: list[dict[str, object]] = field(default_factory=list)  # sessions they attended


class BoardEditing:
    # -- the roster -----------------------------------------------------------------
    def participants(self) -> list[Participant]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.participants(s)

    def participant(self, participant_id: int) -> Participant:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return s.get_one(Participant, participant_id)

    def add_participants(self, rows: Sequence[Mapping[str, object]]) -> list[int]:
        with self._writing() as s:  # type: ignore[attr-defined]
            ids = table.insert_rows(s, Participant, rows)
        self.participants_added.emit(ids)  # type: ignore[attr-defined]
        return ids

    def update_participants(self, changes: Mapping[int, Mapping[str, object]]) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, Participant, changes)
        self.participants_changed.emit(list(changes))  # type: ignore[attr-defined]

    def delete_participants(self, ids: Sequence[int]) -> RemovedParticipants:
        with self._writing() as s:  # type: ignore[attr-defined]
            removed = RemovedParticipants(
                votes=[
                    v.column_values()
                    for v in s.scalars(select(Vote).where(Vote.participant_id.in_(ids)))
                ],
                authored={
                    n.id: n.author_id
                    for n in s.scalars(select(Note).where(Note.author_id.in_(ids)))
                    if n.author_id is not None
                },
                attendance=[
                    a.column_values()
                    for a in s.scalars(select(Attendance).where(Attendance.participant_id.in_(ids)))
                ],
            )
            removed.participants = table.delete_rows(s, Participant, ids)
        self.participants_removed.emit(list(ids))  # type: ignore[attr-defined]
        self._announce_authors(removed.authored)
        for meeting_id in sorted({int(a["meeting_id"]) for a in removed.attendance}):  # type: ignore[call-overload]
            self.meeting_content_changed.emit(meeting_id, "attendance")  # type: ignore[attr-defined]
        return removed

    def restore_participants(self, removed: RemovedParticipants) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.insert_rows(s, Participant, removed.participants)
            table.insert_rows(s, Vote, removed.votes)
            table.update_rows(s, Note, {n: {"author_id": p} for n, p in removed.authored.items()})
            table.insert_rows(s, Attendance, removed.attendance)
        self.participants_added.emit([r["id"] for r in removed.participants])  # type: ignore[attr-defined]
        for round_id in {int(v["round_id"]) for v in removed.votes}:  # type: ignore[call-overload]
            self.votes_changed.emit(round_id)  # type: ignore[attr-defined]
        self._announce_authors(removed.authored)
        for meeting_id in sorted({int(a["meeting_id"]) for a in removed.attendance}):  # type: ignore[call-overload]
            self.meeting_content_changed.emit(meeting_id, "attendance")  # type: ignore[attr-defined]

    def _announce_authors(self, authored: Mapping[int, int]) -> None:
        if not authored:
            return
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            by_board: dict[int, list[int]] = {}
            for note in s.scalars(select(Note).where(Note.id.in_(list(authored)))):
                by_board.setdefault(note.board_id, []).append(note.id)
        for board_id, note_ids in by_board.items():
            self.notes_changed.emit(board_id, note_ids)  # type: ignore[attr-defined]

    # -- boards ---------------------------------------------------------------------
    def boards(self) -> list[Board]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.boards(s)

    def board(self, board_id: int) -> Board:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return s.get_one(Board, board_id)

    def board_columns(self, board_id: int) -> list[BoardColumn]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.columns(s, board_id)

    def add_board(
        self,
        title: str,
        template_id: str = "",
        column_labels: Sequence[str] = (),
        lang: str = "ja",
    ) -> int:
        """A board with the columns of a template, or with columns named here, or free."""
        if template_id:
            columns = columns_of(self.templates[template_id], lang)  # type: ignore[attr-defined]
        else:
            columns = [{"label": label, "sort_order": i} for i, label in enumerate(column_labels)]
        with self._writing() as s:  # type: ignore[attr-defined]
            board_id = store.create_board(s, title, columns, template_id).id
        self.board_added.emit(board_id)  # type: ignore[attr-defined]
        return board_id

    def remove_board(self, board_id: int) -> RemovedBoard:
        with self._writing() as s:  # type: ignore[attr-defined]
            removed = store.remove_board(s, board_id)
        self.board_removed.emit(board_id)  # type: ignore[attr-defined]
        return removed

    def restore_board(self, removed: RemovedBoard) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            store.restore_board(s, removed)
        self.board_added.emit(removed.board["id"])  # type: ignore[attr-defined]

    def update_board(self, board_id: int, changes: Mapping[str, object]) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, Board, {board_id: changes})
        self.board_changed.emit(board_id)  # type: ignore[attr-defined]

    def update_columns(self, board_id: int, changes: Mapping[int, Mapping[str, object]]) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, BoardColumn, changes)
        self.board_columns_changed.emit(board_id)  # type: ignore[attr-defined]

    # -- notes ----------------------------------------------------------------------
    def notes(self, board_id: int) -> list[Note]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.notes(s, board_id)

    def notes_by_id(self, ids: Sequence[int]) -> list[Note]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return list(s.scalars(select(Note).where(Note.id.in_(list(ids)))))

    def note(self, note_id: int) -> Note:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return s.get_one(Note, note_id)

    def _column_for(self, column_ids: Sequence[int], x: float, width: float) -> int | None:
        index = column_index_at(x + width / 2, len(column_ids))
        return None if index is None else column_ids[index]

    def add_notes(self, board_id: int, rows: Sequence[Mapping[str, object]]) -> list[int]:
        """New notes, or notes put back with their ids; columns follow their positions."""
        with self._writing() as s:  # type: ignore[attr-defined]
            column_ids = [c.id for c in store.columns(s, board_id)]
            prepared = []
            for row in rows:
                row = dict(row, board_id=board_id)
                row.setdefault("width", 50.0)
                if column_ids:
                    row["column_id"] = self._column_for(
                        column_ids,
                        float(row["x"]),  # type: ignore[arg-type]
                        float(row["width"]),  # type: ignore[arg-type]
                    )
                prepared.append(row)
            ids = table.insert_rows(s, Note, prepared)
        self.notes_added.emit(board_id, ids)  # type: ignore[attr-defined]
        return ids

    def update_notes(self, board_id: int, changes: Mapping[int, Mapping[str, object]]) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, Note, changes)
            column_ids = [c.id for c in store.columns(s, board_id)]
            if column_ids:
                for note_id, values in changes.items():
                    if _GEOMETRY & set(values):
                        note = s.get_one(Note, note_id)
                        note.column_id = self._column_for(column_ids, note.x, note.width)
        self.notes_changed.emit(board_id, list(changes))  # type: ignore[attr-defined]

    def delete_notes(
        self, board_id: int, ids: Sequence[int]
    ) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        """Delete notes with the dots on them; return both for an undo."""
        with self._writing() as s:  # type: ignore[attr-defined]
            vote_rows = [
                v.column_values() for v in s.scalars(select(Vote).where(Vote.note_id.in_(ids)))
            ]
            rows = table.delete_rows(s, Note, ids)
        self.notes_removed.emit(board_id, list(ids))  # type: ignore[attr-defined]
        self._announce_votes(vote_rows)
        return rows, vote_rows

    def restore_notes(
        self,
        board_id: int,
        rows: Sequence[Mapping[str, object]],
        vote_rows: Sequence[Mapping[str, object]] = (),
    ) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.insert_rows(s, Note, rows)
            table.insert_rows(s, Vote, vote_rows)
        self.notes_added.emit(board_id, [r["id"] for r in rows])  # type: ignore[attr-defined]
        self._announce_votes(vote_rows)

    # -- clusters -------------------------------------------------------------------
    def clusters(self, board_id: int) -> list[NoteCluster]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.clusters(s, board_id)

    def add_clusters(self, board_id: int, rows: Sequence[Mapping[str, object]]) -> list[int]:
        with self._writing() as s:  # type: ignore[attr-defined]
            ids = table.insert_rows(s, NoteCluster, [dict(r, board_id=board_id) for r in rows])
        self.clusters_changed.emit(board_id)  # type: ignore[attr-defined]
        return ids

    def update_clusters(self, board_id: int, changes: Mapping[int, Mapping[str, object]]) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, NoteCluster, changes)
        self.clusters_changed.emit(board_id)  # type: ignore[attr-defined]

    def delete_clusters(self, board_id: int, ids: Sequence[int]) -> list[dict[str, object]]:
        """Delete clusters (their notes stay, unclustered); the caller moves notes first."""
        with self._writing() as s:  # type: ignore[attr-defined]
            rows = table.delete_rows(s, NoteCluster, ids)
        self.clusters_changed.emit(board_id)  # type: ignore[attr-defined]
        return rows

    # -- voting ---------------------------------------------------------------------
    def rounds(self, board_id: int) -> list[VoteRound]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.rounds(s, board_id)

    def round(self, round_id: int) -> VoteRound:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return s.get_one(VoteRound, round_id)

    def votes(self, round_id: int) -> list[Vote]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.votes(s, round_id)

    def add_round(self, board_id: int, row: Mapping[str, object]) -> int:
        with self._writing() as s:  # type: ignore[attr-defined]
            round_id = table.insert_rows(s, VoteRound, [dict(row, board_id=board_id)])[0]
        self.rounds_changed.emit(board_id)  # type: ignore[attr-defined]
        return round_id

    def update_round(self, round_id: int, changes: Mapping[str, object]) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, VoteRound, {round_id: changes})
            board_id = s.get_one(VoteRound, round_id).board_id
        self.rounds_changed.emit(board_id)  # type: ignore[attr-defined]

    def delete_round(self, round_id: int) -> tuple[dict[str, object], list[dict[str, object]]]:
        with self._writing() as s:  # type: ignore[attr-defined]
            vote_rows = [v.column_values() for v in store.votes(s, round_id)]
            row = table.delete_rows(s, VoteRound, [round_id])[0]
        self.rounds_changed.emit(row["board_id"])  # type: ignore[attr-defined]
        return row, vote_rows

    def restore_round(
        self, row: Mapping[str, object], vote_rows: Sequence[Mapping[str, object]]
    ) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.insert_rows(s, VoteRound, [row])
            table.insert_rows(s, Vote, vote_rows)
        self.rounds_changed.emit(row["board_id"])  # type: ignore[attr-defined]

    def add_votes(self, round_id: int, rows: Sequence[Mapping[str, object]]) -> list[int]:
        with self._writing() as s:  # type: ignore[attr-defined]
            ids = table.insert_rows(s, Vote, [dict(r, round_id=round_id) for r in rows])
        self.votes_changed.emit(round_id)  # type: ignore[attr-defined]
        return ids

    def delete_votes(self, round_id: int, ids: Sequence[int]) -> list[dict[str, object]]:
        with self._writing() as s:  # type: ignore[attr-defined]
            rows = table.delete_rows(s, Vote, ids)
        self.votes_changed.emit(round_id)  # type: ignore[attr-defined]
        return rows

    def _announce_votes(self, vote_rows: Sequence[Mapping[str, object]]) -> None:
        for round_id in {int(v["round_id"]) for v in vote_rows}:  # type: ignore[call-overload]
            self.votes_changed.emit(round_id)  # type: ignore[attr-defined]
