"""The worksheet half of the document: sheets, zones, cards and links.

Mixed into :class:`app.document.WorkshopDocument`, which declares the signals. Every
method is one transaction followed by one signal, as everywhere in the document. A card's
zone is recomputed from the sheet's geometry whenever its position or the zones change, so
what is stored always matches what is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from app.models import Link, Placement, Worksheet, WorksheetZone
from app.paths import resource_path
from app.store import rows as table
from app.store import worksheets as store
from app.worksheets.sheet import ZoneShape, zone_for_card, zone_shapes
from app.worksheets.template import Template, load_templates

_GEOMETRY = {"x", "y", "width", "height"}


@dataclass
class RemovedSheet:
    sheet: dict[str, object]
    zones: list[dict[str, object]] = field(default_factory=list)
    placements: list[dict[str, object]] = field(default_factory=list)
    links: list[dict[str, object]] = field(default_factory=list)


class WorksheetEditing:
    # provided by WorkshopDocument
    file: object

    @cached_property
    def templates(self) -> dict[str, Template]:
        return load_templates(resource_path("templates"))

    # -- reading ------------------------------------------------------------------
    def worksheets(self) -> list[Worksheet]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.worksheets(s)

    def worksheet(self, sheet_id: int) -> Worksheet:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return s.get_one(Worksheet, sheet_id)

    def template_of(self, sheet_id: int) -> Template:
        return self.templates[self.worksheet(sheet_id).template_id]

    def zones(self, sheet_id: int) -> list[WorksheetZone]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.zones(s, sheet_id)

    def zone_shapes(self, sheet_id: int) -> list[ZoneShape]:
        return zone_shapes(self.template_of(sheet_id), [z.key for z in self.zones(sheet_id)])

    def placements(self, sheet_id: int) -> list[Placement]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.placements(s, sheet_id)

    def placement(self, placement_id: int) -> Placement:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return s.get_one(Placement, placement_id)

    def links(self, sheet_id: int) -> list[Link]:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return store.links(s, sheet_id)

    def link(self, link_id: int) -> Link:
        with self.file.read_session() as s:  # type: ignore[attr-defined]
            return s.get_one(Link, link_id)

    # -- sheets ---------------------------------------------------------------------
    def add_worksheet(self, template_id: str, lang: str = "ja") -> int:
        with self._writing() as s:  # type: ignore[attr-defined]
            sheet_id = store.create_worksheet(s, self.templates[template_id], lang).id
        self.worksheet_added.emit(sheet_id)  # type: ignore[attr-defined]
        return sheet_id

    def remove_worksheet(self, sheet_id: int) -> RemovedSheet:
        with self._writing() as s:  # type: ignore[attr-defined]
            sheet = s.get_one(Worksheet, sheet_id)
            removed = RemovedSheet(
                sheet=sheet.column_values(),
                zones=[z.column_values() for z in store.zones(s, sheet_id)],
                placements=[p.column_values() for p in store.placements(s, sheet_id)],
                links=[link.column_values() for link in store.links(s, sheet_id)],
            )
            s.delete(sheet)
        self.worksheet_removed.emit(sheet_id)  # type: ignore[attr-defined]
        return removed

    def restore_worksheet(self, removed: RemovedSheet) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.insert_rows(s, Worksheet, [removed.sheet])
            table.insert_rows(s, WorksheetZone, removed.zones)
            table.insert_rows(s, Placement, removed.placements)
            table.insert_rows(s, Link, removed.links)
        self.worksheet_added.emit(removed.sheet["id"])  # type: ignore[attr-defined]

    def update_worksheet(self, sheet_id: int, changes: Mapping[str, object]) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, Worksheet, {sheet_id: changes})
        self.worksheet_changed.emit(sheet_id)  # type: ignore[attr-defined]

    # -- zones ----------------------------------------------------------------------
    def update_zones(self, sheet_id: int, changes: Mapping[int, Mapping[str, object]]) -> None:
        """Change zones' wording, colour or order; cards follow when the layout moves."""
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, WorksheetZone, changes)
            moved = self._rezone(s, sheet_id)
        self.zones_changed.emit(sheet_id)  # type: ignore[attr-defined]
        if moved:
            self.placements_changed.emit(sheet_id, moved)  # type: ignore[attr-defined]

    def add_zone(self, sheet_id: int, row: Mapping[str, object]) -> int:
        with self._writing() as s:  # type: ignore[attr-defined]
            zone_id = table.insert_rows(s, WorksheetZone, [dict(row, worksheet_id=sheet_id)])[0]
            moved = self._rezone(s, sheet_id)
        self.zones_changed.emit(sheet_id)  # type: ignore[attr-defined]
        if moved:
            self.placements_changed.emit(sheet_id, moved)  # type: ignore[attr-defined]
        return zone_id

    def delete_zone(self, sheet_id: int, zone_id: int) -> dict[str, object]:
        with self._writing() as s:  # type: ignore[attr-defined]
            zone = s.get_one(WorksheetZone, zone_id)
            row = zone.column_values()
            s.delete(zone)
            s.flush()
            moved = self._rezone(s, sheet_id)
        self.zones_changed.emit(sheet_id)  # type: ignore[attr-defined]
        if moved:
            self.placements_changed.emit(sheet_id, moved)  # type: ignore[attr-defined]
        return row

    def _rezone(self, s, sheet_id: int) -> list[int]:  # type: ignore[no-untyped-def]
        template = self.templates[s.get_one(Worksheet, sheet_id).template_id]
        shapes = zone_shapes(template, [z.key for z in store.zones(s, sheet_id)])
        moved = []
        for card in store.placements(s, sheet_id):
            key = zone_for_card(shapes, card.x, card.y, card.width, card.height)
            if key != card.zone_key:
                card.zone_key = key
                moved.append(card.id)
        s.flush()
        return moved

    # -- cards ----------------------------------------------------------------------
    def place(self, sheet_id: int, rows: Sequence[Mapping[str, object]]) -> list[int]:
        """Put cards on a sheet (new, or restored with their ids); their zones are computed."""
        shapes = self.zone_shapes(sheet_id)
        prepared = []
        for row in rows:
            row = dict(row, worksheet_id=sheet_id)
            row["zone_key"] = zone_for_card(shapes, row["x"], row["y"], row["width"], row["height"])  # type: ignore[arg-type]
            prepared.append(row)
        with self._writing() as s:  # type: ignore[attr-defined]
            ids = table.insert_rows(s, Placement, prepared)
        self.placements_added.emit(sheet_id, ids)  # type: ignore[attr-defined]
        return ids

    def update_placements(self, sheet_id: int, changes: Mapping[int, Mapping[str, object]]) -> None:
        """Move, resize or recolour cards; a card whose geometry changed gets its zone again."""
        shapes = self.zone_shapes(sheet_id)
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, Placement, changes)
            for card_id, values in changes.items():
                if _GEOMETRY & set(values):
                    card = s.get_one(Placement, card_id)
                    card.zone_key = zone_for_card(shapes, card.x, card.y, card.width, card.height)
        self.placements_changed.emit(sheet_id, list(changes))  # type: ignore[attr-defined]

    def delete_placements(self, sheet_id: int, ids: Sequence[int]) -> tuple[list[dict], list[dict]]:
        with self._writing() as s:  # type: ignore[attr-defined]
            rows, link_rows = store.delete_placements(s, ids)
        if link_rows:
            self.links_removed.emit(sheet_id, [r["id"] for r in link_rows])  # type: ignore[attr-defined]
        self.placements_removed.emit(sheet_id, list(ids))  # type: ignore[attr-defined]
        return rows, link_rows

    def restore_placements(
        self,
        sheet_id: int,
        rows: Sequence[Mapping[str, object]],
        link_rows: Sequence[Mapping[str, object]] = (),
    ) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.insert_rows(s, Placement, rows)
            table.insert_rows(s, Link, link_rows)
        self.placements_added.emit(sheet_id, [r["id"] for r in rows])  # type: ignore[attr-defined]
        if link_rows:
            self.links_added.emit(sheet_id, [r["id"] for r in link_rows])  # type: ignore[attr-defined]

    # -- links ----------------------------------------------------------------------
    def add_links(self, sheet_id: int, rows: Sequence[Mapping[str, object]]) -> list[int]:
        with self._writing() as s:  # type: ignore[attr-defined]
            ids = table.insert_rows(s, Link, [dict(r, worksheet_id=sheet_id) for r in rows])
        self.links_added.emit(sheet_id, ids)  # type: ignore[attr-defined]
        return ids

    def update_links(self, sheet_id: int, changes: Mapping[int, Mapping[str, object]]) -> None:
        with self._writing() as s:  # type: ignore[attr-defined]
            table.update_rows(s, Link, changes)
        self.links_changed.emit(sheet_id, list(changes))  # type: ignore[attr-defined]

    def delete_links(self, sheet_id: int, ids: Sequence[int]) -> list[dict]:
        with self._writing() as s:  # type: ignore[attr-defined]
            rows = [s.get_one(Link, i).column_values() for i in ids]
            for i in ids:
                s.delete(s.get_one(Link, i))
        self.links_removed.emit(sheet_id, list(ids))  # type: ignore[attr-defined]
        return rows
