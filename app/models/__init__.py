"""SQLAlchemy models of a workshop file and the domain rules that go with them. No Qt here."""

from app.models import text_limits  # noqa: E402 - after every model it guards
from app.models.base import Base
from app.models.board import (
    Board,
    BoardColumn,
    BoardLayout,
    Note,
    NoteGroup,
    Participant,
    ParticipantSide,
    Vote,
    VoteRound,
)
from app.models.catalogue import KindGroup, ResourceKind
from app.models.file_stamp import FileStamp
from app.models.photo import OwnerKind, Photo, PhotoImage, PhotoOwner
from app.models.reception import ReceivedItem
from app.models.resource import Resource, ResourceStatus
from app.models.timeline import (
    Action,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Attendance,
    DayPart,
    Decision,
    FormAnswer,
    Issue,
    IssueMark,
    IssueStep,
    Reflection,
    SessionKind,
    SessionLink,
    SessionMode,
    Snapshot,
    Stage,
    WorkshopSession,
)
from app.models.worksheet import Card, Link, Worksheet, WorksheetZone
from app.models.workshop import Workshop

text_limits.install()

__all__ = [
    "Action",
    "ActionStatus",
    "AgendaItem",
    "AgendaKind",
    "Attendance",
    "DayPart",
    "Decision",
    "FormAnswer",
    "Issue",
    "IssueMark",
    "IssueStep",
    "WorkshopSession",
    "SessionKind",
    "SessionLink",
    "SessionMode",
    "Snapshot",
    "Stage",
    "Base",
    "Board",
    "BoardColumn",
    "BoardLayout",
    "Note",
    "NoteGroup",
    "Participant",
    "ParticipantSide",
    "OwnerKind",
    "Photo",
    "PhotoImage",
    "PhotoOwner",
    "ReceivedItem",
    "Reflection",
    "Vote",
    "VoteRound",
    "FileStamp",
    "KindGroup",
    "Link",
    "Card",
    "Resource",
    "ResourceKind",
    "ResourceStatus",
    "Workshop",
    "Worksheet",
    "WorksheetZone",
]
