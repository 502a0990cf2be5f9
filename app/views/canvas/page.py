"""What the worksheet and board pages share: pushing commands (never on a read-only file,
never when they change nothing), refusals as a status message, the zoom actions, and the
editing shortcuts that act on the canvas while it has focus."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.document import WorkshopDocument
from app.messages import validation_error
from app.models import PhotoOwner
from app.models.rules import ValidationError
from app.views import icons
from app.views.author_choice import AuthorBox
from app.views.canvas.editor_host import EditorScene
from app.views.canvas.view import CanvasView
from app.views.photos.panel import PhotoPanel
from app.views.quick_add import QuickAddBar

ITEM_ID = Qt.ItemDataRole.UserRole + 1  # the sheet or board id of a list item
S = TypeVar("S", bound=EditorScene)


class CanvasPage(QWidget, Generic[S]):
    """The base of the worksheet and board pages: a canvas ``view`` showing one ``scene``
    of several, with the undo stack their commands go to."""

    status_message = Signal(str)

    # set up by the page
    document: WorkshopDocument
    view: CanvasView
    toolbar: QToolBar
    undo_stack: QUndoStack
    _read_only: bool

    def __init__(self) -> None:
        super().__init__()
        self.scenes: dict[int, S] = {}
        self.scene: S | None = None

    # -- what a page answers --------------------------------------------------------------
    def edit_selected(self) -> None:
        raise NotImplementedError

    def select_all(self) -> None:
        raise NotImplementedError

    def lay_out(
        self,
        name: str,
        new_button: QWidget,
        items: QWidget,
        side: QWidget,
        side_width: int,
        quick_bar: QWidget,
    ) -> None:
        """The list of sheets or boards with its New button, the toolbar and the quick-add
        line over the canvas, and a side panel, in a splitter so the facilitator can give
        the canvas more room."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(new_button)
        left_layout.addWidget(items, 1)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.toolbar)
        centre_layout.addWidget(quick_bar)
        centre_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.setObjectName(name)  # its sizes are remembered per file by this name
        for widget in (left, centre, side):
            splitter.addWidget(widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 900, side_width])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    #: The sheet or board chosen while the page was hidden (its list and its id), built
    #: when the page is first shown. The id, not the list's item: a refilled list deletes
    #: its items.
    _later: tuple[QListWidget, int, Callable[[QListWidgetItem], None]] | None = None
    _eager = False  # asked for by name (show_sheet, show_board): build it now

    def when_shown(
        self,
        widget: QListWidget,
        show: Callable[[QListWidgetItem], None],
        item: QListWidgetItem,
    ) -> bool:
        """True (and the choice kept for later) while the page is hidden: opening a file
        lands on 概要, and a canvas's scene is built the first time its page is seen."""
        if self.isVisible() or self._eager:
            self._later = None
            return False
        self._later = (widget, int(item.data(ITEM_ID)), show)
        return True

    def showEvent(self, event) -> None:  # noqa: N802
        """Build a scene chosen while hidden; fit the page once the view has its real size
        (it has none while hidden); keep the facilitator's zoom when they come back to a
        view of the same size."""
        super().showEvent(event)
        if self._later is not None:
            widget, ident, show = self._later
            self._later = None
            found = [widget.item(row) for row in range(widget.count())]
            item = next((i for i in found if i is not None and i.data(ITEM_ID) == ident), None)
            if item is not None:
                show(item)
        size = self.view.size()  # scroll bars that come and go with the zoom do not count
        if size != getattr(self, "_fitted_for", None):
            self._fitted_for = size
            self.first_view()

    #: Text height (mm) a canvas opens readable at, and whether it reads from the top left.
    reading_mm: float | None = None
    reading_from_top_left = False
    projecting = False  # the wall is on (it shows what the laptop shows): canvases open whole

    def first_view(self) -> None:
        """How a canvas opens: its text readable where its content is; while the wall is
        on, the whole page (the room needs it all)."""
        scene = self.scene
        if scene is None:
            return
        reading = self.reading_size()
        if self.projecting or reading is None:
            self.view.fit_page()
        else:
            focus = scene.content_rect()
            self.view.show_readable(focus, reading, self.reading_from_top_left)

    def reading_size(self) -> float | None:
        """The text height (mm) that must be readable when the canvas opens."""
        return self.reading_mm

    # -- the list of sheets or boards, and their scenes ----------------------------------
    def refill_list(
        self,
        widget: QListWidget,
        rows: Iterable[tuple[int, str]],
        select: int | None,
        show: Callable[[QListWidgetItem | None], None],
    ) -> None:
        """List ``rows`` (id, title) keeping the current one, or ``select`` (then shown)."""
        scene = self.scene
        current = select or (scene.ident if scene is not None else None)
        self._later = None  # chosen again below, from the refilled list
        widget.blockSignals(True)
        widget.clear()
        for ident, title in rows:
            item = QListWidgetItem(title)
            item.setData(ITEM_ID, ident)
            widget.addItem(item)
            if ident == current:
                widget.setCurrentItem(item)
        widget.blockSignals(False)
        if widget.currentItem() is None and widget.count():
            widget.setCurrentRow(0)  # shown through the list's signal
        elif select is not None or scene is None:
            show(widget.currentItem())

    def forget_scene(self, ident: int) -> None:
        """Drop the scene of a removed sheet or board, and leave the view if it showed it."""
        scene = self.scenes.pop(ident, None)
        if scene is not None:
            scene.disconnect_document()
            if scene is self.scene:
                self.scene = None
                self.view.setScene(None)

    def push(self, command: QUndoCommand) -> bool:
        if self._read_only:
            return False
        if getattr(command, "is_noop", lambda: False)():
            return False
        self.undo_stack.push(command)
        return True

    def _guarded(self, build) -> QUndoCommand | None:
        try:
            return build()
        except ValidationError as error:
            self.show_error(error)
            return None

    def show_error(self, error: ValidationError) -> None:
        self.status_message.emit(validation_error(error))

    def add_reception_action(self, bar: QToolBar, tooltip: str) -> None:
        """みんなで参加: the window's reception panel answers it (app/views/reception)."""
        self.reception_action = bar.addAction(
            QCoreApplication.translate("CanvasPage", "Join from phones")
        )
        self.reception_action.setToolTip(tooltip)
        icons.put(self.reception_action, "reception")

    def add_photo_action(self, bar: QToolBar, tooltip: str) -> None:
        """写真: a window of the photos of what the page shows, opened from the toolbar."""
        self.photo_action = bar.addAction(QCoreApplication.translate("CanvasPage", "Photos"))
        self.photo_action.setToolTip(tooltip)
        icons.put(self.photo_action, "photos")
        icons.icon_only(bar, self.photo_action)
        self.photo_action.triggered.connect(self.show_photos)
        self.photo_panel: PhotoPanel | None = None

    def photo_owner(self) -> tuple[PhotoOwner | None, str]:
        """What the page shows, whose photos the panel shows, and its title."""
        raise NotImplementedError

    def show_photos(self) -> None:
        if self.photo_panel is None:
            self.photo_panel = PhotoPanel(self.document, self.push, self)
        self.photo_panel.follow(*self.photo_owner())
        self.photo_panel.show()
        self.photo_panel.raise_()

    def follow_photos(self) -> None:
        """The panel, if open, shows the photos of the board or sheet now shown."""
        if self.photo_panel is not None and self.photo_panel.isVisible():
            self.photo_panel.follow(*self.photo_owner())

    def add_zoom_actions(self, bar: QToolBar) -> None:
        view = self.view
        zoom_in = bar.addAction(
            QCoreApplication.translate("CanvasPage", "Zoom in"), lambda: view.zoom_by(1.25)
        )
        zoom_in.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        zoom_out = bar.addAction(
            QCoreApplication.translate("CanvasPage", "Zoom out"), lambda: view.zoom_by(0.8)
        )
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        icons.put(zoom_in, "zoom_in")
        icons.put(zoom_out, "zoom_out")
        icons.icon_only(bar, zoom_in)
        icons.icon_only(bar, zoom_out)

    def editing_actions(self) -> tuple[QAction, QAction]:
        """Edit (F2, Enter) and select all (Ctrl+A) on the canvas."""
        edit = QAction(QCoreApplication.translate("CanvasPage", "Edit"), self)
        edit.setShortcuts([QKeySequence("F2"), QKeySequence(Qt.Key.Key_Return)])
        edit.triggered.connect(self.edit_selected)
        select_all = QAction(QCoreApplication.translate("CanvasPage", "Select all"), self)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.triggered.connect(self.select_all)
        return edit, select_all

    def typing_actions(self, author_box: AuthorBox, quick_bar: QuickAddBar) -> None:
        """Ctrl+L starts quick add; F7 and Shift+F7 switch who is typing. They work
        anywhere on the page, the quick-add line included."""
        start = QAction(QCoreApplication.translate("CanvasPage", "Quick add"), self)
        start.setShortcut(QKeySequence("Ctrl+L"))
        start.triggered.connect(quick_bar.start)
        for action in [start, *author_box.switching_actions(self)]:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def zoom_keys(self, zoom_to: Callable[[int], None]) -> None:
        """1–9 zoom the canvas to the first nine zones or columns, 0 back to the whole page."""
        for digit in range(10):
            action = QAction(self)
            action.setShortcut(QKeySequence(str(digit)))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, d=digit: zoom_to(d))
            self.view.addAction(action)

    @staticmethod
    def menu_button(menu: QMenu, icon: str | None = None) -> QToolButton:
        """A toolbar button that opens ``menu``, titled like it (with its icon beside)."""
        button = QToolButton()
        button.setText(menu.title())
        if icon is not None:
            icons.put(button, icon)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def bind_to_view(self, actions: Iterable[QAction]) -> None:
        """Shortcuts that work while the canvas (or its editor) has the focus."""
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
