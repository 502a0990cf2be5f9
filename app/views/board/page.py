"""付箋ボード: the boards of a workshop, the canvas of notes, and the voting panel."""

from __future__ import annotations

import statistics
from functools import partial

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolBar,
    QToolButton,
)

from app import i18n
from app.boards.layout import COLUMN_WIDTH, column_left
from app.boards.templates import BOARD_TEMPLATES
from app.commands.boards import AddBoard, DeleteBoard, EditBoard
from app.commands.face_down import turn_notes
from app.document import WorkshopDocument
from app.models import OwnerKind, PhotoOwner
from app.views import icons
from app.views.author_choice import AuthorBox, CurrentAuthor
from app.views.board.board_dialog import ColumnsDialog
from app.views.board.note_entry import NoteEntry
from app.views.board.note_operations import NoteOperations
from app.views.board.note_text import SMALLEST
from app.views.board.scene import BoardScene
from app.views.board.voting_panel import VotingPanel
from app.views.canvas.page import ITEM_ID, CanvasPage
from app.views.canvas.view import CanvasView
from app.views.quick_add import QuickAddBar

DEFAULT_COLOUR = "#fff3b0"


class BoardsPage(CanvasPage[BoardScene]):
    """The page and its parts: typing notes (``note_entry``) and what is done to notes and
    groups (``note_operations``)."""

    reading_from_top_left = True  # a board opens readable from its first column

    def reading_size(self) -> float | None:
        """The board's typical note text (the median of its notes' sizes) readable."""
        if self.scene is None or not self.scene.notes:
            return SMALLEST
        return statistics.median(item.text_size for item in self.scene.notes.values())

    board_shown = Signal(int)  # board id

    def __init__(
        self, document: WorkshopDocument, undo_stack: QUndoStack, author: CurrentAuthor
    ) -> None:
        super().__init__()
        self.note_entry = NoteEntry(self)
        self.note_operations = NoteOperations(self)
        self.document = document
        self.undo_stack = undo_stack
        self.current_author = author
        self.note_operations.note_colour = DEFAULT_COLOUR
        self._read_only = document.file.read_only

        self.board_list = QListWidget()
        self.board_list.setMaximumWidth(220)
        self.board_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.board_list.customContextMenuRequested.connect(self._board_menu)
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New board"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setMenu(self._new_board_menu())
        self.new_button.setEnabled(not self._read_only)
        self.author_box = AuthorBox(document, author)

        self.view = CanvasView()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.note_operations.context_menu(
                QPointF(self.view.mapToScene(QPoint(pos))), self.view.mapToGlobal(pos)
            )
        )
        self.voting = VotingPanel(document, self.push, self._selected_notes)
        self.voting.setMinimumWidth(260)
        self.voting.status_message.connect(self.status_message)
        self.voting.dots_changed.connect(self._show_dots)
        self.voting.vote_mode_changed.connect(self._set_vote_mode)
        self.toolbar = self._build_toolbar()
        self.quick_bar = QuickAddBar(
            self.tr("Column"),
            self.tr(
                "Type a note and press Enter · Tab changes the column · paste lines for one note each"
            ),
        )
        self.quick_bar.add_picker(self.tr("Typing now"), self.author_box)
        self.quick_bar.setEnabled(not self._read_only)
        self.quick_bar.submitted.connect(self.note_entry.quick_add)
        self.typing_actions(self.author_box, self.quick_bar)
        self.zoom_keys(self.zoom_to_column)

        self.lay_out(
            "canvas_boards", self.new_button, self.board_list, self.voting, 280, self.quick_bar
        )

        self.board_list.currentItemChanged.connect(lambda item, _prev: self._show_board(item))
        document.board_added.connect(lambda _id: self._refresh_list())
        document.board_changed.connect(lambda _id: self._refresh_list())
        document.board_removed.connect(self._on_board_removed)
        document.board_columns_changed.connect(lambda _id: self._fill_quick_places())
        self._refresh_list()

    # -- building -------------------------------------------------------------------
    def _new_board_menu(self) -> QMenu:
        menu = QMenu(self)
        lang = i18n.current_language()
        for template_id in BOARD_TEMPLATES:
            title = self.document.sheets.templates[template_id].title.get(lang)
            menu.addAction(title, partial(self.add_board, title, template_id))
        menu.addSeparator()
        menu.addAction(self.tr("Board with your own columns…"), self.ask_custom_board)
        menu.addAction(
            self.tr("Free board (no columns)"), lambda: self.add_board(self.tr("Free board"))
        )
        return menu

    def _build_toolbar(self) -> QToolBar:
        bar = icons.text_beside_icons(QToolBar())
        self.new_note_action = bar.addAction(
            self.tr("New note"), lambda: self.note_entry.new_note()
        )
        icons.put(self.new_note_action, "new_note")
        self.new_note_action.setShortcuts([QKeySequence("N"), QKeySequence("Ins")])
        self.new_note_action.setToolTip(
            self.tr("A new note in the column (N). Enter keeps it and starts the next.")
        )
        self.paste_action = bar.addAction(self.tr("Paste lines"), self.note_entry.paste_notes)
        icons.put(self.paste_action, "paste")
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        colour = QToolButton()
        colour_menu = self.note_operations.colour_menu(self)
        colour.setText(colour_menu.title())
        icons.put(colour, "colour")
        colour.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        colour.setMenu(colour_menu)
        colour.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(colour)
        self.group_action = bar.addAction(
            self.tr("Group notes"), self.note_operations.group_selected
        )
        self.group_action.setShortcut(QKeySequence("Ctrl+G"))
        icons.put(self.group_action, "group")
        self.ungroup_action = bar.addAction(
            self.tr("Ungroup"), lambda: self.note_operations.ungroup()
        )
        self.ungroup_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        icons.put(self.ungroup_action, "ungroup")
        self.delete_action = bar.addAction(self.tr("Delete"), self.note_operations.delete_selected)
        icons.put(self.delete_action, "delete")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        bar.addWidget(self._face_down_button())
        self.add_reception_action(
            bar, self.tr("Phones and tablets in the room write notes and vote on this board")
        )
        self.add_photo_action(
            bar, self.tr("Photos of this board (the tables' sheets, a whiteboard)")
        )
        bar.addSeparator()
        fit = bar.addAction(self.tr("Fit board"), self.view.fit_page)
        icons.put(fit, "fit_page")
        for action in (fit, self.paste_action, self.delete_action):
            icons.icon_only(bar, action)
        self.add_zoom_actions(bar)
        self.edit_action, self.select_all_action = self.editing_actions()
        self.bind_to_view(
            (
                self.new_note_action,
                self.paste_action,
                self.group_action,
                self.ungroup_action,
                self.delete_action,
                self.edit_action,
                self.select_all_action,
            )
        )
        return bar

    def _face_down_button(self) -> QToolButton:
        """Reveal face-down notes to the room: one by one, a column, or all."""
        menu = QMenu(self.tr("Face-down"), self)
        self.reveal_action = menu.addAction(
            self.tr("Reveal selected notes"), lambda: self.turn_selected(False)
        )
        self.reveal_action.setShortcut(QKeySequence("R"))
        self.reveal_column_menu = menu.addMenu(self.tr("Reveal a column"))
        self.reveal_column_menu.aboutToShow.connect(self._fill_reveal_columns)
        self.reveal_all_action = menu.addAction(self.tr("Reveal all notes"), self.reveal_all)
        self.reveal_all_action.setShortcut(QKeySequence("Shift+R"))
        menu.addAction(self.tr("Turn selected notes face down"), lambda: self.turn_selected(True))
        self.bind_to_view((self.reveal_action, self.reveal_all_action))
        return self.menu_button(menu, "face_down")

    def _fill_reveal_columns(self) -> None:
        self.reveal_column_menu.clear()
        if self.scene is None:
            return
        for index, column in enumerate(self.scene.columns):
            self.reveal_column_menu.addAction(column.label, partial(self.reveal_column, index))

    def turn_selected(self, face_down: bool) -> None:
        if self.scene is not None:
            ids = self.scene.selected_note_ids()
            self.push(turn_notes(self.document, self.scene.board_id, ids, face_down))

    def reveal_column(self, index: int) -> None:
        if self.scene is None or not 0 <= index < len(self.scene.columns):
            return
        column_id = self.scene.columns[index].id
        ids = [
            n.id
            for n in self.document.boards.notes(self.scene.board_id)
            if n.column_id == column_id
        ]
        self.push(turn_notes(self.document, self.scene.board_id, ids, False))

    def reveal_all(self) -> None:
        if self.scene is not None:
            self.push(turn_notes(self.document, self.scene.board_id, list(self.scene.notes), False))

    def zoom_to_column(self, number: int) -> None:
        """Column ``number`` (1 = the first) fills the canvas; 0 shows the whole board."""
        if self.scene is None:
            return
        if number == 0 or number > len(self.scene.columns):
            self.view.fit_page()
            return
        page = self.scene.page_rect()
        self.view.fit_rect(QRectF(column_left(number - 1), page.top(), COLUMN_WIDTH, page.height()))

    def _fill_quick_places(self) -> None:
        if self.scene is None:
            self.quick_bar.set_places([])
        elif self.scene.columns:
            self.quick_bar.set_places([(c.label, i) for i, c in enumerate(self.scene.columns)])
        else:
            self.quick_bar.set_places([(self.tr("The board"), -1)])

    def author(self) -> int | None:
        return self.current_author.participant_id

    # -- boards ---------------------------------------------------------------------
    def _refresh_list(self, select: int | None = None) -> None:
        rows = ((b.id, b.title) for b in self.document.boards.all())
        self.refill_list(self.board_list, rows, select, self._show_board)

    def _on_board_removed(self, board_id: int) -> None:
        self.forget_scene(board_id)
        if self.scene is None:
            self.voting.set_board(None)
        self._refresh_list()

    def show_board(self, board_id: int) -> BoardScene:
        self._eager = True
        try:
            self._refresh_list(select=board_id)
        finally:
            self._eager = False
        assert self.scene is not None and self.scene.board_id == board_id
        return self.scene

    def _show_board(self, item: QListWidgetItem | None) -> None:
        if item is None or self.when_shown(self.board_list, self._show_board, item):
            return
        board_id = int(item.data(ITEM_ID))
        if self.scene is not None and self.scene.board_id == board_id:
            return
        if board_id not in self.scenes:
            scene = BoardScene(self.document, board_id)
            scene.notes_dropped.connect(self.note_operations.notes_dropped)
            scene.note_edit_requested.connect(self.note_entry.edit_note)
            scene.new_note_requested.connect(self.note_entry.new_note)
            scene.text_edit_requested.connect(self.note_operations.edit_text)
            scene.group_edit_requested.connect(self.note_operations.rename_group)
            scene.note_voted.connect(self.voting.vote)
            self.scenes[board_id] = scene
        if self.scene is not None:
            self.scene.close_editor()
        self.scene = self.scenes[board_id]
        self.note_entry._entry_column = None
        self.view.setScene(self.scene)
        self.first_view()
        self.voting.set_board(board_id)
        self.scene.vote_mode = self.voting.vote_button.isChecked()
        self._fill_quick_places()
        self.board_shown.emit(board_id)
        self.follow_photos()

    def photo_owner(self) -> tuple[PhotoOwner | None, str]:
        if self.scene is None:
            return None, ""
        board_id = self.scene.board_id
        return PhotoOwner(OwnerKind.BOARD, board_id), self.document.boards.get(board_id).title

    def add_board(
        self, title: str, template_id: str = "", columns: list[str] | None = None
    ) -> int | None:
        lang = i18n.current_language()
        command = self._guarded(
            lambda: AddBoard(self.document, title, template_id, columns or [], lang)
        )
        if command is None or not self.push(command):
            return None
        board_id = command.board_id  # type: ignore[attr-defined]
        self.show_board(board_id)
        return board_id

    def ask_custom_board(self) -> None:
        dialog = ColumnsDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_board(dialog.title(), "", dialog.columns())

    def _board_menu(self, pos) -> None:
        item = self.board_list.itemAt(pos)
        if item is None or self._read_only:
            return
        board_id = int(item.data(ITEM_ID))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_board(board_id))
        menu.addAction(
            self.tr("Delete board"), lambda: self.push(DeleteBoard(self.document, board_id))
        )
        menu.exec(self.board_list.mapToGlobal(pos))

    def rename_board(self, board_id: int) -> None:
        current = self.document.boards.get(board_id).title
        title, ok = QInputDialog.getText(
            self, self.tr("Rename board"), self.tr("Title"), text=current
        )
        if ok:
            command = self._guarded(lambda: EditBoard(self.document, board_id, {"title": title}))
            if command is not None:
                self.push(command)

    # -- the canvas -------------------------------------------------------------------
    def select_all(self) -> None:
        self.note_operations.select_all()

    def edit_selected(self) -> None:
        if self.scene is None:
            return
        notes = self.scene.selected_note_ids()
        if len(notes) == 1:
            self.note_entry.edit_note(notes[0])
        elif not notes and (groups := self.scene.selected_group_ids()):
            self.note_operations.rename_group(groups[0])

    def _selected_notes(self) -> list[int]:
        return self.scene.selected_note_ids() if self.scene else []

    def _show_dots(self, dots: dict) -> None:
        if self.scene is not None:
            self.scene.set_dots(dots)

    def _set_vote_mode(self, on: bool) -> None:
        if self.scene is not None:
            self.scene.close_editor()
            self.scene.clearSelection()
            self.scene.vote_mode = on
        self.view.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
        )
