"""The document's forms (``document.forms``): the answers of 帳票1 and 帳票5, one sheet at a
time (the municipality's, or a person's)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from app.document.part import Part
from app.models import FormAnswer
from app.models.values import FormAnswerValues
from app.store import rows as table


class Forms(Part):
    def answers(self, form: str) -> list[FormAnswer]:
        with self.file.read_session() as s:
            query = select(FormAnswer).where(FormAnswer.form == form)
            return list(s.scalars(query.order_by(FormAnswer.id)))

    def replace_sheet(
        self, form: str, participant_id: int | None, rows: Sequence[FormAnswerValues]
    ) -> None:
        """One sheet written in place of the same writer's earlier one."""
        earlier = [a.id for a in self.answers(form) if a.participant_id == participant_id]
        with self._writing() as s:
            if earlier:
                table.delete_rows(s, FormAnswer, earlier)
            if rows:
                table.insert_rows(s, FormAnswer, list(rows))
