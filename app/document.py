"""The open workshop as a QObject.

Each mutating method writes one short transaction, commits, and then emits a
past-tense signal; views mirror the document through those signals. Commands
(``app/commands``) are the only callers of the mutating methods.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.board_editing import BoardEditing
from app.models import KindGroup, Resource, ResourceKind, Workshop
from app.models.rules import validate_profile, validate_resource
from app.store import repository
from app.store.repository import RemovedResources
from app.store.workshop_file import ReadOnlyReason, WorkshopFile
from app.timeline_editing import TimelineEditing
from app.worksheet_editing import WorksheetEditing


class ReadOnlyDocument(RuntimeError):
    """A write was attempted on a document opened read-only."""


class WorkshopDocument(QObject, WorksheetEditing, BoardEditing, TimelineEditing):
    profile_changed = Signal()
    resources_added = Signal(list)  # ids
    resource_changed = Signal(int)
    resources_removed = Signal(list)  # ids
    worksheet_added = Signal(int)
    worksheet_changed = Signal(int)  # title, caption, aim, story
    worksheet_removed = Signal(int)
    zones_changed = Signal(int)  # sheet id
    placements_added = Signal(int, list)  # sheet id, card ids
    placements_changed = Signal(int, list)
    placements_removed = Signal(int, list)
    links_added = Signal(int, list)  # sheet id, link ids
    links_changed = Signal(int, list)
    links_removed = Signal(int, list)
    participants_added = Signal(list)  # ids
    participants_changed = Signal(list)
    participants_removed = Signal(list)
    board_added = Signal(int)
    board_changed = Signal(int)  # title
    board_removed = Signal(int)
    board_columns_changed = Signal(int)  # board id
    notes_added = Signal(int, list)  # board id, note ids
    notes_changed = Signal(int, list)
    notes_removed = Signal(int, list)
    clusters_changed = Signal(int)  # board id
    rounds_changed = Signal(int)  # board id: a round started, changed, closed or revealed
    votes_changed = Signal(int)  # round id
    meetings_changed = Signal(list)  # ids of sessions added or edited
    meetings_removed = Signal(list)
    meeting_content_changed = Signal(int, str)  # session id, table ("agenda_item", …)

    def __init__(self, workshop_file: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = workshop_file
        with self.file.read_session() as session:
            self._groups = repository.kind_groups(session)
            self._kinds = {k.id: k for k in repository.kinds(session)}

    # -- the file ---------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only_reason(self) -> ReadOnlyReason | None:
        return self.file.read_only_reason

    def close(self) -> None:
        self.file.close()

    def _writing(self):  # type: ignore[no-untyped-def]
        if self.file.read_only:
            raise ReadOnlyDocument(str(self.path))
        return self.file.session()

    # -- reading ----------------------------------------------------------------
    def workshop(self) -> Workshop:
        with self.file.read_session() as session:
            return repository.workshop(session)

    def kind_groups(self) -> list[KindGroup]:
        return list(self._groups)

    def kinds(self) -> list[ResourceKind]:
        return list(self._kinds.values())

    def kind(self, kind_id: str) -> ResourceKind | None:
        return self._kinds.get(kind_id)

    def resources(self) -> list[Resource]:
        with self.file.read_session() as session:
            return repository.resources(session)

    def resource(self, resource_id: int) -> Resource:
        with self.file.read_session() as session:
            return session.get_one(Resource, resource_id)

    def area_names(self) -> list[str]:
        with self.file.read_session() as session:
            return repository.area_names(session)

    # -- validation without writing (commands check before they are pushed) -----
    def clean_profile(self, changes: Mapping[str, object]) -> dict[str, object]:
        return validate_profile(changes)

    def clean_resource(self, values: Mapping[str, object]) -> dict[str, object]:
        return validate_resource(values, set(self._kinds))

    # -- writing ----------------------------------------------------------------
    def update_profile(self, changes: Mapping[str, object]) -> None:
        with self._writing() as session:
            repository.update_profile(session, changes)
        self.profile_changed.emit()

    def add_resource(self, values: Mapping[str, object]) -> int:
        return self.add_resources([values])[0]

    def add_resources(self, rows: Sequence[Mapping[str, object]]) -> list[int]:
        """Several resources in one transaction (lines typed or pasted in quick add)."""
        with self._writing() as session:
            ids = [repository.insert_resource(session, values).id for values in rows]
        self.resources_added.emit(ids)
        return ids

    def restore_resources(self, removed: RemovedResources) -> None:
        """Put back resources removed earlier, with their ids, cards and links."""
        with self._writing() as session:
            ids = repository.restore_resources(session, removed)
        self.resources_added.emit(ids)
        self._announce_cards(removed, self.placements_added, self.links_added)

    def update_resource(self, resource_id: int, changes: Mapping[str, object]) -> None:
        with self._writing() as session:
            repository.update_resource(session, resource_id, changes)
        self.resource_changed.emit(resource_id)

    def delete_resources(self, ids: Sequence[int]) -> RemovedResources:
        """Delete resources, with their cards on every sheet and those cards' links."""
        with self._writing() as session:
            removed = repository.delete_resources(session, ids)
        self._announce_cards(removed, self.placements_removed, self.links_removed)
        self.resources_removed.emit(list(ids))
        return removed

    @staticmethod
    def _announce_cards(removed: RemovedResources, cards: Signal, links: Signal) -> None:
        by_sheet: dict[int, list[int]] = {}
        for row in removed.placements:
            by_sheet.setdefault(int(row["worksheet_id"]), []).append(int(row["id"]))
        links_by_sheet: dict[int, list[int]] = {}
        for row in removed.links:
            links_by_sheet.setdefault(int(row["worksheet_id"]), []).append(int(row["id"]))
        for sheet_id, ids in links_by_sheet.items():
            links.emit(sheet_id, ids)  # type: ignore[attr-defined]
        for sheet_id, ids in by_sheet.items():
            cards.emit(sheet_id, ids)  # type: ignore[attr-defined]
