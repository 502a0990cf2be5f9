"""Blank reflection sheets (振り返りシート, 帳票2) to hand out on paper: one A4 page per person
expected at the session, their name filled in, and a few without a name; the municipality,
the session and its date printed at the top, and room to write by hand under each question.
Staff type the filled sheets back in on the session's 振り返り tab."""

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
from app.models import Attendance, Participant, WorkshopSession
from app.models.furigana import in_gojuon
from app.store import repository, timeline
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
