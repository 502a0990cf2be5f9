"""A board as the room sees it: columns with large headers, notes in large type.

On a board with columns the notes of each column are set one under another at the
column's full width, in the order they stand on the board, the notes of a group
together under the group's title; two notes abreast would leave too few characters a
line at the wall's type size. A free board keeps its notes where they are, pushed apart
where the larger type makes them overlap.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from app.boards.layout import COLUMN_WIDTH
from app.document import WorkshopDocument
from app.models import Note
from app.views.board.note_item import Dots, rank_label
from app.views.canvas.text import label, place
from app.views.projection.room_scene import RoomScene
from app.views.projection.room_style import BORDER, ROOM_SCREEN, room_text_mm
from app.views.projection.tile import RoomTile, TileLook
from app.worksheets.geometry import Rect
from app.worksheets.spread import spread

GAP = 4.0  # mm between notes and from the column's edges
FREE_EXTENT = (360.0, 260.0)


class BoardRoom(RoomScene):
    def __init__(self, document: WorkshopDocument, board_id: int) -> None:
        super().__init__(document, board_id)
        self.board_id = board_id
        self._dots: dict[int, Dots] = {}
        self._page = QRectF()
        self.text_mm = 10.0
        self.refresh()
        self.connect_document()

    def _subscriptions(self):
        d = self.document
        return (
            (d.board_changed, self._on_own_signal),
            (d.board_columns_changed, self._on_own_signal),
            (d.notes_added, self._on_own_signal),
            (d.notes_changed, self._on_own_signal),
            (d.notes_removed, self._on_own_signal),
            (d.groups_changed, self._on_own_signal),
            (d.participants_changed, self._on_people_signal),
        )

    def _on_people_signal(self, _ids: list[int]) -> None:
        self.refresh()

    def page_rect(self) -> QRectF:
        return QRectF(self._page)

    def column_rects(self) -> list[QRectF]:
        return [
            QRectF(i * COLUMN_WIDTH, 0, COLUMN_WIDTH, self._page.height())
            for i in range(len(self._columns))
        ]

    # -- building -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.clear()
        self.tiles = {}
        self._columns = self.document.boards.columns(self.board_id)
        notes = self.document.boards.notes(self.board_id)
        people = {p.id: p.name for p in self.document.roster.all()}
        if self._columns:
            width = len(self._columns) * COLUMN_WIDTH
            # Fitted by its width on a 16:9 wall, whatever its height up to that ratio.
            self.text_mm = room_text_mm(width, width * ROOM_SCREEN[1] / ROOM_SCREEN[0])
            bottom = self._lay_out_columns(notes, people)
            height = max(bottom + GAP, width * ROOM_SCREEN[1] / ROOM_SCREEN[0])
            self._page = QRectF(0, 0, width, height)
            self._draw_columns()
        else:
            self._lay_out_free(notes, people)
        self.setSceneRect(self._page.adjusted(-20, -20, 20, 20))
        self.set_highlighted(self._highlighted)
        self.set_dots(self._dots)

    def _look(self, note: Note, people: dict[int, str]) -> TileLook:
        if note.face_down:
            return TileLook(text="", fill=note.colour, face_down=True)
        author = people.get(note.author_id, "") if note.author_id else ""
        footer = " · ".join(part for part in (author, note.table_name) if part)
        return TileLook(text=note.text, fill=note.colour, footer=footer)

    def _header_height(self) -> float:
        return self.text_mm * 2.2

    def _lay_out_columns(self, notes: Sequence[Note], people: dict[int, str]) -> float:
        t = self.text_mm
        groups = {c.id: c for c in self.document.boards.groups(self.board_id)}
        by_column: dict[int, list[Note]] = {c.id: [] for c in self._columns}
        for note in notes:
            if note.column_id in by_column:
                by_column[note.column_id].append(note)
        inner = COLUMN_WIDTH - 2 * GAP
        lowest = self._header_height()
        for index, column in enumerate(self._columns):
            column_notes = by_column[column.id]
            tops: dict[int, float] = {}
            for note in column_notes:
                key = note.group_id or 0
                tops[key] = min(tops.get(key, note.y), note.y)
            column_notes.sort(
                key=lambda n: (
                    tops[n.group_id or 0] if n.group_id else n.y,
                    n.group_id or 0,
                    n.y,
                    n.x,
                )
            )
            y = self._header_height() + GAP
            left = index * COLUMN_WIDTH + GAP
            group: int | None = None
            group_top = 0.0
            for note in column_notes:
                if note.group_id != group:
                    if group is not None:
                        self._frame(left, group_top, inner, y - group_top, groups.get(group))
                        y += GAP
                    group = note.group_id
                    if group is not None:
                        group_top = y
                        y += t * 0.9  # the group's title
                tile = RoomTile(note.id, self._look(note, people), t, inner - t)
                tile.setPos(left + (inner - tile.rect.width()) / 2 if note.face_down else left, y)
                if not note.face_down:
                    tile.rect.setWidth(inner)
                tile.setZValue(10)
                self.addItem(tile)
                self.tiles[note.id] = tile
                y += tile.rect.height() + GAP
            if group is not None:
                self._frame(left, group_top, inner, y - group_top, groups.get(group))
                y += GAP
            lowest = max(lowest, y)
        return lowest

    def _frame(self, left: float, top: float, width: float, height: float, group) -> None:
        frame = QGraphicsRectItem(QRectF(left - 2, top - 1, width + 4, height))
        pen = QPen(QColor("#5b6f86"), max(0.5, self.text_mm * 0.08), Qt.PenStyle.DashLine)
        frame.setPen(pen)
        frame.setBrush(QColor(91, 111, 134, 30))
        frame.setZValue(5)
        self.addItem(frame)
        if group is not None and group.title:
            title = label(None, group.title, self.text_mm * 0.6, bold=True, colour="#2d3e50")
            place(title, left + 1, top)
            title.setZValue(6)
            self.addItem(title)

    def _draw_columns(self) -> None:
        t = self.text_mm
        edge = QPen(QColor(BORDER), max(0.6, t * 0.1))
        for index, column in enumerate(self._columns):
            left = index * COLUMN_WIDTH
            body = QGraphicsRectItem(QRectF(left, 0, COLUMN_WIDTH, self._page.height()))
            body.setBrush(QColor("#fbfbf8" if index % 2 == 0 else "#f0f1ec"))
            body.setPen(edge)
            body.setZValue(-100)
            self.addItem(body)
            header = QGraphicsRectItem(QRectF(left, 0, COLUMN_WIDTH, self._header_height()))
            header.setBrush(QColor(column.colour or "#dfe6ee"))
            header.setPen(edge)
            header.setZValue(-90)
            self.addItem(header)
            title = label(
                None, column.label, t * 1.15, bold=True, colour="#111111", anchor="middle"
            )
            place(title, left + COLUMN_WIDTH / 2, t * 0.45)
            title.setZValue(-80)
            self.addItem(title)

    def _lay_out_free(self, notes: Sequence[Note], people: dict[int, str]) -> None:
        area = QRectF(0, 0, *FREE_EXTENT)
        for note in notes:
            area = area.united(
                QRectF(note.x, note.y, note.width, note.height).adjusted(0, 0, 40, 40)
            )
        self._page = area
        self.text_mm = room_text_mm(area.width(), area.height())
        sheet = QGraphicsRectItem(area)
        sheet.setBrush(QColor("#fbfbf8"))
        sheet.setPen(QPen(QColor(BORDER), max(0.6, self.text_mm * 0.1)))
        sheet.setZValue(-100)
        self.addItem(sheet)
        for note in notes:
            tile = RoomTile(
                note.id, self._look(note, people), self.text_mm, max(note.width, 7 * self.text_mm)
            )
            tile.place_centred(QPointF(note.x + note.width / 2, note.y + note.height / 2), area)
            tile.setZValue(note.z)
            self.addItem(tile)
            self.tiles[note.id] = tile
        ids = list(self.tiles)
        rects = [
            Rect(r.x(), r.y(), r.width(), r.height())
            for r in (self.tiles[i].scene_rect() for i in ids)
        ]
        page = Rect(area.x(), area.y(), area.width(), area.height())
        for i, rect in zip(ids, spread(rects, lambda _i, _c: True, page), strict=True):
            self.tiles[i].setPos(rect.x, rect.y)

    # -- what the facilitator shows ---------------------------------------------------------
    def set_dots(self, dots: dict[int, Dots]) -> None:
        """A round's results, once the facilitator shows them (the voting panel's rule)."""
        self._dots = dict(dots)
        for note_id, tile in self.tiles.items():
            found = self._dots.get(note_id, Dots())
            shown = found.count if not tile.look.face_down else 0
            laptop = QCoreApplication.translate("VotingPanel", "On the laptop")
            sources = compact_sources(found.sources, laptop)
            rank = rank_label(found.rank) if found.rank and shown else ""
            tile.set_dots(shown, rank, sources if shown else "")


def compact_sources(sources: Sequence[tuple[str, int]], laptop: str) -> str:
    """Where a note's dots came from, short enough for a tile's footer: tables named alike
    share their common start once (「テーブル 1:5・2:4・3:3」), the laptop's come last."""
    tables = [(where, n) for where, n in sources if where]
    names = [where for where, _ in tables]
    prefix = os.path.commonprefix(names) if len(names) > 1 else ""
    if len(prefix) < 2 or any(name == prefix for name in names):
        prefix = ""
    parts = [f"{where[len(prefix) :]}:{n}" if prefix else f"{where} {n}" for where, n in tables]
    parts += [f"{laptop}:{n}" if prefix else f"{laptop} {n}" for where, n in sources if not where]
    return (prefix.rstrip() + " " if prefix else "") + "・".join(parts)
