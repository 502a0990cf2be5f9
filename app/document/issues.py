"""The document's 課題 (``document.issues``): each named on the entry sheet or first at a
session, and what became of it at each session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select

from app.document.part import Part
from app.models import Issue, IssueStep
from app.models.values import IssueStepValues, IssueValues
from app.store import rows as table


class Issues(Part):
    def all(self) -> list[Issue]:
        with self.file.read_session() as s:
            return list(s.scalars(select(Issue).order_by(Issue.sort_order, Issue.id)))

    def steps(self) -> list[IssueStep]:
        with self.file.read_session() as s:
            return list(s.scalars(select(IssueStep).order_by(IssueStep.id)))

    def add(self, rows: Sequence[IssueValues]) -> list[int]:
        with self._writing() as s:
            return table.insert_rows(s, Issue, list(rows))

    def update(self, changes: Mapping[int, IssueValues]) -> None:
        with self._writing() as s:
            table.update_rows(s, Issue, changes)

    def delete(self, ids: Sequence[int]) -> None:
        """課題 with what became of them."""
        with self._writing() as s:
            table.delete_rows(s, Issue, ids)

    def set_step(self, issue_id: int, session_id: int, step: IssueStepValues | None) -> None:
        """What became of a 課題 at a session, in place of what was noted before (``None``:
        nothing noted)."""
        earlier = [
            st.id for st in self.steps() if (st.issue_id, st.session_id) == (issue_id, session_id)
        ]
        with self._writing() as s:
            if earlier:
                table.delete_rows(s, IssueStep, earlier)
            if step is not None:
                table.insert_rows(
                    s, IssueStep, [dict(step, issue_id=issue_id, session_id=session_id)]
                )
