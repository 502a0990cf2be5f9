"""The report is a tagged PDF: every word on its pages belongs to a structure element in
reading order (headings, paragraphs, tables, figures with a text alternative), and the
running headers and footers are artifacts. Read back with pdfplumber (which reports each
character's tag and MCID) and pypdf (the structure tree)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from app.export.report import ExportRequest, export_pdf


def elements_of(reader: PdfReader) -> list[dict]:
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    document = root["/K"].get_object()
    assert document["/S"] == "/Document"
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    return [
        {
            "role": e["/S"][1:],
            "page": pages[e.raw_get("/Pg").idnum],
            "mcid": int(e["/K"]),
            "alt": str(e.get("/Alt", "")),
        }
        for e in (k.get_object() for k in document["/K"])
    ]


def test_every_word_is_tagged_in_reading_order_and_headers_are_artifacts(
    sample_file, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    export_pdf(sample_file, out, ExportRequest())
    reader = PdfReader(out)
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a PDF boolean
    assert catalog["/Lang"] == "ja"
    assert all("/StructParents" in page for page in reader.pages)
    elements = elements_of(reader)
    texts: dict[tuple[int, int], str] = {}
    with pdfplumber.open(out) as pdf:
        for n, page in enumerate(pdf.pages):
            untagged = "".join(c["text"] for c in page.chars if not c.get("tag")).strip()
            assert untagged == "", (n + 1, untagged[:40])
            artifacts = "".join(c["text"] for c in page.chars if c["tag"] == "Artifact")
            assert "わがまちキャンバス" in artifacts  # the footer, on every page
            for char in page.chars:
                if char["tag"] != "Artifact":
                    key = (n, char["mcid"])
                    texts[key] = texts.get(key, "") + char["text"]
    tagged = {(e["page"], e["mcid"]) for e in elements}
    assert set(texts) <= tagged  # every marked sequence with text has its element
    headings = [texts.get((e["page"], e["mcid"]), "") for e in elements if e["role"] == "H1"]
    assert headings.index("目次") < headings.index("地域資源一覧（32）")  # in reading order
    assert any(t.startswith("さくら市 地域づくり伴走支援") for t in headings[:1])
    roles = {e["role"] for e in elements}
    assert {"H1", "H2", "P", "Div", "Figure"} <= roles
    sheets = [e for e in elements if e["role"] == "Figure"]
    first = sheets[0]["alt"]
    assert first.startswith("総合事業の三角形。") and "通所型サービスC「パワーアップ教室」" in first
