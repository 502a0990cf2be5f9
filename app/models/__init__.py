"""SQLAlchemy models of a workshop file and the domain rules that go with them. No Qt here."""

from app.models.base import Base
from app.models.board import (
    Board,
    BoardColumn,
    BoardLayout,
    Note,
    NoteCluster,
    Participant,
    ParticipantSide,
    Vote,
    VoteRound,
)
from app.models.catalogue import KindGroup, ResourceKind
from app.models.resource import Resource, ResourceStatus
from app.models.worksheet import Link, Placement, Worksheet, WorksheetZone
from app.models.workshop import Workshop

__all__ = [
    "Base",
    "Board",
    "BoardColumn",
    "BoardLayout",
    "Note",
    "NoteCluster",
    "Participant",
    "ParticipantSide",
    "Vote",
    "VoteRound",
    "KindGroup",
    "Link",
    "Placement",
    "Resource",
    "ResourceKind",
    "ResourceStatus",
    "Workshop",
    "Worksheet",
    "WorksheetZone",
]
