"""Undoable reflection sheets: one person's answers for a session, typed in from paper
(replacing what was typed for them before), and the facilitator's own questions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded
from app.document import WorkshopDocument
from app.models import Reflection
from app.models.values import ReflectionValues
from app.timeline.forms import given_answers
from app.timeline.reflection import MAX_ANSWER, questions


def answer_rows(
    document: WorkshopDocument,
    session_id: int,
    participant_id: int | None,
    answers: Mapping[str, str],
    from_phone: bool = False,
) -> list[ReflectionValues]:
    """The rows of one sheet, in the session's question order; empty answers left out.
    Raises :class:`ValidationError` for a question the session does not ask or an answer
    too long to keep."""
    asked = questions(document.timeline.session(session_id).reflection_questions)
    return [
        {
            "session_id": session_id,
            "participant_id": participant_id,
            "question": question,
            "answer": text,
            "sort_order": order,
            "from_phone": from_phone,
        }
        for order, question, text in given_answers(asked, answers, MAX_ANSWER)
    ]


def replace_sheet(
    document: WorkshopDocument,
    session_id: int,
    participant_id: int | None,
    rows: list[ReflectionValues],
) -> None:
    """Write one person's sheet in place of their earlier one (call inside a change)."""
    if participant_id is not None:
        earlier = [
            r.id
            for r in document.timeline.rows(Reflection, session_id)
            if r.participant_id == participant_id
        ]
        if earlier:
            document.timeline.delete_rows(Reflection, earlier)
    if rows:
        document.timeline.add_rows(Reflection, rows)


class SaveReflection(Recorded):
    """A reflection sheet typed in from paper: one person's answers, one undo step."""

    def __init__(
        self,
        document: WorkshopDocument,
        session_id: int,
        participant_id: int | None,
        answers: Mapping[str, str],
    ) -> None:
        self._rows = answer_rows(document, session_id, participant_id, answers)
        super().__init__(QCoreApplication.translate("Commands", "Enter reflection sheet"), document)
        self._session, self._person = session_id, participant_id

    def perform(self) -> None:
        replace_sheet(self.document, self._session, self._person, self._rows)
