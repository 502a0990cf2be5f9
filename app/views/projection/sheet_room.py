"""A worksheet as the room sees it: the sheet in the projector's ink, cards as large
tiles centred where the cards are, arrows between them, and the gaps when shown.

It follows the document's signals like the canvas does, but rebuilds the sheet's items
as a whole: it has no gestures to keep, and a few hundred tiles build in milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from app import i18n
from app.document import WorkshopDocument
from app.export.link_layout import arrow_ends
from app.export.text import measure
from app.views.canvas.painter_pen import polygon_path
from app.views.canvas.text import label, place
from app.views.projection.room_scene import RoomScene
from app.views.projection.room_style import BORDER, room_text_mm
from app.views.projection.tile import RoomTile, TileLook
from app.views.worksheet.background import draw_background
from app.views.worksheet.links import sheet_rect
from app.worksheets.card_style import STATUS_GLYPHS, card_fill
from app.worksheets.chrome import ROOM_INK, fixed_texts
from app.worksheets.geometry import Rect, bounds
from app.worksheets.link_labels import LabelRequest, leader, place_labels
from app.worksheets.pen import Type
from app.worksheets.spread import spread_in_zones

MIN_CHARS = 7  # a card's lines hold at least this many characters on the wall


LABEL_Z = 100_000  # above every tile


class SheetRoom(RoomScene):
    def __init__(self, document: WorkshopDocument, sheet_id: int) -> None:
        super().__init__(document, sheet_id)
        self.sheet_id = sheet_id
        self.template = document.sheets.template_of(sheet_id)
        page = self.page_rect()
        self.setSceneRect(page.adjusted(-20, -20, 20, 20))
        self.text_mm = room_text_mm(page.width(), page.height())
        self._resources_shown: set[int] = set()
        self.gap_view = False
        self.refresh()
        self.connect_document()

    def _subscriptions(self):
        d = self.document
        return (
            (d.worksheet_changed, self._on_own_signal),
            (d.zones_changed, self._on_own_signal),
            (d.cards_added, self._on_own_signal),
            (d.cards_changed, self._on_own_signal),
            (d.cards_removed, self._on_own_signal),
            (d.links_added, self._on_own_signal),
            (d.links_changed, self._on_own_signal),
            (d.links_removed, self._on_own_signal),
            (d.resource_changed, self._on_resource_changed),
        )

    def _on_resource_changed(self, resource_id: int) -> None:
        if resource_id in self._resources_shown:
            self.refresh()

    # -- geometry -----------------------------------------------------------------------
    def page_rect(self) -> QRectF:
        return QRectF(0, 0, self.template.page_width, self.template.page_height)

    def zone_rects(self) -> list[QRectF]:
        """The zones in their order on the sheet, as rectangles to zoom to."""
        rects = []
        for shape in self.document.sheets.zone_shapes(self.sheet_id):
            b = bounds(shape.polygon)
            rects.append(QRectF(b.x, b.y, b.width, b.height))
        return rects

    # -- building -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.clear()
        self.tiles = {}
        sheet = self.document.sheets.get(self.sheet_id)
        zones = self.document.sheets.zones(self.sheet_id)
        shapes = self.document.sheets.zone_shapes(self.sheet_id)
        lang = i18n.current_language()
        draw_background(self, self.template, sheet, zones, shapes, lang, ROOM_INK)
        self._add_tiles()
        self._make_room(shapes)
        self._add_links(len(zones))
        if self.gap_view:
            self._add_gaps(shapes)
        self.set_highlighted(self._highlighted)

    def _add_tiles(self) -> None:
        resources = {r.id: r for r in self.document.resources()}
        self._resources_shown = set()
        page = self.page_rect()
        t = self.text_mm
        for card in self.document.sheets.cards(self.sheet_id):
            resource = resources.get(card.resource_id)
            if resource is None:
                continue
            self._resources_shown.add(resource.id)
            kind = self.document.kind(resource.kind_id)
            kind_colour = kind.colour if kind else "#888888"
            look = TileLook(
                text="" if card.face_down else resource.name,
                fill=card_fill(card.colour, kind_colour),
                stripe=kind_colour,
                glyph=None if card.face_down else STATUS_GLYPHS[resource.status],
                face_down=card.face_down,
            )
            tile = RoomTile(card.id, look, t, max(card.width * 0.6, MIN_CHARS * t))
            tile.place_centred(QPointF(card.x + card.width / 2, card.y + card.height / 2), page)
            tile.setZValue(card.z)
            self.addItem(tile)
            self.tiles[card.id] = tile

    def _make_room(self, shapes) -> None:
        """Push overlapping tiles apart, each keeping to its card's zone (``spread_in_zones``)."""
        cards = {c.id: c for c in self.document.sheets.cards(self.sheet_id)}
        ids = list(self.tiles)
        rects = [sheet_rect(self.tiles[i].scene_rect()) for i in ids]
        page = self.page_rect()
        placed = spread_in_zones(
            rects,
            [cards[i].zone_key for i in ids],
            {s.key: s.polygon for s in shapes},
            Rect(0, 0, page.width(), page.height()),
        )
        for i, rect in zip(ids, placed, strict=True):
            self.tiles[i].setPos(rect.x, rect.y)

    def _add_links(self, staves: int) -> None:
        pen = QPen(QColor("#c0392b"), max(0.8, self.text_mm * 0.12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        words = Type(self.text_mm * 0.55, bold=True, colour="#8e1f12")
        requests: list[LabelRequest] = []
        texts: dict[int, str] = {}
        for link in self.document.sheets.links(self.sheet_id):
            start, end = self.tiles.get(link.source_id), self.tiles.get(link.target_id)
            if start is None or end is None:
                continue
            ends = arrow_ends(sheet_rect(start.scene_rect()), sheet_rect(end.scene_rect()))
            line = QLineF(QPointF(*ends[0]), QPointF(*ends[1]))
            path = QPainterPath(line.p1())
            path.lineTo(line.p2())
            head = self.text_mm * 0.7
            for angle in (25, -25):
                wing = QLineF(line.p2(), line.p1())
                wing.setLength(head)
                wing.setAngle(wing.angle() + angle)
                path.moveTo(line.p2())
                path.lineTo(wing.p2())
            arrow = QGraphicsPathItem(path)
            arrow.setPen(pen)
            arrow.setZValue(-10)
            self.addItem(arrow)
            text = " ".join(link.label.split())
            if text:
                texts[link.id] = text
                width = measure(text, words) + words.size
                requests.append(LabelRequest(link.id, *ends, width, words.size * 1.5))
        # The wall's tiles stand apart from where the cards are on the laptop, so its labels
        # are placed anew around the tiles (a label dragged on the laptop is placed too);
        # where the wall is too crowded to keep clear, a label stays readable on top.
        obstacles = [sheet_rect(t.scene_rect()) for t in self.tiles.values()]
        page = self.page_rect()
        boxes = place_labels(
            requests,
            [
                *obstacles,
                *fixed_texts(self.template, staves),
            ],
            Rect(page.x(), page.y(), page.width(), page.height()),
        )
        ends_of = {r.key: (r.start, r.end) for r in requests}
        for key, box in boxes.items():
            to_link = leader(box, *ends_of[key])
            if to_link is not None:
                stroke = QPen(
                    QColor("#c0392b"), max(0.4, self.text_mm * 0.05), Qt.PenStyle.DashLine
                )
                self.addLine(QLineF(QPointF(*to_link[0]), QPointF(*to_link[1])), stroke).setZValue(
                    LABEL_Z
                )
            back = self.addRect(
                QRectF(box.x, box.y, box.width, box.height),
                QPen(Qt.PenStyle.NoPen),
                QColor(255, 255, 255, 230),
            )
            back.setZValue(LABEL_Z)
            item = label(None, texts[key], words.size, bold=True, colour=words.colour)
            place(item, box.x + words.size / 2, box.y + words.size * 0.25)
            item.setZValue(LABEL_Z + 1)
            self.addItem(item)

    def _add_gaps(self, shapes) -> None:
        counts = {s.key: 0 for s in shapes}
        for card in self.document.sheets.cards(self.sheet_id):
            if card.zone_key in counts:
                counts[card.zone_key] += 1
        for shape in shapes:
            count = counts[shape.key]
            if count == 0:
                empty = QGraphicsPathItem(polygon_path(shape.polygon))
                empty.setPen(QPen(QColor("#d32f2f"), self.text_mm * 0.25, Qt.PenStyle.DashLine))
                empty.setBrush(QColor(211, 47, 47, 50))
                empty.setZValue(-50)
                self.addItem(empty)
            b = bounds(shape.polygon)
            number = label(
                None,
                str(count),
                self.text_mm * 1.4,
                bold=True,
                colour="#d32f2f" if count == 0 else BORDER,
                anchor="middle",
            )
            place(number, b.x + b.width / 2, b.y + b.height / 2 - self.text_mm * 0.7)
            number.setZValue(-40)
            self.addItem(number)

    # -- what the facilitator points at ---------------------------------------------------
    def set_gap_view(self, on: bool) -> None:
        if on != self.gap_view:
            self.gap_view = on
            self.refresh()
