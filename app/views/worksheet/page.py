"""ワークシート: the sheets of a workshop, the canvas, the palette and the tools around them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolBar,
    QToolButton,
)

from app import i18n
from app.commands.face_down import turn_cards
from app.commands.worksheets import (
    AddWorksheet,
)
from app.document import WorkshopDocument
from app.models import OwnerKind, PhotoOwner
from app.views import icons
from app.views.author_choice import AuthorBox, CurrentAuthor
from app.views.canvas.page import ITEM_ID, CanvasPage
from app.views.canvas.view import CanvasView
from app.views.worksheet.card_operations import CardOperations
from app.views.worksheet.palette import Palette
from app.views.worksheet.quick_cards import QuickCards
from app.views.worksheet.scene import WorksheetScene
from app.views.worksheet.sheet_editing import SheetTextEditing
from app.worksheets.card_style import CARD_TEXT_MM


class WorksheetsPage(CanvasPage[WorksheetScene]):
    """The page and its parts: in-place texts and menus (``text_editing``), what is done to
    cards (``card_operations``) and quick add (``quick_cards``)."""

    reading_mm = CARD_TEXT_MM  # a sheet opens with card names readable

    sheet_shown = Signal(int)  # sheet id

    def __init__(
        self, document: WorkshopDocument, undo_stack: QUndoStack, author: CurrentAuthor
    ) -> None:
        super().__init__()
        self.text_editing = SheetTextEditing(self)
        self.card_operations = CardOperations(self)
        self.quick_cards = QuickCards(self)
        self.document = document
        self.undo_stack = undo_stack
        self.current_author = author
        self._read_only = document.file.read_only

        self.sheet_list = QListWidget()
        self.sheet_list.setMaximumWidth(220)
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New worksheet"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setMenu(self._template_menu())
        self.new_button.setEnabled(not self._read_only)

        self.view = CanvasView()
        self.resource_palette = Palette(document)
        self.resource_palette.setMinimumWidth(220)
        self.toolbar = self._build_toolbar()
        self.quick_bar = self.quick_cards.build_quick_add()
        self.author_box = AuthorBox(document, author)
        self.quick_bar.add_picker(self.tr("Typing now"), self.author_box)
        self.quick_bar.setEnabled(not self._read_only)
        self.typing_actions(self.author_box, self.quick_bar)
        self.zoom_keys(self.zoom_to_zone)

        self.lay_out(
            "canvas_sheets",
            self.new_button,
            self.sheet_list,
            self.resource_palette,
            280,
            self.quick_bar,
        )

        self.sheet_list.currentItemChanged.connect(lambda item, _prev: self._show_sheet(item))
        self.view.resource_dropped.connect(self.card_operations.place_resource)
        self.view.kind_dropped.connect(self.card_operations.place_new_resource)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.text_editing._context_menu)
        document.worksheet_added.connect(self._refresh_list)
        document.worksheet_removed.connect(self._on_sheet_removed)
        document.worksheet_changed.connect(lambda *_: self._refresh_list())
        document.zones_changed.connect(lambda *_: self.quick_cards.fill_quick_places())
        for signal in (document.cards_added, document.cards_removed):
            signal.connect(lambda *_: self._update_palette_marks())
        self._refresh_list()

    # -- building -------------------------------------------------------------------
    def _template_menu(self) -> QMenu:
        menu = QMenu(self)
        lang = i18n.current_language()
        last_category = None
        for template in self.document.sheets.templates.values():
            if last_category is not None and template.category != last_category:
                menu.addSeparator()
            last_category = template.category
            action = menu.addAction(template.title.get(lang))
            action.setData(template.id)
            action.triggered.connect(lambda _c=False, t=template.id: self.add_sheet(t))
        return menu

    def _build_toolbar(self) -> QToolBar:
        bar = icons.text_beside_icons(QToolBar())
        self.fit_action = bar.addAction(self.tr("Fit page"), self.view.fit_page)
        icons.put(self.fit_action, "fit_page")
        self.fit_zone_action = bar.addAction(self.tr("Fit zone"), self.fit_zone)
        icons.put(self.fit_zone_action, "fit_zone")
        self.add_zoom_actions(bar)
        icons.icon_only(bar, self.fit_zone_action)
        icons.icon_only(bar, self.fit_action)
        self.fit_action.setToolTip(self.tr("Show the whole sheet (key 0)"))
        bar.addSeparator()
        self.gap_action = bar.addAction(self.tr("Show gaps"))
        icons.put(self.gap_action, "gaps")
        self.gap_action.setCheckable(True)
        self.gap_action.setToolTip(self.tr("Count the cards in each zone and mark empty zones"))
        self.gap_action.toggled.connect(self._set_gap_view)
        self.link_action = bar.addAction(self.tr("Draw links"))
        icons.put(self.link_action, "links")
        self.link_action.setCheckable(True)
        self.link_action.setToolTip(self.tr("Drag from one card to another to link them"))
        self.link_action.toggled.connect(self._set_link_mode)
        bar.addSeparator()
        menus = (
            (self.card_operations.colour_menu(self), "colour"),
            (self.card_operations.align_menu(self), "align"),
        )
        for menu, name in menus:
            button = QToolButton()
            button.setText(menu.title())
            icons.put(button, name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            bar.addWidget(button)
        bar.addWidget(self._face_down_button())
        self.add_reception_action(
            bar, self.tr("Phones and tablets in the room propose resources for this sheet")
        )
        self.add_photo_action(
            bar, self.tr("Photos of this sheet (the paper version, a whiteboard)")
        )
        self.card_photos_action = QAction(self.tr("Resources' photos on their cards"), self)
        self.card_photos_action.setCheckable(True)
        self.card_photos_action.toggled.connect(self._show_card_photos)
        photo_menu = QMenu(self)
        photo_menu.addAction(self.tr("Photos of this sheet…"), self.show_photos)
        photo_menu.addAction(self.card_photos_action)
        self.photo_action.setMenu(photo_menu)
        photo_button = bar.widgetForAction(self.photo_action)
        if isinstance(photo_button, QToolButton):  # a click opens the photos, the arrow more
            photo_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_stave_action = bar.addAction(self.tr("Add stave"), self.text_editing.add_stave)
        icons.put(self.add_stave_action, "add_stave")
        self.delete_action = bar.addAction(self.tr("Delete"), self.card_operations.delete_selected)
        icons.put(self.delete_action, "delete")
        icons.icon_only(bar, self.delete_action)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.duplicate_action = QAction(self.tr("Duplicate"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.triggered.connect(self.card_operations.duplicate_selected)
        self.edit_action, self.select_all_action = self.editing_actions()
        self.bind_to_view(
            (self.duplicate_action, self.edit_action, self.select_all_action, self.delete_action)
        )
        for key, dx, dy in (
            (Qt.Key.Key_Left, -1, 0),
            (Qt.Key.Key_Right, 1, 0),
            (Qt.Key.Key_Up, 0, -1),
            (Qt.Key.Key_Down, 0, 1),
        ):
            for modifier, step in (
                (Qt.KeyboardModifier.NoModifier, 1.0),
                (Qt.KeyboardModifier.ShiftModifier, 5.0),
            ):
                action = QAction(self)
                action.setShortcut(QKeySequence(modifier.value | key.value))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(
                    lambda _c=False, x=dx * step, y=dy * step: self.card_operations.nudge(x, y)
                )
                self.view.addAction(action)
        return bar

    # -- sheets ---------------------------------------------------------------------
    def _refresh_list(self, select: int | None = None) -> None:
        rows = ((sheet.id, sheet.title) for sheet in self.document.sheets.all())
        self.refill_list(self.sheet_list, rows, select, self._show_sheet)

    def _on_sheet_removed(self, sheet_id: int) -> None:
        self.forget_scene(sheet_id)
        self._refresh_list()

    def show_sheet(self, sheet_id: int) -> WorksheetScene:
        self._eager = True
        try:
            self._refresh_list(select=sheet_id)
        finally:
            self._eager = False
        assert self.scene is not None and self.scene.sheet_id == sheet_id
        return self.scene

    def _show_sheet(self, item: QListWidgetItem | None) -> None:
        if item is None or self.when_shown(self.sheet_list, self._show_sheet, item):
            return
        sheet_id = int(item.data(ITEM_ID))
        if sheet_id not in self.scenes:
            scene = WorksheetScene(self.document, sheet_id)
            if self.card_photos_action.isChecked():
                scene.show_photos(True)
            scene.cards_moved.connect(self.card_operations._cards_moved)
            scene.link_drawn.connect(self.card_operations._link_drawn)
            scene.text_edit_requested.connect(self.text_editing.edit_text)
            scene.card_edit_requested.connect(self.text_editing.edit_card)
            scene.card_resized.connect(self.card_operations._card_resized)
            scene.link_edit_requested.connect(self.text_editing.edit_link)
            scene.label_moved.connect(self.card_operations._label_moved)
            self.scenes[sheet_id] = scene
        self.scene = self.scenes[sheet_id]
        self.scene.set_gap_view(self.gap_action.isChecked())
        self.scene.link_mode = self.link_action.isChecked()
        self.view.setScene(self.scene)
        self.first_view()
        self.add_stave_action.setVisible(self.scene.template.barrel is not None)
        self._update_palette_marks()
        self.quick_cards.fill_quick_places()
        self.sheet_shown.emit(sheet_id)
        self.follow_photos()

    def _show_card_photos(self, on: bool) -> None:
        for scene in self.scenes.values():
            scene.show_photos(on)

    def photo_owner(self) -> tuple[PhotoOwner | None, str]:
        if self.scene is None:
            return None, ""
        sheet_id = self.scene.sheet_id
        return PhotoOwner(OwnerKind.WORKSHEET, sheet_id), self.document.sheets.get(sheet_id).title

    def _update_palette_marks(self) -> None:
        if self.scene is not None:
            self.resource_palette.set_placed(
                self.document.sheets.placed_resource_ids(self.scene.sheet_id)
            )

    def _set_gap_view(self, on: bool) -> None:
        if self.scene is not None:
            self.scene.set_gap_view(on)

    def _set_link_mode(self, on: bool) -> None:
        if self.scene is not None:
            self.scene.link_mode = on

    def _face_down_button(self) -> QToolButton:
        """Reveal face-down cards to the room: the selected ones or all; or turn some down."""
        menu = QMenu(self.tr("Face-down"), self)
        self.reveal_action = menu.addAction(
            self.tr("Reveal selected cards"), lambda: self.turn_selected(False)
        )
        self.reveal_action.setShortcut(QKeySequence("R"))
        self.reveal_all_action = menu.addAction(self.tr("Reveal all cards"), self.reveal_all)
        self.reveal_all_action.setShortcut(QKeySequence("Shift+R"))
        menu.addAction(self.tr("Turn selected cards face down"), lambda: self.turn_selected(True))
        self.bind_to_view((self.reveal_action, self.reveal_all_action))
        return self.menu_button(menu, "face_down")

    def turn_selected(self, face_down: bool) -> None:
        if self.scene is not None:
            ids = self.scene.selected_card_ids()
            self.push(turn_cards(self.document, self.scene.sheet_id, ids, face_down))

    def reveal_all(self) -> None:
        if self.scene is not None:
            ids = list(self.scene.cards)
            self.push(turn_cards(self.document, self.scene.sheet_id, ids, False))

    def zoom_to_zone(self, number: int) -> None:
        """Zone ``number`` (1 = the first) fills the canvas; 0 shows the whole page."""
        if self.scene is None:
            return
        zones = self.document.sheets.zones(self.scene.sheet_id)
        if number == 0 or number > len(zones):
            self.view.fit_page()
            return
        rect = self.scene.zone_rect(zones[number - 1].key)
        if rect is not None:
            self.view.fit_rect(rect)

    def fit_zone(self) -> None:
        """Zoom to the zone of the selected card (or the first zone)."""
        if self.scene is None:
            return
        selected = self.scene.selected_card_ids()
        key = self.document.sheets.card(selected[0]).zone_key if selected else None
        key = key or (
            self.document.sheets.zones(self.scene.sheet_id)[0].key
            if self.document.sheets.zones(self.scene.sheet_id)
            else None
        )
        rect = self.scene.zone_rect(key) if key else None
        if rect is not None:
            self.view.fit_rect(rect)

    # -- what the shared canvas actions ask of the page --------------------------------
    def edit_selected(self) -> None:
        self.text_editing.edit_selected()

    def select_all(self) -> None:
        self.card_operations.select_all()

    # -- commands -------------------------------------------------------------------
    def add_sheet(self, template_id: str) -> int | None:
        command = AddWorksheet(self.document, template_id, i18n.current_language())
        if not self.push(command):
            return None
        assert command.sheet_id is not None
        self.show_sheet(command.sheet_id)
        return command.sheet_id
