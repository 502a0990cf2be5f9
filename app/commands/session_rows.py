"""Commands for the rows of one session, each validated and worded for the undo list.

They build on the generic :class:`AddRows`, :class:`EditRows` and :class:`DeleteRows`;
the rules (minutes of an agenda item, an action's due date) are checked here, before a
command reaches the undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QCoreApplication

from app.commands.timeline import AddRows, DeleteRows, EditRows
from app.document import WorkshopDocument
from app.models import (
    Action,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Attendance,
    Decision,
    SessionLink,
)
from app.models.rules import ValidationError
from app.models.values import (
    ActionValues,
    AgendaItemValues,
    AttendanceValues,
    DecisionValues,
    SessionLinkValues,
)
from app.timeline.actions import check_due
from app.timeline.agenda import check_minutes


def _next_order(document: WorkshopDocument, model: type, session_id: int) -> int:
    return max((r.sort_order for r in document.timeline.rows(model, session_id)), default=-1) + 1


def _clean_agenda(values: Mapping[str, object]) -> AgendaItemValues:
    clean = dict(values)
    if "minutes" in clean:
        clean["minutes"] = check_minutes(clean["minutes"])
    if "title" in clean:
        clean["title"] = " ".join(str(clean["title"]).split())
    if "kind" in clean:
        clean["kind"] = AgendaKind(str(clean["kind"]))
    return cast(AgendaItemValues, clean)


def add_agenda_item(
    document: WorkshopDocument, session_id: int, values: Mapping[str, object]
) -> AddRows:
    row: AgendaItemValues = {
        "kind": AgendaKind.OTHER,
        "title": "",
        "minutes": 10,
        "presenter": "",
        **_clean_agenda(values),
        "session_id": session_id,
        "sort_order": _next_order(document, AgendaItem, session_id),
    }
    return AddRows(
        document, AgendaItem, [row], QCoreApplication.translate("Commands", "Add agenda item")
    )


def edit_agenda_item(
    document: WorkshopDocument, item_id: int, changes: Mapping[str, object]
) -> EditRows:
    return EditRows(
        document,
        AgendaItem,
        {item_id: _clean_agenda(changes)},
        QCoreApplication.translate("Commands", "Edit agenda item"),
    )


def reorder_agenda(document: WorkshopDocument, ordered_ids: Sequence[int]) -> EditRows:
    """The agenda in a new order (after a drag); start and end times follow from it."""
    order: dict[int, AgendaItemValues] = {
        item_id: {"sort_order": i} for i, item_id in enumerate(ordered_ids)
    }
    return EditRows(
        document,
        AgendaItem,
        order,
        QCoreApplication.translate("Commands", "Reorder agenda"),
    )


def record_times(
    document: WorkshopDocument, times: Mapping[int, tuple[datetime | None, datetime | None]]
) -> EditRows:
    """The actual start and end of agenda items, as the timer ran them."""
    changes: dict[int, AgendaItemValues] = {
        i: {"actual_start": s, "actual_end": e} for i, (s, e) in times.items()
    }
    return EditRows(
        document, AgendaItem, changes, QCoreApplication.translate("Commands", "Record agenda times")
    )


def set_attendance(
    document: WorkshopDocument, session_id: int, participant_id: int, present: bool
) -> AddRows | DeleteRows | None:
    """Tick or untick a person for a session; None when nothing would change."""
    rows = document.timeline.attendance_of(session_id)
    if present and participant_id not in rows:
        row: AttendanceValues = {"session_id": session_id, "participant_id": participant_id}
        return AddRows(
            document, Attendance, [row], QCoreApplication.translate("Commands", "Add attendee")
        )
    if not present and participant_id in rows:
        return DeleteRows(
            document,
            Attendance,
            [rows[participant_id]],
            QCoreApplication.translate("Commands", "Remove attendee"),
        )
    return None


def add_decision(document: WorkshopDocument, session_id: int, text: str) -> AddRows:
    text = text.strip()
    if not text:
        raise ValidationError("empty_name", "text")
    row: DecisionValues = {
        "session_id": session_id,
        "text": text,
        "sort_order": _next_order(document, Decision, session_id),
    }
    return AddRows(
        document, Decision, [row], QCoreApplication.translate("Commands", "Add decision")
    )


def _clean_action(document: WorkshopDocument, values: Mapping[str, object]) -> ActionValues:
    clean = dict(values)
    if "what" in clean:
        clean["what"] = str(clean["what"]).strip()
        if not clean["what"]:
            raise ValidationError("empty_name", "what")
    if "who" in clean:
        clean["who"] = " ".join(str(clean["who"]).split())
    if "due" in clean:
        if clean["due"] is not None and not isinstance(clean["due"], date):
            raise ValidationError("no_date", "due")
        check_due(clean["due"], document.timeline.engagement_start())
    if "status" in clean:
        clean["status"] = ActionStatus(str(clean["status"]))
    return cast(ActionValues, clean)


def add_action(
    document: WorkshopDocument, session_id: int, values: Mapping[str, object]
) -> AddRows:
    row: ActionValues = {
        "who": "",
        "due": None,
        "status": ActionStatus.TODO,
        **_clean_action(document, values),
        "session_id": session_id,
        "sort_order": _next_order(document, Action, session_id),
    }
    if "what" not in row:
        raise ValidationError("empty_name", "what")
    return AddRows(document, Action, [row], QCoreApplication.translate("Commands", "Add action"))


def edit_action(
    document: WorkshopDocument, action_id: int, changes: Mapping[str, object]
) -> EditRows:
    return EditRows(
        document,
        Action,
        {action_id: _clean_action(document, changes)},
        QCoreApplication.translate("Commands", "Edit action"),
    )


def link_source(
    document: WorkshopDocument, session_id: int, kind: str, source_id: int
) -> AddRows | None:
    """Note that a worksheet or a board was used in a session (None if already linked)."""
    row: SessionLinkValues = {"session_id": session_id}
    if kind == "worksheet":
        row["worksheet_id"] = source_id
    else:
        row["board_id"] = source_id
    for link in document.timeline.rows(SessionLink, session_id):
        if (link.worksheet_id, link.board_id) == (row.get("worksheet_id"), row.get("board_id")):
            return None
    return AddRows(
        document, SessionLink, [row], QCoreApplication.translate("Commands", "Link to session")
    )


def delete_rows(document: WorkshopDocument, model: type, ids: Sequence[int]) -> DeleteRows:
    texts: dict[type, str] = {
        AgendaItem: QCoreApplication.translate("Commands", "Delete agenda item"),
        Decision: QCoreApplication.translate("Commands", "Delete decision"),
        Action: QCoreApplication.translate("Commands", "Delete action"),
        SessionLink: QCoreApplication.translate("Commands", "Unlink from session"),
    }
    return DeleteRows(
        document,
        model,
        ids,
        texts.get(model, QCoreApplication.translate("Commands", "Delete snapshot")),
    )
