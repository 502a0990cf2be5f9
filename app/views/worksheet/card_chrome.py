"""The fixed part of a card — background, border, kind stripe and mark, status glyph.

Thousands of cards share a few dozen looks, so at ordinary zoom the chrome is drawn once
per look and scale into a pixmap and blitted; only the name is drawn per card. Close up
(few cards on screen, and large pixmaps) the chrome is drawn as vectors instead.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPixmap

from app.models import ResourceStatus
from app.views.canvas.painter_pen import PainterPen
from app.views.canvas.text import mm_font
from app.worksheets.card_face import CARD_BORDER, SELECTED_BORDER, draw_card_chrome
from app.worksheets.card_style import CARD_TEXT_MM
from app.worksheets.geometry import Rect

FACE_DOWN_BAND_MM = 2.4
MARGIN_MM = 0.6  # room around the card for the border and the selection outline

# Above this many device pixels per millimetre the chrome is painted directly.
MAX_CACHED_SCALE = 16.0
# The cache keeps at most this many pixels (4 bytes each).
CACHE_PIXELS = 12_000_000

NAME_FONT = mm_font(CARD_TEXT_MM)


class Chrome(NamedTuple):
    """Everything the fixed part of a card depends on; equal chromes look the same. (A
    named tuple: a sheet makes two for each of its thousands of cards.)"""

    width: float
    height: float
    fill: str
    stripe: str
    mark: str
    status: ResourceStatus
    selected: bool
    face_down: bool = False

    def bounds(self) -> QRectF:
        return QRectF(
            -MARGIN_MM, -MARGIN_MM, self.width + 2 * MARGIN_MM, self.height + 2 * MARGIN_MM
        )


def paint_vector(painter: QPainter, chrome: Chrome) -> None:
    """Draw the chrome with the painter as it is (item coordinates, millimetres)."""
    w, h = chrome.width, chrome.height
    border = SELECTED_BORDER if chrome.selected else CARD_BORDER
    box = Rect(0, 0, w, h)
    draw_card_chrome(
        PainterPen(painter), box, chrome.fill, chrome.stripe, chrome.mark, chrome.status, border
    )
    if chrome.face_down:
        # A hatched band on the right: written, but not yet shown to the room.
        band = QRectF(w - FACE_DOWN_BAND_MM, 0, FACE_DOWN_BAND_MM, h)
        painter.fillRect(band, QColor("#e8e8e8"))
        painter.fillRect(band, QBrush(QColor("#555555"), Qt.BrushStyle.BDiagPattern))


class ChromeCache:
    """Pixmaps of chromes at a device scale, least recently used dropped first."""

    def __init__(self, max_pixels: int = CACHE_PIXELS) -> None:
        self._pixmaps: OrderedDict[tuple[Chrome, float, float], QPixmap] = OrderedDict()
        self._pixels = 0
        self.max_pixels = max_pixels

    def __len__(self) -> int:
        return len(self._pixmaps)

    def pixmap(self, chrome: Chrome, scale: float, ratio: float = 1.0) -> QPixmap:
        """``chrome`` at ``scale`` device pixels per mm, for a device of pixel ``ratio``."""
        key = (chrome, scale, ratio)
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        pixmap = _render(chrome, scale)
        pixmap.setDevicePixelRatio(ratio)
        self._pixmaps[key] = pixmap
        self._pixels += pixmap.width() * pixmap.height()
        while self._pixels > self.max_pixels and len(self._pixmaps) > 1:
            _, old = self._pixmaps.popitem(last=False)
            self._pixels -= old.width() * old.height()
        return pixmap


def _render(chrome: Chrome, scale: float) -> QPixmap:
    bounds = chrome.bounds()
    image = QImage(
        math.ceil(bounds.width() * scale),
        math.ceil(bounds.height() * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(-bounds.x(), -bounds.y())
    paint_vector(painter, chrome)
    painter.end()
    return QPixmap.fromImage(image)


CACHE = ChromeCache()


def chrome_blit(painter: QPainter, chrome: Chrome) -> tuple[QPixmap, float, float] | None:
    """The pixmap for ``chrome`` under the painter's scale, and where its corner falls
    relative to the item's origin in device pixels; ``None`` when it should be drawn
    as vectors (zoomed far in, or a rotated view).

    Blitting in device pixels, one pixmap pixel to one screen pixel, is the raster
    engine's fastest path and keeps the edges sharp.
    """
    transform = painter.worldTransform()
    ratio = painter.device().devicePixelRatioF()
    scale = math.hypot(transform.m11(), transform.m12()) * ratio
    if scale > MAX_CACHED_SCALE or scale <= 0 or transform.isRotating():
        return None
    pixmap = CACHE.pixmap(chrome, round(scale, 3), ratio)
    corner = chrome.bounds().topLeft()
    return pixmap, corner.x() * transform.m11(), corner.y() * transform.m22()
