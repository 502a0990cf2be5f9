"""The bundled BIZ UDPGothic for PDFs: registered once, embedded as a subset in every file.

reportlab embeds TrueType-outline fonts (``FontFile2``) and writes only the glyphs a
document uses, so a report stays small and looks the same on every machine.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

REGULAR = "BIZUDPGothic"
BOLD = "BIZUDPGothic-Bold"


@cache
def register() -> tuple[str, str]:
    """Register the regular and bold faces; return their names."""
    pdfmetrics.registerFont(
        TTFont(REGULAR, str(resource_path("fonts", "BIZUDPGothic-Regular.ttf")))
    )
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "BIZUDPGothic-Bold.ttf"))))
    # <b> in paragraphs picks the bold face.
    faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
        (0, 0, REGULAR),
        (1, 0, BOLD),
        (0, 1, REGULAR),
        (1, 1, BOLD),
    )
    for bold, italic, name in faces:
        addMapping(REGULAR, bold, italic, name)
    return REGULAR, BOLD


def face(bold: bool = False) -> str:
    register()
    return BOLD if bold else REGULAR
