"""Cards paint the same through the shared chrome pixmaps as drawn directly."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from app.models import ResourceStatus
from app.views.worksheet.card_chrome import MAX_CACHED_SCALE, Chrome, ChromeCache
from app.views.worksheet.items import CardItem, CardLook
from app.worksheets.card_style import tint

KIND_COLOUR = "#d35400"


def _render(scale: float) -> QImage:
    """A 36×13 mm card on white at ``scale`` pixels per millimetre."""
    scene = QGraphicsScene()
    look = CardLook("ふれあいサロン", KIND_COLOUR, "サ", ResourceStatus.ACTIVE, None, "")
    scene.addItem(CardItem(1, 1, 36, 13, look))
    image = QImage(round(40 * scale), round(17 * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), QRectF(-2, -2, 40, 17))
    painter.end()
    return image


def _colour_at(image: QImage, scale: float, x_mm: float, y_mm: float) -> QColor:
    return image.pixelColor(round((x_mm + 2) * scale), round((y_mm + 2) * scale))


def test_cached_and_direct_painting_agree() -> None:
    cached, direct = 6.0, MAX_CACHED_SCALE + 4  # pixels per mm: blitted, then vectors
    for scale in (cached, direct):
        image = _render(scale)
        assert _colour_at(image, scale, 2, 1) == QColor(KIND_COLOUR)  # the kind stripe
        assert _colour_at(image, scale, 34, 11) == QColor(tint(KIND_COLOUR))  # the background
        assert _colour_at(image, scale, 37, 6) == QColor("white")  # outside the card
        # the name is drawn: dark pixels in the text area
        dark = sum(
            image.pixelColor(x, y).lightness() < 100
            for x in range(round(12 * scale), round(36 * scale))
            for y in range(round(2 * scale), round(15 * scale))
        )
        assert dark > 20 * scale


def test_chrome_cache_reuses_and_drops_the_least_recently_used() -> None:
    cache = ChromeCache(max_pixels=3 * 40 * 15 * 4)  # room for about three at 4 px/mm
    chromes = [
        Chrome(36, 13, "#ffffff", KIND_COLOUR, "サ", status, False) for status in ResourceStatus
    ]
    first = cache.pixmap(chromes[0], 4.0)
    assert cache.pixmap(chromes[0], 4.0).cacheKey() == first.cacheKey()
    for chrome in chromes[1:]:
        cache.pixmap(chrome, 4.0)
    assert len(cache) < len(chromes)
    assert cache.pixmap(chromes[0], 4.0).cacheKey() != first.cacheKey()  # drawn again
    assert cache.pixmap(chromes[0], 2.0).width() < first.width()
