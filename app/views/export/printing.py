"""Printing the exported PDF's pages, so paper and PDF come from one drawing code path.

Each page is rasterised by PDFium at the printer's resolution (capped, to keep an A3
page's memory bounded) and scaled to the printer's page, turned when the orientation
of the page and the paper differ.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 200


def page_count(pdf: bytes) -> int:
    return len(pypdfium2.PdfDocument(pdf))


def print_pdf(
    pdf: bytes, printer: QPrinter, progress: Callable[[int, int], bool | None] | None = None
) -> int:
    """Print every page (or the printer's chosen range); return how many were printed.

    ``progress(done, total)`` may return False to stop.
    """
    document = pypdfium2.PdfDocument(pdf)
    total = len(document)
    first, last = 1, total
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(total, printer.toPage() or total)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed and not printer.newPage():
                break
            page = document[number - 1]
            bitmap = page.render(scale=dpi / 72, may_draw_forms=False)
            image = _to_qimage(bitmap.to_pil())
            _draw_fitted(painter, printer, image)
            printed += 1
            if progress is not None and progress(printed, last - first + 1) is False:
                break
    finally:
        painter.end()
    return printed


def _to_qimage(pil_image) -> QImage:
    rgb = pil_image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    image = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``data`` goes away


def _draw_fitted(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    page_landscape = image.width() > image.height()
    paper_landscape = area.width() > area.height()
    if page_landscape != paper_landscape:
        image = image.transformed(QTransform().rotate(90))
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)
