"""Each table's row values name exactly the model's columns, with their types."""

from __future__ import annotations

import types
import typing

import pytest
from sqlalchemy import JSON

from app import models
from app.models import values

PAIRS = [
    (models.Action, values.ActionValues),
    (models.AgendaItem, values.AgendaItemValues),
    (models.Attendance, values.AttendanceValues),
    (models.Board, values.BoardValues),
    (models.BoardColumn, values.ColumnValues),
    (models.Card, values.CardValues),
    (models.Decision, values.DecisionValues),
    (models.FormAnswer, values.FormAnswerValues),
    (models.Issue, values.IssueValues),
    (models.IssueStep, values.IssueStepValues),
    (models.Link, values.LinkValues),
    (models.Note, values.NoteValues),
    (models.NoteGroup, values.GroupValues),
    (models.Participant, values.ParticipantValues),
    (models.Photo, values.PhotoValues),
    (models.PhotoImage, values.PhotoImageValues),
    (models.ReceivedItem, values.ReceivedValues),
    (models.Reflection, values.ReflectionValues),
    (models.Resource, values.ResourceValues),
    (models.SessionLink, values.SessionLinkValues),
    (models.Snapshot, values.SnapshotValues),
    (models.Vote, values.VoteValues),
    (models.VoteRound, values.RoundValues),
    (models.Worksheet, values.WorksheetValues),
    (models.WorksheetZone, values.ZoneValues),
    (models.Workshop, values.ProfileValues),
    (models.WorkshopSession, values.SessionValues),
]


def _strip_none(hint: object) -> tuple[object, bool]:
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) and type(None) in args:
        (rest,) = [a for a in args if a is not type(None)]
        return rest, True
    return hint, False


@pytest.mark.parametrize(("model", "row"), PAIRS, ids=lambda p: getattr(p, "__name__", ""))
def test_row_values_match_the_models_columns(model: type, row: type) -> None:
    hints = typing.get_type_hints(row)
    columns = {c.key: c for c in model.__table__.columns if c.key != "id"}  # type: ignore[attr-defined]
    assert set(hints) == set(columns)
    for key, column in columns.items():
        kind, optional = _strip_none(hints[key])
        assert optional == column.nullable, key
        if isinstance(column.type, JSON):
            continue  # typed by what it holds
        enum = getattr(column.type, "enum_class", None)
        assert kind is (enum or column.type.python_type), key


def test_every_table_has_its_row_values() -> None:
    tables = {m.__tablename__ for m, _ in PAIRS}
    assert tables | {"file_stamp", "kind_group", "resource_kind"} == set(
        models.Base.metadata.tables
    )
