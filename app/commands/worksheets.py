"""Undoable worksheet edits: sheets, zones and staves, cards and links.

Each gesture is one command: one undo step, one transaction each way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded, ValueChange
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.models.values import (
    CardValues,
    LinkValues,
    ResourceValues,
    WorksheetValues,
    ZoneValues,
    present,
)


class AddWorksheet(Recorded):
    def __init__(self, document: WorkshopDocument, template_id: str, lang: str = "ja") -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add worksheet"), document)
        self._template, self._lang = template_id, lang
        self.sheet_id: int | None = None

    def perform(self) -> None:
        self.sheet_id = self.document.sheets.add(self._template, self._lang)


class DeleteWorksheet(Recorded):
    def __init__(self, document: WorkshopDocument, sheet_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete worksheet"), document)
        self._sheet = sheet_id

    def perform(self) -> None:
        self.document.sheets.remove(self._sheet)


class EditWorksheet(ValueChange[WorksheetValues]):
    """Title, caption, the barrel's aim, lower hoop or story."""

    def __init__(self, document: WorkshopDocument, sheet_id: int, changes: WorksheetValues) -> None:
        if "title" in changes and not changes["title"].strip():
            raise ValidationError("empty_name", "title")
        old = present(document.sheets.get(sheet_id), changes)
        text = QCoreApplication.translate("Commands", "Edit worksheet text")
        super().__init__(text, changes.copy(), old)
        self._document, self._sheet = document, sheet_id

    def apply(self, values: WorksheetValues) -> None:
        self._document.sheets.update(self._sheet, values)


class EditZones(ValueChange[dict[int, ZoneValues]]):
    """Zone labels, hints, colours, stave purposes, or the order of the staves."""

    def __init__(
        self,
        document: WorkshopDocument,
        sheet_id: int,
        changes: Mapping[int, ZoneValues],
        text: str = "",
    ) -> None:
        for values in changes.values():
            if "label" in values and not values["label"].strip():
                raise ValidationError("empty_name", "label")
        zones = {z.id: z for z in document.sheets.zones(sheet_id)}
        new = {zid: v.copy() for zid, v in changes.items()}
        old = {zid: present(zones[zid], v) for zid, v in changes.items()}
        super().__init__(text or QCoreApplication.translate("Commands", "Edit zone"), new, old)
        self._document, self._sheet = document, sheet_id

    def apply(self, values: dict[int, ZoneValues]) -> None:
        self._document.sheets.update_zones(self._sheet, values)


def move_stave(
    document: WorkshopDocument, sheet_id: int, zone_id: int, offset: int
) -> EditZones | None:
    """A command that moves a stave ``offset`` places left (−) or right (+), or None at an end."""
    zones = document.sheets.zones(sheet_id)
    ids = [z.id for z in zones]
    at = ids.index(zone_id)
    to = at + offset
    if not 0 <= to < len(ids):
        return None
    ids.insert(to, ids.pop(at))
    changes: dict[int, ZoneValues] = {zid: {"sort_order": i} for i, zid in enumerate(ids)}
    return EditZones(
        document, sheet_id, changes, QCoreApplication.translate("Commands", "Move stave")
    )


class AddStave(Recorded):
    def __init__(self, document: WorkshopDocument, sheet_id: int, label: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add stave"), document)
        if not label.strip():
            raise ValidationError("empty_name", "label")
        zones = document.sheets.zones(sheet_id)
        keys = {z.key for z in zones}
        number = len(zones) + 1
        while f"stave_{number}" in keys:
            number += 1
        self._row: ZoneValues = {
            "key": f"stave_{number}",
            "label": label.strip(),
            "hint": "",
            "colour": "#efdcbc",
            "sort_order": max((z.sort_order for z in zones), default=-1) + 1,
            "purpose": "",
        }
        self._sheet = sheet_id
        self.zone_id: int | None = None

    def perform(self) -> None:
        self.zone_id = self.document.sheets.add_zone(self._sheet, self._row)


class RemoveStave(Recorded):
    def __init__(self, document: WorkshopDocument, sheet_id: int, zone_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove stave"), document)
        self._sheet, self._zone = sheet_id, zone_id

    def perform(self) -> None:
        self.document.sheets.delete_zone(self._sheet, self._zone)


class PlaceCards(Recorded):
    """Cards for existing resources, or new resources placed at once: ``new_resources``
    has one resource's values per row (a kind dropped, lines typed in quick add)."""

    def __init__(
        self,
        document: WorkshopDocument,
        sheet_id: int,
        rows: Sequence[CardValues],
        new_resources: Sequence[ResourceValues] = (),
    ) -> None:
        count = len(rows)
        text = QCoreApplication.translate("Commands", "Place %1 card(s)").replace("%1", str(count))
        super().__init__(text, document)
        self._sheet = sheet_id
        self._rows = [r.copy() for r in rows]
        self._new = [document.clean_resource(values) for values in new_resources]
        if any(not values.get("name") for values in self._new):
            raise ValidationError("empty_name", "name")
        if self._new and len(self._new) != len(self._rows):
            raise ValueError("one new resource per card")
        self.ids: list[int] = []

    def perform(self) -> None:
        if self._new:  # the new resources and their cards: one change
            resource_ids = self.document.add_resources(self._new)
            for row, resource_id in zip(self._rows, resource_ids, strict=True):
                row["resource_id"] = resource_id
        self.ids = self.document.sheets.place(self._sheet, self._rows)


class UpdateCards(ValueChange[dict[int, CardValues]]):
    """Move, resize, recolour or align cards: one gesture, one step."""

    def __init__(
        self,
        document: WorkshopDocument,
        sheet_id: int,
        changes: Mapping[int, CardValues],
        text: str,
    ) -> None:
        cards = {c.id: c for c in document.sheets.cards_by_id(list(changes))}
        old = {card_id: present(cards[card_id], values) for card_id, values in changes.items()}
        super().__init__(text, {cid: v.copy() for cid, v in changes.items()}, old)
        self._document, self._sheet = document, sheet_id

    def apply(self, values: dict[int, CardValues]) -> None:
        self._document.sheets.update_cards(self._sheet, values)


def move_cards(
    document: WorkshopDocument, sheet_id: int, positions: Mapping[int, tuple[float, float]]
) -> UpdateCards:
    text = QCoreApplication.translate("Commands", "Move %1 card(s)").replace(
        "%1", str(len(positions))
    )
    changes: dict[int, CardValues] = {
        cid: {"x": round(x, 2), "y": round(y, 2)} for cid, (x, y) in positions.items()
    }
    return UpdateCards(document, sheet_id, changes, text)


class DeleteCards(Recorded):
    """Cards and links chosen together; the links of the cards go with them."""

    def __init__(
        self,
        document: WorkshopDocument,
        card_ids: Sequence[int],
        link_ids: Sequence[int] = (),
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Delete %1 card(s)").replace(
                "%1", str(len(card_ids))
            )
            if card_ids
            else QCoreApplication.translate("Commands", "Delete link")
        )
        super().__init__(text, document)
        self._cards, self._links = list(card_ids), list(link_ids)

    def perform(self) -> None:
        if self._links:
            self.document.sheets.delete_links(self._links)
        if self._cards:
            self.document.sheets.delete_cards(self._cards)


class AddLink(Recorded):
    def __init__(
        self, document: WorkshopDocument, sheet_id: int, source: int, target: int, label: str = ""
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add link"), document)
        if source == target:
            raise ValidationError("self_link", "target")
        self._sheet = sheet_id
        self._row: LinkValues = {
            "source_id": source,
            "target_id": target,
            "label": label.strip(),
        }
        self.link_id: int | None = None

    def perform(self) -> None:
        self.link_id = self.document.sheets.add_links(self._sheet, [self._row])[0]


class EditLink(ValueChange[str]):
    def __init__(self, document: WorkshopDocument, sheet_id: int, link_id: int, label: str) -> None:
        text = QCoreApplication.translate("Commands", "Edit link label")
        super().__init__(text, label.strip(), document.sheets.link(link_id).label)
        self._document, self._sheet, self._id = document, sheet_id, link_id

    def apply(self, values: str) -> None:
        self._document.sheets.update_links({self._id: {"label": values}})


class PlaceLabels(ValueChange[dict[int, LinkValues]]):
    """Put link labels where the facilitator dragged them, or (``None``) give them back to
    the sheet to place clear of cards and other labels."""

    def __init__(
        self,
        document: WorkshopDocument,
        sheet_id: int,
        places: Mapping[int, tuple[float, float] | None],
    ) -> None:
        links = {link.id: link for link in document.sheets.links_by_id(list(places))}
        new: dict[int, LinkValues] = {
            link_id: {"label_x": None, "label_y": None}
            if at is None
            else {"label_x": at[0], "label_y": at[1]}
            for link_id, at in places.items()
        }
        old = {link_id: present(links[link_id], values) for link_id, values in new.items()}
        text = (
            QCoreApplication.translate("Commands", "Move link label")
            if any(at is not None for at in places.values())
            else QCoreApplication.translate("Commands", "Place link labels automatically")
        )
        super().__init__(text, new, old)
        self._document = document

    def apply(self, values: dict[int, LinkValues]) -> None:
        self._document.sheets.update_links(values)
