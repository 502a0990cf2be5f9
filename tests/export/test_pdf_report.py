"""The PDF report read back with pypdf: sizes, text, embedded fonts, outline, page count."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.export.report import ExportRequest, export_pdf
from app.models import Resource
from app.store import boards, timeline, worksheets
from app.store.workshop_file import open_workshop
from tests.export.pdf_reading import (
    A3_LANDSCAPE,
    A4_PORTRAIT,
    font_files,
    outline,
    read,
    size,
    text_of,
)

TODAY = date(2026, 11, 23)


def _titles(sample_file) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    with sample_file.session() as db:
        return {
            "sheets": [s.title for s in worksheets.worksheets(db)],
            "boards": [b.title for b in boards.boards(db)],
            "sessions": [m.title for m in timeline.sessions(db)],
        }


def test_full_report_has_every_section_in_its_outline_and_paper(
    sample_file, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    result = export_pdf(sample_file, out, ExportRequest(today=TODAY))
    reader = read(out)
    assert len(reader.pages) == result.pages

    marks = outline(reader)
    sections = [title for level, title, _ in marks if level == 0]
    assert sections == [
        "目次",
        "地域資源一覧",
        "ワークシート",
        "付箋ボード",
        "市町村エントリーシート",
        "帳票1 事前情報",
        "セッション記録（議事録）",
        "課題の変化（エントリーシートから報告会まで）",
        "帳票5 支援を終えて",
        "スナップショット",
        "未完了のアクション",
        "報告会のまとめ",
    ]
    items = [(title, page) for level, title, page in marks if level == 1]
    titles = _titles(sample_file)
    # every sheet, board and session has its own bookmark, plus the three sample snapshots
    assert len(items) == len(titles["sheets"]) + len(titles["boards"]) + len(titles["sessions"]) + 3
    assert [t for t, _ in items[:3]] == titles["sheets"]

    # worksheets on A3 landscape, records and the cover on A4 portrait
    for _title, page in items[:3]:
        assert size(reader.pages[page]) == pytest.approx(A3_LANDSCAPE, abs=0.1)
    record_pages = [page for title, page in items if title.startswith("2回目支援（")]
    assert size(reader.pages[record_pages[0]]) == pytest.approx(A4_PORTRAIT, abs=0.1)
    assert size(reader.pages[0]) == pytest.approx(A4_PORTRAIT, abs=0.1)

    # the page count is the sum of what each part needs: nothing missing, nothing blank
    for index in range(len(reader.pages)):
        assert text_of(reader, index).strip(), f"page {index + 1} is empty"
    last_start = max(page for _, _, page in marks)
    assert last_start == len(reader.pages) - 1  # the open actions fit on the last page


def test_sheet_text_is_japanese_and_searchable(sample_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    export_pdf(sample_file, out, ExportRequest(today=TODAY))
    reader = read(out)
    pages = {title: page for _, title, page in outline(reader)}
    sogo = text_of(reader, pages["総合事業の三角形"])
    for label in ("集中介入期", "移行期", "生活期", "総合事業の三角形"):
        assert label in sogo
    assert "通所型サービスA「ミニデイ」" in sogo
    assert "介護予防ケアマネジメント" in sogo
    barrel = text_of(reader, pages["運動の樽"])
    assert "ストーリー" in barrel and "地域支援事業" in barrel
    cover = text_of(reader, 0)
    assert "さくら市" in cover and "43,878人" in cover and "サンプル（架空）" in cover


def test_the_bundled_font_is_embedded_as_truetype_subsets(sample_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    export_pdf(sample_file, out, ExportRequest(today=TODAY))
    fonts = font_files(read(out))
    assert fonts, "no fonts found"
    for name, files in fonts.items():
        assert "BIZUDPGothic" in name and "+" in name, name  # a subset of the bundled font
        assert files == {"/FontFile2"}, name  # TrueType outlines embedded


def test_characters_the_font_lacks_print_from_a_fallback_or_are_named(
    sample_path: Path, tmp_path: Path
) -> None:
    name = "𠮷田サロン😀 葛\U000e0100城 \U0001d800"  # a kanji, an emoji, an IVS, no font's
    with open_workshop(sample_path) as workshop_file:
        with workshop_file.session() as db:
            resource = db.query(Resource).filter(Resource.name.like("%パワーアップ%")).one()
            resource.name = name
        out = tmp_path / "names.pdf"
        result = export_pdf(workshop_file, out, ExportRequest(today=TODAY))
    reader = read(out)
    fonts = font_files(reader)
    assert any("WagamachiKanjiFallback" in f for f in fonts)  # 𠮷
    assert any("WagamachiSymbolFallback" in f for f in fonts)  # 😀
    assert all(files == {"/FontFile2"} for files in fonts.values())
    text = "".join(text_of(reader, i) for i in range(len(reader.pages)))
    assert "𠮷田サロン😀" in text  # extracted as written, not as ₻ or a box
    assert "葛城" in text and "〓" in text
    assert result.unprintable == ("葛\U000e0100", "\U0001d800")


def test_a4_paper_and_single_parts(sample_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with sample_file.session() as db:
        sheet = worksheets.worksheets(db)[0]
        session = timeline.sessions(db)[4]
        session_title = session.title
    out = tmp_path / "one.pdf"
    request = ExportRequest.single(worksheet_ids=(sheet.id,), paper="A4", zone_tables=True)
    export_pdf(sample_file, out, request)
    reader = read(out)
    assert len(reader.pages) == 3  # the sheet over two pages, and its zone table
    assert size(reader.pages[0]) == pytest.approx(A4_PORTRAIT, abs=0.1)
    assert size(reader.pages[1]) == pytest.approx(A4_PORTRAIT, abs=0.1)
    table = text_of(reader, 2)
    assert "過不足の一覧" in table and "集中介入期" in table and "ゾーン外" in table
    assert "目次" not in text_of(reader, 0)

    out = tmp_path / "record.pdf"
    export_pdf(sample_file, out, ExportRequest.single(session_ids=(session.id,)))
    reader = read(out)
    text = "".join(text_of(reader, i) for i in range(len(reader.pages)))
    assert "議事録" in text and session_title in text
    for heading in ("参加者", "次第", "決定事項", "アクション"):
        assert heading in text


def test_blank_sheets_have_the_zones_and_no_cards(sample_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "blank.pdf"
    request = ExportRequest.single(blank_templates=("sogo_triangle", "undo_barrel", "blank"))
    export_pdf(sample_file, out, request)
    reader = read(out)
    assert len(reader.pages) == 3
    text = text_of(reader, 0)
    assert "集中介入期" in text and "生活期" in text
    assert "ミニデイ" not in text  # no cards of the sample on a blank sheet
    assert "介護予防ケアマネジメント" in text_of(reader, 1)  # the barrel's staves


def test_board_results_rank_the_votes(sample_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with sample_file.session() as db:
        board = boards.boards(db)[0]
    out = tmp_path / "board.pdf"
    export_pdf(sample_file, out, ExportRequest.single(board_ids=(board.id,)))
    reader = read(out)
    text = "".join(text_of(reader, i) for i in range(len(reader.pages)))
    assert board.title in text
    assert "順位" in text and "票" in text
    # the best note of the sample's round comes first in the ranking
    ranking = text[text.index("順位") :]
    assert ranking.index("循環：卒業生が次の参加者を誘う") < ranking.index(
        "本人と一緒に目標を立てる"
    )
    # ties keep their mark, and each note's dots are broken down by table
    assert "2（同率）" in ranking and "内訳" in ranking
    best = ranking[ranking.index("循環：卒業生が次の参加者を誘う") :]
    assert best.index("テーブル1 5票") < best.index("テーブル2 4票") < best.index("テーブル3 3票")


def test_the_report_lists_resources_in_gojuon_order_within_each_kind(sample_path: Path) -> None:
    from app.export.front_matter import _by_kind
    from app.models.furigana import gojuon_key

    with open_workshop(sample_path, read_only=True) as wf, wf.read_session() as s:
        _kinds, resources = _by_kind(s)
    by_kind: dict[str, list] = {}
    for r in resources:
        by_kind.setdefault(r.kind_id, []).append(gojuon_key(r.furigana, r.name))
    assert any(len(keys) > 1 for keys in by_kind.values())
    assert all(keys == sorted(keys) for keys in by_kind.values())
