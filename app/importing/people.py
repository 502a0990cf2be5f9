"""A roster (参加者名簿) from a table: who, their organisation and role, their side (市町村,
支援者, 地域・関係機関) and table; a person already on the roster (same name and
organisation) is skipped."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.importing.columns import PEOPLE_FIELDS, guess_mapping, header_row
from app.importing.normalise import normalise, same_key
from app.importing.plan import ERROR, NEW, SAME, Choices, RowPlan
from app.importing.prepare import Prepared, best_sheet
from app.importing.reading import Sheet, Unreadable, read_table
from app.models import Participant, ParticipantSide
from app.models.text_limits import limit

SIDE_WORDS: dict[str, ParticipantSide] = {
    "市町村": ParticipantSide.MUNICIPALITY,
    "市": ParticipantSide.MUNICIPALITY,
    "町": ParticipantSide.MUNICIPALITY,
    "村": ParticipantSide.MUNICIPALITY,
    "行政": ParticipantSide.MUNICIPALITY,
    "役場": ParticipantSide.MUNICIPALITY,
    "支援者": ParticipantSide.SUPPORTER,
    "アドバイザー": ParticipantSide.SUPPORTER,
    "都道府県": ParticipantSide.SUPPORTER,
    "県": ParticipantSide.SUPPORTER,
    "厚生局": ParticipantSide.SUPPORTER,
    "地域": ParticipantSide.COMMUNITY,
    "関係機関": ParticipantSide.COMMUNITY,
    "地域・関係機関": ParticipantSide.COMMUNITY,
    "住民": ParticipantSide.COMMUNITY,
}


def _side(text: str) -> ParticipantSide | None:
    key = normalise(text).replace(" ", "")
    if key in SIDE_WORDS:
        return SIDE_WORDS[key]
    try:
        return ParticipantSide(key)
    except ValueError:
        return None


def plan_people(
    rows: Sequence[Sequence[str]], header: int, choices: Choices, existing: Sequence[Participant]
) -> list[RowPlan]:
    headers = list(rows[header]) if header < len(rows) else []
    known = {(same_key(p.name), same_key(p.organisation)) for p in existing}
    seen: set[tuple[str, str]] = set()
    plans: list[RowPlan] = []

    def cell(row: Sequence[str], name: str) -> str:
        column = choices.mapping.get(name)
        return row[column].strip() if column is not None and column < len(row) else ""

    for index in range(header + 1, len(rows)):
        row, number = rows[index], index + 1
        if not any(c.strip() for c in row):
            continue
        name = normalise(cell(row, "name"))
        values = {"name": name}
        for key in ("furigana", "organisation", "role", "table_name"):
            text = normalise(cell(row, key))
            if text:
                values[key] = text
        refused = ""
        detail = ""
        if not name:
            refused = "empty_name"
        for key, text in values.items():
            if len(text) > limit(Participant, key):
                refused, detail = "too_long", str(limit(Participant, key))
        side_text = cell(row, "side")
        side = _side(side_text) if side_text else ParticipantSide.COMMUNITY
        if side is None:
            refused, detail = "unknown_side", side_text
        if refused:
            field = {"empty_name": "name", "unknown_side": "side"}.get(refused, "name")
            column = choices.mapping.get(field)
            title = headers[column] if column is not None and column < len(headers) else field
            plans.append(
                RowPlan(number, ERROR, {"name": name}, reason=refused, column=title, detail=detail)
            )
            continue
        typed = {**values, "side": side}
        person = (same_key(name), same_key(values.get("organisation", "")))
        outcome = SAME if person in known or person in seen else NEW
        seen.add(person)
        plans.append(RowPlan(number, outcome, typed))
    return plans


def prepare_people(
    path: Path | str,
    existing: Sequence[Participant],
    sheet_name: str | None = None,
    mapping: dict[str, int] | None = None,
    sheets: list[Sheet] | None = None,
) -> Prepared:
    sheets = read_table(path) if sheets is None else sheets
    if not sheets or not any(s.rows for s in sheets):
        raise Unreadable("empty")
    chosen = next((s for s in sheets if s.name == sheet_name), None) if sheet_name else None
    if chosen is None:
        chosen = best_sheet(sheets, PEOPLE_FIELDS)
    header = header_row(chosen.rows, PEOPLE_FIELDS)
    columns = (
        dict(mapping) if mapping is not None else guess_mapping(chosen.rows[header], PEOPLE_FIELDS)
    )
    if "name" not in columns:
        raise Unreadable("no_name_column")
    plans = plan_people(chosen.rows, header, Choices(columns), existing)
    return Prepared(sheets, chosen, header, columns, plans)
