"""Blank reflection sheets (帳票2) for handing out: A4, one per expected person with the
name filled in and spares, the municipality and session at the top, every question the
session asks with room to write."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.export.blank_forms import SPARE
from app.export.report import ExportRequest, export_pdf
from app.models import Attendance, WorkshopSession
from app.store.workshop_file import open_workshop
from app.timeline.reflection import handbook_questions


def test_one_a4_sheet_per_expected_person_and_spares(sample_path: Path, tmp_path: Path) -> None:
    with open_workshop(sample_path) as wf, wf.session() as db:
        visit = db.query(WorkshopSession).filter(WorkshopSession.title == "2回目支援").one()
        visit.reflection_questions = ["次回までに試したいこと"]
        expected = db.query(Attendance).filter(Attendance.session_id == visit.id).count()
        visit_id = visit.id
    out = tmp_path / "blank.pdf"
    with open_workshop(sample_path, read_only=True) as wf:
        result = export_pdf(wf, out, ExportRequest.single(blank_reflections=(visit_id,)))
    reader = PdfReader(str(out))
    assert result.pages == len(reader.pages) == expected + SPARE
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        text = page.extract_text().replace("\n", "")
        assert "さくら市" in text and "2回目支援" in text and "2022年12月5日" in text
        for question in [*handbook_questions(), "次回までに試したいこと"]:
            assert question in text
        assert "6段階で考えると" not in text  # an answer typed in is not on a blank sheet
    first = reader.pages[0].extract_text()
    assert "青木 直子" in first  # in 50音順: あおき first
    assert (
        "氏名" in reader.pages[-1].extract_text() and "青木" not in reader.pages[-1].extract_text()
    )


def test_the_other_forms_print_blank_with_the_town_filled_in(
    sample_path: Path, tmp_path: Path
) -> None:
    from app.models import Participant, ParticipantSide
    from app.timeline.forms import ENTRY, FINAL, PRIOR, load_form

    with open_workshop(sample_path, read_only=True) as wf:
        with wf.read_session() as db:
            staff = (
                db.query(Participant)
                .filter(Participant.side == ParticipantSide.MUNICIPALITY)
                .count()
            )
        out = tmp_path / "blank.pdf"
        request = ExportRequest.single(blank_forms=(ENTRY, PRIOR, FINAL))
        result = export_pdf(wf, out, request)
    reader = PdfReader(str(out))
    assert result.pages == len(reader.pages) == 1 + 1 + staff + SPARE  # one sheet each
    texts = [p.extract_text().replace("\n", "") for p in reader.pages]
    assert all("さくら市" in t for t in texts)
    assert "43,878人" in texts[0] and all(q in texts[0] for q in load_form(ENTRY).questions)
    assert all(q in texts[1] for q in load_form(PRIOR).questions)
    assert "大野 健" in texts[2] and "規範的統合" in texts[2]  # 50音順, with the viewpoints
    assert "通所型サービスCを見直し" not in "".join(texts)  # the answers are not printed
