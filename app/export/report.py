"""The PDF export: the full workshop report, or any selection of its parts.

``export_pdf`` reads the workshop in one session, lays the pages out twice (for the
contents page numbers), and writes the file whole or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from app.export import fonts
from app.export.blank_forms import blank_form_pages, blank_reflection_pages
from app.export.board_section import board_pages
from app.export.form_section import entry_pages, form_pages, issue_pages
from app.export.front_matter import contents, cover, resource_details, resource_list
from app.export.output import write_atomic
from app.export.pages import Entry, Mark, PageInfo, Progress, StartPage, build
from app.export.posters import sheet_paper
from app.export.record_section import open_action_pages, record_pages
from app.export.snapshot_section import snapshot_pages
from app.export.summary_page import summary_pages
from app.export.words import word
from app.export.worksheet_section import blank_pages, worksheet_pages
from app.models import Resource, Snapshot
from app.models.dates import format_date
from app.paths import resource_path
from app.store import boards, repository, timeline, worksheets
from app.store.workshop_file import WorkshopFile
from app.timeline.forms import ENTRY, FINAL, PRIOR, load_form
from app.worksheets.template import Template, load_templates

Ids = tuple[int, ...] | None  # None: every one; (): none


@dataclass(frozen=True)
class ExportRequest:
    """Which parts to print. The defaults make the full report."""

    cover: bool = True  # with the municipality profile
    contents: bool = True
    resource_list: bool = True  # every resource on a line, by kind
    resource_details: bool = False  # every resource with its fields, in a table
    worksheet_ids: Ids = None
    blank_templates: tuple[str, ...] = ()
    #: Sessions whose blank reflection sheets to print (one per person expected, and spares).
    blank_reflections: tuple[int, ...] = ()
    #: Other forms to print blank (``entry_sheet``, ``prior_information``, ``final_view``).
    blank_forms: tuple[str, ...] = ()
    board_ids: Ids = None
    session_ids: Ids = None
    snapshots: bool = True
    open_actions: bool = True
    paper: str = "A3"  # worksheets' paper (see posters.SIZES, and A4); records are on A4
    tiles: str = ""  # a poster size cut into pages of this paper (A4 or A3)
    zone_tables: bool = False
    photos: bool = True  # the photos of sessions, boards and sheets, after each
    forms: bool = True  # 帳票1 事前情報 and 帳票5, when they have answers
    summary: bool = True  # the 報告会's one page, A4 landscape
    lang: str = "ja"
    today: date = field(default_factory=date.today)

    @classmethod
    def single(cls, **parts: object) -> ExportRequest:
        """Only the parts named, e.g. ``single(worksheet_ids=(3,), paper="A4")``."""
        nothing: dict[str, object] = {
            "cover": False,
            "contents": False,
            "resource_list": False,
            "worksheet_ids": (),
            "board_ids": (),
            "session_ids": (),
            "snapshots": False,
            "forms": False,
            "summary": False,
            "open_actions": False,
        }
        if parts.pop("front_matter", False):  # cover, contents and the resource list
            nothing.update(cover=True, contents=True, resource_list=True)
        return cls(**{**nothing, **parts})  # type: ignore[arg-type]


def _section(title: str, flowables: list[Flowable]) -> list[Flowable]:
    """A section's bookmark on the page where its first item starts."""
    if not flowables:
        return []
    first = next(i for i, f in enumerate(flowables) if not isinstance(f, StartPage))
    return [*flowables[:first], Mark(title, 0), *flowables[first:]]


def _body(
    session: Session, templates: Mapping[str, Template], request: ExportRequest
) -> list[Flowable]:
    lang = request.lang
    story: list[Flowable] = []
    if request.resource_list:
        story += resource_list(session, lang)
    if request.resource_details:
        story += resource_details(session, lang)
    story += _section(
        word("worksheets", lang),
        worksheet_pages(
            session, templates, request.worksheet_ids, request.zone_tables, lang, request.photos
        ),
    )
    story += _section(
        word("blank_sheets", lang), blank_pages(templates, request.blank_templates, lang)
    )
    story += _section(
        word("boards", lang), board_pages(session, _list(request.board_ids), lang, request.photos)
    )
    if request.forms:
        story += _section(load_form(ENTRY, lang).title, entry_pages(session, lang))
        story += _section(load_form(PRIOR, lang).title, form_pages(session, lang, (PRIOR,)))
    story += _section(
        word("records", lang),
        record_pages(session, request.session_ids, request.today, lang, request.photos),
    )
    if request.forms:
        story += _section(word("issues_over_time", lang), issue_pages(session, lang))
        story += _section(load_form(FINAL, lang).title, form_pages(session, lang, (FINAL,)))
    story += _section(
        word("blank_reflections", lang),
        blank_reflection_pages(session, request.blank_reflections, lang),
    )
    story += _section(
        word("blank_forms", lang), blank_form_pages(session, request.blank_forms, lang)
    )
    if request.snapshots:
        story += _section(word("snapshots", lang), snapshot_pages(session, templates, lang))
    if request.open_actions:
        story += open_action_pages(session, request.today, lang)
    if request.summary:
        story += _section(word("meeting_summary", lang), summary_pages(session, lang))
    return story


def _list(ids: Ids) -> list[int] | None:
    return None if ids is None else list(ids)


def _counts(session: Session, lang: str) -> list[tuple[str, int]]:
    return [
        (word("resources", lang).replace("一覧", ""), session.query(Resource).count()),
        (word("worksheets", lang), len(worksheets.worksheets(session))),
        (word("boards", lang), len(boards.boards(session))),
        (word("session", lang), len(timeline.sessions(session))),
        (word("snapshots", lang), session.query(Snapshot).count()),
    ]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    size: int
    #: What could not be printed as written (see :func:`app.export.fonts.noting`).
    unprintable: tuple[str, ...] = ()


def render_pdf(
    session: Session,
    request: ExportRequest,
    templates: Mapping[str, Template] | None = None,
    progress: Progress | None = None,
) -> tuple[bytes, int]:
    """The PDF's bytes and page count."""
    fonts.register()
    templates = templates or load_templates(resource_path("templates"))
    workshop = repository.workshop(session)
    lang = request.lang
    exported = format_date(request.today, lang=lang)
    info = PageInfo(
        workshop.name or workshop.municipality_name, exported, workshop.is_fictional, lang
    )
    body = _body(session, templates, request)
    marks = [(f.title, f.level) for f in body if isinstance(f, Mark)]
    counts = _counts(session, lang) if request.cover else []

    def story(entries: list[Entry] | None) -> list[Flowable]:
        # Flowables are used up by a build: the second pass lays out fresh ones.
        parts = body if entries is None else _body(session, templates, request)
        front: list[Flowable] = []
        if request.cover:
            front += cover(session, workshop, exported, counts, lang)
        if request.contents:
            front += contents(entries, marks, lang)
        return front + parts

    title = f"{info.workshop} — {word('report', lang)}" if request.cover else info.workshop
    return build(story, info, sheet_paper(request.paper, request.tiles), title, progress)


def export_pdf(
    workshop_file: WorkshopFile,
    out: Path | str,
    request: ExportRequest | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the PDF to ``out``; raises :class:`app.export.output.ExportError` when it cannot."""
    request = request or ExportRequest()
    with workshop_file.read_session() as session, fonts.noting() as unprintable:
        data, pages = render_pdf(session, request, progress=progress)
    write_atomic(out, data)
    return ExportResult(Path(out), pages, len(data), tuple(unprintable))
