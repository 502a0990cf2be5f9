"""帳票1 事前情報 and 帳票5 in the report: the municipality's answers before the first
visit, question by question; each staff member's view at the end with the viewpoints it
was tagged with, and a small table counting them. A long answer flows over pages."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.pages import StartPage
from app.export.styles import form, grid, para
from app.export.words import word
from app.models import FormAnswer, Participant
from app.timeline.forms import FINAL, PRIOR, load_form, viewpoint_counts


def form_pages(db: Session, lang: str, which: Sequence[str] = (PRIOR, FINAL)) -> list[Flowable]:
    """The pages of the forms in ``which`` that have answers (帳票1 goes before the sessions'
    records in the report, 帳票5 after them, as the process runs)."""
    story: list[Flowable] = []
    for form_id in which:
        answers = list(
            db.scalars(select(FormAnswer).where(FormAnswer.form == form_id).order_by(FormAnswer.id))
        )
        if not answers:
            continue
        sheet = load_form(form_id, lang)
        story += [StartPage("a4"), para(sheet.title, "h1")]  # the report marks it (a section)
        story.append(para(sheet.when, "muted"))
        if not sheet.per_person:
            for answer in sorted(answers, key=lambda a: a.sort_order):
                story += [para(answer.question, "h2"), para(answer.answer)]
            continue
        people = {p.id: p for p in db.query(Participant)}
        names = {v.id: v.name for v in sheet.viewpoints}
        rows: list[list[object]] = [[word("writer", lang), word("answer", lang)]]
        for answer in answers:
            person = people.get(answer.participant_id or 0)
            who = f"{person.name}\n{person.side.label(lang)}" if person else word("no_name", lang)
            tags = "・".join(names[t] for t in answer.viewpoints if t in names)
            rows.append([who, f"{answer.answer}\n【{tags}】" if tags else answer.answer])
        story += [para(sheet.questions[0], "h2"), grid(rows, [40 * mm, 134 * mm])]
        counts = viewpoint_counts(sheet, [a.viewpoints for a in answers])
        if counts:
            table: list[list[object]] = [[f"{v.group}：{v.name}", f"{n}"] for v, n in counts]
            story += [para(word("viewpoints", lang), "h2"), form(table, [134 * mm, 40 * mm])]
    return story
