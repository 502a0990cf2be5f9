"""Blank forms to hand out on paper and type back in: reflection sheets (振り返りシート, 帳票2),
one A4 page per person expected at the session, their name filled in, and a few without a
name, with the session and its date at the top; and the entry sheet, 帳票1 and 帳票5 (one per
member of the municipality's staff). The municipality is printed at the top of each, and
there is room to write by hand under each question."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from app.export.pages import Mark, StartPage
from app.export.record_section import when
from app.export.styles import form, para
from app.export.words import word
from app.models import Attendance, Participant, ParticipantSide, WorkshopSession
from app.models.furigana import in_gojuon
from app.store import repository, timeline
from app.timeline.forms import ENTRY, entry_figures, load_form
from app.timeline.reflection import questions, title

#: Sheets without a name after the named ones, for whoever else comes.
SPARE = 3
#: The height the questions share on an A4 page, under the heading and the details.
WRITING = 214 * mm


def blank_reflection_pages(db: Session, session_ids: Sequence[int], lang: str) -> list[Flowable]:
    story: list[Flowable] = []
    town = repository.workshop(db).municipality_name
    for session_id in session_ids:
        session = db.get(WorkshopSession, session_id)
        if session is None:
            continue
        expected = {a.participant_id for a in timeline.children(db, Attendance, session_id)}
        people = in_gojuon(db.query(Participant).filter(Participant.id.in_(expected)))
        asked = questions(session.reflection_questions, lang)
        names = [(p.name, p.organisation) for p in people] + [("", "")] * SPARE
        heading = f"{word('blank_reflections', lang)}　{session.title}"
        for n, (name, organisation) in enumerate(names):
            story.append(StartPage("a4"))
            if n == 0:
                story.append(Mark(heading, 1))
            story += _sheet(town, session, name, organisation, asked, lang)
    return story


def blank_form_pages(db: Session, form_ids: Sequence[str], lang: str) -> list[Flowable]:
    """Blank sheets of the engagement's other forms: the entry sheet and 帳票1 once (the
    municipality's), 帳票5 once for each of the municipality's people and spares."""
    workshop = repository.workshop(db)
    story: list[Flowable] = []
    for form_id in form_ids:
        sheet = load_form(form_id, lang)
        writers: list[tuple[str, str]] = [("", "")]
        if sheet.per_person:
            staff = db.query(Participant).filter(Participant.side == ParticipantSide.MUNICIPALITY)
            writers = [(p.name, p.organisation) for p in in_gojuon(staff)] + [("", "")] * SPARE
        for n, (name, organisation) in enumerate(writers):
            story.append(StartPage("a4"))
            if n == 0:
                story.append(Mark(f"{word('blank_forms', lang)}　{sheet.title}", 1))
            rows: list[list[object]] = [
                [word("municipality", lang), workshop.municipality_name or "　"]
            ]
            if sheet.per_person:
                rows += [
                    [word("writer", lang), name or "　"],
                    [word("organisation", lang), organisation or "　"],
                ]
            story += [para(sheet.title, "h1"), para(sheet.when, "muted")]
            story += [form(rows, [28 * mm, 146 * mm]), Spacer(1, 4 * mm)]
            if form_id == ENTRY:
                figures: list[list[object]] = [[k, v] for k, v in entry_figures(workshop)]
                story += [form(figures, [60 * mm, 114 * mm]), Spacer(1, 3 * mm)]
            questions = list(sheet.questions) + ([word("issues", lang)] if form_id == ENTRY else [])
            taken = (40 * mm if form_id == ENTRY else 0) + (22 * mm if sheet.viewpoints else 0)
            room = max(24 * mm, (WRITING - taken) / len(questions) - 10 * mm)
            for question in questions:
                story += [para(question, "h3"), _box(room)]
            if sheet.viewpoints:
                marks = "　".join(f"□ {v.name}" for v in sheet.viewpoints)
                story.append(para(f"{word('viewpoints_to_tick', lang)}：{marks}", "small"))
    return story


def _sheet(
    town: str,
    session: WorkshopSession,
    name: str,
    organisation: str,
    asked: Sequence[str],
    lang: str,
) -> list[Flowable]:
    details = form(
        [
            [word("municipality", lang), town or "　"],
            [word("session", lang), f"{session.title}　{when(session, lang)}"],
            [word("writer", lang), name or "　"],
            [word("organisation", lang), organisation or "　"],
        ],
        [28 * mm, 146 * mm],
    )
    story: list[Flowable] = [para(title(lang), "h1"), details, Spacer(1, 4 * mm)]
    room = max(30 * mm, WRITING / max(1, len(asked)) - 10 * mm)
    for question in asked:
        story += [para(question, "h3"), _box(room)]
    return story


def _box(height: float) -> Table:
    """An empty ruled box to write in, with faint lines every 9 mm."""
    lines = max(1, int(height // (9 * mm)))
    box = Table(
        [[""] for _ in range(lines)], colWidths=[174 * mm], rowHeights=[height / lines] * lines
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, HexColor("#5a6470")),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, HexColor("#c8ced6")),
            ]
        )
    )
    return box
