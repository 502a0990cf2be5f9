"""The engagement on a horizontal date axis grouped by fiscal year.

Sessions are blocks in three lanes (準備・会議, 支援, 報告・その他), coloured by kind and
outlined by mode (solid 現地, dashed オンライン, dotted 電話). Clicking a block opens the
session; dragging it along the axis moves it to another day (one undo step, pushed by
the page through ``session_moved``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.models import DayPart, SessionKind, SessionMode, WorkshopSession
from app.models.dates import fiscal_year_label
from app.timeline.axis import LANES, Axis, lane_of
from app.timeline.labels import label

KIND_COLOURS = {
    SessionKind.PREPARATION: "#d9d9d9",
    SessionKind.PRE_MEETING: "#bcd7f2",
    SessionKind.VISIT: "#f6c17a",
    SessionKind.REPORT: "#b9e0a5",
    SessionKind.FOLLOW_UP: "#d5c4ec",
    SessionKind.OTHER: "#eeeeee",
}
MODE_PENS = {
    SessionMode.ONSITE: Qt.PenStyle.SolidLine,
    SessionMode.ONLINE: Qt.PenStyle.DashLine,
    SessionMode.PHONE: Qt.PenStyle.DotLine,
}
HEADER = 52.0  # fiscal-year band and month labels
LANE_HEIGHT = 78.0
BLOCK_WIDTH = 104.0
BLOCK_HEIGHT = 58.0
LEFT_MARGIN = 150.0  # lane names, left of the axis


class SessionBlock(QGraphicsRectItem):
    """One session; moves only along the axis and snaps to days."""

    def __init__(
        self, session: WorkshopSession, axis: Axis, overdue: int, lang: str, movable: bool
    ) -> None:
        height = BLOCK_HEIGHT if session.part == DayPart.WHOLE else BLOCK_HEIGHT / 2 - 2
        super().__init__(-BLOCK_WIDTH / 2, 0, BLOCK_WIDTH, height)
        self.session_id = session.id
        self.session = session
        self.axis = axis
        self.overdue = overdue
        self.lang = lang
        self.day = session.day
        top = HEADER + lane_of(session.kind) * LANE_HEIGHT + 10
        if session.part == DayPart.AFTERNOON:
            top += BLOCK_HEIGHT / 2 + 2
        self.setPos(axis.x(session.day), top)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, movable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        part = f"（{label(session.part, lang)}）" if session.part != DayPart.WHOLE else ""
        self.setToolTip(
            f"{session.title}{part}\n{session.day.isoformat()} {label(session.mode, lang)}"
        )

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            day = self.axis.day_at(value.x())
            self.day = day
            return QPointF(self.axis.x(day), self.y())
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = self.rect()
        selected = self.isSelected()
        pen = QPen(QColor("#1f3b57" if selected else "#4a5a6a"), 3 if selected else 1.5)
        pen.setStyle(MODE_PENS[self.session.mode])
        painter.setPen(pen)
        painter.setBrush(QColor(KIND_COLOURS[self.session.kind]))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor("#1b1b1b"))
        font = QFont(painter.font())
        font.setBold(True)
        inner = rect.adjusted(5, 3, -5, -3)
        title = self.session.title
        if self.session.part != DayPart.WHOLE:
            # Half a block holds one line: the part first, so it is never the part cut off.
            font.setPixelSize(12)
            painter.setFont(font)
            title = f"{label(self.session.part, self.lang)}  {title}"
            line = QFontMetrics(font).elidedText(
                title, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
            )
        else:
            font.setPixelSize(13)
            painter.setFont(font)
            line = QFontMetrics(font).elidedText(
                title, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
            font.setBold(False)
            font.setPixelSize(11)
            painter.setFont(font)
            when = f"{self.day.month}/{self.day.day}  {label(self.session.mode, self.lang)}"
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, when)
        if self.overdue:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#d32f2f"))
            badge = QRectF(rect.right() - 14, rect.top() - 6, 20, 20)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.overdue))


class TimelineScene(QGraphicsScene):
    session_clicked = Signal(int)
    session_moved = Signal(int, date)  # id, new day

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.blocks: dict[int, SessionBlock] = {}
        self._pressed: tuple[int, date] | None = None

    def fill(
        self,
        sessions: Sequence[WorkshopSession],
        axis: Axis,
        today: date,
        overdue: dict[int, int],
        lang: str,
        movable: bool,
        selected: int | None = None,
    ) -> None:
        self.clear()
        self.blocks = {}
        height = HEADER + len(LANES) * LANE_HEIGHT
        left = -BLOCK_WIDTH / 2 - LEFT_MARGIN
        self.setSceneRect(QRectF(left, 0, axis.width + BLOCK_WIDTH - left, height + 10))
        self._draw_axis(axis, height, lang)
        if axis.contains(today):
            x = axis.x(today)
            line = self.addLine(x, 18, x, height, QPen(QColor("#d32f2f"), 2))
            line.setZValue(5)
            text = self.addSimpleText(QCoreApplication.translate("Timeline", "Today"))
            text.setBrush(QColor("#d32f2f"))
            text.setPos(x + 3, height - 18)
        for session in sessions:
            block = SessionBlock(session, axis, overdue.get(session.id, 0), lang, movable)
            block.setZValue(10)
            self.addItem(block)
            self.blocks[session.id] = block
            if session.id == selected:
                block.setSelected(True)

    def _draw_axis(self, axis: Axis, height: float, lang: str) -> None:
        band_font = QFont()
        band_font.setPixelSize(14)
        band_font.setBold(True)
        for n, (year, start, end) in enumerate(axis.fiscal_years()):
            left, right = axis.x(start), axis.x(end) + axis.px_per_day
            band = self.addRect(
                QRectF(left, 0, right - left, 22),
                QPen(QColor("#ffffff")),
                QBrush(QColor("#2d4a6b" if n % 2 == 0 else "#46698f")),
            )
            band.setZValue(-1)
            text = self.addSimpleText(fiscal_year_label(year, lang), band_font)
            text.setBrush(QColor("white"))
            text.setPos(left + 6, 2)
            if n:
                self.addLine(left, 0, left, height, QPen(QColor("#2d4a6b"), 2))
        lanes = [
            QCoreApplication.translate("Timeline", "Preparation and meetings"),
            QCoreApplication.translate("Timeline", "Visits"),
            QCoreApplication.translate("Timeline", "Report and follow-up"),
        ]
        for i, name in enumerate(lanes):
            top = HEADER + i * LANE_HEIGHT
            left = -BLOCK_WIDTH / 2 - LEFT_MARGIN
            lane = self.addRect(
                QRectF(left, top, axis.width + BLOCK_WIDTH - left, LANE_HEIGHT),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor("#f7f9fb" if i % 2 == 0 else "#eef2f6")),
            )
            lane.setZValue(-3)
            caption = self.addText("")
            caption.setPlainText(name)
            caption.setTextWidth(LEFT_MARGIN - 10)
            caption.setDefaultTextColor(QColor("#4a5a6a"))
            caption.setPos(left + 4, top + 8)
        small = QFont()
        small.setPixelSize(11)
        ticks = axis.weeks() if axis.px_per_day > 8 else axis.months()
        for day in ticks:
            x = axis.x(day)
            self.addLine(x, 22, x, height, QPen(QColor("#c9d2dc"), 1)).setZValue(-2)
            words = f"{day.month}/{day.day}" if axis.px_per_day > 8 else f"{day.month}月"
            if lang == "en" and axis.px_per_day <= 8:
                words = day.strftime("%b")
            tick = self.addSimpleText(words, small)
            tick.setBrush(QColor("#3c4a58"))
            tick.setPos(x + 3, 28)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        block = self._block_at(event.scenePos())
        self._pressed = (block.session_id, block.day) if block else None

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        if pressed is None:
            return
        session_id, day = pressed
        block = self.blocks.get(session_id)
        if block is None:
            return
        if block.day != day:
            self.session_moved.emit(session_id, block.day)
        else:
            self.session_clicked.emit(session_id)

    def _block_at(self, point: QPointF) -> SessionBlock | None:
        for item in self.items(point):
            if isinstance(item, SessionBlock):
                return item
        return None


class TimelineView(QGraphicsView):
    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        # Every lane when there is room; on a 720-pixel screen two lanes, and it scrolls.
        self.setMinimumHeight(int(HEADER + 2 * LANE_HEIGHT + 20))
        self.full_height = int(HEADER + len(LANES) * LANE_HEIGHT + 30)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.full_height)
