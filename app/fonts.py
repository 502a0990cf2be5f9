"""The bundled BIZ UDPGothic, registered at start so Japanese renders without system fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")
UI_FAMILY = "BIZ UDPGothic"
UI_POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; return the families registered."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_ui_font(app: QApplication) -> QFont:
    font = QFont(UI_FAMILY, UI_POINT_SIZE)
    app.setFont(font)
    return font
