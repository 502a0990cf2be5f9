"""Session records (議事録) on A4, and the engagement's open actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from app.export.pages import Mark, StartPage
from app.export.styles import form, grid, para
from app.export.words import word
from app.models import (
    Action,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    Participant,
    ParticipantSide,
)
from app.models.dates import format_date
from app.store import timeline
from app.timeline.actions import is_overdue, open_actions
from app.timeline.agenda import schedule, total
from app.timeline.attendance import chronological, newcomers
from app.timeline.labels import label

NAMES_PER_ROW = 12


def _hm(value: time | datetime | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def meeting_heading(meeting: Meeting, lang: str) -> str:
    return f"{meeting.title}（{format_date(meeting.day, lang=lang)}）"


def when(meeting: Meeting, lang: str) -> str:
    text = format_date(meeting.day, lang=lang, weekday=True)
    if meeting.part.value:
        text += " " + label(meeting.part, lang)
    if meeting.start is not None:
        text += f" {_hm(meeting.start)}〜{_hm(meeting.end)}"
    return text


def record_pages(
    session: Session, meeting_ids: Sequence[int] | None, today: date, lang: str
) -> list[Flowable]:
    meetings = chronological(timeline.meetings(session))
    new = newcomers(meetings, timeline.attendance_pairs(session))
    people = {p.id: p for p in session.query(Participant)}
    story: list[Flowable] = []
    for meeting in meetings:
        if meeting_ids is None or meeting.id in meeting_ids:
            story += [StartPage("a4"), Mark(meeting_heading(meeting, lang), 1)]
            story += record_flowables(
                session, meeting, people, new.get(meeting.id, set()), today, lang
            )
    return story


def record_flowables(
    session: Session,
    meeting: Meeting,
    people: dict[int, Participant],
    new: set[int],
    today: date,
    lang: str,
) -> list[Flowable]:
    story: list[Flowable] = [
        para(f"{word('record', lang)}　{meeting.title}", "h1"),
        form(
            [
                [word("date", lang), when(meeting, lang)],
                [word("mode", lang), label(meeting.mode, lang)],
                [word("venue", lang), meeting.venue or "—"],
                [word("stage", lang), label(meeting.stage, lang)],
            ],
            [28 * mm, 146 * mm],
        ),
    ]
    story += _participants(session, meeting, people, new, lang)
    story += _agenda(session, meeting, lang)
    decisions = timeline.children(session, Decision, meeting.id)
    if decisions:
        story.append(para(word("decisions", lang), "h2"))
        story += [para(f"{i}. {d.text}") for i, d in enumerate(decisions, start=1)]
    actions = timeline.children(session, Action, meeting.id)
    if actions:
        story.append(para(word("actions", lang), "h2"))
        story.append(actions_table(actions, today, lang))
    if meeting.notes.strip():
        story += [para(word("memo", lang), "h2"), para(meeting.notes)]
    return story


def _participants(
    session: Session, meeting: Meeting, people: dict[int, Participant], new: set[int], lang: str
) -> list[Flowable]:
    present = [
        people[a.participant_id]
        for a in timeline.children(session, Attendance, meeting.id)
        if a.participant_id in people
    ]
    if not present:
        return []
    rows: list[list[object]] = []
    for side in ParticipantSide:
        members = sorted((p for p in present if p.side == side), key=lambda p: (p.sort_order, p.id))
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


def _agenda(session: Session, meeting: Meeting, lang: str) -> list[Flowable]:
    items: list[AgendaItem] = timeline.children(session, AgendaItem, meeting.id)
    if not items:
        return []
    slots = schedule(meeting.start, [i.minutes for i in items])
    rows: list[list[object]] = [
        [
            "",
            word("time_planned", lang),
            word("minutes", lang),
            word("item", lang),
            word("presenter", lang),
            word("time_actual", lang),
        ]
    ]
    for n, (item, slot) in enumerate(zip(items, slots, strict=True), start=1):
        planned = f"{_hm(slot[0])}〜{_hm(slot[1])}" if slot else ""
        actual = f"{_hm(item.actual_start)}〜{_hm(item.actual_end)}" if item.actual_start else ""
        title = (
            f"{item.title}\n［{label(item.kind, lang)}］" if item.title else label(item.kind, lang)
        )
        rows.append([str(n), planned, str(item.minutes), title, item.presenter, actual])
    summary = total(meeting.start, meeting.end, [i.minutes for i in items])
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
            [8 * mm, 27 * mm, 10 * mm, 76 * mm, 26 * mm, 27 * mm],
        ),
        para(line, "muted", colour=colour),
    ]


def actions_table(
    actions: Sequence[Action], today: date, lang: str, meetings: dict[int, str] | None = None
) -> Flowable:
    header: list[object] = [
        word("what", lang),
        word("who", lang),
        word("due", lang),
        word("status", lang),
    ]
    widths = [88 * mm, 30 * mm, 32 * mm, 24 * mm]
    if meetings is not None:
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
        if meetings is not None:
            row.insert(0, meetings.get(action.meeting_id, ""))
        rows.append(row)
    for r in late_rows:
        rows[r] = [para(c, "cell", colour="#c62828") for c in rows[r]]
    return grid(rows, widths)


def open_action_pages(session: Session, today: date, lang: str) -> list[Flowable]:
    actions = open_actions(timeline.children(session, Action))
    titles = {m.id: m.title for m in timeline.meetings(session)}
    story: list[Flowable] = [
        StartPage("a4"),
        Mark(word("open_actions", lang), 0),
        para(word("open_actions", lang), "h1"),
    ]
    if not actions:
        return [*story, para(word("none", lang))]
    return [*story, actions_table(actions, today, lang, titles), Spacer(0, 4 * mm)]
