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
from app.models import FormAnswer, Issue, IssueStep, Participant
from app.store import repository, timeline
from app.timeline.forms import ENTRY, FINAL, PRIOR, entry_figures, load_form, viewpoint_counts
from app.timeline.issues import followed_sessions
from app.timeline.issues import grid as grid_of
from app.timeline.labels import label


def entry_pages(db: Session, lang: str) -> list[Flowable]:
    """The 市町村エントリーシート: the municipality's figures, its answers and its 課題."""
    issues = list(
        db.scalars(
            select(Issue).where(Issue.raised_at_id.is_(None)).order_by(Issue.sort_order, Issue.id)
        )
    )
    answers = list(
        db.scalars(
            select(FormAnswer).where(FormAnswer.form == ENTRY).order_by(FormAnswer.sort_order)
        )
    )
    if not issues and not answers:
        return []
    sheet = load_form(ENTRY, lang)
    story: list[Flowable] = [StartPage("a4"), para(sheet.title, "h1"), para(sheet.when, "muted")]
    story.append(
        form([[k, v] for k, v in entry_figures(repository.workshop(db))], [60 * mm, 114 * mm])
    )
    for answer in answers:
        story += [para(answer.question, "h2"), para(answer.answer)]
    if issues:
        rows: list[list[object]] = [[word("theme", lang), word("issue", lang)]]
        rows += [[i.theme, i.text] for i in issues]
        story += [para(word("issues", lang), "h2"), grid(rows, [50 * mm, 124 * mm])]
    return story


def issue_pages(db: Session, lang: str) -> list[Flowable]:
    """課題 over time: each from the entry sheet (or the visit that raised it) through the
    visits and the report meeting, with what became of it and the note."""
    issues = list(db.scalars(select(Issue).order_by(Issue.sort_order, Issue.id)))
    if not issues:
        return []
    sessions = timeline.sessions(db)
    columns = followed_sessions(sessions)
    cells = grid_of(issues, list(db.scalars(select(IssueStep))), sessions)
    head: list[object] = [word("issue", lang), *[s.title for s in columns]]
    rows: list[list[object]] = [head]
    for issue, row in zip(issues, cells, strict=True):
        text = f"【{issue.theme}】{issue.text}" if issue.theme else issue.text
        shown = []
        for cell in row:
            if cell.mark is None:
                shown.append("—" if cell.before_raised else "")
            else:
                shown.append(label(cell.mark, lang) + (f"\n{cell.note}" if cell.note else ""))
        rows.append([text, *shown])
    first = 54 * mm
    rest = (174 * mm - first) / max(1, len(columns))
    title = word("issues_over_time", lang)
    return [StartPage("a4"), para(title, "h1"), grid(rows, [first, *[rest] * len(columns)])]


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
