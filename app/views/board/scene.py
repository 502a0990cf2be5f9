"""One board as a QGraphicsScene in board millimetres, mirroring the document.

Like the worksheet scene it never writes: it reports gestures (notes dropped, a
double-click, a vote click) through signals and the page turns them into commands.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItemGroup, QGraphicsScene

from app.boards.layout import COLUMN_WIDTH, HEADER_HEIGHT
from app.document import WorkshopDocument
from app.models import Note
from app.views.board.board_gestures import BoardGestures
from app.views.board.columns import draw_columns
from app.views.board.group_item import GroupItem
from app.views.board.note_editor import NoteEditor
from app.views.board.note_item import Dots, NoteItem, NoteLook
from app.views.canvas.layers import EDITOR_Z
from app.views.canvas.text_editor import TextEditor

MIN_EXTENT = (360.0, 260.0)  # a free board's sheet, and the least height of columns
BOTTOM_ROOM = 60.0  # empty space kept below the lowest note


class BoardScene(BoardGestures):
    def __init__(self, document: WorkshopDocument, board_id: int) -> None:
        super().__init__()
        self.document = document
        self.board_id = board_id
        self.setBackgroundBrush(QColor("#e9ecef"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.notes: dict[int, NoteItem] = {}
        self.groups: dict[int, GroupItem] = {}
        self._parent: dict[int, int | None] = {}
        self._authors: dict[int, str] = {}
        self._background: QGraphicsItemGroup | None = None
        self._extent = QRectF()

        self._columns = document.boards.columns(board_id)
        self._refresh_authors()
        self._add_notes(document.boards.notes(board_id))
        self._rebuild_groups()
        self._rebuild_background()
        for signal, slot in self._subscriptions():
            signal.connect(slot)

    def _subscriptions(self):
        d = self.document
        return (
            (d.board_columns_changed, self._on_columns_changed),
            (d.notes_added, self._on_notes_added),
            (d.notes_changed, self._on_notes_changed),
            (d.notes_removed, self._on_notes_removed),
            (d.groups_changed, self._on_groups_changed),
            (d.participants_changed, self._on_people_changed),
            (d.participants_added, self._on_people_changed),
        )

    @property
    def ident(self) -> int:
        return self.board_id

    def disconnect_document(self) -> None:
        for signal, slot in self._subscriptions():
            signal.disconnect(slot)

    # -- geometry ---------------------------------------------------------------------
    @property
    def columns(self):
        return self._columns

    def content_rect(self) -> QRectF:
        """The notes, and above them the columns' headings."""
        area = QRectF()
        for note in self.notes.values():
            area = area.united(note.scene_note_rect())
        if area.isNull():
            return self.page_rect()
        area.setTop(min(area.top(), self.page_rect().top()))
        return area

    def page_rect(self) -> QRectF:
        return QRectF(self._extent)

    def _wanted_extent(self) -> QRectF:
        area = QRectF(0, 0, *MIN_EXTENT)
        if self._columns:
            area.setWidth(len(self._columns) * COLUMN_WIDTH)
        for item in self.notes.values():
            rect = item.scene_note_rect()
            area.setBottom(max(area.bottom(), rect.bottom() + BOTTOM_ROOM))
            if not self._columns:
                area.setRight(max(area.right(), rect.right() + BOTTOM_ROOM))
        return area

    def _rebuild_background(self) -> None:
        if self._background is not None:
            self.removeItem(self._background)
        self._extent = self._wanted_extent()
        self.setSceneRect(self._extent.adjusted(-40, -40, 40, 40))
        self._background = draw_columns(self, self._columns, self._extent)

    def _grow_if_needed(self, items: list[NoteItem]) -> None:
        """Extend the board when one of ``items`` comes too near its bottom (or, on a free
        board, its right edge)."""
        for item in items:
            rect = item.scene_note_rect()
            low = rect.bottom() + BOTTOM_ROOM > self._extent.bottom()
            wide = not self._columns and rect.right() + BOTTOM_ROOM > self._extent.right()
            if low or wide:
                self._rebuild_background()
                return

    # -- notes ------------------------------------------------------------------------
    def _refresh_authors(self) -> None:
        self._authors = {p.id: p.name for p in self.document.roster.all()}

    def _look(self, note: Note) -> NoteLook:
        author = self._authors.get(note.author_id, "") if note.author_id else ""
        footer = " · ".join(part for part in (author, note.table_name) if part)
        return NoteLook(note.text, note.colour, footer, note.face_down)

    def _add_notes(self, notes: list[Note]) -> None:
        for note in notes:
            item = NoteItem(note.id, note.width, note.height, self._look(note))
            item.group_id = note.group_id
            item.setPos(note.x, note.y)
            item.setZValue(note.z)
            self.addItem(item)
            self.notes[note.id] = item

    def _on_notes_added(self, board_id: int, ids: list[int]) -> None:
        if board_id != self.board_id:
            return
        added = sorted(self.document.boards.notes_by_id(ids), key=lambda n: (n.z, n.id))
        self._add_notes(added)
        if any(n.group_id is not None for n in added):  # notes back in their groups (undo)
            self._rebuild_groups()
        self._grow_if_needed([self.notes[n.id] for n in added])

    def _on_notes_changed(self, board_id: int, ids: list[int]) -> None:
        if board_id != self.board_id:
            return
        regroup, touched, items = False, set(), []
        for note in self.document.boards.notes_by_id(ids):
            item = self.notes.get(note.id)
            if item is None:
                continue
            touched |= {item.group_id, note.group_id}
            item.move_to(note.x, note.y)
            item.setZValue(note.z)
            item.set_look(self._look(note), note.width, note.height)
            regroup |= item.group_id != note.group_id
            item.group_id = note.group_id
            items.append(item)
        if regroup:
            self._rebuild_groups()
        else:
            self._refit_groups(self._with_parents(touched))
        self._grow_if_needed(items)

    def snap_back(self, ids: list[int]) -> None:
        """Put dragged notes back where the document has them (a read-only file)."""
        self._on_notes_changed(self.board_id, ids)

    def _on_notes_removed(self, board_id: int, ids: list[int]) -> None:
        if board_id != self.board_id:
            return
        for note_id in ids:
            item = self.notes.pop(note_id, None)
            if item is not None:
                self.removeItem(item)
        self._rebuild_groups()

    def _on_columns_changed(self, board_id: int) -> None:
        if board_id == self.board_id:
            self._columns = self.document.boards.columns(board_id)
            self._rebuild_background()

    def _on_people_changed(self, _ids: list[int]) -> None:
        self._refresh_authors()
        for note in self.document.boards.notes(self.board_id):
            if note.author_id and note.id in self.notes:
                item = self.notes[note.id]
                item.set_look(self._look(note), *item.size)

    def set_dots(self, dots: dict[int, Dots]) -> None:
        """Show a round's results: dots per note and the places of the top notes."""
        for note_id, item in self.notes.items():
            item.set_dots(dots.get(note_id, Dots()))

    # -- groups ---------------------------------------------------------------------
    def _on_groups_changed(self, board_id: int) -> None:
        if board_id == self.board_id:
            self._rebuild_groups()

    def _rebuild_groups(self) -> None:
        rows = self.document.boards.groups(self.board_id)
        self._parent = {c.id: c.parent_id for c in rows}
        for group_id in list(self.groups):
            if group_id not in self._parent:
                self.removeItem(self.groups.pop(group_id))
        for row in rows:
            item = self.groups.get(row.id)
            if item is None or item.inner != (row.parent_id is not None):
                if item is not None:
                    self.removeItem(item)
                item = GroupItem(row.id, row.title, row.parent_id is not None)
                self.addItem(item)
                self.groups[row.id] = item
        self._titles = {c.id: c.title for c in rows}
        self._refit_groups()

    def parent_of(self, group_id: int | None) -> int | None:
        return self._parent.get(group_id) if group_id is not None else None

    def members(self, group_id: int) -> list[int]:
        """The notes in a group and in the groups inside it."""
        inside = {group_id} | {c for c, p in self._parent.items() if p == group_id}
        return [nid for nid, item in self.notes.items() if item.group_id in inside]

    def _with_parents(self, group_ids: set[int | None]) -> set[int]:
        found = {c for c in group_ids if c is not None and c in self.groups}
        return found | {p for c in found if (p := self._parent.get(c)) is not None}

    def _refit_groups(self, only: set[int] | None = None) -> None:
        """Fit frames around their notes: every frame, or the frames in ``only`` (which
        must include the groups around them)."""
        targets = [c for c in self.groups.values() if only is None or c.group_id in only]
        targets.sort(key=lambda c: not c.inner)  # inner frames first, outer ones contain them
        wanted = {c.group_id for c in targets}
        by_group: dict[int, list[NoteItem]] = {}
        for item in self.notes.values():
            if item.group_id in wanted:
                by_group.setdefault(item.group_id, []).append(item)
        for group in targets:
            rects = [n.scene_note_rect() for n in by_group.get(group.group_id, [])]
            count = len(rects)
            for inner in self.groups.values():
                if self._parent.get(inner.group_id) == group.group_id:
                    rects.append(inner.rect())
                    count += inner.count
            group.fit_around(rects, count, self._titles.get(group.group_id, ""))

    def selected_note_ids(self) -> list[int]:
        return [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_group_ids(self) -> list[int]:
        return [i.group_id for i in self.selectedItems() if isinstance(i, GroupItem)]

    def note_at(self, pos: QPointF) -> NoteItem | None:
        for item in self.items(pos):
            if isinstance(item, NoteItem):
                return item
        return None

    def column_index_at(self, x: float) -> int | None:
        if not self._columns or x < 0:
            return None
        index = int(x // COLUMN_WIDTH)
        return index if index < len(self._columns) else None

    # -- editors ----------------------------------------------------------------------
    def open_note_editor(self, rect: QRectF, text: str, colour: str, ghost: bool) -> NoteEditor:
        """An editor over the note at ``rect``; with ``ghost``, over a note yet to be made."""
        self.close_editor()
        if ghost:
            self._show_ghost(
                NoteItem(0, rect.width(), rect.height(), NoteLook("", colour, "")),
                rect.topLeft(),
                EDITOR_Z - 1,
            )
        editor = NoteEditor(rect.topLeft(), rect.width(), text, colour)
        self._open(editor)
        return editor

    def open_text_editor(self, rect: QRectF, text: str) -> TextEditor:
        self.close_editor()
        return self._open(TextEditor(rect.topLeft(), max(rect.width(), 60.0), text))

    def header_rect(self, column_id: int) -> QRectF:
        for index, column in enumerate(self._columns):
            if column.id == column_id:
                return QRectF(index * COLUMN_WIDTH, 0, COLUMN_WIDTH, HEADER_HEIGHT)
        return QRectF()
