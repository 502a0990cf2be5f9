"""Small colour swatches with a kind's mark, shared by lists and combo boxes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.fonts import ui_font


@cache
def kind_icon(colour: str, mark: str, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRect(1, 1, size - 2, size - 2), 6, 6)
    font = ui_font()
    font.setBold(True)
    font.setPixelSize(int(size * (0.55 if len(mark) <= 1 else 0.36)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)
