"""The 報告会 page as a PNG for a slide: the PDF page drawn by pdfium at a chosen width."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2

from app.export.output import write_atomic
from app.export.report import ExportRequest, render_pdf
from app.store.workshop_file import WorkshopFile

SLIDE_WIDTH = 1920


def summary_png(workshop_file: WorkshopFile, path: Path, width: int = SLIDE_WIDTH) -> Path:
    """Write the 報告会 page to ``path`` as a PNG ``width`` pixels wide."""
    with workshop_file.read_session() as session:
        pdf, _pages = render_pdf(session, ExportRequest.single(summary=True))
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        scale = width / page.get_width()
        picture = page.render(scale=scale).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    picture.save(out, "PNG")
    write_atomic(path, out.getvalue())
    return path
