"""Session records (議事録) on A4, and the engagement's open actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from app.export.pages import Mark, StartPage
from app.export.photo_section import photo_flowables
from app.export.styles import form, grid, para
from app.export.words import word
from app.models import (
    Action,
    AgendaItem,
    Attendance,
    Board,
    Decision,
    OwnerKind,
    Participant,
    ParticipantSide,
    PhotoOwner,
    Reflection,
    SessionLink,
    Snapshot,
    Worksheet,
    WorkshopSession,
)
from app.models.dates import format_date
from app.models.furigana import in_gojuon
from app.store import timeline
from app.timeline.actions import is_overdue, open_actions
from app.timeline.agenda import schedule, total
from app.timeline.attendance import chronological, newcomers
from app.timeline.labels import label
from app.timeline.reflection import questions

NAMES_PER_ROW = 12


def _hm(value: time | datetime | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def session_heading(session: WorkshopSession, lang: str) -> str:
    return f"{session.title}（{format_date(session.day, lang=lang)}）"


def when(session: WorkshopSession, lang: str) -> str:
    text = format_date(session.day, lang=lang, weekday=True)
    if session.part.value:
        text += " " + label(session.part, lang)
    if session.start is not None:
        text += f" {_hm(session.start)}〜{_hm(session.end)}"
    return text


def record_pages(
    db: Session, session_ids: Sequence[int] | None, today: date, lang: str, photos: bool = True
) -> list[Flowable]:
    sessions = chronological(timeline.sessions(db))
    new = newcomers(sessions, timeline.attendance_pairs(db))
    people = {p.id: p for p in db.query(Participant)}
    story: list[Flowable] = []
    unrecorded: list[WorkshopSession] = []
    for session in sessions:
        if session_ids is not None and session.id not in session_ids:
            continue
        owner = PhotoOwner(OwnerKind.SESSION, session.id)
        pictures = photo_flowables(db, owner, lang) if photos else []
        if not _recorded(db, session) and not pictures:
            unrecorded.append(session)  # on one page together, not a near-empty page each
            continue
        story += [StartPage("a4"), Mark(session_heading(session, lang), 1)]
        story += record_flowables(db, session, people, new.get(session.id, set()), today, lang)
        story += pictures
    if unrecorded:
        story += [StartPage("a4"), *_unrecorded(unrecorded, lang)]
    return story


def _recorded(db: Session, session: WorkshopSession) -> bool:
    """True when the session has anything beyond its date and place to print."""
    if session.notes.strip():
        return True
    return any(
        timeline.children(db, model, session.id)
        for model in (Attendance, AgendaItem, Decision, Action, SessionLink, Snapshot, Reflection)
    )


def _unrecorded(sessions: Sequence[WorkshopSession], lang: str) -> list[Flowable]:
    rows: list[list[object]] = [
        [word("session", lang), word("date", lang), word("mode", lang), word("venue", lang)]
    ]
    title = word("unrecorded", lang)
    story: list[Flowable] = [Mark(title, 1), para(title, "h1")]
    for session in sessions:  # bookmarks under the list's own; the page header keeps its title
        story.append(Mark(session_heading(session, lang), 2))
        rows.append([session.title, when(session, lang), label(session.mode, lang), session.venue])
    return [*story, grid(rows, [50 * mm, 62 * mm, 26 * mm, 36 * mm])]


def record_flowables(
    db: Session,
    session: WorkshopSession,
    people: dict[int, Participant],
    new: set[int],
    today: date,
    lang: str,
) -> list[Flowable]:
    story: list[Flowable] = [
        para(f"{word('record', lang)}　{session.title}", "h1"),
        form(
            [
                [word("date", lang), when(session, lang)],
                [word("mode", lang), label(session.mode, lang)],
                [word("venue", lang), session.venue or "—"],
                [word("stage", lang), label(session.stage, lang)],
            ],
            [28 * mm, 146 * mm],
        ),
    ]
    story += _participants(db, session, people, new, lang)
    story += _materials(db, session, lang)
    story += _agenda(db, session, lang)
    decisions = timeline.children(db, Decision, session.id)
    if decisions:
        story.append(para(word("decisions", lang), "h2"))
        story += [para(f"{i}. {d.text}") for i, d in enumerate(decisions, start=1)]
    actions = timeline.children(db, Action, session.id)
    if actions:
        story.append(para(word("actions", lang), "h2"))
        story.append(actions_table(actions, today, lang))
    story += _reflections(db, session, people, new, lang)
    if session.notes.strip():
        story += [para(word("memo", lang), "h2"), para(session.notes)]
    return story


def _reflections(
    db: Session, session: WorkshopSession, people: dict[int, Participant], new: set[int], lang: str
) -> list[Flowable]:
    """The reflection sheets, grouped by question: each answer with who wrote it, their side
    (市町村, 支援者 …) and NEW."""
    rows = timeline.children(db, Reflection, session.id)
    if not rows:
        return []
    writers = len({r.participant_id for r in rows})
    heading = f"{word('reflections', lang)}（{word('sheets_count', lang).format(n=writers)}）"
    story: list[Flowable] = [para(heading, "h2")]
    asked = questions(session.reflection_questions, lang)
    by_question: dict[str, list[Reflection]] = {}
    for row in rows:
        by_question.setdefault(row.question, []).append(row)
    for question in asked + [q for q in by_question if q not in asked]:
        answers = by_question.get(question)
        if not answers:
            continue
        table: list[list[object]] = []
        for row in answers:
            person = people.get(row.participant_id) if row.participant_id else None
            if person is None:
                who = word("no_name", lang)
            else:
                mark = f"【{word('new', lang)}】" if person.id in new else ""
                who = f"{mark}{person.name}\n{person.side.label(lang)}"
            table.append([who, row.answer])
        story += [para(question, "h3"), form(table, [40 * mm, 134 * mm])]
    return story


def _participants(
    db: Session, session: WorkshopSession, people: dict[int, Participant], new: set[int], lang: str
) -> list[Flowable]:
    present = [
        people[a.participant_id]
        for a in timeline.children(db, Attendance, session.id)
        if a.participant_id in people
    ]
    if not present:
        return []
    rows: list[list[object]] = []
    for side in ParticipantSide:
        members = in_gojuon(p for p in present if p.side == side)
        if not members:
            continue
        names = []
        for p in members:
            detail = "・".join(x for x in (p.organisation, p.role) if x)
            mark = f"【{word('new', lang)}】" if p.id in new else ""
            names.append(f"{mark}{p.name}" + (f"（{detail}）" if detail else ""))
        # At most a dozen names to a row, so a big meeting's list breaks across pages.
        for start in range(0, len(names), NAMES_PER_ROW):
            heading = f"{side.label(lang)}（{len(members)}）" if start == 0 else ""
            rows.append([heading, "\n".join(names[start : start + NAMES_PER_ROW])])
    return [
        para(f"{word('participants', lang)}（{len(present)}）", "h2"),
        form(rows, [34 * mm, 140 * mm]),
    ]


def _materials(db: Session, session: WorkshopSession, lang: str) -> list[Flowable]:
    """The worksheets and boards the session used, and the snapshots taken at its end."""
    used = []
    for link in timeline.children(db, SessionLink, session.id):
        if link.worksheet_id is not None:
            sheet = db.get(Worksheet, link.worksheet_id)
            if sheet is not None:
                used.append(f"{word('worksheet', lang)}：{sheet.title}")
        elif link.board_id is not None:
            board = db.get(Board, link.board_id)
            if board is not None:
                used.append(f"{word('board', lang)}：{board.title}")
    frozen = [s.title for s in timeline.children(db, Snapshot, session.id)]
    rows: list[list[object]] = []
    if used:
        rows.append([word("used", lang), "\n".join(used)])
    if frozen:
        rows.append([word("snapshots", lang), "\n".join(frozen)])
    if not rows:
        return []
    return [para(word("materials", lang), "h2"), form(rows, [34 * mm, 140 * mm])]


def _agenda(db: Session, session: WorkshopSession, lang: str) -> list[Flowable]:
    items: list[AgendaItem] = timeline.children(db, AgendaItem, session.id)
    if not items:
        return []
    slots = schedule(session.start, [i.minutes for i in items])
    timed = any(item.actual_start for item in items)  # no 実績 column while none was kept
    header: list[object] = [
        "",
        word("time_planned", lang),
        word("minutes", lang),
        word("item", lang),
        word("presenter", lang),
    ]
    rows: list[list[object]] = [[*header, word("time_actual", lang)] if timed else header]
    for n, (item, slot) in enumerate(zip(items, slots, strict=True), start=1):
        planned = f"{_hm(slot[0])}〜{_hm(slot[1])}" if slot else ""
        actual = f"{_hm(item.actual_start)}〜{_hm(item.actual_end)}" if item.actual_start else ""
        title = (
            f"{item.title}\n［{label(item.kind, lang)}］" if item.title else label(item.kind, lang)
        )
        row: list[object] = [str(n), planned, str(item.minutes), title, item.presenter]
        rows.append([*row, actual] if timed else row)
    summary = total(session.start, session.end, [i.minutes for i in items])
    line = f"{word('total', lang)} {summary.minutes}{word('minutes', lang)}"
    if summary.ends_at is not None:
        line += f"（〜{_hm(summary.ends_at)}）"
    colour = None
    if summary.over_by:
        line += (
            f"　予定より{summary.over_by}分超過"
            if lang != "en"
            else f"  {summary.over_by} min over"
        )
        colour = "#c62828"
    return [
        para(word("agenda", lang), "h2"),
        grid(
            rows,
            [8 * mm, 27 * mm, 10 * mm, 76 * mm, 26 * mm, 27 * mm]
            if timed
            else [8 * mm, 27 * mm, 10 * mm, 103 * mm, 26 * mm],
        ),
        para(line, "muted", colour=colour),
    ]


def actions_table(
    actions: Sequence[Action], today: date, lang: str, sessions: dict[int, str] | None = None
) -> Flowable:
    header: list[object] = [
        word("what", lang),
        word("who", lang),
        word("due", lang),
        word("status", lang),
    ]
    widths = [88 * mm, 30 * mm, 32 * mm, 24 * mm]
    if sessions is not None:
        header.insert(0, word("session", lang))
        widths = [26 * mm, 68 * mm, 26 * mm, 32 * mm, 22 * mm]
    rows: list[list[object]] = [header]
    late_rows = []
    for action in actions:
        due = format_date(action.due, lang=lang) if action.due else "—"
        status = label(action.status, lang)
        if is_overdue(action, today):
            late_rows.append(len(rows))
            status += f"\n{word('overdue', lang)}"
        row: list[object] = [action.what, action.who, due, status]
        if sessions is not None:
            row.insert(0, sessions.get(action.session_id, ""))
        rows.append(row)
    for r in late_rows:
        rows[r] = [para(c, "cell", colour="#c62828") for c in rows[r]]
    return grid(rows, widths)


def open_action_pages(db: Session, today: date, lang: str) -> list[Flowable]:
    actions = open_actions(timeline.children(db, Action))
    titles = {m.id: m.title for m in timeline.sessions(db)}
    story: list[Flowable] = [
        StartPage("a4"),
        Mark(word("open_actions", lang), 0),
        para(word("open_actions", lang), "h1"),
    ]
    if not actions:
        return [*story, para(word("none", lang))]
    return [*story, actions_table(actions, today, lang, titles), Spacer(0, 4 * mm)]
