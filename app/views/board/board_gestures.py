"""What the mouse does on a board: vote clicks, dragging notes and whole groups (notes
dropped into a group's frame join it), and double-clicks that edit or start a note.

The base of :class:`app.views.board.scene.BoardScene`: the gestures and the signals they
send; the scene below fills in the notes, groups and columns they read.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from app.boards.layout import HEADER_HEIGHT
from app.models import BoardColumn
from app.views.board.group_item import GroupItem
from app.views.board.note_item import NoteItem
from app.views.canvas.editor_host import EditorScene
from app.views.canvas.layers import EDIT_TAG


class BoardGestures(EditorScene):
    notes_dropped = Signal(object, object)  # {note id: (x, y)}, {note id: new group id}
    note_edit_requested = Signal(int)
    new_note_requested = Signal(QPointF)
    text_edit_requested = Signal(str, int)  # ("column", id)
    group_edit_requested = Signal(int)
    note_voted = Signal(int, bool)  # note id, withdraw

    # filled in by the scene
    notes: dict[int, NoteItem]
    groups: dict[int, GroupItem]
    _parent: dict[int, int | None]
    _columns: list[BoardColumn]
    _extent: QRectF

    def __init__(self) -> None:
        super().__init__()
        self.vote_mode = False
        self._press: dict[int, QPointF] = {}
        self._frames_before: dict[int, QRectF] = {}
        self._group_drag: tuple[QPointF, list[int]] | None = None
        self._dragged_frames: set[int] = set()

    # -- what the scene answers -----------------------------------------------------------
    def members(self, group_id: int) -> list[int]:
        raise NotImplementedError

    def note_at(self, pos: QPointF) -> NoteItem | None:
        raise NotImplementedError

    def _with_parents(self, group_ids: set[int | None]) -> set[int]:
        raise NotImplementedError

    def _refit_groups(self, only: set[int] | None = None) -> None:
        raise NotImplementedError

    # -- the gestures -------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.vote_mode and not self.editing():
            note = self.note_at(event.scenePos())
            if note is not None:
                withdraw = event.button() == Qt.MouseButton.RightButton or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                self.note_voted.emit(note.note_id, withdraw)
            event.accept()
            return
        top = next(iter(self.items(event.scenePos())), None)
        if isinstance(top, GroupItem) and event.button() == Qt.MouseButton.LeftButton:
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.clearSelection()
            top.setSelected(True)
            members = self.members(top.group_id)
            self._press = {nid: self.notes[nid].pos() for nid in members}
            self._group_drag = (event.scenePos(), members)
            inner: set[int | None] = {c for c, p in self._parent.items() if p == top.group_id}
            self._dragged_frames = self._with_parents(inner | {top.group_id})
            event.accept()
            return
        super().mousePressEvent(event)
        self._press = {i.note_id: i.pos() for i in self.selectedItems() if isinstance(i, NoteItem)}
        self._frames_before = {cid: c.rect() for cid, c in self.groups.items()}
        self._dragged_frames = self._with_parents({self.notes[n].group_id for n in self._press})

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._group_drag is not None:
            start, members = self._group_drag
            delta = event.scenePos() - start
            for note_id in members:
                self.notes[note_id].setPos(self._press[note_id] + delta)
            self._refit_groups(self._dragged_frames)
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._press and self._dragged_frames:
            self._refit_groups(self._dragged_frames)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        dragging_group = self._group_drag is not None
        self._group_drag = None
        if not dragging_group:
            super().mouseReleaseEvent(event)
        moved = {
            nid: (item.pos().x(), item.pos().y())
            for nid, start in self._press.items()
            if (item := self.notes.get(nid)) is not None and item.pos() != start
        }
        regrouped = {} if dragging_group else self._regrouped(moved)
        self._press, self._frames_before = {}, {}
        if moved:
            self.notes_dropped.emit(moved, regrouped)

    def _regrouped(self, moved: dict[int, tuple[float, float]]) -> dict[int, int | None]:
        """Notes dragged into another group's frame join it; dragged out of their own,
        they leave it. A group whose notes all moved together keeps them."""
        moving = set(moved)
        frames = {
            cid: rect
            for cid, rect in self._frames_before.items()
            if cid in self.groups and not set(self.members(cid)) <= moving
        }
        changes: dict[int, int | None] = {}
        for note_id in moved:
            item = self.notes[note_id]
            if item.group_id is not None and item.group_id not in frames:
                continue  # its whole group moved with it
            centre = item.scene_note_rect().center()
            inside = [cid for cid, rect in frames.items() if rect.contains(centre)]
            inner = [cid for cid in inside if self._parent.get(cid) is not None]
            target: int | None = (inner or inside)[0] if inner or inside else None
            if target != item.group_id:
                changes[note_id] = target
        return changes

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.vote_mode:
            event.accept()
            return
        for item in self.items(event.scenePos()):
            if isinstance(item, NoteItem):
                self.note_edit_requested.emit(item.note_id)
                return
            if isinstance(item, GroupItem):
                self.group_edit_requested.emit(item.group_id)
                return
            tag = item.data(EDIT_TAG)
            if tag:
                self.text_edit_requested.emit(tag[0], int(tag[1]))
                return
        below_headers = not self._columns or event.scenePos().y() > HEADER_HEIGHT
        if self._extent.contains(event.scenePos()) and below_headers:
            self.new_note_requested.emit(event.scenePos())
            return
        super().mouseDoubleClickEvent(event)
