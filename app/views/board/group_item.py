"""Groups (KJ法): a titled frame around a group of notes, with how many it holds.

The frame is not stored; it is drawn around the notes (and any groups inside) each time
they move, so a group always shows exactly what belongs to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.views.canvas.text import SCALE, mm_font, static_text

PAD = 4.0
TITLE_HEIGHT = 9.0
TITLE_FONT = mm_font(4.6, bold=True)
_FILLS = (QColor(45, 74, 107, 22), QColor(224, 155, 0, 30))  # outer, inner
_EDGES = (QPen(QColor("#2d4a6b"), 0.6, Qt.PenStyle.DashLine), QPen(QColor("#b07a00"), 0.6))
_SELECTED = QPen(QColor("#1a73e8"), 1.2)


def title_with_count(title: str, count: int) -> str:
    text = QCoreApplication.translate("Board", "%1 (%2 notes)")
    return text.replace("%1", title or QCoreApplication.translate("Board", "Group")).replace(
        "%2", str(count)
    )


class GroupItem(QGraphicsRectItem):
    """The frame of one group. Notes sit above it; clicking its title or its empty space
    selects it, and dragging it there moves every note inside (see the scene)."""

    def __init__(self, group_id: int, title: str, inner: bool) -> None:
        super().__init__()
        self.group_id = group_id
        self.title = title
        self.inner = inner
        self.count = 0
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setPen(Qt.PenStyle.NoPen)
        self.setZValue(-20 if not inner else -19)
        self._label = static_text("", TITLE_FONT)

    def fit_around(self, rects: list[QRectF], count: int, title: str) -> None:
        """Frame ``rects`` (the notes' and inner frames'), titled with ``count`` notes."""
        area = QRectF()
        for rect in rects:
            area = area.united(rect)
        if area.isNull():
            area = QRectF(0, 0, 40, 20)
        frame = area.adjusted(-PAD, -PAD - TITLE_HEIGHT, PAD, PAD)
        if frame != self.rect():
            self.setRect(frame)
        if (count, title) != (self.count, self.title) or not self._label.text():
            self.count, self.title = count, title
            self._label = static_text(title_with_count(title, count), TITLE_FONT)
            self.update()

    def label_text(self) -> str:
        return self._label.text()

    def title_rect(self) -> QRectF:
        r = self.rect()
        return QRectF(r.x(), r.y(), r.width(), TITLE_HEIGHT + PAD / 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.rect()
        painter.setBrush(_FILLS[self.inner])
        painter.setPen(_SELECTED if self.isSelected() else _EDGES[self.inner])
        painter.drawRoundedRect(r, 3, 3)
        painter.save()
        painter.setClipRect(self.title_rect())
        painter.translate(r.x() + PAD, r.y() + 2.0)
        painter.scale(1 / SCALE, 1 / SCALE)
        painter.setPen(QColor("#1f3550" if not self.inner else "#6b4a00"))
        painter.setFont(TITLE_FONT)
        painter.drawStaticText(QPointF(0, 0), self._label)
        painter.restore()
