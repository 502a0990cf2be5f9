"""The square at a selected card's lower right corner: drag it to resize the card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSceneMouseEvent

from app.views.worksheet.items import CardItem
from app.worksheets.arrange import clamp_size

HANDLE_PX = 12  # on screen, at any zoom


class ResizeHandle(QGraphicsRectItem):
    """Lives on the card it resizes (a child item, so it moves with it). The card changes
    size live while dragging; ``on_resized(card, width, height)`` is called on release."""

    def __init__(self, on_resized) -> None:
        super().__init__(-HANDLE_PX / 2, -HANDLE_PX / 2, HANDLE_PX, HANDLE_PX)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setBrush(QColor("#1a73e8"))
        self.setPen(QPen(QColor("white"), 1.5))
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        self.setToolTip(QCoreApplication.translate("WorksheetsPage", "Drag to resize the card"))
        self.setVisible(False)
        self._on_resized = on_resized
        self._start: tuple[float, float, QPointF] | None = None

    def card(self) -> CardItem | None:
        parent = self.parentItem()
        return parent if isinstance(parent, CardItem) else None

    def attach(self, card: CardItem | None) -> None:
        scene = self.scene()
        if card is None:
            self.setVisible(False)
            self.setParentItem(None)  # type: ignore[arg-type]  # None detaches it
            if scene is not None and self.scene() is None:
                scene.addItem(self)
            return
        self.setParentItem(card)
        self.follow()
        self.setVisible(True)

    def follow(self) -> None:
        card = self.card()
        if card is not None:
            self.setPos(*card.size)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self.card()
        if card is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._start = (*card.size, event.scenePos())
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self.card()
        if card is None or self._start is None:
            return
        width, height, at = self._start
        delta = event.scenePos() - at
        card.set_size(*clamp_size(width + delta.x(), height + delta.y()))
        self.follow()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card, start = self.card(), self._start
        self._start = None
        if card is not None and start is not None and card.size != start[:2]:
            self._on_resized(card, *card.size)
