"""Quick add on a worksheet: names typed (or pasted, one per line) become new resources
with cards in the chosen zone, each carrying who typed it and, if asked, face-down.

A part of :class:`app.views.worksheet.page.WorksheetsPage` (``page.quick_cards``); one
Enter or one paste is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app import i18n
from app.commands.worksheets import PlaceCards
from app.models.values import CardValues
from app.views.canvas.page_part import PagePart
from app.views.quick_add import QuickAddBar
from app.views.worksheet.scene import WorksheetScene
from app.worksheets.geometry import Rect
from app.worksheets.slots import free_spots

if TYPE_CHECKING:
    from app.views.worksheet.page import WorksheetsPage


DEFAULT_KIND = "kayoi"  # 通いの場: what staff most often put up live
PARKING = ""  # place data of the parking area (cards not yet in a zone)


class QuickCards(PagePart[WorksheetScene]):
    """The page's ``quick_cards``."""

    page: WorksheetsPage

    def build_quick_add(self) -> QuickAddBar:
        bar = QuickAddBar(
            QCoreApplication.translate("QuickCards", "Zone"),
            QCoreApplication.translate(
                "QuickCards",
                "Type a name and press Enter · Tab changes the zone · paste lines for one card each",
            ),
        )
        self.kind_box = QComboBox()
        lang = i18n.current_language()
        names = {g.id: g.display_name(lang) for g in self.page.document.kind_groups()}
        for kind in self.page.document.kinds():
            self.kind_box.addItem(
                f"{kind.display_name(lang)}（{names.get(kind.group_id, '')}）", kind.id
            )
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(DEFAULT_KIND)))
        self.kind_box.setMaximumWidth(260)
        bar.add_picker(QCoreApplication.translate("QuickCards", "Kind"), self.kind_box)
        bar.submitted.connect(self.quick_add)
        return bar

    def fill_quick_places(self) -> None:
        """The zones of the sheet shown, in their order, then the parking area."""
        if self.page.scene is None:
            self.page.quick_bar.set_places([])
            return
        places: list[tuple[str, object]] = [
            (zone.label, zone.key) for zone in self.page.document.sheets.zones(self.scene.sheet_id)
        ]
        template = self.scene.template
        if template.parking is not None:
            places.append((template.parking_label.get(i18n.current_language()), PARKING))
        self.page.quick_bar.set_places(places)

    def quick_add(self, zone_key: object, names: Sequence[str]) -> list[int]:
        """New resources named ``names``, each with a card in ``zone_key``."""
        if self.page.scene is None or self.page._read_only or not names:
            return []
        sheet_id = self.scene.sheet_id
        template = self.scene.template
        if zone_key == PARKING and template.parking is not None:
            polygon = template.parking.polygon()
        else:
            shapes = {s.key: s.polygon for s in self.page.document.sheets.zone_shapes(sheet_id)}
            if zone_key not in shapes:
                return []
            polygon = shapes[str(zone_key)]
        taken = [
            Rect(c.x, c.y, c.width, c.height) for c in self.page.document.sheets.cards(sheet_id)
        ]
        size = template.card_size
        spots = free_spots(polygon, size, taken, len(names))
        kind_id = str(self.kind_box.currentData())
        rows = [
            CardValues(**self.new_card_values(), x=x, y=y, width=size[0], height=size[1])
            for x, y in spots
        ]
        command = self.page._guarded(
            lambda: PlaceCards(
                self.page.document,
                sheet_id,
                rows,
                new_resources=[{"name": name, "kind_id": kind_id} for name in names],
            )
        )
        if command is None or not self.page.push(command):
            return []
        zone = self.page.quick_bar.places.currentText()
        text = QCoreApplication.translate("QuickCards", "%1 card(s) added to %2.")
        self.page.status_message.emit(text.replace("%1", str(len(names))).replace("%2", zone))
        return list(command.ids)  # type: ignore[attr-defined]

    def new_card_values(self) -> CardValues:
        """What every new card carries: who typed it, and whether it is face-down."""
        return {
            "author_id": self.page.current_author.participant_id,
            "face_down": self.page.quick_bar.face_down.isChecked(),
        }
