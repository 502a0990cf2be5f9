"""What can be done to notes once written: move, recolour, delete, put into groups,
ungroup and rename; and renaming a column. A part of the board page
(``page.note_operations``); one gesture, one command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtWidgets import QMenu, QWidget

from app.commands.boards import (
    DeleteNotes,
    EditColumns,
    GroupNotes,
    RenameGroup,
    Ungroup,
    UpdateNotes,
)
from app.models.values import NoteValues
from app.views.board.group_item import TITLE_HEIGHT
from app.views.board.scene import BoardScene
from app.views.canvas.colours import CARD_COLOURS, swatch
from app.views.canvas.page_part import PagePart

if TYPE_CHECKING:
    from app.views.board.page import BoardsPage


class NoteOperations(PagePart[BoardScene]):
    """The page's ``note_operations``."""

    page: BoardsPage

    def colour_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(QCoreApplication.translate("Board", "Colour"), parent)
        for colour, name in CARD_COLOURS:
            action = menu.addAction(
                swatch(colour), QCoreApplication.translate("Colours", str(name))
            )
            action.triggered.connect(lambda _c=False, c=colour: self.recolour(c))
        return menu

    def recolour(self, colour: str) -> None:
        """Colour the selected notes; with none selected, the colour of the next notes."""
        self.note_colour = colour
        if self.page.scene is None:
            return
        ids = self.scene.selected_note_ids()
        if ids:
            text = QCoreApplication.translate("Commands", "Recolour notes")
            changes: dict[int, NoteValues] = {nid: {"colour": colour} for nid in ids}
            self.page.push(UpdateNotes(self.page.document, self.scene.board_id, changes, text))

    def notes_dropped(self, positions: dict, regrouped: dict) -> None:
        if self.page._read_only:
            self.scene.snap_back(list(positions))
            return
        changes: dict[int, NoteValues] = {
            nid: {"x": round(x, 2), "y": round(y, 2)} for nid, (x, y) in positions.items()
        }
        for nid, group in regrouped.items():
            changes[nid]["group_id"] = group
        text = QCoreApplication.translate("Commands", "Move %1 note(s)").replace(
            "%1", str(len(changes))
        )
        self.page.push(UpdateNotes(self.page.document, self.scene.board_id, changes, text))

    def delete_selected(self) -> None:
        if self.page.scene is None or self.scene.editing():
            return
        ids = self.scene.selected_note_ids()
        if ids:
            self.page.push(DeleteNotes(self.page.document, ids))
        for group_id in self.scene.selected_group_ids():
            self.ungroup(group_id)

    def select_all(self) -> None:
        if self.page.scene is not None:
            for item in self.scene.notes.values():
                item.setSelected(True)

    # -- groups -----------------------------------------------------------------------
    def group_selected(self) -> None:
        """Ask for a title over the selection, then group it: notes, and whole groups
        (which nest inside the new one)."""
        if self.page.scene is None:
            return
        groups = self.scene.selected_group_ids()
        inside = {c for c in self.scene.groups if self.scene.parent_of(c) in groups}
        notes = [
            nid
            for nid in self.scene.selected_note_ids()
            if self.scene.notes[nid].group_id not in set(groups) | inside
        ]
        command = self.page._guarded(
            lambda: GroupNotes(self.page.document, self.scene.board_id, notes, "", groups)
        )
        if command is None:
            return
        area = QRectF()
        for item in self.scene.selectedItems():
            area = area.united(item.sceneBoundingRect())
        at = QRectF(area.x(), area.y() - TITLE_HEIGHT - 6, max(area.width(), 60), TITLE_HEIGHT)
        editor = self.scene.open_text_editor(at, "")
        editor.finished.connect(lambda title: self._grouped(notes, groups, title))
        editor.cancelled.connect(self.scene.close_editor)

    def _grouped(self, notes: list[int], groups: list[int], title: str) -> None:
        self.scene.close_editor()
        title = title or QCoreApplication.translate("Board", "Group")
        command = self.page._guarded(
            lambda: GroupNotes(self.page.document, self.scene.board_id, notes, title, groups)
        )
        if command is not None:
            self.page.push(command)

    def ungroup(self, group_id: int | None = None) -> None:
        if self.page.scene is None:
            return
        ids = [group_id] if group_id is not None else self.scene.selected_group_ids()
        if not ids:
            ids = sorted(
                {
                    cid
                    for n in self.scene.selected_note_ids()
                    if (cid := self.scene.notes[n].group_id) is not None
                }
            )
        ids = [cid for cid in ids if cid in self.scene.groups]
        if ids:  # all of them: one gesture, one undo step
            self.page.push(Ungroup(self.page.document, self.scene.board_id, ids))

    def rename_group(self, group_id: int) -> None:
        if self.page.scene is None or self.page._read_only:
            return
        frame = self.scene.groups[group_id]
        editor = self.scene.open_text_editor(frame.title_rect(), frame.title)
        editor.finished.connect(lambda title: self._renamed(group_id, title))
        editor.cancelled.connect(self.scene.close_editor)

    def _renamed(self, group_id: int, title: str) -> None:
        self.scene.close_editor()
        self.page.push(RenameGroup(self.page.document, self.scene.board_id, group_id, title))

    # -- columns ------------------------------------------------------------------------
    def edit_text(self, kind: str, ident: int) -> None:
        if self.page.scene is None or self.page._read_only or kind != "column":
            return
        current = next(c.label for c in self.scene.columns if c.id == ident)
        editor = self.scene.open_text_editor(self.scene.header_rect(ident), current)
        editor.finished.connect(lambda text: self._column_renamed(ident, text))
        editor.cancelled.connect(self.scene.close_editor)

    def _column_renamed(self, column_id: int, label: str) -> None:
        self.scene.close_editor()
        command = self.page._guarded(
            lambda: EditColumns(
                self.page.document, self.scene.board_id, {column_id: {"label": label}}
            )
        )
        if command is not None:
            self.page.push(command)

    # -- right-click ----------------------------------------------------------------------
    def context_menu(self, at: QPointF, global_pos) -> None:
        if self.page.scene is None or self.scene.vote_mode:
            return
        note = self.scene.note_at(at)
        menu = QMenu(self.page)
        if note is not None:
            if not note.isSelected():
                self.scene.clearSelection()
                note.setSelected(True)
            menu.addAction(
                QCoreApplication.translate("Board", "Edit text"),
                lambda: self.page.note_entry.edit_note(note.note_id),
            )
            menu.addMenu(self.colour_menu(menu))
            menu.addAction(QCoreApplication.translate("Board", "Group…"), self.group_selected)
            if note.group_id is not None:
                menu.addAction(
                    QCoreApplication.translate("Board", "Ungroup"),
                    lambda: self.ungroup(note.group_id),
                )
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("Board", "Delete"), self.delete_selected)
        else:
            menu.addAction(
                QCoreApplication.translate("Board", "New note here"),
                lambda: self.page.note_entry.new_note(at),
            )
            menu.addAction(
                QCoreApplication.translate("Board", "Paste lines as notes"),
                self.page.note_entry.paste_notes,
            )
        menu.exec(global_pos)
