"""Writing notes fast: double-click or N opens a note ready for typing, Enter keeps it and
opens the next one in the same column, and pasted lines become one note each.

A part of :class:`app.views.board.page.BoardsPage` (``page.note_entry``); each note kept
is one undo step, a pasted list is one step, and a note left empty is never made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QGuiApplication

from app.boards.layout import NOTE_SIZE, free_slot
from app.commands.boards import AddNotes, UpdateNotes
from app.models import text_input
from app.models.rules import ValidationError
from app.models.values import NoteValues
from app.views.board.note_text import fit
from app.views.board.scene import BoardScene
from app.views.canvas.page_part import PagePart

if TYPE_CHECKING:
    from app.views.board.page import BoardsPage


class NoteEntry(PagePart[BoardScene]):
    """The page's ``note_entry``."""

    page: BoardsPage

    _entry_column: int | None = None

    # -- where the next note goes --------------------------------------------------------
    def entry_column(self) -> int | None:
        """The column of the selected note, else the column last written in, else the first."""
        scene = self.page.scene
        if scene is None or not scene.columns:
            return None
        selected = scene.selected_note_ids()
        if selected:
            index = scene.column_index_at(scene.notes[selected[0]].scene_note_rect().center().x())
            if index is not None:
                return index
        if self._entry_column is not None and self._entry_column < len(scene.columns):
            return self._entry_column
        return 0

    def _free_spots(self, column: int | None, count: int) -> list[tuple[float, float]]:
        taken = [
            (r.x(), r.y(), r.width(), r.height())
            for r in (item.scene_note_rect() for item in self.scene.notes.values())
        ]
        spots = []
        width, height = NOTE_SIZE
        for _ in range(count):
            x, y = free_slot(taken, column)
            spots.append((x, y))
            taken.append((x, y, width, height))
        return spots

    def _row(self, text: str, x: float, y: float) -> NoteValues:
        author = self.page.author()
        table = self.page.document.roster.get(author).table_name if author else ""
        return {
            "text": text,
            "x": round(x, 2),
            "y": round(y, 2),
            "width": NOTE_SIZE[0],
            "height": fit(text, *NOTE_SIZE)[1],
            "colour": self.page.note_operations.note_colour,
            "author_id": author,
            "table_name": table,
            "z": len(self.scene.notes),
            "face_down": self.page.quick_bar.face_down.isChecked(),
        }

    # -- writing ------------------------------------------------------------------------
    def new_note(self, at: QPointF | None = None) -> None:
        """Open an empty note under ``at`` (a double-click) or in the entry column."""
        if self.page.scene is None or self.page._read_only:
            return
        if at is not None:
            column = self.scene.column_index_at(at.x())
            x, y = at.x() - NOTE_SIZE[0] / 2, at.y() - NOTE_SIZE[1] / 2
        else:
            column = self.entry_column()
            x, y = self._free_spots(column, 1)[0]
        self._entry_column = column
        rect = QRectF(x, y, *NOTE_SIZE)
        editor = self.scene.open_note_editor(
            rect, "", self.page.note_operations.note_colour, ghost=True
        )
        editor.finished.connect(lambda text: self._note_written(text, x, y, column))
        editor.cancelled.connect(self.scene.close_editor)
        editor.lines_pasted.connect(lambda lines: self.add_lines(lines, column))
        self.page.view.ensureVisible(rect, 20, 20)

    def _note_written(self, text: str, x: float, y: float, column: int | None) -> None:
        self.scene.close_editor()
        if not text:
            return  # Enter on an empty note ends the run of entries
        self.page.push(AddNotes(self.page.document, self.scene.board_id, [self._row(text, x, y)]))
        self._entry_column = column  # the next note, in the same column
        self.scene.clearSelection()
        self.new_note()

    def paste_notes(self) -> None:
        """Each line on the clipboard becomes a note in the entry column."""
        lines = text_input.lines(QGuiApplication.clipboard().text())
        if lines:
            self.add_lines(lines, self.entry_column())

    def quick_add(self, column: object, texts: Sequence[str]) -> list[int]:
        """Texts typed or pasted in the quick-add line, one note each, in ``column``
        (an index, or -1 on a free board)."""
        index = int(column) if isinstance(column, int) and column >= 0 else None
        self._entry_column = index
        return self.add_lines(texts, index)

    def add_lines(self, lines: Sequence[str], column: int | None) -> list[int]:
        if self.page.scene is None or self.page._read_only:
            return []
        self.scene.close_editor()
        spots = self._free_spots(column, len(lines))
        rows = [self._row(text, x, y) for text, (x, y) in zip(lines, spots, strict=True)]
        for i, row in enumerate(rows):
            row["z"] = row.get("z", 0) + i
        command = AddNotes(self.page.document, self.scene.board_id, rows)
        if not self.page.push(command):
            return []
        self.scene.clearSelection()
        for note_id in command.ids:
            self.scene.notes[note_id].setSelected(True)
        text = QCoreApplication.translate("Board", "%1 note(s) added.")
        self.page.status_message.emit(text.replace("%1", str(len(rows))))
        return list(command.ids)

    # -- editing ------------------------------------------------------------------------
    def edit_note(self, note_id: int) -> None:
        if self.page.scene is None or self.page._read_only or note_id not in self.scene.notes:
            return
        note = self.page.document.boards.note(note_id)
        item = self.scene.notes[note_id]
        editor = self.scene.open_note_editor(item.scene_note_rect(), note.text, note.colour, False)
        editor.finished.connect(lambda text: self._note_edited(note_id, text))
        editor.cancelled.connect(self.scene.close_editor)
        editor.lines_pasted.connect(lambda lines: self.add_lines(lines, self.entry_column()))

    def _note_edited(self, note_id: int, text: str) -> None:
        self.scene.close_editor()
        note = self.page.document.boards.note(note_id)
        if not text:
            self.page.show_error(ValidationError("empty_note", "text"))
            return
        if text == note.text:
            return
        height = fit(text, note.width, NOTE_SIZE[1])[1]
        label = QCoreApplication.translate("Commands", "Edit note")
        changes: dict[int, NoteValues] = {note_id: {"text": text, "height": height}}
        self.page.push(UpdateNotes(self.page.document, self.scene.board_id, changes, label))
