"""Undoable forms: one sheet of 帳票1 or 帳票5 typed in, in place of the same writer's earlier
one, as one undo step."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.models.values import FormAnswerValues
from app.timeline.forms import MAX_ANSWER, load_form


def sheet_rows(
    form_id: str,
    participant_id: int | None,
    answers: Mapping[str, str],
    viewpoints: Sequence[str] = (),
) -> list[FormAnswerValues]:
    """The rows of one sheet in the form's question order; empty answers left out. Raises
    :class:`ValidationError` for a question the form does not ask, an answer too long to
    keep or a viewpoint it does not have."""
    form = load_form(form_id)
    unknown = [q for q in answers if q not in form.questions]
    if unknown:
        raise ValidationError("unknown_question", "question", unknown[0])
    known = {v.id for v in form.viewpoints}
    strange = [v for v in viewpoints if v not in known]
    if strange:
        raise ValidationError("unknown_viewpoint", "viewpoints", strange[0])
    rows: list[FormAnswerValues] = []
    for order, question in enumerate(form.questions):
        text = answers.get(question, "").replace("\r\n", "\n").strip()
        if len(text) > MAX_ANSWER:
            raise ValidationError("too_long", "answer", str(MAX_ANSWER))
        if text:
            rows.append(
                {
                    "form": form_id,
                    "participant_id": participant_id,
                    "question": question,
                    "answer": text,
                    "viewpoints": list(dict.fromkeys(viewpoints)),
                    "sort_order": order,
                }
            )
    return rows


class SaveFormSheet(Recorded):
    def __init__(
        self,
        document: WorkshopDocument,
        form_id: str,
        participant_id: int | None,
        answers: Mapping[str, str],
        viewpoints: Sequence[str] = (),
    ) -> None:
        self._rows = sheet_rows(form_id, participant_id, answers, viewpoints)
        self._form, self._person = form_id, participant_id
        text = QCoreApplication.translate("Commands", "Enter %1").replace(
            "%1", load_form(form_id).title
        )
        super().__init__(text, document)

    def perform(self) -> None:
        self.document.forms.replace_sheet(self._form, self._person, self._rows)
