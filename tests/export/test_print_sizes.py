"""Worksheets print readable at a table: least type sizes read back from the PDF, cards kept
in their zones, labels clear of cards and of each other, posters cut into tiles that cover
the sheet with the stated overlap."""

from __future__ import annotations

import itertools
from pathlib import Path

import pdfplumber
import pytest

from app.export.link_layout import LinkPlan, lay_out
from app.export.posters import OVERLAP, SIZES, TILE_PAPERS, sheet_paper
from app.export.readable import LABEL_PT, MARK_PT, NAME_FLOOR_PT, NAME_PT, readable, sizes_for
from app.export.report import ExportRequest, export_pdf
from app.export.worksheet_section import content_of
from app.paths import resource_path
from app.store import worksheets
from app.worksheets.geometry import Rect, contains
from app.worksheets.template import load_templates

BLANKS = ("sogo_triangle", "koreisha_triangle", "undo_barrel", "resource_grid")
MM = 72 / 25.4
WHITE = (1.0, 1.0, 1.0)


def _sheets_pdf(sample_file, tmp_path: Path, paper: str, tiles: str = "") -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / f"sheets-{paper}{tiles}.pdf"
    request = ExportRequest.single(
        worksheet_ids=None, blank_templates=BLANKS, paper=paper, tiles=tiles
    )
    export_pdf(sample_file, out, request)
    return out


def _sheet_chars(page):  # type: ignore[no-untyped-def]
    """The upright characters of the sheet, without the header and footer bands."""
    return [
        c
        for c in page.chars
        if c["text"].strip() and c["upright"] and 11 * MM < c["top"] < page.height - 9 * MM
    ]


def _colour(char) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
    colour = char.get("non_stroking_color") or (0.0,)
    return tuple(round(float(c), 2) for c in colour)


@pytest.mark.parametrize("paper", ["A3", "A4"])
def test_every_sheet_prints_at_the_least_sizes(sample_file, tmp_path: Path, paper: str) -> None:  # type: ignore[no-untyped-def]
    with pdfplumber.open(_sheets_pdf(sample_file, tmp_path, paper)) as pdf:
        assert len(pdf.pages) == (7 if paper == "A3" else 14)  # A4: each sheet over two pages
        names_at_full = names = 0
        for page in pdf.pages:
            for char in _sheet_chars(page):
                size = round(char["size"], 2)
                if _colour(char) == WHITE:  # kind marks and the barrel's hoops
                    assert size >= MARK_PT, (page.page_number, char["text"], size)
                    continue
                # card names, link labels, stave purposes, hints, story: 10 pt and more
                assert size >= min(NAME_FLOOR_PT, LABEL_PT), (page.page_number, char["text"], size)
                if _colour(char) == (0.13, 0.13, 0.13) and "Regular" in char["fontname"]:
                    names += 1
                    names_at_full += size >= NAME_PT
        assert names > 300
        # most at 12 pt (67 % on the sample); long names shrink, to 10 pt at least
        assert names_at_full / names > 0.6


def test_grown_cards_stay_in_their_zones_and_labels_stay_clear(sample_file) -> None:  # type: ignore[no-untyped-def]
    templates = load_templates(resource_path("templates"))
    a3_scale = min(
        (SIZES["A3"][0] - 16) * MM / 420, (SIZES["A3"][1] - 20) * MM / 297
    )  # points per template mm on the A3 page
    sizes = sizes_for(a3_scale)
    assert sizes.growth > 1.3
    with sample_file.read_session() as db:
        contents = [content_of(db, templates, s, "ja") for s in worksheets.worksheets(db)]
    barrel_labels = 0
    for content in contents:
        printed = readable(content, sizes)
        polygons = {shape.key: shape.polygon for shape in content.shapes}
        for before, after in zip(content.cards, printed.cards, strict=True):
            assert after.box.width == pytest.approx(before.box.width * sizes.growth)
            if before.zone in polygons and contains(polygons[before.zone], before.box.centre()):
                assert contains(polygons[before.zone], after.box.centre()), after.name
        boxes = [c.box for c in printed.cards]
        assert not any(_overlap(a, b) for a, b in itertools.combinations(boxes, 2))
        plans = [LinkPlan(a.key, a.source, a.target, a.label, a.pinned) for a in printed.arrows]
        drawn = lay_out(plans, boxes, content.template, size=sizes.label)
        labels = [d.box for d in drawn.values() if d.box is not None]
        if content.template.barrel is not None:
            barrel_labels = len(labels)
        assert not any(_overlap(a, b) for a, b in itertools.combinations(labels, 2))
        assert not any(_overlap(label, card) for label in labels for card in boxes)
    assert barrel_labels == 7


def _overlap(a: Rect, b: Rect) -> bool:
    return (
        min(a.right, b.right) > max(a.x, b.x) + 0.01
        and min(a.bottom, b.bottom) > max(a.y, b.y) + 0.01
    )


@pytest.mark.parametrize(
    ("size", "tiles"), [("A4", ""), ("A2", "A4"), ("mozoshi", "A3"), ("mozoshi", "A4")]
)
def test_poster_tiles_cover_the_sheet_with_the_stated_overlap(size: str, tiles: str) -> None:
    plan = sheet_paper(size, tiles)
    assert plan.tiled and len(plan.tiles) == plan.rows * plan.cols
    width, height = plan.drawing
    paper = TILE_PAPERS["A4" if size == "A4" else tiles]
    assert sorted(plan.page) == sorted(paper)  # each tile is a page of the office paper
    grid = {(t.row, t.col): t.region for t in plan.tiles}
    for (row, col), region in grid.items():
        right, below = grid.get((row, col + 1)), grid.get((row + 1, col))
        if right is not None:
            assert region.right - right.x == pytest.approx(OVERLAP)
        if below is not None:
            assert region.bottom - below.y == pytest.approx(OVERLAP)
    assert min(r.x for r in grid.values()) == 0 and min(r.y for r in grid.values()) == 0
    assert max(r.right for r in grid.values()) >= width - 1e-6
    assert max(r.bottom for r in grid.values()) >= height - 1e-6


def test_a_poster_on_a3_tiles_in_the_pdf(sample_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = sheet_paper("mozoshi", "A3")
    with pdfplumber.open(_sheets_pdf(sample_file, tmp_path, "mozoshi", "A3")) as pdf:
        assert len(pdf.pages) == 7 * len(plan.tiles)
        first = pdf.pages[0]
        assert sorted((round(first.width), round(first.height))) == [842, 1191]
        header = "".join(c["text"] for c in first.chars if c["top"] < 11 * MM)
        assert f"1/{len(plan.tiles)}枚目" in header and "貼り合わせ" in header
        # a card name far into the sheet prints once at the poster's own larger size
        sizes = [c["size"] for p in pdf.pages[: len(plan.tiles)] for c in _sheet_chars(p)]
        assert min(sizes) >= NAME_FLOOR_PT
