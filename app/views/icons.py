"""Icons for the toolbars and the sections: Material Design Icons (Apache License 2.0),
drawn from the small bundled font ``WagamachiIcons.ttf``, so nothing is fetched and every
icon is as sharp as the screen (high-DPI included).

One name per action, used wherever the action appears (``app/views/icon_names.py``);
``tests/views/test_icons.py`` checks that every name has its glyph in the font.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QToolBar, QToolButton

from app.paths import resource_path
from app.views.icon_names import ICON_FAMILY, ICONS

INK = "#2d4a6b"  # the titles' blue
ON_DARK = "#ffffff"  # on the selected section
DISABLED = "#a0a8b0"  # an action that cannot be used now
#: The glyph's height within the icon's square, as icon fonts are drawn.
GLYPH_SCALE = 0.875


@cache
def _family() -> str:
    """The icon font, added to Qt's database on the first icon drawn."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "WagamachiIcons.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ICON_FAMILY


class GlyphEngine(QIconEngine):
    """One glyph of the icon font in one colour (greyed when disabled), at any size."""

    def __init__(self, code: int, colour: str) -> None:
        super().__init__()
        self.code = code
        self.colour = colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(_family())
        font.setPixelSize(max(1, round(rect.height() * GLYPH_SCALE)))
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor(DISABLED if mode == QIcon.Mode.Disabled else self.colour))
        painter.drawText(QRectF(rect), Qt.AlignmentFlag.AlignCenter, chr(self.code))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Sharp on a high-DPI screen: drawn at the screen's pixels, not scaled up."""
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.code, self.colour)


def icon(name: str, colour: str = INK) -> QIcon:
    return QIcon(GlyphEngine(ICONS[name][1], colour))


def put(target: QAction | QToolButton, name: str) -> None:
    """Give an action or a tool button its icon; its text stays beside it."""
    target.setIcon(icon(name))


def icon_only(bar: QToolBar, action: QAction) -> None:
    """An action whose icon says it all (zoom in, zoom out): its words go to the tooltip,
    with its shortcut, and the toolbar keeps room for the rest on a laptop's screen."""
    button = bar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{action.text()} ({keys})" if keys else action.text())


def text_beside_icons(bar: QToolBar) -> QToolBar:
    """A toolbar whose buttons show their icon and, beside it, their words."""
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return bar
