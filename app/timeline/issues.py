"""課題 over time: the columns the handbook follows them through (the entry sheet, then each
visit and the report meeting, in date order) and, for each 課題 and column, what became of
it. No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.models import Issue, IssueMark, IssueStep, SessionKind, WorkshopSession
from app.timeline.attendance import chronological

#: The sessions a 課題 is followed through.
FOLLOWED = (SessionKind.VISIT, SessionKind.REPORT)


@dataclass(frozen=True)
class Cell:
    mark: IssueMark | None
    note: str
    before_raised: bool  # the column comes before the 課題 was first named


def followed_sessions(sessions: Sequence[WorkshopSession]) -> list[WorkshopSession]:
    return [s for s in chronological(sessions) if s.kind in FOLLOWED]


def grid(
    issues: Sequence[Issue], steps: Sequence[IssueStep], sessions: Sequence[WorkshopSession]
) -> list[list[Cell]]:
    """For each 課題, one cell per followed session."""
    columns = followed_sessions(sessions)
    days = {s.id: s.day for s in sessions}
    noted = {(st.issue_id, st.session_id): st for st in steps}
    rows = []
    for issue in issues:
        raised = days.get(issue.raised_at_id) if issue.raised_at_id is not None else None
        row = []
        for session in columns:
            step = noted.get((issue.id, session.id))
            before = raised is not None and session.day < raised
            row.append(Cell(step.mark if step else None, step.note if step else "", before))
        rows.append(row)
    return rows
