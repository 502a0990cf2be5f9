"""取り込み as one undoable change: the planned new resources added and, if the user chose,
the existing ones updated with the file's values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded
from app.document import WorkshopDocument
from app.importing.plan import NEW, UPDATE, RowPlan
from app.models.values import ParticipantValues, ResourceValues


class ImportResources(Recorded):
    """New resources, updates of existing ones, and the kinds the file names that the
    catalogue lacks (when the user chose to add them): one change, one undo step."""

    def __init__(self, document: WorkshopDocument, plans: Sequence[RowPlan]) -> None:
        self._new = [
            (document.clean_resource(p.values), p.new_kind) for p in plans if p.outcome == NEW
        ]
        self._updates = {
            p.existing_id: (document.clean_resource(p.values), p.new_kind)
            for p in plans
            if p.outcome == UPDATE and p.existing_id is not None
        }
        self._kinds = [k for k, _ in self._rows_and_kinds() if k]
        text = QCoreApplication.translate("Commands", "Import %1 resource(s)")
        super().__init__(text.replace("%1", str(len(self._new) + len(self._updates))), document)
        self.added: list[int] = []

    def _rows_and_kinds(self) -> list[tuple[str, ResourceValues]]:
        return [(k, v) for v, k in (*self._new, *self._updates.values())]

    def is_noop(self) -> bool:
        return not self._new and not self._updates

    def perform(self) -> None:
        kind_ids = self.document.add_kinds(self._kinds) if self._kinds else {}

        def with_kind(values: ResourceValues, new_kind: str) -> ResourceValues:
            return {**values, "kind_id": kind_ids[new_kind]} if new_kind else values

        rows = [with_kind(v, k) for v, k in self._new]
        self.added = self.document.add_resources(rows) if rows else []
        for resource_id, (values, new_kind) in self._updates.items():
            self.document.update_resource(resource_id, with_kind(values, new_kind))


class ImportParticipants(Recorded):
    """People from a roster table, added after the roster's own: one undo step."""

    def __init__(self, document: WorkshopDocument, plans: Sequence[RowPlan]) -> None:
        order = len(document.roster.all())
        self._rows: list[ParticipantValues] = [
            cast(ParticipantValues, {**p.values, "sort_order": order + i})
            for i, p in enumerate(p for p in plans if p.outcome == NEW)
        ]
        text = QCoreApplication.translate("Commands", "Import %1 participant(s)")
        super().__init__(text.replace("%1", str(len(self._rows))), document)

    def is_noop(self) -> bool:
        return not self._rows

    def perform(self) -> None:
        self.document.roster.add(self._rows)
