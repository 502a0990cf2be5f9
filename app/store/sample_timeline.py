"""The sample's engagement: the さくら市-like sessions of fiscal 2022 with agendas, a roster
that grows visit by visit, decisions, actions, links and the snapshots of visits 1 and 3.

The visit-1 snapshot of 総合事業の三角形 is the sheet as it is now, taken back to how the
sample's story has it in September: the 通所C under its old name, two cards not yet
placed, one card in another zone, and one card since taken off.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from app.models import (
    Action,
    AgendaItem,
    Attendance,
    Decision,
    FormAnswer,
    Issue,
    IssueMark,
    IssueStep,
    Reflection,
    SessionLink,
    Snapshot,
    WorkshopSession,
)
from app.store import boards, snapshots, worksheets
from app.store import rows as table
from app.timeline.forms import ENTRY, FINAL, PRIOR, SUMMARY, load_form
from app.timeline.reflection import handbook_questions
from app.worksheets.sheet import zone_for_card, zone_shapes
from app.worksheets.template import Template


def add_engagement(db: Session, data: Mapping, templates: Mapping[str, Template]) -> None:
    people = {p.name: p.id for p in boards.participants(db)}
    sheets = {s.template_id: s.id for s in worksheets.worksheets(db)}
    board_ids = {b.title: b.id for b in boards.boards(db)}
    for row in data["sessions"]:
        session = WorkshopSession(
            kind=row["kind"],
            title=row["title"],
            day=date.fromisoformat(row["day"]),
            start=time.fromisoformat(row["start"]),
            end=time.fromisoformat(row["end"]),
            mode=row["mode"],
            venue=row.get("venue", ""),
            stage=row.get("stage", ""),
            notes=row.get("notes", ""),
        )
        db.add(session)
        db.flush()
        _add_rows(db, session.id, row, people, sheets, board_ids)
        for key, when in row.get("snapshots", {}).get("worksheets", {}).items():
            content = snapshots.capture_worksheet(db, sheets[key])
            if when == "visit1":
                content = _as_at_visit1(content, data["visit1"], templates[key])
            _freeze(db, session, "worksheet", sheets[key], content)
        for title in row.get("snapshots", {}).get("boards", []):
            content = snapshots.capture_board(db, board_ids[title])
            _freeze(db, session, "board", board_ids[title], content)


def add_forms(db: Session, data: Mapping) -> None:
    """The entry sheet and its 課題 followed through the visits, 帳票1 (the municipality's
    answers) and 帳票5 (a few staff members', tagged)."""
    people = {p.name: p.id for p in boards.participants(db)}
    rows = [
        {"form": form_id, "question": q, "answer": data[form_id][q], "sort_order": i}
        for form_id in (ENTRY, PRIOR, SUMMARY)
        for i, q in enumerate(load_form(form_id).questions)
        if q in data.get(form_id, {})
    ]
    final = load_form(FINAL)
    rows += [
        {
            "form": FINAL,
            "participant_id": people[sheet["who"]],
            "question": final.questions[0],
            "answer": sheet["answer"],
            "viewpoints": sheet.get("viewpoints", []),
        }
        for sheet in data.get(FINAL, [])
    ]
    table.insert_rows(db, FormAnswer, rows)
    sessions = {m.title: m.id for m in db.query(WorkshopSession)}
    for order, item in enumerate(data.get("issues", [])):
        raised = sessions[item["raised_at"]] if "raised_at" in item else None
        (issue_id,) = table.insert_rows(
            db,
            Issue,
            [
                {
                    "theme": item["theme"],
                    "text": item["text"],
                    "raised_at_id": raised,
                    "sort_order": order,
                }
            ],
        )
        table.insert_rows(
            db,
            IssueStep,
            [
                {
                    "issue_id": issue_id,
                    "session_id": sessions[title],
                    "mark": IssueMark(mark),
                    "note": note,
                }
                for title, (mark, note) in item.get("steps", {}).items()
            ],
        )


def _add_rows(
    db: Session,
    session_id: int,
    row: Mapping,
    people: Mapping[str, int],
    sheets: Mapping[str, int],
    board_ids: Mapping[str, int],
) -> None:
    def rows(items: list[dict]) -> list[dict]:
        return [dict(item, session_id=session_id, sort_order=i) for i, item in enumerate(items)]

    table.insert_rows(
        db,
        Attendance,
        [{"session_id": session_id, "participant_id": people[n]} for n in row.get("attendees", [])],
    )
    table.insert_rows(db, AgendaItem, rows(row.get("agenda", [])))
    table.insert_rows(db, Decision, rows([{"text": t} for t in row.get("decisions", [])]))
    actions = [
        {"what": what, "who": who, "due": date.fromisoformat(due), "status": status}
        for what, who, due, status in row.get("actions", [])
    ]
    table.insert_rows(db, Action, rows(actions))
    asked = handbook_questions()
    sheets_typed = [
        {
            "session_id": session_id,
            "participant_id": people[sheet["who"]],
            "question": question,
            "answer": answer,
            "sort_order": order,
        }
        for sheet in row.get("reflections", [])
        for order, (question, answer) in enumerate(zip(asked, sheet["answers"], strict=True))
    ]
    table.insert_rows(db, Reflection, sheets_typed)
    links = row.get("links", {})
    table.insert_rows(
        db,
        SessionLink,
        [{"session_id": session_id, "worksheet_id": sheets[k]} for k in links.get("worksheets", [])]
        + [{"session_id": session_id, "board_id": board_ids[t]} for t in links.get("boards", [])],
    )


def _as_at_visit1(content: dict, changes: Mapping, template: Template) -> dict:
    earlier = copy.deepcopy(content)
    shapes = zone_shapes(template, [z["key"] for z in earlier["zones"]])
    absent = set(changes["absent"])
    keep = []
    for item in earlier["items"]:
        if item["label"] in absent:
            continue
        if item["label"] in changes["moved"]:
            cx, cy = changes["moved"][item["label"]]
            item["x"], item["y"] = cx - item["w"] / 2, cy - item["h"] / 2
            item["zone"] = zone_for_card(shapes, item["x"], item["y"], item["w"], item["h"]) or ""
        item["label"] = changes["relabel"].get(item["label"], item["label"])
        keep.append(item)
    width, height = template.card_size
    for n, (label, cx, cy) in enumerate(changes["extra"]):
        x, y = cx - width / 2, cy - height / 2
        zone = zone_for_card(shapes, x, y, width, height) or ""
        keep.append(
            {
                "key": f"card:visit1-{n}",
                "identity": f"visit1-{n}",
                "label": label,
                "zone": zone,
                "x": x,
                "y": y,
                "w": width,
                "h": height,
                "colour": "",
            }
        )
    keys = {item["key"] for item in keep}
    earlier["items"] = keep
    earlier["links"] = [
        link for link in earlier["links"] if link["source"] in keys and link["target"] in keys
    ]
    return earlier


def _freeze(
    db: Session, session: WorkshopSession, kind: str, source_id: int, content: dict
) -> None:
    """A snapshot taken as the session ended (the sample's history, not today)."""
    end = session.end or session.start or time(17, 0)
    db.add(
        Snapshot(
            session_id=session.id,
            taken_at=datetime.combine(session.day, end),
            source_kind=kind,
            source_id=source_id,
            title=content["title"],
            content=content,
        )
    )
    db.flush()
