"""The printed document: page templates, headers and footers, outline and contents.

Three page templates share one header and footer: ``a4`` (portrait records and lists),
``sheet`` (worksheets on A3 or A4 landscape) and ``cover``. Section markers
(:class:`Mark`) become PDF bookmarks and contents entries. The document is built twice:
the first pass learns on which page each section starts, the second prints the contents
page with those numbers (its length does not depend on them, so two passes suffice).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from app import APP_NAME_JA
from app.export import fonts, posters, readable
from app.export.posters import SheetPaper, Tile
from app.export.sheet_content import SheetContent
from app.export.sheet_page import draw_sheet
from app.export.tagging import TaggedFrame, Tags, add_structure, begin_artifact, end_artifact
from app.export.text import shorten
from app.export.tile_page import draw_map, draw_tile, tile_words
from app.export.words import word
from app.worksheets.geometry import Rect

#: Streams (fonts, photos, pages) written as binary, not ASCII85: reportlab's pure-Python
#: ASCII85 encoder took most of the time a report with photos takes, and made it a quarter
#: larger. Every PDF reader reads binary streams.
rl_config.useA85 = 0

#: Bands above and below a worksheet for the header and footer.
SHEET_TOP, SHEET_BOTTOM, SHEET_SIDE = posters.TOP * mm, posters.BOTTOM * mm, posters.SIDE * mm


@dataclass(frozen=True)
class PageInfo:
    """What every page's header and footer show."""

    workshop: str
    exported: str
    fictional: bool = False
    lang: str = "ja"


@dataclass(frozen=True)
class Entry:
    """A contents and outline entry: a section (level 0) or an item in it (level 1)."""

    title: str
    level: int
    page: int
    key: str


class Mark(Flowable):
    """An invisible marker where a section or item begins."""

    structure_role = None  # nothing to read: the heading after it is

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.level = title, level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class SheetFlowable(Flowable):
    """A worksheet filling the whole frame of a ``sheet`` page; on tiled paper the
    document prints it as its tiles instead (see :func:`_paginate`)."""

    def __init__(self, content: SheetContent) -> None:
        super().__init__()
        self.content = content

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    structure_role = "Figure"

    @property
    def alt(self) -> str:
        return sheet_alt(self.content)

    def draw(self) -> None:
        draw_sheet(self.canv, self.content, Rect(0, 0, self.width, self.height))


class TileFlowable(Flowable):
    """One tile of a worksheet printed as a poster, filling a tile page's frame."""

    def __init__(self, content: SheetContent, paper: SheetPaper, tile: Tile) -> None:
        super().__init__()
        self.content, self.paper, self.tile = content, paper, tile

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    structure_role = "Figure"

    @property
    def alt(self) -> str:
        return sheet_alt(self.content)

    def draw(self) -> None:
        draw_tile(self.canv, self.content, self.paper, self.tile)


def sheet_alt(content: SheetContent) -> str:
    """A sheet in words, for a screen reader: its title, then each zone's cards."""
    parts = [content.title]
    for zone in content.zones:
        names = [c.name for c in content.cards if c.zone == zone.key]
        if names:
            parts.append(f"{zone.label}: {'、'.join(names)}")
    unplaced = [c.name for c in content.cards if not c.zone]
    if unplaced:
        parts.append("、".join(unplaced))
    return "。".join(parts)


class StartPage(Flowable):
    """Where a new page on template ``template`` begins (``a4``, ``sheet`` or ``cover``)."""

    structure_role = None

    def __init__(self, template: str) -> None:
        super().__init__()
        self.template = template


def _paginate(flowables: list[Flowable], paper: SheetPaper) -> tuple[str, list[Flowable]]:
    """The first page's template, and the story with page starts made into breaks (and,
    on tiled paper, each worksheet made into its tiles, a page each)."""
    first = "a4"
    result: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, SheetFlowable) and paper.tiled:
            for n, tile in enumerate(paper.tiles):
                if n:
                    result.append(PageBreak())
                result.append(TileFlowable(flowable.content, paper, tile))
        elif not isinstance(flowable, StartPage):
            result.append(flowable)
        elif not result:
            first = flowable.template
        else:
            result += [NextPageTemplate(flowable.template), PageBreak()]
    return first, result


Progress = Callable[[float], None]


@dataclass
class _Pass:
    entries: list[Entry] = field(default_factory=list)
    heading: str = ""
    steps: int = 0
    tile: Tile | None = None  # the poster tile on the page being finished


class ReportDocument(BaseDocTemplate):
    def __init__(
        self, target: io.BytesIO, info: PageInfo, paper: SheetPaper, title: str, first: str
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            title=title,
            author=info.workshop,
            creator=APP_NAME_JA,
            subject=word("report", info.lang),
            lang="en" if info.lang == "en" else "ja",
            # Every font on every page embedded: no reference to an unembedded Helvetica.
            initialFontName=fonts.face(),
        )
        self.info = info
        self.state = _Pass()
        self.tags = Tags()

        def frame(*args: Any, **kwargs: Any) -> TaggedFrame:
            return TaggedFrame(*args, tags=self.tags, page=lambda: self.page, **kwargs)

        self.on_step: Callable[[], None] = lambda: None
        a4_w, a4_h = A4
        margin = 18 * mm
        a4_frame = frame(margin, 16 * mm, a4_w - 2 * margin, a4_h - 36 * mm, id="a4")
        self.paper = paper
        sheet_w, sheet_h = paper.page[0] * mm, paper.page[1] * mm
        if paper.tiled:  # the tile's printed part, the same margin all round
            side = bottom = top = posters.TILE_MARGIN * mm
        else:
            side, bottom, top = SHEET_SIDE, SHEET_BOTTOM, SHEET_TOP
        sheet_frame = frame(
            side,
            bottom,
            sheet_w - 2 * side,
            sheet_h - top - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="sheet",
        )
        cover_frame = frame(margin, 20 * mm, a4_w - 2 * margin, a4_h - 40 * mm, id="cover")
        # A4 landscape for the one-page summary of the 報告会.
        wide_frame = frame(14 * mm, 14 * mm, a4_h - 28 * mm, a4_w - 28 * mm, id="landscape")
        templates = [
            PageTemplate("a4", [a4_frame], onPageEnd=self._decorate, pagesize=A4),
            PageTemplate(
                "sheet", [sheet_frame], onPageEnd=self._decorate, pagesize=(sheet_w, sheet_h)
            ),
            PageTemplate("cover", [cover_frame], onPageEnd=self._footer_only, pagesize=A4),
            PageTemplate(
                "landscape", [wide_frame], onPageEnd=self._decorate, pagesize=(a4_h, a4_w)
            ),
        ]
        # The first template in the list is the first page's.
        self.addPageTemplates(sorted(templates, key=lambda t: t.id != first))

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab's hook)
        self.canv.showOutline()  # the PDF opens with its bookmarks panel

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's hook)
        if isinstance(flowable, Mark):
            key = f"s{len(self.state.entries)}"
            self.state.entries.append(Entry(flowable.title, flowable.level, self.page, key))
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.title, key, level=flowable.level, closed=flowable.level > 0
            )
            if flowable.level <= 1:  # the page header names a section or an item in it
                self.state.heading = flowable.title
            self.on_step()
        if isinstance(flowable, TileFlowable):
            self.state.tile = flowable.tile

    def _decorate(self, canvas, doc) -> None:
        begin_artifact(canvas)  # headers and footers are not the report's text
        self._header(canvas)
        self._footer(canvas, doc)
        end_artifact(canvas)

    def _footer_only(self, canvas, doc) -> None:
        begin_artifact(canvas)
        self._footer(canvas, doc)
        end_artifact(canvas)

    def _header(self, canvas) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(fonts.face(), 8)
        canvas.setFillColor(HexColor("#555555"))
        # Each side of the header gets half the line; longer names end in an ellipsis.
        half = (width - 2 * SHEET_SIDE - 8 * mm) / 2 - 4 * mm
        left, right = self.info.workshop, self.state.heading
        tile = self.state.tile
        if tile is not None:  # a poster's tile: how to put it together, and where it goes
            left = word("tile_help", self.info.lang)
            right = f"{right}　{tile_words(self.paper, tile, self.info.lang)}"
        left, right = (
            text
            if fonts.width(text, fonts.face(), 8) <= half
            else shorten(text, half, fonts.face(), 8)
            for text in (left, right)
        )
        fonts.draw(canvas, SHEET_SIDE + 4 * mm, height - 7 * mm, left, fonts.face(), 8)
        fonts.draw(
            canvas, width - SHEET_SIDE - 4 * mm, height - 7 * mm, right, fonts.face(), 8, "end"
        )
        canvas.setStrokeColor(HexColor("#c8ccd2"))
        canvas.setLineWidth(0.4)
        canvas.line(
            SHEET_SIDE + 4 * mm, height - 8.6 * mm, width - SHEET_SIDE - 4 * mm, height - 8.6 * mm
        )
        canvas.restoreState()
        if tile is not None:
            draw_map(canvas, self.paper, tile, width / 2 - 6 * mm, 4 * mm)
            self.state.tile = None

    def _footer(self, canvas, doc) -> None:
        width, _ = canvas._pagesize
        info = self.info
        canvas.saveState()
        canvas.setFont(fonts.face(), 8)
        canvas.setFillColor(HexColor("#555555"))
        canvas.drawCentredString(width / 2, 5 * mm, f"{doc.page}")
        canvas.drawRightString(
            width - SHEET_SIDE - 4 * mm,
            5 * mm,
            f"{APP_NAME_JA}　{word('exported', info.lang)} {info.exported}",
        )
        if info.fictional:
            canvas.setFont(fonts.face(True), 9)
            canvas.setFillColor(HexColor("#c62828"))
            canvas.drawString(SHEET_SIDE + 4 * mm, 5 * mm, word("sample", info.lang))
        canvas.restoreState()


def build(
    story: Callable[[list[Entry] | None], list[Flowable]],
    info: PageInfo,
    paper: SheetPaper,
    title: str,
    progress: Progress | None = None,
) -> tuple[bytes, int]:
    """The PDF's bytes and its page count. ``story(entries)`` makes the flowables; ``entries`` is ``None`` on
    the first pass and the sections' pages on the second."""
    entries: list[Entry] | None = None
    result, pages = b"", 0
    readable.forget()
    for pass_index in range(2):
        target = io.BytesIO()
        first, flowables = _paginate(story(entries), paper)
        doc = ReportDocument(target, info, paper, title, first)
        total = max(1, sum(isinstance(f, Mark) for f in flowables))

        def step(doc: ReportDocument = doc, total: int = total, base: int = pass_index) -> None:
            doc.state.steps += 1
            if progress is not None:
                progress(min(1.0, (base + doc.state.steps / total) / 2))

        doc.on_step = step
        doc.build(flowables)
        entries = doc.state.entries
        result, pages = target.getvalue(), doc.page
    lang = "en" if info.lang == "en" else "ja"
    return add_structure(result, doc.tags, lang, title), pages
