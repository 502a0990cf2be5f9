"""The projector theme: type sized for the back of a hall, high contrast, thick lines.

Sizes are in scene millimetres, chosen per page so that at "fit page" on a 1920×1080
projection the text of every card and note is at least 24 pt (32 px at 96 dpi).
"""

from __future__ import annotations

import math

#: The projection the sizes are made for, in pixels.
ROOM_SCREEN = (1920, 1080)
#: 24 pt at 96 dpi: the least height of card and note text on the wall.
MIN_TEXT_PX = 32.0
#: Room left around the page when it is fitted (as ``CanvasView.fit_rect`` does).
FIT_MARGIN_MM = 4.0
SAFETY = 1.06  # Qt keeps a couple of pixels free when fitting; stay above the line

BACKGROUND = "#1b1f24"  # around the page: dark, so the page is what the eye finds
INK = "#111111"
BORDER = "#1f2a36"
HIGHLIGHT = "#ff8f00"  # the card the facilitator is pointing at
BACK = "#46566a"  # the back of a face-down card or note
BACK_PATTERN = "#6c7f95"


def fit_scale(width_mm: float, height_mm: float, screen: tuple[int, int] = ROOM_SCREEN) -> float:
    """Pixels per millimetre when a page of this size is fitted on ``screen``."""
    w = width_mm + 2 * FIT_MARGIN_MM
    h = height_mm + 2 * FIT_MARGIN_MM
    return min(screen[0] / w, screen[1] / h)


def room_text_mm(width_mm: float, height_mm: float) -> float:
    """The text height (mm) that shows at least ``MIN_TEXT_PX`` at fit page."""
    size = MIN_TEXT_PX / fit_scale(width_mm, height_mm) * SAFETY
    return math.ceil(size * 10) / 10
