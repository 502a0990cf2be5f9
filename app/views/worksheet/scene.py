"""One worksheet as a QGraphicsScene in page millimetres, mirroring the document.

The scene never writes: it reports gestures (cards moved, a link drawn, a double-click
on an editable text) through signals, and the page turns them into commands.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from app import i18n
from app.document import WorkshopDocument
from app.models import Card, Link, Resource
from app.views.canvas.editor_host import EditorScene
from app.views.canvas.layers import EDIT_TAG, EDITOR_Z
from app.views.canvas.text_editor import TextEditor
from app.views.worksheet.background import draw_background
from app.views.worksheet.card_looks import CardLooks
from app.views.worksheet.gap_marks import gap_marks
from app.views.worksheet.items import CardItem, CardLook
from app.views.worksheet.label_places import LabelPlaces
from app.views.worksheet.links import LinkItem, LinkLayer
from app.views.worksheet.name_editor import card_name_editor
from app.views.worksheet.resize_handle import ResizeHandle
from app.worksheets.geometry import bounds


class WorksheetScene(EditorScene):
    cards_moved = Signal(object)  # dict: card id -> (x, y)
    link_drawn = Signal(int, int)  # source card id, target card id
    text_edit_requested = Signal(str, int)  # edit tag kind, id
    card_edit_requested = Signal(int)
    card_resized = Signal(int, float, float)  # card id, width, height (mm)
    link_edit_requested = Signal(int)
    label_moved = Signal(int, float, float)  # link id, the label's new centre (mm)

    def __init__(self, document: WorkshopDocument, sheet_id: int) -> None:
        super().__init__()
        self.document = document
        self.sheet_id = sheet_id
        self.template = document.sheets.template_of(sheet_id)
        self.setSceneRect(
            QRectF(-20, -20, self.template.page_width + 40, self.template.page_height + 40)
        )
        self.setBackgroundBrush(QColor("#e9ecef"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.cards: dict[int, CardItem] = {}
        self.links: dict[int, LinkItem] = {}
        self._background: QGraphicsItemGroup | None = None
        self._gap_items: list[QGraphicsItem] = []
        self.gap_view = False
        self.link_mode = False
        self.looks = CardLooks(document)
        self._link_start: CardItem | None = None
        self._rubber_link: QGraphicsLineItem | None = None
        self._press_positions: dict[int, QPointF] = {}
        self.resize_handle = ResizeHandle(
            lambda card, w, h: self.card_resized.emit(card.card_id, w, h)
        )
        self.addItem(self.resize_handle)
        self.selectionChanged.connect(self._place_resize_handle)

        self.rebuild_background()
        self.link_layer = LinkLayer(self.sceneRect())
        self.addItem(self.link_layer)
        self._add_cards(document.sheets.cards(sheet_id))
        self.labels = LabelPlaces(self)
        for link in document.sheets.links(sheet_id):
            self._add_link(link)
        self.labels.lay_out()

        for signal, slot in self._subscriptions():
            signal.connect(slot)

    def _subscriptions(self):
        """The document's signals this scene follows, with the slot for each."""
        d = self.document
        return (
            (d.worksheet_changed, self._on_sheet_changed),
            (d.zones_changed, self._on_sheet_changed),
            (d.cards_added, self._on_cards_added),
            (d.cards_changed, self._on_cards_changed),
            (d.cards_removed, self._on_cards_removed),
            (d.links_added, self._on_links_added),
            (d.links_changed, self._on_links_changed),
            (d.links_removed, self._on_links_removed),
            (d.resource_changed, self._on_resource_changed),
            (d.photos_changed, self._on_photos_changed),
        )

    @property
    def ident(self) -> int:
        return self.sheet_id

    def disconnect_document(self) -> None:
        for signal, slot in self._subscriptions():
            signal.disconnect(slot)

    # -- drawing ----------------------------------------------------------------------
    def page_rect(self) -> QRectF:
        return QRectF(0, 0, self.template.page_width, self.template.page_height)

    def rebuild_background(self) -> None:
        if self._background is not None:
            self.removeItem(self._background)
        sheet = self.document.sheets.get(self.sheet_id)
        self._zones = self.document.sheets.zones(self.sheet_id)
        self._shapes = self.document.sheets.zone_shapes(self.sheet_id)
        self._background = draw_background(
            self, self.template, sheet, self._zones, self._shapes, i18n.current_language()
        )
        self._draw_gaps()

    def content_rect(self) -> QRectF:
        """Where the cards are (the page when there are none)."""
        area = QRectF()
        for card in self.cards.values():
            area = area.united(card.scene_card_rect())
        return area if not area.isNull() else self.page_rect()

    def zone_rect(self, key: str) -> QRectF | None:
        for shape in self._shapes:
            if shape.key == key:
                b = bounds(shape.polygon)
                return QRectF(b.x, b.y, b.width, b.height)
        return None

    def zone_count(self) -> int:
        """How many zones (a barrel's staves) the sheet has now."""
        return len(self._zones)

    def zone_counts(self) -> dict[str, int]:
        counts = {s.key: 0 for s in self._shapes}
        for card in self.document.sheets.cards(self.sheet_id):
            if card.zone_key in counts:
                counts[card.zone_key] += 1
        return counts

    def set_gap_view(self, on: bool) -> None:
        self.gap_view = on
        self._draw_gaps()

    def _draw_gaps(self) -> None:
        for item in self._gap_items:
            self.removeItem(item)
        self._gap_items = gap_marks(self, self._shapes, self.zone_counts()) if self.gap_view else []

    # -- cards and links ------------------------------------------------------------------
    def _look(
        self,
        resource_id: int,
        colour: str | None,
        face_down: bool,
        resource: Resource | None = None,
    ) -> CardLook:
        return self.looks.look(resource or self.document.resource(resource_id), colour, face_down)

    def show_photos(self, on: bool) -> None:
        """Each card shows its resource's photo at its end (the 通いの場 as it looks)."""
        self.looks.switch_photos(on)
        self._relook_all()

    def _on_photos_changed(self) -> None:
        if self.looks.photos_on:
            self.show_photos(True)

    def _relook_all(self) -> None:
        cards = self.document.sheets.cards_by_id(list(self.cards))
        resources = self._resources_of(cards)
        for card in cards:
            resource = resources[card.resource_id]
            self.cards[card.id].set_look(self.looks.look(resource, card.colour, card.face_down))

    def _resources_of(self, cards: list[Card]) -> dict[int, Resource]:
        ids = {c.resource_id for c in cards}
        return {r.id: r for r in self.document.resources_by_id(list(ids))} if ids else {}

    def _add_cards(self, cards: list[Card]) -> None:
        resources = self._resources_of(cards)
        for card in cards:
            item = CardItem(
                card.id,
                card.resource_id,
                card.width,
                card.height,
                self._look(
                    card.resource_id, card.colour, card.face_down, resources.get(card.resource_id)
                ),
            )
            item.setPos(card.x, card.y)
            item.setZValue(card.z)
            self.addItem(item)
            self.cards[card.id] = item

    def _add_link(self, link: Link) -> None:
        source, target = self.cards.get(link.source_id), self.cards.get(link.target_id)
        if source is not None and target is not None:
            item = LinkItem(link.id, source, target, link.label, self.link_layer, _pinned(link))
            self.addItem(item)
            self.links[link.id] = item

    def _on_sheet_changed(self, sheet_id: int) -> None:
        if sheet_id == self.sheet_id:
            self.rebuild_background()

    def _on_cards_added(self, sheet_id: int, ids: list[int]) -> None:
        if sheet_id != self.sheet_id:
            return
        self._add_cards(self.document.sheets.cards_by_id(ids))
        self.labels.lay_out(ids)
        self._draw_gaps()

    def _on_cards_changed(self, sheet_id: int, ids: list[int]) -> None:
        if sheet_id != self.sheet_id:
            return
        cards = [c for c in self.document.sheets.cards_by_id(ids) if c.id in self.cards]
        resources = self._resources_of(cards)
        for card in cards:
            item = self.cards[card.id]
            item.move_to(card.x, card.y)
            item.set_size(card.width, card.height)
            if self.resize_handle.card() is item:
                self.resize_handle.follow()
            item.setZValue(card.z)
            resource = resources[card.resource_id]
            item.set_look(self._look(card.resource_id, card.colour, card.face_down, resource))
        self.labels.lay_out(ids)
        self._draw_gaps()

    def _on_cards_removed(self, sheet_id: int, ids: list[int]) -> None:
        if sheet_id != self.sheet_id:
            return
        for card_id in ids:
            item = self.cards.pop(card_id, None)
            if item is not None:
                for link in list(item.links):
                    self._drop_link(link.link_id)
                if self.resize_handle.card() is item:
                    self.resize_handle.attach(None)
                self.removeItem(item)
        self.labels.lay_out(ids)
        self._draw_gaps()

    def _on_links_added(self, sheet_id: int, ids: list[int]) -> None:
        if sheet_id == self.sheet_id:
            for link in self.document.sheets.links_by_id(ids):
                self._add_link(link)
            self.labels.lay_out()

    def _on_links_changed(self, sheet_id: int, ids: list[int]) -> None:
        if sheet_id == self.sheet_id:
            for link in self.document.sheets.links_by_id(ids):
                if link.id in self.links:
                    self.links[link.id].set_label(link.label, _pinned(link))
            self.labels.lay_out()

    def _on_links_removed(self, sheet_id: int, ids: list[int]) -> None:
        if sheet_id == self.sheet_id:
            for link_id in ids:
                self._drop_link(link_id)
            self.labels.lay_out()

    def _drop_link(self, link_id: int) -> None:
        item = self.links.pop(link_id, None)
        if item is not None:
            item.detach()
            self.removeItem(item)

    def _on_resource_changed(self, resource_id: int) -> None:
        for item in self.cards.values():
            if item.resource_id == resource_id:
                item.set_look(self._look(resource_id, item.look.colour, item.look.face_down))

    def _place_resize_handle(self) -> None:
        selected = self.selectedItems()
        card = selected[0] if len(selected) == 1 else None
        self.resize_handle.attach(card if isinstance(card, CardItem) else None)

    # -- naming in place --------------------------------------------------------------------
    def open_name_editor(
        self, rect: QRectF, text: str, ghost: CardLook | None = None
    ) -> TextEditor:
        """An editor over the card at ``rect``; with ``ghost``, over a card yet to be placed."""
        self.close_editor()
        if ghost is not None:
            self._show_ghost(
                CardItem(0, 0, rect.width(), rect.height(), ghost), rect.topLeft(), EDITOR_Z - 1
            )
        return self._open(card_name_editor(rect, text))

    def open_text_editor(self, kind: str, ident: int, text: str) -> TextEditor:
        """An editor over the sheet text tagged ``(kind, ident)`` (see ``EDIT_TAG``)."""
        self.close_editor()
        area = QRectF()
        for item in self.items():
            if item.data(EDIT_TAG) == (kind, ident):
                area = area.united(item.sceneBoundingRect())
        if area.isNull():
            area = QRectF(self.page_rect().center(), self.page_rect().center())
        multiline = kind in ("purpose", "story", "caption", "aim", "lower_hoop")
        width = max(area.width(), 80.0 if multiline else 50.0)
        width = min(width, self.page_rect().right() - area.x())
        return self._open(TextEditor(area.topLeft(), width, text, multiline))

    def selected_card_ids(self) -> list[int]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def selected_link_ids(self) -> list[int]:
        return [i.link_id for i in self.selectedItems() if isinstance(i, LinkItem)]

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    # -- gestures -------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.link_mode and event.button() == Qt.MouseButton.LeftButton:
            self._link_start = self.card_at(event.scenePos())
            if self._link_start is not None:
                centre = self._link_start.scene_card_rect().center()
                self._rubber_link = self.addLine(
                    QLineF(centre, centre), QPen(QColor("#c0392b"), 0.6, Qt.PenStyle.DashLine)
                )
                event.accept()
                return
        if event.button() == Qt.MouseButton.LeftButton:
            self.labels.press(event.scenePos())
        super().mousePressEvent(event)
        self._press_positions = {
            i.card_id: i.pos() for i in self.selectedItems() if isinstance(i, CardItem)
        }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rubber_link is not None:
            line = self._rubber_link.line()
            line.setP2(event.scenePos())
            self._rubber_link.setLine(line)
            event.accept()
            return
        if self.labels.move(event.scenePos()):
            event.accept()
            return
        super().mouseMoveEvent(event)
        for card_id in self._press_positions:
            if (item := self.cards.get(card_id)) is not None:
                item.links_follow()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rubber_link is not None:
            self.removeItem(self._rubber_link)
            self._rubber_link = None
            target = self.card_at(event.scenePos())
            start, self._link_start = self._link_start, None
            if start is not None and target is not None and target is not start:
                self.link_drawn.emit(start.card_id, target.card_id)
            event.accept()
            return
        self.labels.release(event.scenePos())
        super().mouseReleaseEvent(event)
        moved = {
            card_id: (item.pos().x(), item.pos().y())
            for card_id, start in self._press_positions.items()
            if (item := self.cards.get(card_id)) is not None and item.pos() != start
        }
        self._press_positions = {}
        if moved:
            self.cards_moved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, CardItem):
                self.card_edit_requested.emit(item.card_id)
                return
            if isinstance(item, LinkItem):
                self.link_edit_requested.emit(item.link_id)
                return
            tag = item.data(EDIT_TAG)
            if tag:
                self.text_edit_requested.emit(tag[0], int(tag[1]))
                return
        super().mouseDoubleClickEvent(event)


def _pinned(link: Link) -> tuple[float, float] | None:
    if link.label_x is None or link.label_y is None:
        return None
    return link.label_x, link.label_y
