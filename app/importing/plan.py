"""What importing each row would do, worked out before anything is written: a new
resource, the same as one already in the file (name and area alike: skipped or updated, as
the user chooses), or an error with its row number, column and reason."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.importing.kinds import KindMatch, KindMatcher
from app.importing.normalise import normalise, same_key
from app.models import Resource, ResourceKind, ResourceStatus
from app.models.text_limits import limit
from app.models.values import ResourceValues

NEW, SAME, UPDATE, ERROR = "new", "same", "update", "error"

#: The words a file uses for a resource's state.
STATUS_WORDS: dict[str, ResourceStatus] = {
    "稼働中": ResourceStatus.ACTIVE,
    "活動中": ResourceStatus.ACTIVE,
    "実施中": ResourceStatus.ACTIVE,
    "運営中": ResourceStatus.ACTIVE,
    "機能していない": ResourceStatus.NOT_FUNCTIONING,
    "未実施": ResourceStatus.NOT_FUNCTIONING,
    "計画中": ResourceStatus.PLANNED,
    "予定": ResourceStatus.PLANNED,
    "準備中": ResourceStatus.PLANNED,
    "休止": ResourceStatus.SUSPENDED,
    "休止中": ResourceStatus.SUSPENDED,
}


#: The choice of adding a kind the file names and the catalogue lacks, as a new kind.
NEW_KIND = "+new"


@dataclass(frozen=True)
class RowPlan:
    number: int  # the row's number in the file, as the spreadsheet shows it
    outcome: str
    #: A resource's values (ResourceValues) or a person's (ParticipantValues).
    values: Mapping[str, Any] = field(default_factory=dict)
    kind: KindMatch = KindMatch(None, "", 0.0)
    existing_id: int | None = None
    reason: str = ""  # for an error: the rule broken (unknown_kind, empty_name …)
    #: A kind the file names that the catalogue lacks, added with the import (NEW_KIND).
    new_kind: str = ""
    column: str = ""  # for an error: the column's header
    detail: str = ""  # for an error: the value


@dataclass(frozen=True)
class Choices:
    mapping: Mapping[str, int]  # field → column index
    update_same: bool = False  # a row like an existing resource updates it (else skipped)
    #: For rows whose kind is empty or unknown: a kind id, NEW_KIND, or None (not imported).
    default_kind: str | None = None
    #: Kinds the user chose row by row (row number → kind id), over any match.
    row_kinds: Mapping[int, str] = field(default_factory=dict)


def _status(text: str) -> ResourceStatus | None:
    key = normalise(text).replace(" ", "")
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    try:
        return ResourceStatus(key)
    except ValueError:
        return None


def plan_rows(
    rows: Sequence[Sequence[str]],
    header: int,
    choices: Choices,
    matcher: KindMatcher,
    existing: Sequence[Resource],
) -> list[RowPlan]:
    """A plan for every non-blank row below the header."""
    headers = list(rows[header]) if header < len(rows) else []
    known = {(same_key(r.name), same_key(r.area)): r.id for r in existing}
    seen: set[tuple[str, str]] = set()
    plans: list[RowPlan] = []

    def cell(row: Sequence[str], name: str) -> str:
        column = choices.mapping.get(name)
        return row[column].strip() if column is not None and column < len(row) else ""

    def error(number: int, reason: str, field: str, detail: str = "", name: str = "") -> RowPlan:
        column = choices.mapping.get(field)
        title = headers[column] if column is not None and column < len(headers) else field
        values: ResourceValues = {"name": name} if name else {}
        return RowPlan(number, ERROR, values, reason=reason, column=title, detail=detail)

    for index in range(header + 1, len(rows)):
        row, number = rows[index], index + 1
        if not any(c.strip() for c in row):
            continue
        name = normalise(cell(row, "name"))
        if not name:
            plans.append(error(number, "empty_name", "name"))
            continue
        values: ResourceValues = {"name": name}
        too_long = ""
        for key in ("furigana", "area", "operator", "target", "memo"):
            text = cell(row, key) if key == "memo" else normalise(cell(row, key))
            if text:
                values[key] = text
                if len(text) > limit(Resource, key):
                    too_long = key
        if len(name) > limit(Resource, "name"):
            too_long = "name"
        if too_long:
            plans.append(
                error(number, "too_long", too_long, str(limit(Resource, too_long)), name[:100])
            )
            continue
        status_text = cell(row, "status")
        if status_text:
            status = _status(status_text)
            if status is None:
                plans.append(error(number, "unknown_status", "status", status_text, name))
                continue
            values["status"] = status
        kind_text = cell(row, "kind")
        if number in choices.row_kinds:
            match = KindMatch(choices.row_kinds[number], "chosen", 100.0)
        else:
            match = matcher.match(kind_text) if kind_text else KindMatch(None, "", 0.0)
        kind_id = match.kind_id or choices.default_kind
        new_kind = ""
        if kind_id == NEW_KIND:
            kind_id, new_kind = (None, normalise(kind_text)) if kind_text else (None, "")
            if not new_kind:
                plans.append(error(number, "no_kind", "kind", "", name))
                continue
            if len(new_kind) > limit(ResourceKind, "name_ja"):
                plans.append(error(number, "too_long", "kind", str(limit(ResourceKind, "name_ja"))))
                continue
        elif kind_id is None:
            reason = "unknown_kind" if kind_text else "no_kind"
            plans.append(error(number, reason, "kind", kind_text, name))
            continue
        else:
            values["kind_id"] = kind_id
        same = (same_key(name), same_key(values.get("area", "")))
        if same in seen:
            plans.append(
                RowPlan(number, SAME, values, match, reason="twice_in_file", new_kind=new_kind)
            )
            continue
        seen.add(same)
        existing_id = known.get(same)
        if existing_id is not None:
            outcome = UPDATE if choices.update_same else SAME
            plans.append(RowPlan(number, outcome, values, match, existing_id, new_kind=new_kind))
        else:
            plans.append(RowPlan(number, NEW, values, match, new_kind=new_kind))
    return plans


def counts(plans: Sequence[RowPlan]) -> dict[str, int]:
    found = {NEW: 0, SAME: 0, UPDATE: 0, ERROR: 0}
    for plan in plans:
        found[plan.outcome] += 1
    return found
