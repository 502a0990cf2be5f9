"""The 報告会 page: one A4 landscape page with the town, its 課題 then and now, the same
figures as the snapshot comparison of the 総合事業の三角形, the ideas with most dots, the
chosen quote; and the same page as a 1920-pixel PNG slide."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from app.export.report import ExportRequest, export_pdf
from app.export.slide import summary_png
from app.export.summary_page import triangle_change
from app.store.workshop_file import open_workshop


def test_the_summary_page_says_what_the_comparison_says(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    with open_workshop(sample_path, read_only=True) as wf:
        result = export_pdf(wf, out, ExportRequest.single(summary=True))
        with wf.read_session() as db:
            change = triangle_change(db)
    assert change is not None
    first, last, comparison = change
    assert (first, last) == ("1回目支援", "3回目支援")
    reader = PdfReader(str(out))
    assert result.pages == len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = page.extract_text().replace("\n", "")
    assert "さくら市" in text and "報告会のまとめ" in text and "2023年3月17日" in text
    figures = (
        f"追加 {len(comparison.added)}・削除 {len(comparison.removed)}・"
        f"移動 {len(comparison.moved)}・名称変更 {len(comparison.relabelled)}"
    )
    assert figures.replace(" ", "") in "".join(text.split())  # a line may break at a space
    assert comparison.added[0].label in text
    assert "利用者が少なく" in text and "来年度から卒業式" in text  # a 課題, then and now
    assert "今ある取組をつなぐ" in text  # the quote the facilitator chose
    assert "● 12" in text  # the idea with most dots


def test_the_summary_is_a_png_slide(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "slide.png"
    with open_workshop(sample_path, read_only=True) as wf:
        summary_png(wf, out)
    with Image.open(out) as picture:
        assert picture.width == 1920 and picture.height < picture.width
        assert len(picture.convert("L").getcolors(256) or []) > 16  # drawn, not a blank page
