"""The projection, driven from the laptop.

The wall follows the facilitator: the worksheet or board open on the laptop, its zoom,
the cards or notes selected, the gaps when shown, and the agenda timer when it runs.
Pinned, it stays on what it shows (still mirroring every edit) while the laptop moves
on. Leaving for another section (resources, participants) leaves the wall as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QPixmap, QScreen
from PySide6.QtWidgets import QGraphicsScene

from app.boards.layout import COLUMN_WIDTH
from app.commands.face_down import turn_cards, turn_notes
from app.views.workspace import Workspace

if TYPE_CHECKING:  # the wall's windows and scenes are loaded when the wall is first opened
    from app.views.board.page import BoardsPage
    from app.views.projection.room_scene import RoomScene
    from app.views.projection.window import ProjectionWindow
    from app.views.timeline.page import TimelinePage
    from app.views.timeline.timer_window import TimerWindow
    from app.views.worksheet.page import WorksheetsPage

Target = tuple[str, int]  # ("sheet" | "board", id)


class Projection(QObject):
    opened = Signal(bool)  # True when the window opens, False when it closes
    pinned_changed = Signal(bool)  # the wall was pinned or let go (a photo pins it)

    def __init__(self, workspace: Workspace, title: str) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.title = title
        self.window: ProjectionWindow | None = None
        self.pinned = False
        self.rooms: dict[Target, RoomScene] = {}
        self.target: Target | None = None
        self._watched_scene: QGraphicsScene | None = None
        self._dots: dict = {}  # the voting panel's last results
        self._photo_scene: QGraphicsScene | None = None  # a photo shown on the wall
        w = workspace
        w.navigation.currentRowChanged.connect(lambda _row: self.sync())
        w.on_page("worksheets", self._follow_sheets)
        w.on_page("boards", self._follow_boards)
        w.on_page("sessions", lambda page: page.timer_opened.connect(self._timer_opened))
        w.document.worksheet_removed.connect(lambda i: self._forget(("sheet", i)))
        w.document.board_removed.connect(lambda i: self._forget(("board", i)))

    def _follow_sheets(self, page: WorksheetsPage) -> None:
        page.sheet_shown.connect(lambda _id: self.sync())
        page.view.view_changed.connect(self._follow_view)
        page.gap_action.toggled.connect(lambda _on: self._show_gaps())
        page.projecting = self.window is not None

    def _follow_boards(self, page: BoardsPage) -> None:
        self._dots = dict(page.voting.dots)
        page.board_shown.connect(lambda _id: self.sync())
        page.view.view_changed.connect(self._follow_view)
        page.voting.dots_changed.connect(self._show_dots)
        page.projecting = self.window is not None

    @property
    def is_open(self) -> bool:
        return self.window is not None

    # -- opening and closing ----------------------------------------------------------------
    def open_on(self, screen: QScreen, presenting: bool = False) -> ProjectionWindow:
        if self.window is None:
            from app.views.projection.window import ProjectionWindow

            self.window = ProjectionWindow(self.title, self.workspace)
            self.window.leave_requested.connect(self.close)
            self.window.zoom_requested.connect(self.zoom_to)
            self.window.reveal_requested.connect(self.reveal)
            self.window.step_requested.connect(self.step)
            # The room starts from the whole sheet: the laptop shows it whole too (the
            # wall follows the laptop), and sheets open whole while the wall is on.
            for key in ("sessions", "worksheets", "boards"):
                page = self.workspace.built(key)
                if page is not None:
                    page.projecting = True  # type: ignore[attr-defined]
                if page is not None and key != "sessions":
                    page.first_view()  # type: ignore[attr-defined]
        self.window.presenting = presenting
        self.window.cover(screen)
        if presenting:
            self.window.activateWindow()
            self.window.setFocus()
        self.target = None
        self.sync()
        sessions = cast("TimelinePage | None", self.workspace.built("sessions"))
        timer = sessions.timer_window if sessions is not None else None
        if timer is not None and timer.isVisible():
            self._timer_opened(timer)
        self.opened.emit(True)
        return self.window

    def close(self) -> None:
        if self.window is None:
            return
        window, self.window = self.window, None
        window.timer.follow(None)
        window.close()
        window.deleteLater()
        for key in ("sessions", "worksheets", "boards"):
            page = self.workspace.built(key)
            if page is not None:
                page.projecting = False  # type: ignore[attr-defined]
        for room in self.rooms.values():
            room.disconnect_document()
        self.rooms = {}
        self.target = None
        self._watch(None)
        self.opened.emit(False)

    def set_pinned(self, on: bool) -> None:
        changed = on != self.pinned
        self.pinned = on
        if changed:
            self.pinned_changed.emit(on)
        if not on:
            self.sync()

    # -- following the laptop -----------------------------------------------------------------
    def _current(self) -> tuple[Target | None, QGraphicsScene | None]:
        w = self.workspace
        if w.is_current("worksheets") and (sheet := w.worksheets_page.scene) is not None:
            return ("sheet", sheet.sheet_id), sheet
        if w.is_current("boards") and (board := w.boards_page.scene) is not None:
            return ("board", board.board_id), board
        return None, None

    def room(self, target: Target) -> RoomScene:
        if target not in self.rooms:
            from app.views.projection.board_room import BoardRoom
            from app.views.projection.sheet_room import SheetRoom

            kind, ident = target
            document = self.workspace.document
            if kind == "sheet":
                self.rooms[target] = SheetRoom(document, ident)
            else:
                board = BoardRoom(document, ident)
                page = cast("BoardsPage | None", self.workspace.built("boards"))
                if page and page.scene is not None and page.scene.board_id == ident:
                    board.set_dots(self._dots)
                self.rooms[target] = board
        return self.rooms[target]

    def sync(self) -> None:
        """Show what the laptop shows (unless pinned)."""
        if self.window is None or self.pinned:
            return
        target, scene = self._current()
        if target is None:
            if self.target is None:
                self.window.show_idle(self.title)
            return
        self.target = target
        self._watch(scene)
        self._show_gaps()
        self._highlight()
        self._follow_view()

    def _watch(self, scene: QGraphicsScene | None) -> None:
        """Follow the selection of the laptop's canvas."""
        if self._watched_scene is scene:
            return
        if self._watched_scene is not None:
            self._watched_scene.selectionChanged.disconnect(self._highlight)
        self._watched_scene = scene
        if scene is not None:
            scene.selectionChanged.connect(self._highlight)

    def _follow_view(self) -> None:
        """Fit on the wall what the laptop's canvas shows: the whole page, or the part of
        it the facilitator zoomed to."""
        if self.window is None or self.pinned or self.target is None:
            return
        target, _scene = self._current()
        if target != self.target:
            return
        room = self.room(target)
        page = self._page_of_control()
        view = self._control_view()
        shown = view.shown_rect()
        whole = room.page_rect()  # type: ignore[attr-defined]
        if shown.contains(page.adjusted(2, 2, -2, -2)):
            rect = whole
        elif target[0] == "sheet":
            rect = shown.intersected(whole)
        else:
            # Board rooms set columns at the same x, notes from the top.
            width = min(shown.width(), whole.width())
            rect = QRectF(shown.x(), 0, width, width * 9 / 16)
        self.window.show_scene(room, rect if not rect.isEmpty() else whole)

    def _control_view(self):
        w = self.workspace
        return (
            w.worksheets_page.view
            if self.target and self.target[0] == "sheet"
            else w.boards_page.view
        )

    def _page_of_control(self) -> QRectF:
        _target, scene = self._current()
        return scene.page_rect() if scene is not None else QRectF()  # type: ignore[attr-defined]

    def _highlight(self) -> None:
        if self.window is None or self.target is None:
            return
        target, scene = self._current()
        if target != self.target or scene is None:
            return
        room = self.room(target)
        if target[0] == "sheet":
            room.set_highlighted(scene.selected_card_ids())  # type: ignore[attr-defined]
        else:
            room.set_highlighted(scene.selected_note_ids())  # type: ignore[attr-defined]

    def _show_gaps(self) -> None:
        if self.window is not None and self.target and self.target[0] == "sheet":
            on = self.workspace.worksheets_page.gap_action.isChecked()
            self.room(self.target).set_gap_view(on)  # type: ignore[attr-defined]

    def _show_dots(self, dots: dict) -> None:
        self._dots = dots
        page = self.workspace.boards_page
        if self.window is not None and page.scene is not None:
            self.room(("board", page.scene.board_id)).set_dots(dots)  # type: ignore[attr-defined]

    def _timer_opened(self, timer: TimerWindow) -> None:
        if self.window is None:
            return
        self.window.timer.follow(timer)
        self.window.show_timer()
        timer.closed.connect(self._timer_closed)

    def _timer_closed(self) -> None:
        if self.window is not None:
            self.window.timer.follow(None)
            self.target = None
            self.sync()
            if self.target is None and self.window is not None:
                self.window.show_idle(self.title)

    def _forget(self, target: Target) -> None:
        room = self.rooms.pop(target, None)
        if room is not None:
            room.disconnect_document()
        if self.target == target:
            self.target = None
            if self.window is not None:
                self.window.view.setScene(None)
                self.window.show_idle(self.title)

    # -- keys on the wall (presentation mode) -----------------------------------------------------
    def zoom_to(self, number: int) -> None:
        """Zone or column ``number`` fills the wall; 0 the whole page."""
        if self.window is None or self.target is None:
            return
        if not self.pinned:
            page = self.workspace.worksheets_page if self.target[0] == "sheet" else None
            if page is not None:
                page.zoom_to_zone(number)
            else:
                self.workspace.boards_page.zoom_to_column(number)
            return
        room = self.room(self.target)
        rects = (
            room.zone_rects()  # type: ignore[attr-defined]
            if self.target[0] == "sheet"
            else room.column_rects()  # type: ignore[attr-defined]
        )
        rect = rects[number - 1] if 0 < number <= len(rects) else room.page_rect()  # type: ignore[attr-defined]
        if self.target[0] == "board" and 0 < number <= len(rects):
            rect = QRectF(rect.x(), 0, COLUMN_WIDTH, COLUMN_WIDTH * 9 / 16)
        self.window.show_scene(room, rect)

    def reveal(self, everything: bool) -> None:
        """Turn up every face-down item of what the wall shows, or the next one in
        reading order (zones in their order, then top to bottom, left to right)."""
        if self.target is None:
            return
        kind, ident = self.target
        document = self.workspace.document
        if kind == "sheet":
            order = {z.key: i for i, z in enumerate(document.sheets.zones(ident))}
            down = sorted(
                (c for c in document.sheets.cards(ident) if c.face_down),
                key=lambda c: (order.get(c.zone_key or "", len(order)), c.y, c.x),
            )
            ids = [c.id for c in (down if everything else down[:1])]
            self.workspace.worksheets_page.push(turn_cards(document, ident, ids, False))
        else:
            columns = {c.id: i for i, c in enumerate(document.boards.columns(ident))}
            notes = sorted(
                (n for n in document.boards.notes(ident) if n.face_down),
                key=lambda n: (columns.get(n.column_id or 0, len(columns)), n.y, n.x),
            )
            ids = [n.id for n in (notes if everything else notes[:1])]
            self.workspace.boards_page.push(turn_notes(document, ident, ids, False))

    def step(self, offset: int) -> None:
        """The previous or next sheet or board of the list on the laptop."""
        if self.target is None or self.pinned:
            return
        w = self.workspace
        items = (
            w.worksheets_page.sheet_list if self.target[0] == "sheet" else w.boards_page.board_list
        )
        row = items.currentRow() + offset
        if 0 <= row < items.count():
            items.setCurrentRow(row)

    # -- a photo ---------------------------------------------------------------------------
    def show_photo(self, picture: QPixmap) -> None:
        """A photo on the wall, whole, until the facilitator goes back (the wall is pinned
        while it shows; unpinning returns it to the laptop's page)."""
        if self.window is None:
            return
        scene = QGraphicsScene(self)
        scene.setBackgroundBrush(Qt.GlobalColor.black)
        scene.addPixmap(picture).setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._photo_scene = scene
        self.set_pinned(True)
        self.window.show_scene(scene, scene.itemsBoundingRect())
