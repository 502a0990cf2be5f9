"""A note typed on a phone with HTML in it is shown as typed: on the laptop's board and in
the PDF (the phone page sets text only as text: tests/reception/test_phone_page.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.document import WorkshopDocument
from app.export.report import ExportRequest, export_pdf
from app.views.board.scene import BoardScene
from tests.reception.phone import Phone

TYPED = '<script>alert("x")</script> <b>太字</b> &amp;'


def test_html_from_a_phone_is_text_on_the_board_and_in_the_pdf(
    phone: Phone, document: WorkshopDocument, board_id: int, tmp_path: Path, qtbot: Any
) -> None:
    status, made = phone.send("note", text=TYPED)
    assert status == 200
    scene = BoardScene(document, board_id)
    laid = scene.notes[made["id"]]._text
    assert (laid.text(), laid.textFormat()) == (TYPED, Qt.TextFormat.PlainText)
    out = tmp_path / "report.pdf"
    export_pdf(document.file, out, ExportRequest(board_ids=[board_id]))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    flat = "".join(text.split())
    assert "".join(TYPED.split()) in flat
