"""Undoable forms: one sheet of the entry sheet, 帳票1 or 帳票5 typed in, in place of the same
writer's earlier one, as one undo step; 課題 added, edited, deleted and followed session by
session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded
from app.document import WorkshopDocument
from app.models import Issue, IssueMark
from app.models.rules import ValidationError
from app.models.text_limits import limit
from app.models.values import FormAnswerValues, IssueStepValues, IssueValues
from app.timeline.forms import MAX_ANSWER, given_answers, load_form


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
    known = {v.id for v in form.viewpoints}
    strange = [v for v in viewpoints if v not in known]
    if strange:
        raise ValidationError("unknown_viewpoint", "viewpoints", strange[0])
    return [
        {
            "form": form_id,
            "participant_id": participant_id,
            "question": question,
            "answer": text,
            "viewpoints": list(dict.fromkeys(viewpoints)),
            "sort_order": order,
        }
        for order, question, text in given_answers(form.questions, answers, MAX_ANSWER)
    ]


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


def _issue_text(text: str) -> str:
    clean = " ".join(text.split())
    if not clean:
        raise ValidationError("empty_text", "text")
    if len(clean) > limit(Issue, "text"):
        raise ValidationError("too_long", "text", str(limit(Issue, "text")))
    return clean


class AddIssue(Recorded):
    """A 課題 under a theme: from the entry sheet, or first raised at a session."""

    def __init__(
        self, document: WorkshopDocument, theme: str, text: str, raised_at: int | None = None
    ) -> None:
        self._row: IssueValues = {
            "theme": theme.strip()[:40],
            "text": _issue_text(text),
            "raised_at_id": raised_at,
            "sort_order": len(document.issues.all()),
        }
        super().__init__(QCoreApplication.translate("Commands", "Add issue"), document)

    def perform(self) -> None:
        self.document.issues.add([self._row])


class EditIssue(Recorded):
    def __init__(self, document: WorkshopDocument, issue_id: int, theme: str, text: str) -> None:
        self._id = issue_id
        self._changes: IssueValues = {"theme": theme.strip()[:40], "text": _issue_text(text)}
        super().__init__(QCoreApplication.translate("Commands", "Edit issue"), document)

    def perform(self) -> None:
        self.document.issues.update({self._id: self._changes})


class DeleteIssues(Recorded):
    def __init__(self, document: WorkshopDocument, ids: Sequence[int]) -> None:
        self._ids = list(ids)
        super().__init__(QCoreApplication.translate("Commands", "Delete issue"), document)

    def perform(self) -> None:
        self.document.issues.delete(self._ids)


class MarkIssue(Recorded):
    """What became of a 課題 at a session (変化, 深化, 細分化, 解決, 新規) with a note; no mark
    and no note takes what was noted away."""

    def __init__(
        self,
        document: WorkshopDocument,
        issue_id: int,
        session_id: int,
        mark: IssueMark | None,
        note: str = "",
    ) -> None:
        self._issue, self._session = issue_id, session_id
        note = note.strip()
        if len(note) > MAX_ANSWER:
            raise ValidationError("too_long", "note", str(MAX_ANSWER))
        if mark is None and note:
            raise ValidationError("no_mark", "mark")
        self._step: IssueStepValues | None = (
            {"mark": mark, "note": note} if mark is not None else None
        )
        super().__init__(QCoreApplication.translate("Commands", "Note an issue's change"), document)

    def perform(self) -> None:
        self.document.issues.set_step(self._issue, self._session, self._step)
