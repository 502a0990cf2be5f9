"""The labels of a sheet's links on screen: placed by the shared layout
(:mod:`app.export.link_layout`, the same as the wall and the paper), placed again where cards
moved, and dragged by hand to where the facilitator wants them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from app.export.link_layout import lay_out
from app.views.worksheet.links import LinkItem, sheet_rect

if TYPE_CHECKING:
    from app.views.worksheet.scene import WorksheetScene

#: Up to this many labels the whole sheet is laid out again after each change, exactly as it
#: prints; above it only the labels of the links that changed move (a crowded sheet stays quick).
WHOLE_SHEET = 200
DRAG_MM = 0.5  # a press that moves less than this is a click, not a drag


class LabelPlaces:
    def __init__(self, scene: WorksheetScene) -> None:
        self.scene = scene
        self._dragging: tuple[LinkItem, QPointF, QPointF] | None = None  # link, grab, start

    def lay_out(self, changed_cards: Iterable[int] | None = None) -> None:
        """Place the labels: all of them, or (on a crowded sheet) those of the links of
        ``changed_cards``."""
        links = [link for link in self.scene.links.values() if link.label_text is not None]
        if not links:
            return
        kept = {}
        if changed_cards is not None and len(links) > WHOLE_SHEET:
            moved = set(changed_cards)
            kept = {
                link.link_id: sheet_rect(link.label_box)
                for link in links
                if link.source.card_id not in moved and link.target.card_id not in moved
            }
        cards = [sheet_rect(card.scene_card_rect()) for card in self.scene.cards.values()]
        drawings = lay_out([link.plan() for link in links], cards, self.scene.template, kept)
        for link in links:
            if link.link_id not in kept:
                link.place_label(drawings[link.link_id])

    # -- dragging a label ---------------------------------------------------------------
    def press(self, at: QPointF) -> bool:
        links = (item for item in self.scene.items(at) if isinstance(item, LinkItem))
        for item in links:
            if item.label_text is not None and item.label_box.contains(at):
                self._dragging = (item, at - item.label_box.center(), at)
                return True
        return False

    def move(self, at: QPointF) -> bool:
        if self._dragging is None:
            return False
        link, grab, _start = self._dragging
        link.move_label(at - grab)
        return True

    def release(self, at: QPointF) -> bool:
        if self._dragging is None:
            return False
        link, grab, start = self._dragging
        self._dragging = None
        travelled = at - start
        if abs(travelled.x()) + abs(travelled.y()) < DRAG_MM:
            link.update_path()  # a click: the label stays
            return False
        centre = at - grab
        self.scene.label_moved.emit(link.link_id, round(centre.x(), 2), round(centre.y(), 2))
        return True
