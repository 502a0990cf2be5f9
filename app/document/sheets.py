"""The document's worksheets (``document.sheets``): sheets, their zones, cards and links.

A card's zone is recomputed from the sheet's geometry whenever its position or the zones
change, in the same transaction, so what is stored always matches what is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property

from app.document.part import Part
from app.models import Card, Link, Worksheet, WorksheetZone
from app.models.values import CardValues, LinkValues, WorksheetValues, ZoneValues
from app.paths import resource_path
from app.store import rows as table
from app.store import worksheets as store
from app.worksheets.sheet import ZoneShape, zone_for_card, zone_shapes
from app.worksheets.template import Template, load_templates

_GEOMETRY = {"x", "y", "width", "height"}


class Sheets(Part):
    @cached_property
    def templates(self) -> dict[str, Template]:
        return load_templates(resource_path("templates"))

    # -- reading ------------------------------------------------------------------
    def all(self) -> list[Worksheet]:
        with self.file.read_session() as s:
            return store.worksheets(s)

    def get(self, sheet_id: int) -> Worksheet:
        with self.file.read_session() as s:
            return s.get_one(Worksheet, sheet_id)

    def template_of(self, sheet_id: int) -> Template:
        return self.templates[self.get(sheet_id).template_id]

    def zones(self, sheet_id: int) -> list[WorksheetZone]:
        with self.file.read_session() as s:
            return store.zones(s, sheet_id)

    def zone_shapes(self, sheet_id: int) -> list[ZoneShape]:
        return zone_shapes(self.template_of(sheet_id), [z.key for z in self.zones(sheet_id)])

    def cards(self, sheet_id: int) -> list[Card]:
        with self.file.read_session() as s:
            return store.cards(s, sheet_id)

    def placed_resource_ids(self, sheet_id: int) -> set[int]:
        """The resources that have a card on the sheet (one query, no rows built)."""
        with self.file.read_session() as s:
            return store.placed_resource_ids(s, sheet_id)

    def titles_using(self, resource_ids: Sequence[int]) -> list[str]:
        """The titles of the sheets that have a card of any of these resources."""
        with self.file.read_session() as s:
            return store.titles_using(s, resource_ids)

    def cards_by_id(self, ids: Sequence[int]) -> list[Card]:
        with self.file.read_session() as s:
            return table.by_ids(s, Card, ids)

    def links_by_id(self, ids: Sequence[int]) -> list[Link]:
        with self.file.read_session() as s:
            return table.by_ids(s, Link, ids)

    def card(self, card_id: int) -> Card:
        with self.file.read_session() as s:
            return s.get_one(Card, card_id)

    def links(self, sheet_id: int) -> list[Link]:
        with self.file.read_session() as s:
            return store.links(s, sheet_id)

    def link(self, link_id: int) -> Link:
        with self.file.read_session() as s:
            return s.get_one(Link, link_id)

    # -- sheets ---------------------------------------------------------------------
    def add(self, template_id: str, lang: str = "ja") -> int:
        with self._writing() as s:
            return store.create_worksheet(s, self.templates[template_id], lang).id

    def remove(self, sheet_id: int) -> None:
        """Delete a sheet; its zones, cards and links go with it (the file's cascades)."""
        with self._writing() as s:
            table.delete_rows(s, Worksheet, [sheet_id])

    def update(self, sheet_id: int, changes: WorksheetValues) -> None:
        with self._writing() as s:
            table.update_rows(s, Worksheet, {sheet_id: changes})

    # -- zones ----------------------------------------------------------------------
    def update_zones(self, sheet_id: int, changes: Mapping[int, ZoneValues]) -> None:
        """Change zones' wording, colour or order; cards follow when the layout moves."""
        with self._writing() as s:
            table.update_rows(s, WorksheetZone, changes)
            self._rezone(s, sheet_id)

    def add_zone(self, sheet_id: int, row: ZoneValues) -> int:
        with self._writing() as s:
            zone_id = table.insert_rows(s, WorksheetZone, [dict(row, worksheet_id=sheet_id)])[0]
            self._rezone(s, sheet_id)
        return zone_id

    def delete_zone(self, sheet_id: int, zone_id: int) -> None:
        with self._writing() as s:
            table.delete_rows(s, WorksheetZone, [zone_id])
            self._rezone(s, sheet_id)

    def _rezone(self, s, sheet_id: int) -> None:
        template = self.templates[s.get_one(Worksheet, sheet_id).template_id]
        shapes = zone_shapes(template, [z.key for z in store.zones(s, sheet_id)])
        for card in store.cards(s, sheet_id):
            key = zone_for_card(shapes, card.x, card.y, card.width, card.height)
            if key != card.zone_key:
                card.zone_key = key
        s.flush()

    # -- cards ----------------------------------------------------------------------
    def place(self, sheet_id: int, rows: Sequence[CardValues]) -> list[int]:
        """Put cards on a sheet; their zones are computed."""
        shapes = self.zone_shapes(sheet_id)
        prepared: list[CardValues] = []
        for row in rows:
            zone = zone_for_card(shapes, row["x"], row["y"], row["width"], row["height"])
            prepared.append({**row, "worksheet_id": sheet_id, "zone_key": zone})
        with self._writing() as s:
            return table.insert_rows(s, Card, prepared)

    def update_cards(self, sheet_id: int, changes: Mapping[int, CardValues]) -> None:
        """Move, resize or recolour cards; a card whose geometry changed gets its zone again."""
        shapes = self.zone_shapes(sheet_id)
        with self._writing() as s:
            for card in table.update_rows(s, Card, changes):
                if _GEOMETRY & set(changes[card.id]):
                    key = zone_for_card(shapes, card.x, card.y, card.width, card.height)
                    if key != card.zone_key:
                        card.zone_key = key

    def delete_cards(self, ids: Sequence[int]) -> None:
        """Delete cards; the links touching them go with them (the file's cascades)."""
        with self._writing() as s:
            table.delete_rows(s, Card, ids)

    # -- links ----------------------------------------------------------------------
    def add_links(self, sheet_id: int, rows: Sequence[LinkValues]) -> list[int]:
        with self._writing() as s:
            return table.insert_rows(s, Link, [dict(r, worksheet_id=sheet_id) for r in rows])

    def update_links(self, changes: Mapping[int, LinkValues]) -> None:
        with self._writing() as s:
            table.update_rows(s, Link, changes)

    def delete_links(self, ids: Sequence[int]) -> None:
        with self._writing() as s:
            table.delete_rows(s, Link, ids)
