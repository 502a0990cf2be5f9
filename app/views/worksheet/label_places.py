"""The labels of a sheet's links on screen: placed by the shared layout
(:mod:`app.export.link_layout`, the same as the wall and the paper), placed again where cards
moved, and dragged by hand to where the facilitator wants them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from app.export.link_layout import lay_out
from app.views.worksheet.items import CardItem
from app.views.worksheet.links import LinkItem, sheet_rect
from app.worksheets.geometry import Rect

if TYPE_CHECKING:
    from app.views.worksheet.scene import WorksheetScene

#: Up to this many cards and labels together the whole sheet is laid out again after each
#: change, exactly as it prints; above it only the labels the change concerns move, among what
#: lies near them (a large sheet stays quick).
WHOLE_SHEET = 600
DRAG_MM = 0.5  # a press that moves less than this is a click, not a drag


class LabelPlaces:
    def __init__(self, scene: WorksheetScene) -> None:
        self.scene = scene
        self._dragging: tuple[LinkItem, QPointF, QPointF] | None = None  # link, grab, start

    def lay_out(self, changed_cards: Iterable[int] | None = None) -> None:
        """Place the labels: all of them, or (on a crowded sheet) those of the links of
        ``changed_cards``, among the cards and labels around them."""
        links = [link for link in self.scene.links.values() if link.label_text is not None]
        if not links:
            return
        if changed_cards is None or len(links) + len(self.scene.cards) <= WHOLE_SHEET:
            cards = [sheet_rect(card.scene_card_rect()) for card in self.scene.cards.values()]
            self._place(links, cards, {})
            return
        # The labels of the changed cards' links. (A card moved under another label leaves
        # it there until the sheet is laid out whole: finding those costs more than a move.)
        moved = set(changed_cards)
        placing = [k for k in links if k.source.card_id in moved or k.target.card_id in moved]
        if not placing:
            return
        # Only what lies near the links being placed can be in their way.
        area = QRectF()
        for link in placing:
            reach = max(link.label_box.width(), link.label_box.height()) * 3
            area = area.united(link.boundingRect().adjusted(-reach, -reach, reach, reach))
        near = self.scene.items(area)
        cards = [sheet_rect(i.scene_card_rect()) for i in near if isinstance(i, CardItem)]
        others = {k for k in near if isinstance(k, LinkItem)} - set(placing)
        kept = {k.link_id: sheet_rect(k.label_box) for k in others if k.label_text is not None}
        self._place(placing, cards, kept)

    def _place(self, links: list[LinkItem], cards: list[Rect], kept: dict[int, Rect]) -> None:
        staves = self.scene.zone_count()
        plans = [link.plan() for link in links]
        drawings = lay_out(plans, cards, self.scene.template, kept, staves=staves)
        for link in links:
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
