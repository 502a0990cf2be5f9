"""How a note's text fits: wrapped to the note's width, in the largest size that fits,
shrinking to a readable minimum before the note grows taller."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QStaticText

from app.views.canvas.text import SCALE, mm_font, static_text

PADDING = 2.5  # mm inside the note's edge
FOOTER = 4.0  # mm kept at the bottom for the author or table
LARGEST, SMALLEST, STEP = 7.0, 3.5, 0.25  # text heights in mm


@lru_cache(maxsize=64)
def note_font(size_mm: float) -> QFont:
    return mm_font(size_mm)


def _sizes() -> list[float]:
    count = round((LARGEST - SMALLEST) / STEP)
    return [round(LARGEST - i * STEP, 2) for i in range(count + 1)]


@lru_cache(maxsize=8192)
def fit(text: str, width: float, height: float) -> tuple[float, float]:
    """The text size (mm) and the note height (mm) for ``text`` on a note of this size.

    The height is the note's own unless the text does not fit at the smallest size; then
    it is the height the text needs."""
    room = height - 2 * PADDING - FOOTER
    inner = (width - 2 * PADDING) * SCALE
    needed = 0.0
    for size in _sizes():
        needed = static_text(text, note_font(size), inner).size().height() / SCALE
        if needed <= room:
            return size, height
    return SMALLEST, round(needed + 2 * PADDING + FOOTER + 0.5, 1)


def laid_out(text: str, width: float, size_mm: float) -> QStaticText:
    return static_text(text, note_font(size_mm), (width - 2 * PADDING) * SCALE)


def note_height(text: str) -> float:
    """The height a new note of the usual size needs for ``text`` (a phone's note, say)."""
    from app.boards.layout import NOTE_SIZE

    return fit(text, *NOTE_SIZE)[1]
