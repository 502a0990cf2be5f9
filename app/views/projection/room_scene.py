"""What the wall's scenes share: the dark surround, tiles by id, the facilitator's
highlight, and following the document's signals for one sheet or board."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from app.document import WorkshopDocument
from app.views.projection.room_style import BACKGROUND
from app.views.projection.tile import RoomTile


class RoomScene(QGraphicsScene):
    """Subclasses set ``ident``, say which signals they follow and how to ``refresh``."""

    def __init__(self, document: WorkshopDocument, ident: int) -> None:
        super().__init__()
        self.document = document
        self.ident = ident
        self.setBackgroundBrush(QColor(BACKGROUND))
        self.tiles: dict[int, RoomTile] = {}
        self._highlighted: set[int] = set()

    def _subscriptions(self):
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def connect_document(self) -> None:
        for signal, slot in self._subscriptions():
            signal.connect(slot)

    def disconnect_document(self) -> None:
        for signal, slot in self._subscriptions():
            signal.disconnect(slot)

    def _on_own_signal(self, ident: int, *_ids: object) -> None:
        """A change of this scene's sheet or board (signals carry its id first)."""
        if ident == self.ident:
            self.refresh()

    def set_highlighted(self, ids: set[int] | list[int]) -> None:
        """Frame the tiles of the cards or notes selected on the laptop."""
        self._highlighted = set(ids)
        for ident, tile in self.tiles.items():
            tile.set_highlighted(ident in self._highlighted)
