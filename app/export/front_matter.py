"""The report's cover (with the municipality profile), contents page and resource list."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from app.export import fonts
from app.export.name_columns import INK, NameColumns, Row
from app.export.pages import Entry, Mark, StartPage
from app.export.styles import RULE, form, grid, para
from app.export.words import PROFILE_ROWS, word
from app.models import Resource, ResourceKind, ResourceStatus, Workshop
from app.models.dates import fiscal_year_label, format_date
from app.models.furigana import in_gojuon
from app.store import timeline
from app.timeline.attendance import chronological
from app.worksheets.card_style import STATUS_GLYPHS


def _value(value: object, unit: str) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, int):
        return f"{value:,}{unit}"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") + unit
    return f"{value}{unit}"


def cover(
    session: Session,
    workshop: Workshop,
    exported: str,
    counts: Sequence[tuple[str, int]],
    lang: str,
) -> list[Flowable]:
    place = f"{workshop.prefecture}{workshop.municipality_name}"
    year = fiscal_year_label(workshop.fiscal_year, lang) if workshop.fiscal_year else ""
    story: list[Flowable] = [
        StartPage("cover"),
        Spacer(0, 30 * mm),
        para(" ".join(x for x in (place, year) if x), "cover_sub"),
        Spacer(0, 4 * mm),
        para(workshop.name or workshop.municipality_name, "cover_title"),
        Spacer(0, 4 * mm),
        para(word("report", lang), "cover_sub"),
        Spacer(0, 14 * mm),
    ]
    rows: list[list[object]] = [
        [ja if lang != "en" else en, _value(getattr(workshop, field), unit)]
        for field, ja, en, unit in PROFILE_ROWS
    ]
    sessions = chronological(timeline.sessions(session))
    if sessions:
        first, last = sessions[0].day, sessions[-1].day
        rows.append(
            [
                word("period", lang),
                f"{format_date(first, lang=lang)} 〜 {format_date(last, lang=lang)}",
            ]
        )
    rows.append([word("summary", lang), "　".join(f"{name} {n}" for name, n in counts)])
    story.append(form(rows, [50 * mm, 110 * mm]))
    if workshop.memo.strip():
        story += [Spacer(0, 6 * mm), para(workshop.memo, "muted")]
    story += [Spacer(0, 10 * mm), para(f"{word('exported', lang)}: {exported}", "muted")]
    if workshop.is_fictional:
        story.append(para(word("sample", lang), "h2", colour="#c62828"))
    return story


def contents(
    entries: list[Entry] | None, expected: Sequence[tuple[str, int]], lang: str
) -> list[Flowable]:
    """The contents page. ``expected`` lists the (title, level) marks that follow, so the
    first pass lays out the same rows before the page numbers are known."""
    pages: dict[tuple[str, int], int] = {}
    if entries is not None:
        for entry in entries:
            pages.setdefault((entry.title, entry.level), entry.page)
    rows = []
    for title, level in expected:
        number = pages.get((title, level), "")
        rows.append(
            [
                para(title, "contents" if level == 0 else "contents_sub"),
                para(str(number), "contents_page" if level == 0 else "contents_sub_page"),
            ]
        )
    table = Table(rows, colWidths=[150 * mm, 20 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return [
        StartPage("a4"),
        Mark(word("contents", lang), 0),
        para(word("contents", lang), "h1"),
        table,
    ]


def _by_kind(session: Session) -> tuple[dict[str, ResourceKind], list[Resource]]:
    kinds = {k.id: k for k in session.query(ResourceKind)}
    order = {k: (kinds[k].sort_order, k) for k in kinds}
    resources = sorted(
        in_gojuon(session.query(Resource)), key=lambda r: order.get(r.kind_id, (999, ""))
    )
    return kinds, resources


def resource_list(session: Session, lang: str) -> list[Flowable]:
    """Every resource on a line or two under its kind, in two columns: its status mark, name
    and area. The detailed table (:func:`resource_details`) and the CSV have every field."""
    kinds, resources = _by_kind(session)
    rows: list[Row] = []
    current = None
    counts: dict[str, int] = {}
    for r in resources:
        counts[r.kind_id] = counts.get(r.kind_id, 0) + 1
    for r in resources:
        if r.kind_id != current:
            current = r.kind_id
            kind = kinds.get(r.kind_id)
            name = kind.display_name(lang) if kind else r.kind_id
            rows.append(Row(f"{name}（{counts[r.kind_id]}）", heading=True))
        glyph, colour = STATUS_GLYPHS[r.status]
        area = f"　{r.area}" if r.area else ""
        # Anything not running shows in its status colour: the gaps the room is looking for.
        ink = INK if r.status == ResourceStatus.ACTIVE else colour
        rows.append(Row(f"{glyph} {r.name}{area}", ink))
    legend = "　".join(f"{STATUS_GLYPHS[s][0]} {s.label(lang)}" for s in ResourceStatus)
    return [
        StartPage("a4"),
        Mark(word("resources", lang), 0),
        para(f"{word('resources', lang)}（{len(resources)}）", "h1"),
        para(legend, "muted"),
        Spacer(0, 2 * mm),
        NameColumns(rows),
    ]


def resource_details(session: Session, lang: str) -> list[Flowable]:
    """Every resource with its fields, in a table: for a town of tens of resources, or to
    check the list (a town of thousands reads its CSV)."""
    kinds, resources = _by_kind(session)
    rows: list[list[object]] = [
        [
            word("name", lang),
            word("kind", lang),
            word("operator", lang),
            word("area", lang),
            word("target", lang),
            word("status", lang),
        ]
    ]
    for r in resources:
        kind = kinds.get(r.kind_id)
        # Anything not running shows in red: the gaps the room is looking for.
        colour = None if r.status == ResourceStatus.ACTIVE else "#c62828"
        rows.append(
            [
                r.name,
                kind.display_name(lang) if kind else r.kind_id,
                r.operator,
                r.area,
                r.target,
                para(r.status.label(lang), "cell", colour=colour),
            ]
        )
    return [
        StartPage("a4"),
        Mark(word("resource_details", lang), 0),
        para(f"{word('resource_details', lang)}（{len(resources)}）", "h1"),
        # 状況 wide enough for 「機能していない」 on one line
        grid(rows, [42 * mm, 28 * mm, 30 * mm, 20 * mm, 28 * mm, 26 * mm]),
    ]
