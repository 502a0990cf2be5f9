"""Reading exported PDFs back with pypdf, as a user's viewer would."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

A3_LANDSCAPE = (1190.55, 841.89)
A4_LANDSCAPE = (841.89, 595.28)
A4_PORTRAIT = (595.28, 841.89)


def size(page) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    return round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items, level: int) -> None:  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def text_of(reader: PdfReader, index: int) -> str:
    """A page's text with line breaks removed (cards wrap their names)."""
    return reader.pages[index].extract_text().replace("\n", "")


def font_files(reader: PdfReader) -> dict[str, set[str]]:
    """Each font's base name and which embedded font-file keys its descriptor has."""
    fonts: dict[str, set[str]] = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            keys = set(descriptor.get_object().keys()) if descriptor is not None else set()
            fonts[str(font["/BaseFont"])] = {k for k in keys if k.startswith("/FontFile")}
    return fonts


def read(path: Path) -> PdfReader:
    return PdfReader(str(path))
