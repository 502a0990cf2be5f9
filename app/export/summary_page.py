"""The 報告会 page: one A4 landscape page per municipality for its ten minutes at the report
meeting — the town in one line; its 課題 then and now; what changed on the 総合事業の三角形
between the first and the last snapshot; the ideas that drew most dots; decisions and open
actions; and a quote from the reflection sheets the facilitator chose."""

from __future__ import annotations

from datetime import date

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.boards.voting import totals
from app.export import fonts
from app.export.pages import StartPage
from app.export.styles import para
from app.export.words import word
from app.models import (
    Action,
    ActionStatus,
    Decision,
    FormAnswer,
    Issue,
    IssueStep,
    Note,
    SessionKind,
    Snapshot,
    Vote,
    Worksheet,
)
from app.store import repository, timeline
from app.timeline.attendance import chronological
from app.timeline.compare import Comparison, compare
from app.timeline.forms import SUMMARY, entry_figures
from app.timeline.labels import label

TRIANGLE = "sogo_triangle"  # the template of 総合事業の三角形
MOST = 5  # items a list on the page shows
LONGEST = 90  # characters of one item shown; the rest is in the report's own pages


def triangle_change(db: Session) -> tuple[str, str, Comparison] | None:
    """The 総合事業の三角形's first and last snapshot (by session date), and what changed."""
    sheets = {w.id for w in db.scalars(select(Worksheet).where(Worksheet.template_id == TRIANGLE))}
    if not sheets:
        return None
    days = {s.id: (s.day, s.title) for s in timeline.sessions(db)}
    shots = [
        s
        for s in db.scalars(select(Snapshot).where(Snapshot.source_kind == "worksheet"))
        if s.source_id in sheets and s.session_id in days
    ]
    if len(shots) < 2:
        return None
    shots.sort(key=lambda s: (days[s.session_id][0], s.taken_at))
    first, last = shots[0], shots[-1]
    return days[first.session_id][1], days[last.session_id][1], compare(first.content, last.content)


def summary_pages(db: Session, lang: str) -> list[Flowable]:
    workshop = repository.workshop(db)
    sessions = chronological(timeline.sessions(db))
    meeting = next((s for s in sessions if s.kind == SessionKind.REPORT), None)
    when = f"（{meeting.day:%Y年%-m月%-d日}）" if meeting else ""
    title = f"{workshop.municipality_name}　{word('meeting_summary', lang)}{when}"
    figures = "・".join(f"{k} {v}" for k, v in entry_figures(workshop) if v != "—")
    left = [para(word("issues_then_now", lang), "h2"), *_issues(db, sessions, lang)]
    middle = [para(word("triangle_change", lang), "h2"), *_triangle(db, lang)]
    right = [
        para(word("top_ideas", lang), "h2"),
        *_top_ideas(db),
        para(word("decisions", lang), "h2"),
        *[para(_short(f"・{d.text}"), "body") for d in _decisions(db, sessions)],
        para(word("open_actions", lang), "h2"),
        *_open_actions(db, lang),
    ]
    # A row may run on to a second page rather than fail, however long what it holds.
    columns = Table([[left, middle, right]], colWidths=[92 * mm, 82 * mm, 92 * mm], splitInRow=1)
    columns.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),  # never reportlab's Helvetica
                ("LINEBEFORE", (1, 0), (-1, 0), 0.4, HexColor("#c8ccd2")),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list[Flowable] = [StartPage("landscape"), para(title, "h1"), para(figures, "muted")]
    story.append(columns)
    quote = db.scalars(select(FormAnswer).where(FormAnswer.form == SUMMARY)).first()
    if quote is not None and quote.answer:
        story.append(para(f"「{_short(quote.answer, 3 * LONGEST)}」", "quote"))
    return story


def _issues(db: Session, sessions: list, lang: str) -> list[Flowable]:
    issues = list(db.scalars(select(Issue).order_by(Issue.sort_order, Issue.id)))
    order = {s.id: n for n, s in enumerate(sessions)}
    latest: dict[int, IssueStep] = {}
    for step in db.scalars(select(IssueStep)):
        held = latest.get(step.issue_id)
        if held is None or order.get(step.session_id, -1) > order.get(held.session_id, -1):
            latest[step.issue_id] = step
    rows: list[Flowable] = []
    for issue in issues[: 2 * MOST]:
        now_step = latest.get(issue.id)
        now = f"{label(now_step.mark, lang)}：{now_step.note}" if now_step else "—"
        rows.append(para(_short(f"【{issue.theme}】{issue.text}"), "h3"))
        rows.append(para(_short(f"→ {now}"), "body"))
    return rows or [para("—", "body")]


def _triangle(db: Session, lang: str) -> list[Flowable]:
    change = triangle_change(db)
    if change is None:
        return [para(word("no_snapshots", lang), "body")]
    first, last, result = change
    counts = (
        f"{first} → {last}：{word('added', lang)} {len(result.added)}・"
        f"{word('removed', lang)} {len(result.removed)}・{word('moved', lang)} {len(result.moved)}・"
        f"{word('renamed', lang)} {len(result.relabelled)}"
    )
    story: list[Flowable] = [para(counts, "h3")]
    for mark, items in (("＋", result.added), ("－", result.removed)):
        story += [
            para(_short(f"{mark} {i.label}" + (f"（{i.zone}）" if i.zone else "")), "body")
            for i in items[:MOST]
        ]
    story += [
        para(_short(f"→ {i.label}：{i.old_zone}→{i.zone}"), "body") for i in result.moved[:MOST]
    ]
    return story


def _top_ideas(db: Session) -> list[Flowable]:
    counted = totals(db.scalars(select(Vote)))
    best = [nid for nid, n in counted.most_common(MOST) if n > 0]
    notes = {n.id: n for n in db.scalars(select(Note).where(Note.id.in_(best)))}
    shown: list[Flowable] = [
        para(_short(f"● {counted[nid]}　{notes[nid].text}"), "body") for nid in best if nid in notes
    ]
    return shown or [para("—", "body")]


def _decisions(db: Session, sessions: list) -> list[Decision]:
    found: list[Decision] = []
    for session in reversed(sessions):  # the latest first
        found += timeline.children(db, Decision, session.id)
        if len(found) >= MOST:
            break
    return found[:MOST]


def _open_actions(db: Session, lang: str, today: date | None = None) -> list[Flowable]:
    actions = [a for a in db.scalars(select(Action)) if a.status != ActionStatus.DONE]
    actions.sort(key=lambda a: (a.due or date.max, a.id))
    shown: list[Flowable] = [
        para(
            _short(f"・{a.what}（{a.who or '—'}{'、' + f'{a.due:%-m/%-d}' if a.due else ''}）"),
            "body",
        )
        for a in actions[:MOST]
    ]
    return shown or [para("—", "body")]


def _short(text: str, most: int = LONGEST) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
