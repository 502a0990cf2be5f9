"""Sticky-note boards: the people in the room, boards and their columns, notes, groups,
and dot-voting rounds with their votes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Float, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, stored_enum


class ParticipantSide(StrEnum):
    """Which side of the table someone sits on in an engagement."""

    MUNICIPALITY = "municipality"  # 市町村
    SUPPORTER = "supporter"  # 支援者 (advisers, the prefecture, the facilitators)
    COMMUNITY = "community"  # 地域・関係機関 (residents, providers, 社協 …)

    def label(self, lang: str = "ja") -> str:
        labels = {
            ParticipantSide.MUNICIPALITY: ("市町村", "Municipality"),
            ParticipantSide.SUPPORTER: ("支援者", "Supporter"),
            ParticipantSide.COMMUNITY: ("地域・関係機関", "Community"),
        }[self]
        return labels[0] if lang == "ja" else labels[1]


class Participant(Base):
    """One person on the workshop's roster, shared by the boards and the timeline."""

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    #: ふりがな: the name's reading, for 50音順 (suggested from the name, changeable).
    furigana: Mapped[str] = mapped_column(String(100), default="", server_default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    side: Mapped[ParticipantSide] = mapped_column(
        stored_enum(ParticipantSide), default=ParticipantSide.COMMUNITY
    )
    #: The table or group they sit with today (テーブル2, Aグループ …).
    table_name: Mapped[str] = mapped_column(String(40), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    #: They added themselves to the roster from a phone in the room.
    joined_from_phone: Mapped[bool] = mapped_column(default=False, server_default=false())


class BoardLayout(StrEnum):
    FREE = "free"  # notes anywhere
    COLUMNS = "columns"  # notes in side-by-side columns (stages, categories)


class Board(Base):
    """A board of sticky notes; free-form or laid out in columns."""

    __tablename__ = "board"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    layout: Mapped[BoardLayout] = mapped_column(stored_enum(BoardLayout), default=BoardLayout.FREE)
    #: The column template it was made from ("tsusho_c_pipeline", "strengths", …), or "".
    template_id: Mapped[str] = mapped_column(String(40), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class BoardColumn(Base):
    """A column of a board, left to right by ``sort_order``."""

    __tablename__ = "board_column"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    hint: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7), default="#f1f3f5")
    sort_order: Mapped[int] = mapped_column(default=0)


class NoteGroup(Base):
    """A titled group of notes (KJ法); may sit inside one other group."""

    __tablename__ = "note_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("note_group.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200), default="")


class Note(Base):
    """A sticky note. Position and size in board millimetres."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    #: The column under the note's centre, when the board has columns.
    column_id: Mapped[int | None] = mapped_column(
        ForeignKey("board_column.id", ondelete="SET NULL")
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("note_group.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="", info={"max_chars": 1000})
    colour: Mapped[str] = mapped_column(String(7), default="#fff3b0")
    #: Who wrote it; None for anonymous.
    author_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    #: The table or group it came from.
    table_name: Mapped[str] = mapped_column(String(40), default="")
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float, default=50.0)
    height: Mapped[float] = mapped_column(Float, default=38.0)
    z: Mapped[int] = mapped_column(default=0)
    #: Written face-down: the room sees a blank back until the facilitator reveals it.
    face_down: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class VoteRound(Base):
    """One round of dot voting on a board."""

    __tablename__ = "vote_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    dots_per_participant: Mapped[int] = mapped_column(default=3)
    #: How many of one participant's dots may go on one note.
    max_per_note: Mapped[int] = mapped_column(default=1)
    #: Column, group and note ids whose notes may be voted on; all empty means every note.
    eligible_columns: Mapped[list[int]] = mapped_column(JSON, default=list)
    eligible_groups: Mapped[list[int]] = mapped_column(JSON, default=list)
    #: Notes named one by one: a run-off between the notes tied at the edge of the best.
    eligible_notes: Mapped[list[int]] = mapped_column(JSON, default=list, server_default="[]")
    #: Results stay hidden until the round is revealed.
    hidden: Mapped[bool] = mapped_column(default=True)
    closed: Mapped[bool] = mapped_column(default=False)
    revealed: Mapped[bool] = mapped_column(default=False)
    #: How many of the best notes to highlight on the board after the reveal.
    top_n: Mapped[int] = mapped_column(default=3)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class Vote(Base):
    """Dots on a note: one participant's, or a count keyed in for a table's paper stickers."""

    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("vote_round.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE")
    )
    #: For paper stickers counted per table; "" for a participant's own dots.
    table_name: Mapped[str] = mapped_column(String(40), default="")
    count: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)
