"""What can be done to cards: place, name, move, resize, link, duplicate, delete,
recolour and align. A part of :class:`app.views.worksheet.page.WorksheetsPage`
(``page.card_operations``); every gesture is one command.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtWidgets import QMenu

from app import i18n
from app.commands.worksheets import (
    AddLink,
    DeleteCards,
    PlaceCards,
    PlaceLabels,
    UpdateCards,
    move_cards,
)
from app.models import ResourceStatus
from app.models.values import CardValues
from app.views.canvas.colours import CARD_COLOURS, swatch
from app.views.canvas.page_part import PagePart
from app.views.worksheet.items import CardLook
from app.views.worksheet.scene import WorksheetScene
from app.worksheets.arrange import Alignment, align
from app.worksheets.geometry import Rect

# Colours a card can be given, light enough for dark text on a projector.


if TYPE_CHECKING:
    from app.views.worksheet.page import WorksheetsPage


ALIGNMENTS = (
    (Alignment.LEFT, QT_TRANSLATE_NOOP("CardOperations", "Align left edges")),
    (Alignment.CENTRE, QT_TRANSLATE_NOOP("CardOperations", "Align centres vertically")),
    (Alignment.RIGHT, QT_TRANSLATE_NOOP("CardOperations", "Align right edges")),
    (Alignment.TOP, QT_TRANSLATE_NOOP("CardOperations", "Align top edges")),
    (Alignment.MIDDLE, QT_TRANSLATE_NOOP("CardOperations", "Align centres horizontally")),
    (Alignment.BOTTOM, QT_TRANSLATE_NOOP("CardOperations", "Align bottom edges")),
    (Alignment.SPREAD_ACROSS, QT_TRANSLATE_NOOP("CardOperations", "Space evenly across")),
    (Alignment.SPREAD_DOWN, QT_TRANSLATE_NOOP("CardOperations", "Space evenly down")),
)


class CardOperations(PagePart[WorksheetScene]):
    """The page's ``card_operations``."""

    page: WorksheetsPage

    def _card_rows(self, at: QPointF) -> CardValues:
        width, height = self.scene.template.card_size if self.page.scene else (36.0, 13.0)
        return {
            "x": round(at.x() - width / 2, 2),
            "y": round(at.y() - height / 2, 2),
            "width": width,
            "height": height,
            **self.page.quick_cards.new_card_values(),
        }

    def place_resource(self, resource_id: int, at: QPointF) -> None:
        if self.page.scene is not None:
            self.page.push(
                PlaceCards(
                    self.page.document,
                    self.scene.sheet_id,
                    [{**self._card_rows(at), "resource_id": resource_id}],
                )
            )

    def place_new_resource(self, kind_id: str, at: QPointF) -> None:
        """A card of a new resource of ``kind_id`` appears at ``at`` with its name being
        typed; Enter places it (one undo step), Esc leaves the sheet as it was."""
        if self.page.scene is None or self.page._read_only:
            return
        kind = self.page.document.kind(kind_id)
        rows = self._card_rows(at)
        ghost = CardLook(
            name="",
            kind_colour=kind.colour if kind else "#888888",
            mark=kind.mark if kind else "",
            status=ResourceStatus.ACTIVE,
            colour=None,
            memo="",
        )
        rect = QRectF(rows["x"], rows["y"], rows["width"], rows["height"])
        default = kind.display_name(i18n.current_language()) if kind else ""
        editor = self.scene.open_name_editor(rect, default, ghost)
        self.page.view.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes to the name
        editor.finished.connect(lambda name: self._place_named(kind_id, rows, name))
        editor.cancelled.connect(self.scene.close_editor)

    def _place_named(self, kind_id: str, rows: CardValues, name: str) -> None:
        if self.page.scene is None:
            return
        self.scene.close_editor()
        command = self.page._guarded(
            lambda: PlaceCards(
                self.page.document,
                self.scene.sheet_id,
                [rows],
                new_resources=[{"name": name, "kind_id": kind_id}],
            )
        )
        if command is not None:
            self.page.push(command)

    def _cards_moved(self, positions: dict) -> None:
        if self.page.scene is not None and not self.page._read_only:
            self.page.push(move_cards(self.page.document, self.scene.sheet_id, positions))
        elif self.page.scene is not None:
            self.scene._on_cards_changed(self.scene.sheet_id, list(positions))  # snap back

    def _card_resized(self, card_id: int, width: float, height: float) -> None:
        if self.page.scene is None:
            return
        command = UpdateCards(
            self.page.document,
            self.scene.sheet_id,
            {card_id: {"width": width, "height": height}},
            QCoreApplication.translate("CardOperations", "Resize card"),
        )
        if not self.page.push(command):
            self.scene._on_cards_changed(self.scene.sheet_id, [card_id])  # snap back

    def nudge(self, dx: float, dy: float) -> None:
        if self.page.scene is None:
            return
        positions = {
            cid: (self.scene.cards[cid].x() + dx, self.scene.cards[cid].y() + dy)
            for cid in self.scene.selected_card_ids()
        }
        if positions:
            self.page.push(move_cards(self.page.document, self.scene.sheet_id, positions))

    def _link_drawn(self, source: int, target: int) -> None:
        if self.page.scene is None:
            return
        prompt = (
            QCoreApplication.translate(
                "CardOperations", "Who carries this link (which person or organisation)?"
            )
            if self.scene.template.barrel is not None
            else QCoreApplication.translate("CardOperations", "Label of the link (optional)")
        )
        text = self.page.text_editing.ask_text(
            QCoreApplication.translate("CardOperations", "Link"), prompt, ""
        )
        if text is not None:
            self.page.push(AddLink(self.page.document, self.scene.sheet_id, source, target, text))

    def delete_selected(self) -> None:
        if self.page.scene is None:
            return
        cards, links = self.scene.selected_card_ids(), self.scene.selected_link_ids()
        links = [
            lk
            for lk in links
            if not {
                self.scene.links[lk].source.card_id,
                self.scene.links[lk].target.card_id,
            }
            & set(cards)
        ]
        if cards or links:  # one gesture, one undo step
            self.page.push(DeleteCards(self.page.document, cards, links))

    def duplicate_selected(self) -> None:
        if self.page.scene is None:
            return
        rows: list[CardValues] = []
        for card_id in self.scene.selected_card_ids():
            card = self.page.document.sheets.card(card_id)
            rows.append(
                {
                    "resource_id": card.resource_id,
                    "x": card.x + 5,
                    "y": card.y + 5,
                    "width": card.width,
                    "height": card.height,
                    "colour": card.colour,
                    "z": card.z + 1,
                }
            )
        if rows:
            self.page.push(PlaceCards(self.page.document, self.scene.sheet_id, rows))

    def select_all(self) -> None:
        if self.page.scene is not None:
            for item in self.scene.cards.values():
                item.setSelected(True)

    def recolour_selected(self, colour: str | None) -> None:
        if self.page.scene is not None and self.scene.selected_card_ids():
            changes: dict[int, CardValues] = {
                cid: {"colour": colour} for cid in self.scene.selected_card_ids()
            }
            self.page.push(
                UpdateCards(
                    self.page.document,
                    self.scene.sheet_id,
                    changes,
                    QCoreApplication.translate("CardOperations", "Recolour cards"),
                )
            )

    def colour_menu(self, parent) -> QMenu:
        menu = QMenu(QCoreApplication.translate("CardOperations", "Colour"), parent)
        for colour, name in CARD_COLOURS:
            menu.addAction(
                swatch(colour),
                QCoreApplication.translate("Colours", str(name)),
                partial(self.recolour_selected, colour),
            )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("CardOperations", "Colour of its kind"),
            lambda: self.recolour_selected(None),
        )
        return menu

    def align_menu(self, parent) -> QMenu:
        menu = QMenu(QCoreApplication.translate("CardOperations", "Align"), parent)
        for how, name in ALIGNMENTS:
            if how is Alignment.TOP or how is Alignment.SPREAD_ACROSS:
                menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("CardOperations", str(name)),
                partial(self.align_selected, how),
            )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("CardOperations", "Place link labels automatically"),
            self.unpin_labels,
        )
        return menu

    def _label_moved(self, link_id: int, x: float, y: float) -> None:
        if self.page.scene is not None:
            self.page.push(PlaceLabels(self.page.document, self.scene.sheet_id, {link_id: (x, y)}))

    def unpin_labels(self) -> None:
        """The selected links' labels (or, with none selected, every label put by hand)
        go back to where the sheet places them."""
        if self.page.scene is None:
            return
        chosen = set(self.scene.selected_link_ids()) or set(self.scene.links)
        pinned = [i for i in chosen if self.scene.links[i].pinned is not None]
        if pinned:
            places = dict.fromkeys(pinned)
            self.page.push(PlaceLabels(self.page.document, self.scene.sheet_id, places))

    def align_selected(self, how: Alignment) -> None:
        if self.page.scene is None:
            return
        rects = {
            cid: Rect(item.x(), item.y(), *item.size)
            for cid in self.scene.selected_card_ids()
            if (item := self.scene.cards.get(cid)) is not None
        }
        if len(rects) < how.needs:
            self.page.status_message.emit(
                QCoreApplication.translate(
                    "CardOperations", "Select at least %1 cards to align them."
                ).replace("%1", str(how.needs))
            )
            return
        positions = align(rects, how)
        if positions:
            changes: dict[int, CardValues] = {
                cid: {"x": x, "y": y} for cid, (x, y) in positions.items()
            }
            self.page.push(
                UpdateCards(
                    self.page.document,
                    self.scene.sheet_id,
                    changes,
                    QCoreApplication.translate("CardOperations", "Align cards"),
                )
            )
