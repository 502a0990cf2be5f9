"""The values of one row as they cross the layers: what a view asks a command to write,
what the command hands the document, what the document writes.

One ``TypedDict`` per table, every key optional (a change names only what it changes), so the
type checker knows each field's type from the view down to the file.
``tests/unit/test_row_values.py`` keeps them in step with the models' columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import TypedDict, TypeVar, cast

from app.models.base import Base
from app.models.board import BoardLayout, ParticipantSide
from app.models.resource import ResourceStatus
from app.models.timeline import (
    ActionStatus,
    AgendaKind,
    DayPart,
    IssueMark,
    SessionKind,
    SessionMode,
    Stage,
)


class ActionValues(TypedDict, total=False):
    """A row of ``action``."""

    session_id: int
    what: str
    who: str
    due: date | None
    status: ActionStatus
    sort_order: int


class AgendaItemValues(TypedDict, total=False):
    """A row of ``agenda_item``."""

    session_id: int
    kind: AgendaKind
    title: str
    minutes: int
    presenter: str
    sort_order: int
    actual_start: datetime | None
    actual_end: datetime | None


class AttendanceValues(TypedDict, total=False):
    """A row of ``attendance``."""

    session_id: int
    participant_id: int


class BoardValues(TypedDict, total=False):
    """A row of ``board``."""

    title: str
    layout: BoardLayout
    template_id: str
    sort_order: int
    created_at: datetime


class CardValues(TypedDict, total=False):
    """A row of ``card``."""

    worksheet_id: int
    resource_id: int
    x: float
    y: float
    width: float
    height: float
    zone_key: str | None
    colour: str | None
    z: int
    face_down: bool
    author_id: int | None


class ColumnValues(TypedDict, total=False):
    """A row of ``board_column``."""

    board_id: int
    label: str
    hint: str
    colour: str
    sort_order: int


class DecisionValues(TypedDict, total=False):
    """A row of ``decision``."""

    session_id: int
    text: str
    sort_order: int


class GroupValues(TypedDict, total=False):
    """A row of ``note_group``."""

    board_id: int
    parent_id: int | None
    title: str


class LinkValues(TypedDict, total=False):
    """A row of ``link``."""

    worksheet_id: int
    source_id: int
    target_id: int
    label: str
    label_x: float | None
    label_y: float | None


class NoteValues(TypedDict, total=False):
    """A row of ``note``."""

    board_id: int
    column_id: int | None
    group_id: int | None
    text: str
    colour: str
    author_id: int | None
    table_name: str
    x: float
    y: float
    width: float
    height: float
    z: int
    face_down: bool
    created_at: datetime


class ParticipantValues(TypedDict, total=False):
    """A row of ``participant``."""

    name: str
    furigana: str
    organisation: str
    role: str
    side: ParticipantSide
    table_name: str
    sort_order: int
    joined_from_phone: bool


class ReceivedValues(TypedDict, total=False):
    """A row of ``received_item``."""

    client_id: str
    device: str
    kind: str
    row_id: int | None
    received_at: datetime


class ProfileValues(TypedDict, total=False):
    """A row of ``workshop``."""

    name: str
    municipality_name: str
    municipality_code: str | None
    prefecture: str
    fiscal_year: int | None
    population: int | None
    households: int | None
    aged_65_count: int | None
    aged_75_count: int | None
    aging_rate: float | None
    certification_rate: float | None
    area_km2: float | None
    area_count: int | None
    centres_direct: int | None
    centres_outsourced: int | None
    care_premium: int | None
    cap_status: str
    memo: str
    is_fictional: bool
    created_at: datetime


class ResourceValues(TypedDict, total=False):
    """A row of ``resource``."""

    name: str
    furigana: str
    kind_id: str
    operator: str
    area: str
    target: str
    status: ResourceStatus
    memo: str
    created_at: datetime
    updated_at: datetime


class RoundValues(TypedDict, total=False):
    """A row of ``vote_round``."""

    board_id: int
    title: str
    dots_per_participant: int
    max_per_note: int
    eligible_columns: list[int]
    eligible_groups: list[int]
    eligible_notes: list[int]
    hidden: bool
    closed: bool
    revealed: bool
    top_n: int
    created_at: datetime


class SessionLinkValues(TypedDict, total=False):
    """A row of ``session_link``."""

    session_id: int
    worksheet_id: int | None
    board_id: int | None


class SessionValues(TypedDict, total=False):
    """A row of ``session``."""

    kind: SessionKind
    title: str
    day: date
    start: time | None
    end: time | None
    part: DayPart
    mode: SessionMode
    venue: str
    stage: Stage
    notes: str
    reflection_questions: list[str]


class ReflectionValues(TypedDict, total=False):
    """A row of ``reflection``."""

    session_id: int
    participant_id: int | None
    question: str
    answer: str
    sort_order: int
    from_phone: bool
    created_at: datetime


class FormAnswerValues(TypedDict, total=False):
    """A row of ``form_answer``."""

    form: str
    participant_id: int | None
    question: str
    answer: str
    viewpoints: list[str]
    sort_order: int
    created_at: datetime


class IssueValues(TypedDict, total=False):
    """A row of ``issue``."""

    theme: str
    text: str
    raised_at_id: int | None
    sort_order: int
    created_at: datetime


class IssueStepValues(TypedDict, total=False):
    """A row of ``issue_step``."""

    issue_id: int
    session_id: int
    mark: IssueMark
    note: str


class PhotoValues(TypedDict, total=False):
    """A row of ``photo``."""

    session_id: int | None
    board_id: int | None
    worksheet_id: int | None
    resource_id: int | None
    caption: str
    sort_order: int
    width: int
    height: int
    rotation: int
    format: str
    size: int
    created_at: datetime


class PhotoImageValues(TypedDict, total=False):
    """A row of ``photo_image``."""

    thumbnail: bytes
    image: bytes


class SnapshotValues(TypedDict, total=False):
    """A row of ``snapshot``."""

    session_id: int
    source_kind: str
    source_id: int
    title: str
    taken_at: datetime
    content: dict[str, object]


class VoteValues(TypedDict, total=False):
    """A row of ``vote``."""

    round_id: int
    note_id: int
    participant_id: int | None
    table_name: str
    count: int
    created_at: datetime


class WorksheetValues(TypedDict, total=False):
    """A row of ``worksheet``."""

    template_id: str
    title: str
    caption: str
    sort_order: int
    aim: str
    lower_hoop: str
    story: str
    created_at: datetime


class ZoneValues(TypedDict, total=False):
    """A row of ``worksheet_zone``."""

    worksheet_id: int
    key: str
    label: str
    hint: str
    colour: str
    sort_order: int
    purpose: str


#: A row hanging off a session: its agenda, decisions, actions, attendance and materials.
SessionRowValues = (
    AgendaItemValues
    | DecisionValues
    | ActionValues
    | AttendanceValues
    | SessionLinkValues
    | ReflectionValues
)


Values = TypeVar("Values", bound=Mapping[str, object])


def present(row: Base, change: Values) -> Values:
    """``row``'s current values of the fields ``change`` names: what undoing it writes back."""
    current = row.column_values()
    return cast(Values, {key: current[key] for key in change})
