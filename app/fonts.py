"""The bundled BIZ UDPGothic, registered at start so Japanese renders without system fonts,
and the bundled fallbacks a character it lacks is drawn in (𠮷, emoji), as on paper."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

FONT_FILES = (
    "BIZUDPGothic-Regular.ttf",
    "BIZUDPGothic-Bold.ttf",
    "WagamachiKanjiFallback.ttf",
    "WagamachiSymbolFallback.ttf",
)
UI_FAMILY = "BIZ UDPGothic"
#: Qt looks for a character in these families in turn.
FAMILIES = [UI_FAMILY, "Wagamachi Kanji Fallback", "Wagamachi Symbol Fallback"]
UI_POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; return the families registered."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_font(point_size: float | None = None) -> QFont:
    """The interface's font, with the bundled fallbacks behind it."""
    font = QFont(FAMILIES)
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font


def apply_ui_font(app: QApplication) -> QFont:
    font = ui_font(UI_POINT_SIZE)
    app.setFont(font)
    return font
