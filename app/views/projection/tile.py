"""A card or note as the room sees it: large type, thick edge, or a blank back.

A face-down tile is built without its text at all, and its size does not depend on the
text, so nothing of what was written can reach the wall before it is revealed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.export import fonts
from app.export.text import shorten, wrap
from app.views.canvas.text import SCALE, mm_font, static_text
from app.views.projection.room_style import BACK, BACK_PATTERN, BORDER, HIGHLIGHT, INK

MAX_LINES = 3


@dataclass(frozen=True)
class TileLook:
    text: str  # empty for a face-down tile: the text is never handed over
    fill: str
    stripe: str | None = None  # a card's kind colour
    glyph: tuple[str, str] | None = None  # a card's status mark and its colour
    footer: str = ""  # who wrote a note
    face_down: bool = False


def fitted_lines(text: str, size_mm: float, width_mm: float, max_lines: int = MAX_LINES) -> str:
    """``text`` broken by 禁則 into at most ``max_lines`` lines of ``width_mm``, the last
    one ending in … when the text is longer (the printed pages' line breaker)."""
    bold = fonts.face(bold=True)
    lines = wrap(text, width_mm, bold, size_mm)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], shorten(lines[max_lines - 1], width_mm, bold, size_mm)]
    return "\u2028".join(lines)  # Qt's line separator: breaks exactly here


def tile_padding(text_mm: float) -> float:
    return text_mm * 0.35


class RoomTile(QGraphicsItem):
    """Text ``text_mm`` high, broken into lines no wider than ``text_width`` mm (a back
    is always ``text_width`` wide and one line high); the tile's size follows."""

    def __init__(self, ident: int, look: TileLook, text_mm: float, text_width: float) -> None:
        super().__init__()
        self.ident = ident
        self.look = look
        self.text_mm = text_mm
        self.highlighted = False
        self.dots = 0
        self.rank_text = ""
        self._edge = max(0.5, text_mm * 0.08)
        pad = tile_padding(text_mm)
        self._stripe = text_mm * 0.55 if look.stripe else 0.0
        self._glyph_w = text_mm * 1.15 if look.glyph else 0.0
        self._text_at = QPointF(self._stripe + pad + self._glyph_w, pad)
        self._font = mm_font(text_mm, bold=True)
        self._text: QStaticText | None = None
        self._footer: QStaticText | None = None
        self._sources: QStaticText | None = None
        self._sources_text = ""
        footer_room = text_mm * 0.75 if look.footer else 0.0
        if look.face_down or not look.text:
            width, height = text_width, text_mm * 1.45
        else:
            lines = fitted_lines(look.text, text_mm, text_width)
            self._text = static_text(lines, self._font)
            size = self._text.size()
            width, height = size.width() / SCALE, size.height() / SCALE
            if look.footer:
                self._footer = static_text(look.footer, mm_font(text_mm * 0.5))
        self.rect = QRectF(0, 0, self._text_at.x() + width + pad, pad + height + footer_room + pad)

    def place_centred(self, centre: QPointF, within: QRectF) -> None:
        """Centre the tile on ``centre``, kept inside ``within``."""
        x = centre.x() - self.rect.width() / 2
        y = centre.y() - self.rect.height() / 2
        x = min(max(x, within.left()), within.right() - self.rect.width())
        y = min(max(y, within.top()), within.bottom() - self.rect.height())
        self.setPos(x, y)

    def boundingRect(self) -> QRectF:  # noqa: N802
        grow = self._edge * 3 + self.text_mm
        return self.rect.adjusted(-grow, -grow, grow, grow)

    def scene_rect(self) -> QRectF:
        return self.rect.translated(self.pos())

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setZValue(self.zValue() + (1000 if on else -1000))
            self.update()

    def set_dots(self, count: int, rank_text: str = "", sources: str = "") -> None:
        """The note's dots and place; ``sources`` (where its dots came from, table by table)
        takes the footer's line while results are shown."""
        if (count, rank_text, sources) != (self.dots, self.rank_text, self._sources_text):
            self.dots, self.rank_text, self._sources_text = count, rank_text, sources
            self._sources = (
                static_text(sources, mm_font(self.text_mm * 0.5))
                if sources and self._footer is not None
                else None
            )
            self.update()

    def shown_text(self) -> str:
        """What this tile writes on the wall (nothing for a back)."""
        return self._text.text() if self._text is not None else ""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.rect
        radius = self.text_mm * 0.25
        if self.highlighted:
            glow = self._edge * 2.6
            painter.setPen(QPen(QColor(HIGHLIGHT), glow))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(-glow, -glow, glow, glow), radius, radius)
        if self.look.face_down:
            self._paint_back(painter, r, radius)
            return
        painter.setPen(QPen(QColor(BORDER), self._edge))
        painter.setBrush(QColor(self.look.fill))
        painter.drawRoundedRect(r, radius, radius)
        if self.look.stripe:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.look.stripe))
            painter.drawRect(
                QRectF(
                    r.left() + self._edge / 2,
                    r.top() + self._edge / 2,
                    self._stripe,
                    r.height() - self._edge,
                )
            )
        painter.save()
        painter.scale(1 / SCALE, 1 / SCALE)
        painter.setFont(self._font)
        if self.look.glyph:
            glyph, colour = self.look.glyph
            painter.setPen(QColor(colour))
            painter.drawText(
                QPointF(
                    (self._text_at.x() - self._glyph_w) * SCALE,
                    (self._text_at.y() + self.text_mm * 0.95) * SCALE,
                ),
                glyph,
            )
        painter.setPen(QColor(INK))
        if self._text is not None:
            painter.drawStaticText(self._text_at * SCALE, self._text)
        footer = self._sources or self._footer
        if footer is not None:
            painter.setFont(mm_font(self.text_mm * 0.5))
            painter.setPen(QColor("#b3261e" if self._sources is not None else "#444444"))
            bottom = r.bottom() - self.text_mm * 0.85
            painter.drawStaticText(QPointF(self._text_at.x(), bottom) * SCALE, footer)
        painter.restore()
        if self.dots:
            self._paint_dots(painter, r)

    def _paint_back(self, painter: QPainter, r: QRectF, radius: float) -> None:
        painter.setPen(QPen(QColor(BORDER), self._edge))
        painter.setBrush(QColor(BACK))
        painter.drawRoundedRect(r, radius, radius)
        painter.setBrush(QBrush(QColor(BACK_PATTERN), Qt.BrushStyle.BDiagPattern))
        painter.setPen(Qt.PenStyle.NoPen)
        inset = self._edge * 2
        painter.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), radius, radius)

    def _paint_dots(self, painter: QPainter, r: QRectF) -> None:
        size = self.text_mm * 1.3
        centre = QPointF(r.right() - size * 0.3, r.top() + size * 0.3)
        painter.setPen(QPen(QColor("white"), self._edge))
        painter.setBrush(QColor("#d32f2f"))
        painter.drawEllipse(centre, size / 2, size / 2)
        painter.save()
        painter.translate(centre)
        painter.scale(1 / SCALE, 1 / SCALE)
        painter.setPen(QColor("white"))
        painter.setFont(mm_font(self.text_mm * 0.75, bold=True))
        box = QRectF(-size * SCALE, -size * SCALE, 2 * size * SCALE, 2 * size * SCALE)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(self.dots))
        painter.restore()
        if self.rank_text:
            painter.save()
            painter.translate(r.left(), r.top() - self.text_mm * 0.9)
            painter.scale(1 / SCALE, 1 / SCALE)
            painter.setFont(mm_font(self.text_mm * 0.7, bold=True))
            painter.setPen(QColor(HIGHLIGHT))
            painter.drawText(QPointF(0, self.text_mm * 0.7 * SCALE), self.rank_text)
            painter.restore()
