"""The engagement's own tables for a workbook: attendance, agendas, decisions, actions.

Rows of plain values (text, numbers, real dates and times), header first, for
:mod:`app.export.workbook` to lay out; nothing here knows about Excel.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Action, AgendaItem, Decision, Participant, Reflection
from app.models.furigana import in_gojuon
from app.store import timeline
from app.timeline.agenda import schedule
from app.timeline.attendance import chronological, newcomers
from app.timeline.labels import label
from app.timeline.reflection import questions

Rows = list[list[object]]
NEW, PRESENT = "NEW", "○"


def attendance(session: Session, lang: str = "ja") -> Rows:
    """Participants × sessions: ○ where they attended, NEW the first time."""
    sessions = chronological(timeline.sessions(session))
    pairs = timeline.attendance_pairs(session)
    present = set(pairs)
    new = newcomers(sessions, pairs)
    header: list[object] = ["氏名", "ふりがな", "所属", "役職", "立場", "テーブル"]
    header += [f"{s.title}（{s.day.month}/{s.day.day}）" for s in sessions]
    rows: Rows = [header]
    for p in in_gojuon(session.query(Participant)):
        row: list[object] = [
            p.name,
            p.furigana,
            p.organisation,
            p.role,
            p.side.label(lang),
            p.table_name,
        ]
        for s in sessions:
            if (s.id, p.id) in present:
                row.append(NEW if p.id in new.get(s.id, set()) else PRESENT)
            else:
                row.append("")
        rows.append(row)
    return rows


def agendas(session: Session, lang: str = "ja") -> Rows:
    """Every session's 次第: planned times from the session's start, and what was kept."""
    rows: Rows = [
        [
            "セッション",
            "日付",
            "順",
            "予定開始",
            "予定終了",
            "分",
            "項目",
            "種類",
            "担当",
            "実績開始",
            "実績終了",
        ]
    ]
    for s in chronological(timeline.sessions(session)):
        items = timeline.children(session, AgendaItem, s.id)
        slots = schedule(s.start, [i.minutes for i in items])
        for n, (item, slot) in enumerate(zip(items, slots, strict=True), start=1):
            start, end = slot if slot is not None else (None, None)
            rows.append(
                [
                    s.title,
                    s.day,
                    n,
                    start,
                    end,
                    item.minutes,
                    item.title,
                    label(item.kind, lang),
                    item.presenter,
                    item.actual_start.time() if item.actual_start else None,
                    item.actual_end.time() if item.actual_end else None,
                ]
            )
    return rows


def decisions(session: Session) -> Rows:
    rows: Rows = [["セッション", "日付", "番号", "決定事項"]]
    for s in chronological(timeline.sessions(session)):
        for n, d in enumerate(timeline.children(session, Decision, s.id), start=1):
            rows.append([s.title, s.day, n, d.text])
    return rows


def actions(session: Session, lang: str = "ja") -> Rows:
    rows: Rows = [["セッション", "日付", "内容", "担当", "期限", "状況"]]
    for s in chronological(timeline.sessions(session)):
        for a in timeline.children(session, Action, s.id):
            rows.append([s.title, s.day, a.what, a.who, a.due, label(a.status, lang)])
    return rows


def reflections(session: Session, lang: str = "ja") -> Rows:
    """Every reflection sheet's answers (振り返りシート), session by session, question by
    question: who wrote it, their side and NEW the first time they came."""
    rows: Rows = [["セッション", "日付", "質問", "氏名", "立場", "初参加", "回答", "スマホから"]]
    sessions = chronological(timeline.sessions(session))
    new = newcomers(sessions, timeline.attendance_pairs(session))
    people = {p.id: p for p in session.query(Participant)}
    for s in sessions:
        asked = questions(s.reflection_questions, lang)
        answers = timeline.children(session, Reflection, s.id)
        order = {q: i for i, q in enumerate(asked)}
        for row in sorted(answers, key=lambda r: (order.get(r.question, len(order)), r.id)):
            person = people.get(row.participant_id) if row.participant_id else None
            rows.append(
                [
                    s.title,
                    s.day,
                    row.question,
                    person.name if person else "（記名なし）",
                    person.side.label(lang) if person else "",
                    NEW if person and person.id in new.get(s.id, set()) else "",
                    row.answer,
                    "○" if row.from_phone else "",
                ]
            )
    return rows
