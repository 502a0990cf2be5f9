"""Editing what is written on a sheet: cards' resources, links, zone labels, staves, texts.

A part of :class:`app.views.worksheet.page.WorksheetsPage` (``page.text_editing``); every
edit is one command.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu

from app.commands import EditResource
from app.commands.photos import with_photo
from app.commands.worksheets import (
    AddStave,
    DeleteCards,
    EditLink,
    EditWorksheet,
    EditZones,
    RemoveStave,
    move_stave,
)
from app.models.values import WorksheetValues, ZoneValues
from app.views.canvas.layers import EDIT_TAG
from app.views.canvas.page_part import PagePart
from app.views.resource_dialog import ResourceDialog
from app.views.worksheet.items import CardItem
from app.views.worksheet.links import LinkItem
from app.views.worksheet.scene import WorksheetScene

if TYPE_CHECKING:
    from app.views.worksheet.page import WorksheetsPage


class SheetTextEditing(PagePart[WorksheetScene]):
    """The page's ``text_editing``."""

    page: WorksheetsPage

    def edit_selected(self) -> None:
        if self.page.scene is not None and len(self.scene.selected_card_ids()) == 1:
            self.edit_card(self.scene.selected_card_ids()[0])

    def edit_card(self, card_id: int) -> None:
        """Rename the card's resource in place (every card of it follows)."""
        if self.page.scene is None or self.page._read_only or card_id not in self.scene.cards:
            return
        item = self.scene.cards[card_id]
        resource = self.page.document.resource(item.resource_id)
        editor = self.scene.open_name_editor(item.scene_card_rect(), resource.name)
        editor.finished.connect(lambda name: self._rename(resource.id, name))
        editor.cancelled.connect(self.scene.close_editor)

    def _rename(self, resource_id: int, name: str) -> None:
        if self.page.scene is not None:
            self.scene.close_editor()
        if name == self.page.document.resource(resource_id).name:
            return
        command = self.page._guarded(
            lambda: EditResource(self.page.document, resource_id, {"name": name})
        )
        if command is not None:
            self.page.push(command)

    def edit_card_details(self, card_id: int) -> None:
        """Every field of the card's resource in the resource dialog."""
        card = self.page.document.sheets.card(card_id)
        resource = self.page.document.resource(card.resource_id)
        dialog = ResourceDialog(self.page.document, resource.column_values(), parent=self.page)
        if dialog.exec() and not self.page._read_only:
            command = self.page._guarded(
                lambda: EditResource(self.page.document, resource.id, dialog.values())
            )
            if isinstance(command, EditResource):
                photo = dialog.photo.choice
                self.page.push(with_photo(self.page.document, command, resource.id, photo))

    def edit_link(self, link_id: int) -> None:
        if self.page.scene is None:
            return
        text = self.ask_text(
            QCoreApplication.translate("WorksheetsPage", "Link"),
            QCoreApplication.translate("WorksheetsPage", "Who carries this link?"),
            self.page.document.sheets.link(link_id).label,
        )
        if text is not None:
            self.page.push(EditLink(self.page.document, self.scene.sheet_id, link_id, text))

    def edit_text(self, kind: str, ident: int) -> None:
        """Edit a text where it is on the sheet: zone label, stave purpose, title, caption,
        the barrel's aim and lower hoop, the story. Multi-line texts end with Ctrl+Enter."""
        if self.page.scene is None or self.page._read_only:
            return
        sheet_id = self.scene.sheet_id
        if kind in ("zone", "purpose"):
            zone = next(z for z in self.page.document.sheets.zones(sheet_id) if z.id == ident)
            current = zone.label if kind == "zone" else zone.purpose
        else:
            current = str(getattr(self.page.document.sheets.get(sheet_id), kind))
        editor = self.scene.open_text_editor(kind, ident, current)
        if editor.multiline:
            self.page.status_message.emit(
                QCoreApplication.translate(
                    "WorksheetsPage", "Ctrl+Enter to finish, Esc to leave it unchanged."
                )
            )
        editor.finished.connect(lambda text: self._text_edited(kind, ident, current, text))
        editor.cancelled.connect(self.scene.close_editor)

    def _text_edited(self, kind: str, ident: int, old: str, text: str) -> None:
        if self.page.scene is None:
            return
        self.scene.close_editor()
        if text == old:
            return
        sheet_id = self.scene.sheet_id
        zone: ZoneValues | None = (
            {"label": text} if kind == "zone" else {"purpose": text} if kind == "purpose" else None
        )
        # Otherwise one of the sheet's own texts: title, caption, aim, lower hoop, story.
        sheet = cast(WorksheetValues, {kind: text})
        command = self.page._guarded(
            lambda: (
                EditZones(self.page.document, sheet_id, {ident: zone})
                if zone is not None
                else EditWorksheet(self.page.document, sheet_id, sheet)
            )
        )
        if command is not None:
            self.page.push(command)

    def add_stave(self) -> None:
        if self.page.scene is None or self.scene.template.barrel is None:
            return
        name = self.ask_text(
            QCoreApplication.translate("WorksheetsPage", "Add stave"),
            QCoreApplication.translate("WorksheetsPage", "Programme on the new stave"),
            "",
        )
        if name:
            command = self.page._guarded(
                lambda: AddStave(self.page.document, self.scene.sheet_id, name)
            )
            if command is not None:
                self.page.push(command)

    def _context_menu(self, pos: QPoint) -> None:
        if self.page.scene is None or self.page._read_only:
            return
        under = self.page.view.items(pos)
        card = next((i for i in under if isinstance(i, CardItem)), None)
        link = next((i for i in under if isinstance(i, LinkItem)), None)
        if card is not None:
            self._card_menu(card).exec(self.page.view.mapToGlobal(pos))
        elif link is not None:
            self._link_menu(link).exec(self.page.view.mapToGlobal(pos))
        elif self.scene.template.barrel is not None:
            self._stave_menu(pos)

    def _card_menu(self, card: CardItem) -> QMenu:
        if not card.isSelected():
            self.scene.clearSelection()
            card.setSelected(True)
        count = len(self.scene.selected_card_ids())
        menu = QMenu(self.page)
        if count == 1:
            menu.addAction(
                QCoreApplication.translate("WorksheetsPage", "Rename"),
                lambda: self.edit_card(card.card_id),
            )
            menu.addAction(
                QCoreApplication.translate("WorksheetsPage", "Edit details…"),
                lambda: self.edit_card_details(card.card_id),
            )
            menu.addSeparator()
        menu.addMenu(self.page.card_operations.colour_menu(menu))
        if count > 1:
            menu.addMenu(self.page.card_operations.align_menu(menu))
        menu.addSeparator()
        menu.addAction(self.page.duplicate_action)
        menu.addAction(self.page.delete_action)
        return menu

    def _link_menu(self, link: LinkItem) -> QMenu:
        menu = QMenu(self.page)
        menu.addAction(
            QCoreApplication.translate("WorksheetsPage", "Edit label…"),
            lambda: self.edit_link(link.link_id),
        )
        menu.addAction(
            QCoreApplication.translate("WorksheetsPage", "Delete link"),
            lambda: self.page.push(DeleteCards(self.page.document, [], [link.link_id])),
        )
        return menu

    def _stave_menu(self, pos: QPoint) -> None:
        tag = next((i.data(EDIT_TAG) for i in self.page.view.items(pos) if i.data(EDIT_TAG)), None)
        if not tag or tag[0] not in ("zone", "purpose"):
            return
        sheet_id, zone_id = self.scene.sheet_id, int(tag[1])
        menu = QMenu(self.page)
        menu.addAction(
            QCoreApplication.translate("WorksheetsPage", "Rename stave…"),
            lambda: self.edit_text("zone", zone_id),
        )
        menu.addAction(
            QCoreApplication.translate("WorksheetsPage", "Edit purpose…"),
            lambda: self.edit_text("purpose", zone_id),
        )
        for text, offset in (
            (QCoreApplication.translate("WorksheetsPage", "Move left"), -1),
            (QCoreApplication.translate("WorksheetsPage", "Move right"), +1),
        ):
            command = move_stave(self.page.document, sheet_id, zone_id, offset)
            if command is None:  # already at that end
                menu.addAction(text).setEnabled(False)
            else:
                menu.addAction(text, partial(self.page.push, command))
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("WorksheetsPage", "Remove stave"),
            lambda: self.page.push(RemoveStave(self.page.document, sheet_id, zone_id)),
        )
        menu.exec(self.page.view.mapToGlobal(pos))

    # -- prompts (tests replace these) ---------------------------------------------------
    def ask_text(self, title: str, prompt: str, current: str) -> str | None:
        text, ok = QInputDialog.getText(self.page, title, prompt, text=current)
        return text if ok else None
