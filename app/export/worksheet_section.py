"""Worksheet pages: the sheets as the room left them, their 過不足 tables, blank sheets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from app.export import sheet_content
from app.export.pages import Mark, SheetFlowable, StartPage
from app.export.photo_section import photo_flowables
from app.export.sheet_content import SheetContent, zone_counts
from app.export.styles import grid, para
from app.export.words import word
from app.models import OwnerKind, PhotoOwner, ResourceStatus, Worksheet
from app.store import worksheets
from app.worksheets.template import Template

FALLBACK_TEMPLATE = "blank"


def template_for(templates: Mapping[str, Template], template_id: str) -> Template:
    """A sheet's template; a sheet made from a template this version lacks prints blank."""
    return templates.get(template_id) or templates[FALLBACK_TEMPLATE]


def sheet_pages(content: SheetContent, zone_table: bool, lang: str) -> list[Flowable]:
    story: list[Flowable] = [StartPage("sheet"), Mark(content.title, 1), SheetFlowable(content)]
    if zone_table and content.zones:
        story += [StartPage("a4"), *zone_table_flowables(content, lang)]
    return story


def worksheet_pages(
    session: Session,
    templates: Mapping[str, Template],
    sheet_ids: Sequence[int] | None,
    zone_tables: bool,
    lang: str,
    photos: bool = True,
) -> list[Flowable]:
    story: list[Flowable] = []
    for sheet in worksheets.worksheets(session):
        if sheet_ids is None or sheet.id in sheet_ids:
            story += sheet_pages(content_of(session, templates, sheet, lang), zone_tables, lang)
            owner = PhotoOwner(OwnerKind.WORKSHEET, sheet.id)
            pictures = photo_flowables(session, owner, lang) if photos else []
            if pictures:  # on A4 after the sheet: the paper version, the whiteboard
                title = word("photos_of", lang).format(title=sheet.title)
                story += [StartPage("a4"), Mark(title, 2), para(title, "h1"), *pictures[1:]]
    return story


def content_of(
    session: Session, templates: Mapping[str, Template], sheet: Worksheet, lang: str
) -> SheetContent:
    template = template_for(templates, sheet.template_id)
    return sheet_content.from_worksheet(session, sheet, template, lang)


def blank_pages(templates: Mapping[str, Template], ids: Sequence[str], lang: str) -> list[Flowable]:
    story: list[Flowable] = []
    for template_id in ids:
        content = sheet_content.blank(templates[template_id], lang)
        story += [StartPage("sheet"), Mark(content.title, 1), SheetFlowable(content)]
    return story


def zone_table_flowables(content: SheetContent, lang: str) -> list[Flowable]:
    """The 過不足 table: cards per zone by status, with the names; empty zones marked."""
    statuses = list(ResourceStatus)
    header: list[object] = [word("zone", lang), word("count", lang)]
    header += [s.label(lang) for s in statuses] + [word("cards", lang)]
    rows: list[list[object]] = [header]
    empty_rows = []
    for row in zone_counts(content):
        label = row.label or word("outside", lang)
        if row.total == 0:
            empty_rows.append(len(rows))
            label = f"{label}（{word('missing', lang)}）"
        rows.append(
            [
                label,
                str(row.total),
                *(str(row.by_status[s] or "") for s in statuses),
                "、".join(row.names),
            ]
        )
    widths = [34 * mm, 12 * mm] + [14 * mm] * len(statuses) + [72 * mm]
    for r in empty_rows:
        rows[r][0] = para(rows[r][0], "cell", colour="#c62828")
    return [
        para(f"{content.title} — {word('zone_table', lang)}", "h2"),
        grid(rows, widths),
        Spacer(0, 4 * mm),
    ]
