"""A scene drawn into a picture: a band with the title and the date at the top, the page
below, fitted whole, in the screen's look (white) or the projector's (dark). The text is
set in the bundled font, so Japanese prints the same on any machine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from app.fonts import ui_font

SCREEN, PROJECTOR = "screen", "projector"
_LOOKS = {
    SCREEN: {"background": "#ffffff", "title": "#2d4a6b", "date": "#5a6470"},
    PROJECTOR: {"background": "#1b1f24", "title": "#e8edf2", "date": "#aab4bf"},
}
#: The title band's height, and the margin round the page, as parts of the picture's height.
BAND, MARGIN = 0.075, 0.025


@dataclass(frozen=True)
class Size:
    """A picture's size: pixels for a slide, or dots per inch of the page for print."""

    width: int = 0
    height: int = 0
    dpi: int = 0

    def pixels(self, page: QRectF) -> QSize:
        if self.dpi:  # the scene's units are millimetres of the printed page
            width = round(page.width() / 25.4 * self.dpi)
            height = round(page.height() / 25.4 * self.dpi / (1 - BAND - MARGIN))
            return QSize(width, height)
        return QSize(self.width, self.height)


SLIDE = Size(1920, 1080)


def render(
    scene: QGraphicsScene,
    page: QRectF,
    size: Size,
    title: str,
    date_text: str,
    look: str = SCREEN,
) -> QImage:
    pixels = size.pixels(page)
    colours = _LOOKS[look]
    image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colours["background"]))
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        height, width = pixels.height(), pixels.width()
        margin = height * MARGIN
        band = height * BAND
        _band(
            painter,
            QRectF(margin, margin * 0.6, width - 2 * margin, band),
            title,
            date_text,
            colours,
        )
        target = QRectF(margin, band + margin, width - 2 * margin, height - band - 2 * margin)
        scene.render(painter, _fitted(target, page), page, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
    return image


def _band(painter: QPainter, rect: QRectF, title: str, date_text: str, colours: dict) -> None:
    font = ui_font()
    font.setPixelSize(max(12, round(rect.height() * 0.55)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(colours["title"]))
    metrics = QFontMetricsF(font)
    date_font = ui_font()
    date_font.setPixelSize(max(10, round(rect.height() * 0.36)))
    date_width = QFontMetricsF(date_font).horizontalAdvance(date_text) + rect.height() * 0.5
    shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - date_width)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.setFont(date_font)
    painter.setPen(QColor(colours["date"]))
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date_text)


def _fitted(target: QRectF, page: QRectF) -> QRectF:
    """``target`` narrowed to the page's proportions, centred."""
    scale = min(target.width() / page.width(), target.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(
        target.left() + (target.width() - width) / 2,
        target.top() + (target.height() - height) / 2,
        width,
        height,
    )


def save_image(image: QImage, path: Path) -> Path:
    """``image`` written to ``path``, as JPEG or PNG by its ending; raises OSError."""
    jpeg = path.suffix.lower() in (".jpg", ".jpeg")
    if jpeg:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    kind = "JPEG" if jpeg else "PNG"  # PySide6 takes the format as str, its stubs say bytes
    if not image.save(str(path), kind, 92 if jpeg else -1):  # type: ignore[call-overload]
        raise OSError(str(path))
    return path
