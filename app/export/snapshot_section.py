"""Snapshots: worksheets as they stood at the end of a session, and frozen boards."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from app.export import sheet_content
from app.export.pages import Mark, SheetFlowable, StartPage
from app.export.styles import para
from app.export.words import word
from app.export.worksheet_section import template_for
from app.models import Snapshot
from app.models.dates import format_date
from app.store import snapshots, timeline
from app.timeline.attendance import chronological
from app.worksheets.template import Template


def snapshot_pages(db: Session, templates: Mapping[str, Template], lang: str) -> list[Flowable]:
    story: list[Flowable] = []
    for session in chronological(timeline.sessions(db)):
        for shot in timeline.children(db, Snapshot, session.id):
            when = format_date(shot.taken_at.date(), lang=lang)
            title = f"{shot.title}（{session.title}・{when}）"
            if shot.source_kind == snapshots.WORKSHEET:
                template = template_for(templates, shot.content.get("template_id", ""))
                content = sheet_content.from_snapshot(shot.content, template, lang)
                content = replace(content, title=f"{content.title}　{session.title}時点")
                story += [StartPage("sheet"), Mark(title, 1), SheetFlowable(content)]
            else:
                story += [StartPage("a4"), Mark(title, 1), *_board(shot.content, title, lang)]
    return story


def _board(content: Mapping, title: str, lang: str) -> list[Flowable]:
    """A frozen board: its notes listed by column and group."""
    columns = {z["key"]: z["label"] for z in content.get("zones", [])}
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in content.get("items", []):
        groups[(item.get("zone", ""), item.get("group", ""))].append(item.get("label", ""))
    order = list(columns)
    story: list[Flowable] = [para(title, "h1")]
    for (zone, group), texts in sorted(
        groups.items(),
        key=lambda kv: (order.index(kv[0][0]) if kv[0][0] in order else len(order), kv[0][1]),
    ):
        heading = " ／ ".join(x for x in (columns.get(zone, ""), group) if x) or word("note", lang)
        story.append(para(f"{heading}（{len(texts)}）", "h3"))
        story += [para(f"・{text}", "body") for text in texts]
    return story
