"""Sticky notes on a board: text that fits, the author or table, and dots from voting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.views.board.note_text import FOOTER, PADDING, fit, laid_out, note_font
from app.views.canvas.text import SCALE, static_text

FOOTER_MM = 2.6
DOT_RADIUS = 4.2
_SHADOW = QColor(0, 0, 0, 45)
_SELECTED = QColor("#1a73e8")
_TOP = QColor("#e09b00")
_DOT = QColor("#d32f2f")
_TEXT = QColor("#222222")
_FOOTER_TEXT = QColor("#666666")
BADGE_HEIGHT = 6.5  # the rank badge sits on the note's top edge, above the text
# Room around the note for its shadow, the selection band, the dot sticker and the badge.
_MARGINS = QMarginsF(2, BADGE_HEIGHT + 1, DOT_RADIUS, 2)


@dataclass(frozen=True)
class NoteLook:
    text: str
    colour: str
    footer: str  # who wrote it, or the table
    face_down: bool = False  # the room sees only its back until it is revealed


@dataclass(frozen=True)
class Dots:
    """A round's result on one note: its dots, and its place when among the top N."""

    count: int = 0
    rank: int | None = None
    #: Where the dots came from: each table's paper count, and the laptop's ("").
    sources: tuple[tuple[str, int], ...] = ()


class NoteItem(QGraphicsRectItem):
    """One note, ``size`` mm, at its position on the board. Bounds and hit tests are the
    rectangle's, kept in C++, so boards with thousands of notes stay quick."""

    def __init__(self, note_id: int, width: float, height: float, look: NoteLook) -> None:
        super().__init__()
        self.note_id = note_id
        self.group_id: int | None = None
        self.size = (width, height)
        self.look = look
        self.dots = Dots()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setPen(Qt.PenStyle.NoPen)
        self._prepare()

    def set_look(self, look: NoteLook, width: float, height: float) -> None:
        if look == self.look and (width, height) == self.size:
            return
        self.look, self.size = look, (width, height)
        self._prepare()
        self.update()

    def set_dots(self, dots: Dots) -> None:
        if dots != self.dots:
            self.dots = dots
            self.update()

    def move_to(self, x: float, y: float) -> None:
        if (x, y) != (self.pos().x(), self.pos().y()):
            self.setPos(x, y)

    def _prepare(self) -> None:
        w, h = self.size
        self.text_size, self.shown_height = fit(self.look.text, w, h)
        self._text = laid_out(self.look.text, w, self.text_size)
        self._font = note_font(self.text_size)
        self._footer = (
            static_text(self.look.footer, note_font(FOOTER_MM)) if self.look.footer else None
        )
        self._fill = QColor(self.look.colour)
        self._edge = self._fill.darker(135)
        body = QRectF(0, 0, w, self.shown_height)
        self.setRect(body.marginsAdded(_MARGINS))
        self._shape = QPainterPath()
        self._shape.addRect(body)
        hidden = QCoreApplication.translate("CardItem", "Face-down: hidden from the room")
        self.setToolTip(self.look.text + (f"\n\n{hidden}" if self.look.face_down else ""))

    def shape(self) -> QPainterPath:
        """The note itself, without the room kept around it for badges: what a click hits."""
        return self._shape

    def note_rect(self) -> QRectF:
        return QRectF(0, 0, self.size[0], self.shown_height)

    def scene_note_rect(self) -> QRectF:
        return self.note_rect().translated(self.pos())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        body = self.note_rect()
        # Square edges need no antialiasing, and rectangle fills are the quickest thing to
        # draw: the edge, the highlight and the selection are filled bands behind the body.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(body.translated(0.7, 0.9), _SHADOW)
        if self.isSelected():
            painter.fillRect(body.adjusted(-1.4, -1.4, 1.4, 1.4), _SELECTED)
        if self.dots.rank is not None:
            painter.fillRect(body.adjusted(-0.9, -0.9, 0.9, 0.9), _TOP)
        painter.fillRect(body.adjusted(-0.25, -0.25, 0.25, 0.25), self._edge)
        painter.fillRect(body, self._fill)
        if self.look.face_down:
            # A hatched corner: written, but not yet shown to the room.
            corner = QRectF(body.right() - 7, body.bottom() - 7, 7, 7)
            painter.fillRect(corner, QBrush(QColor("#555555"), Qt.BrushStyle.BDiagPattern))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.dots.count:
            self._paint_dots(painter, body)
        painter.save()
        painter.setClipRect(body.adjusted(0, 0, 0, -FOOTER + 1))
        painter.translate(PADDING, PADDING)
        painter.scale(1 / SCALE, 1 / SCALE)
        painter.setPen(_TEXT)
        painter.setFont(self._font)  # a static text is drawn in the painter's font
        painter.drawStaticText(QPointF(0, 0), self._text)
        painter.restore()
        if self._footer is not None:
            painter.save()
            painter.translate(PADDING, body.bottom() - FOOTER + 0.4)
            painter.scale(1 / SCALE, 1 / SCALE)
            painter.setPen(_FOOTER_TEXT)
            painter.setFont(note_font(FOOTER_MM))
            painter.drawStaticText(QPointF(0, 0), self._footer)
            painter.restore()

    def _paint_dots(self, painter: QPainter, body: QRectF) -> None:
        """A red sticker with the count on the top-right corner (mostly off the note, so it
        hides little of the text); the rank at the top-left."""
        centre = QPointF(body.right() - DOT_RADIUS * 0.15, body.top() + DOT_RADIUS * 0.15)
        painter.setPen(QPen(QColor("white"), 0.5))
        painter.setBrush(_DOT)
        painter.drawEllipse(centre, DOT_RADIUS, DOT_RADIUS)
        _centred(painter, centre, str(self.dots.count), 4.2, QColor("white"))
        if self.dots.rank is not None:
            badge = QRectF(body.left() - 1, body.top() - BADGE_HEIGHT, 13, BADGE_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e09b00"))
            painter.drawRoundedRect(badge, 2, 2)
            _centred(painter, badge.center(), rank_label(self.dots.rank), 4.0, QColor("white"))


def rank_label(rank: int) -> str:
    return QCoreApplication.translate("Board", "No. %1").replace("%1", str(rank))


def _centred(painter: QPainter, centre: QPointF, text: str, size_mm: float, colour: QColor) -> None:
    painter.save()
    painter.translate(centre)
    painter.scale(1 / SCALE, 1 / SCALE)
    painter.setPen(colour)
    font = QFont(note_font(size_mm))  # a copy: the cached font stays regular
    font.setBold(True)
    painter.setFont(font)
    box = QRectF(-100, -100, 200, 200)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
