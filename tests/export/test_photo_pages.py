"""Photos in the report: a session's photographed 模造紙 in its 議事録 with the caption under
it, a board's after the board, a sheet's on a page after the sheet; none when the export
dialog leaves them out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.export.report import ExportRequest, export_pdf
from app.models import Board, OwnerKind, PhotoOwner, Worksheet, WorkshopSession
from app.photos.intake import prepare
from app.store import photos as store
from app.store.workshop_file import open_workshop
from tests.export.pdf_reading import outline, text_of
from tests.photos.pictures import halves, jpeg


def _images(reader: PdfReader, index: int) -> list[tuple[int, int]]:
    return [(image.image.width, image.image.height) for image in reader.pages[index].images]


@pytest.fixture
def with_photos(sample_path: Path) -> Path:
    with open_workshop(sample_path) as wf, wf.session() as db:
        visit = db.query(WorkshopSession).filter(WorkshopSession.title == "2回目支援").one()
        board = db.query(Board).order_by(Board.id).first()
        sheet = db.query(Worksheet).order_by(Worksheet.id).first()
        assert board is not None and sheet is not None
        paper = [
            prepare(jpeg(halves(1600, 1200)), "a.jpg"),
            prepare(jpeg(halves(900, 1200)), "b.jpg"),
        ]
        store.add_photos(
            db,
            PhotoOwner(OwnerKind.SESSION, visit.id),
            paper,
            ["テーブル1の模造紙", "ホワイトボード"],
        )
        store.add_photos(db, PhotoOwner(OwnerKind.BOARD, board.id), paper[:1], ["ボードの紙"])
        turned = store.add_photos(
            db, PhotoOwner(OwnerKind.WORKSHEET, sheet.id), paper[1:], ["紙のシート"]
        )
        store.update_photo(db, turned[0], {"rotation": 90})
    return sample_path


def test_the_record_shows_the_photographed_paper_with_captions(
    with_photos: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    with open_workshop(with_photos, read_only=True) as wf:
        export_pdf(wf, out, ExportRequest(today=date(2023, 7, 1)))
    reader = PdfReader(str(out))
    marks = outline(reader)
    starts = [page for level, _title, page in marks if level == 1]
    visit = next(  # the session's record, not the board of the same visit
        page
        for level, title, page in marks
        if level == 1
        and title.startswith("2回目支援")
        and "ボード" not in title
        and "グループ" not in title
    )
    following = [page for page in starts if page > visit]
    pages = range(visit, following[0] if following else len(reader.pages))
    found = {i: _images(reader, i) for i in pages}
    texts = {i: text_of(reader, i) for i in pages}
    caption_pages = [i for i in pages if "テーブル1の模造紙" in texts[i]]
    assert caption_pages and found[caption_pages[0]], "the photo is on the page of its caption"
    assert any((1500, 1125) in v for v in found.values())  # sized for print, not a thumbnail
    assert any("ホワイトボード" in t for t in texts.values())
    assert any("写真（2）" in t for t in texts.values())

    everything = [size for i in range(len(reader.pages)) for size in _images(reader, i)]
    assert (1200, 900) in everything  # the sheet's photo, turned a quarter
    sheet_photos = next(page for level, title, page in marks if "の写真" in title)
    assert "紙のシート" in text_of(reader, sheet_photos)


def test_photos_are_left_out_when_the_dialog_says_so(with_photos: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with open_workshop(with_photos, read_only=True) as wf:
        export_pdf(wf, out, ExportRequest(today=date(2023, 7, 1), photos=False))
    reader = PdfReader(str(out))
    assert not any(reader.pages[i].images for i in range(len(reader.pages)))
    assert not any("テーブル1の模造紙" in text_of(reader, i) for i in range(len(reader.pages)))


def test_a_photo_is_a_figure_whose_alternative_is_its_caption(
    with_photos: Path, tmp_path: Path
) -> None:
    from tests.export.test_tagged_pdf import elements_of

    out = tmp_path / "report.pdf"
    with open_workshop(with_photos, read_only=True) as wf:
        export_pdf(wf, out, ExportRequest(today=date(2023, 7, 1)))
    alts = [e["alt"] for e in elements_of(PdfReader(str(out))) if e["role"] == "Figure"]
    assert {"テーブル1の模造紙", "ホワイトボード", "ボードの紙", "紙のシート"} <= set(alts)
