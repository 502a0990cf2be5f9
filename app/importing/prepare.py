"""From a file to a plan in one call: read it, choose the sheet, find the header, guess the
columns (or take the user's), match kinds and plan every row. Used by the dialog and by
``wagamachi --import``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.importing.columns import FIELDS, Fields, guess_mapping, header_row
from app.importing.kinds import KindMatcher
from app.importing.plan import Choices, RowPlan, plan_rows
from app.importing.reading import Sheet, Unreadable, read_table
from app.models import Resource, ResourceKind


@dataclass(frozen=True)
class Prepared:
    sheets: list[Sheet]
    sheet: Sheet
    header: int
    mapping: dict[str, int]
    plans: list[RowPlan]

    @property
    def headers(self) -> list[str]:
        return self.sheet.rows[self.header] if self.sheet.rows else []


def best_sheet(sheets: Sequence[Sheet], fields: Fields = FIELDS) -> Sheet:
    """The sheet whose header names a name column, with the most rows; else the first."""
    named = [
        s
        for s in sheets
        if s.rows and "name" in guess_mapping(s.rows[header_row(s.rows, fields)], fields)
    ]
    return max(named, key=lambda s: len(s.rows)) if named else sheets[0]


def prepare(
    path: Path | str,
    kinds: Sequence[ResourceKind],
    existing: Sequence[Resource],
    sheet_name: str | None = None,
    mapping: Mapping[str, int] | None = None,
    kind_map: Mapping[str, str] | None = None,
    update_same: bool = False,
    default_kind: str | None = None,
    sheets: list[Sheet] | None = None,
    row_kinds: Mapping[int, str] | None = None,
) -> Prepared:
    """The plan for ``path`` (or for ``sheets`` already read from it)."""
    sheets = read_table(path) if sheets is None else sheets
    if not sheets or not any(s.rows for s in sheets):
        raise Unreadable("empty")
    if sheet_name is not None:
        chosen = next((s for s in sheets if s.name == sheet_name), None)
        if chosen is None:
            raise Unreadable("no_sheet", sheet_name)
    else:
        chosen = best_sheet(sheets)
    header = header_row(chosen.rows)
    columns = dict(mapping) if mapping is not None else guess_mapping(chosen.rows[header])
    if "name" not in columns:
        raise Unreadable("no_name_column")
    choices = Choices(columns, update_same, default_kind, dict(row_kinds or {}))
    plans = plan_rows(chosen.rows, header, choices, KindMatcher(kinds, kind_map), existing)
    return Prepared(sheets, chosen, header, columns, plans)
