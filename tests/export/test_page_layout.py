"""The report's pages laid out as a reader expects, read back with pdfplumber: aligned
values and page numbers, no word split in a short column, text inside its box, records
that name what the session used, no near-empty pages."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from app.export.report import ExportRequest, export_pdf
from app.models import Resource, WorkshopSession
from app.store.workshop_file import open_workshop
from tests.export.pdf_reading import outline

MM = 72 / 25.4


def _lines(page) -> list[list[dict]]:  # type: ignore[no-untyped-def]
    """The page's characters grouped into lines by their baseline."""
    rows: dict[float, list[dict]] = {}
    for char in page.chars:
        if char["text"].strip():
            rows.setdefault(round(char["bottom"], 1), []).append(char)
    return [sorted(chars, key=lambda c: c["x0"]) for _, chars in sorted(rows.items())]


def _text(chars: list[dict]) -> str:
    return "".join(c["text"] for c in chars)


def test_front_matter_aligns_and_keeps_words_whole(sample_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "front.pdf"
    request = ExportRequest.single(front_matter=True, resource_details=True, worksheet_ids=None)
    export_pdf(sample_file, out, request)
    with pdfplumber.open(out) as pdf:
        cover, contents = pdf.pages[0], pdf.pages[1]
        # every value of the profile table starts at the same left edge
        values = [
            line
            for line in _lines(cover)
            if _text(line).startswith(("全国地方公共団体コード", "日常生活圏域数", "人口"))
        ]
        assert len(values) == 3
        starts = {round(next(c for c in line if c["x0"] > 60 * MM)["x0"]) for line in values}
        assert len(starts) == 1, starts  # 092142 and 7 are not right-aligned
        # each entry of the contents and its page number share a baseline
        numbered = [line for line in _lines(contents) if _text(line)[-1:].isdigit()]
        assert any("総合事業の三角形" in _text(line) for line in numbered)
        assert len(numbered) >= 5  # 地域資源一覧, ワークシート and its three sheets
        details = [p.extract_text() for p in pdf.pages if "地域資源の詳細" in p.extract_text()]
        text = "".join(details)
    assert "運営主体" in text and "機能していない" in text.replace(" ", "")
    assert "機能してい\nない" not in text  # the 状況 column holds it on one line


def test_the_resource_list_sets_thousands_in_columns_and_loses_none(
    sample_path: Path, tmp_path: Path
) -> None:
    with open_workshop(sample_path) as workshop_file:
        with workshop_file.session() as db:
            db.add_all(
                Resource(name=f"○○地区 サロン {i}", kind_id="salon", area="北部圏域")
                for i in range(1200)
            )
        out = tmp_path / "list.pdf"
        start = time.perf_counter()
        result = export_pdf(workshop_file, out, ExportRequest.single(resource_list=True))
        seconds = time.perf_counter() - start
    reader = PdfReader(str(out))
    text = "".join(page.extract_text() for page in reader.pages)
    assert {int(n) for n in re.findall(r"サロン (\d+)", text)} == set(range(1200))
    assert result.pages <= 14  # two columns of short rows: about 100 to a page
    assert seconds < 10  # generous for a busy machine; benchmarks/ holds the budget


def test_records_name_their_materials_and_drop_empty_parts(
    sample_path: Path, tmp_path: Path
) -> None:
    with open_workshop(sample_path) as workshop_file:
        with workshop_file.session() as db:
            db.add(WorkshopSession(title="打ち合わせ（予定）", day=date(2023, 7, 1)))
            db.add(WorkshopSession(title="電話確認", day=date(2023, 7, 8)))
        out = tmp_path / "records.pdf"
        export_pdf(workshop_file, out, ExportRequest.single(session_ids=None))
    reader = PdfReader(str(out))
    pages = [page.extract_text() for page in reader.pages]
    visit2 = next(text for text in pages if "議事録 2回目支援" in text)
    assert "使った資料" in visit2 and "総合事業の三角形" in visit2
    assert "実績" not in visit2  # no agenda time was kept: no empty 実績 column
    # the two sessions with nothing recorded share one page, listed, and keep bookmarks
    listing = [text for text in pages if "記録のないセッション" in text]
    assert len(listing) == 1 and "打ち合わせ（予定）" in listing[0] and "電話確認" in listing[0]
    assert not any("議事録 電話確認" in text for text in pages)
    marks = outline(reader)
    listed = next(
        n for n, (_level, title, _page) in enumerate(marks) if title == "記録のないセッション"
    )
    assert any("電話確認" in title and level == 2 for level, title, _ in marks[listed:])
    header = pages[marks[listed][2]].splitlines()[0]
    assert "記録のないセッション" in header  # not the last session's title
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # opens with bookmarks


def test_sheets_keep_their_words_in_their_boxes(sample_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sheets.pdf"
    request = ExportRequest.single(
        worksheet_ids=None, snapshots=True, blank_templates=("resource_grid",)
    )
    export_pdf(sample_file, out, request)
    with pdfplumber.open(out) as pdf:
        sogo = pdf.pages[0]
        first = next(c for c in sogo.chars if c["text"] == "未")  # 未配置・検討中（…）
        box = next(
            r
            for r in sogo.rects
            if r["x0"] <= first["x0"] <= r["x1"] and r["top"] <= first["top"] <= r["bottom"]
        )
        heading = [  # the box's heading: its first two lines, and anything running out of it
            c
            for c in sogo.chars
            if box["top"] <= c["top"] <= box["top"] + 14 * MM
            and box["x0"] - 20 * MM <= c["x0"] <= box["x1"] + 20 * MM
        ]
        assert len(heading) >= 15
        assert all(box["x0"] <= c["x0"] and c["x1"] <= box["x1"] for c in heading)
        grid = next(p for p in pdf.pages if "状態像に応じた地域の資源" in (p.extract_text() or ""))
        cells = [r for r in grid.rects if r["width"] > 100 * MM]
        left = min(r["x0"] for r in cells)
        labels = [c for c in grid.chars if c["x0"] < left and c["top"] > 60 * MM]
        assert labels and all(c["x1"] <= left for c in labels)  # row labels stop at the grid
        snapshot_pages = [p for p in pdf.pages if "支援時点" in (p.extract_text() or "")]
        assert snapshot_pages
        for page in snapshot_pages:  # snapshot cards carry no status: no key to statuses
            assert "稼働中" not in page.extract_text()
        assert "稼働中" in sogo.extract_text()
