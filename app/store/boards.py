"""Reading and writing boards, notes, groups, participants and votes in a caller's session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.models import (
    Board,
    BoardColumn,
    BoardLayout,
    Note,
    NoteGroup,
    Participant,
    Vote,
    VoteRound,
    furigana,
)
from app.store import rows as table


def create_board(
    session: Session,
    title: str,
    columns: Sequence[Mapping[str, object]] = (),
    template_id: str = "",
) -> Board:
    order = (session.scalar(select(Board.sort_order).order_by(Board.sort_order.desc())) or 0) + 1
    board = Board(
        title=title,
        layout=BoardLayout.COLUMNS if columns else BoardLayout.FREE,
        template_id=template_id,
        sort_order=order,
    )
    session.add(board)
    session.flush()
    table.insert_rows(session, BoardColumn, [dict(c, board_id=board.id) for c in columns])
    return board


def boards(session: Session) -> list[Board]:
    return list(session.scalars(select(Board).order_by(Board.sort_order, Board.id)))


def columns(session: Session, board_id: int) -> list[BoardColumn]:
    query = select(BoardColumn).where(BoardColumn.board_id == board_id)
    return list(session.scalars(query.order_by(BoardColumn.sort_order, BoardColumn.id)))


def notes(session: Session, board_id: int) -> list[Note]:
    query = select(Note).where(Note.board_id == board_id)
    return list(session.scalars(query.order_by(Note.z, Note.id)))


def note_summaries(session: Session, board_id: int) -> list[Row]:
    """A board's notes as plain rows of what a list of them needs (no model objects: a
    room's phones ask after every change, and building objects is most of the cost)."""
    query = select(
        Note.id,
        Note.column_id,
        Note.group_id,
        Note.text,
        Note.face_down,
        Note.author_id,
        Note.x,
        Note.y,
        Note.width,
        Note.height,
    ).where(Note.board_id == board_id)
    return list(session.execute(query.order_by(Note.z, Note.id)))


def groups(session: Session, board_id: int) -> list[NoteGroup]:
    query = select(NoteGroup).where(NoteGroup.board_id == board_id)
    return list(session.scalars(query.order_by(NoteGroup.id)))


def participants(session: Session) -> list[Participant]:
    """The roster in 50音順 of the names' readings, as a 名簿 is read."""
    return furigana.in_gojuon(session.scalars(select(Participant)))


def add_participants(session: Session, people: Sequence[Mapping[str, object]]) -> list[int]:
    """New people on the roster, each with a reading suggested unless they have one."""
    return table.insert_rows(session, Participant, [furigana.filled(p) for p in people])


def update_participants(session: Session, changes: Mapping[int, Mapping[str, object]]) -> None:
    """Edits of people; a reading that was the suggestion follows a new name."""
    followed = {}
    for participant_id, values in changes.items():
        person = session.get_one(Participant, participant_id)
        followed[participant_id] = furigana.renamed(values, person.name, person.furigana)
    table.update_rows(session, Participant, followed)


def rounds(session: Session, board_id: int) -> list[VoteRound]:
    query = select(VoteRound).where(VoteRound.board_id == board_id)
    return list(session.scalars(query.order_by(VoteRound.id)))


def votes(session: Session, round_id: int) -> list[Vote]:
    query = select(Vote).where(Vote.round_id == round_id)
    return list(session.scalars(query.order_by(Vote.id)))
