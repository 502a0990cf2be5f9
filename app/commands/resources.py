"""Adding, editing and deleting local resources (地域資源)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded, ValueChange
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.models.values import ResourceValues, present


class AddResource(Recorded):
    def __init__(self, document: WorkshopDocument, values: Mapping[str, object]) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Add resource “%1”").replace(
                "%1", str(values.get("name", ""))
            ),
            document,
        )
        self._values = document.clean_resource(values)
        if not self._values.get("name"):
            raise ValidationError("empty_name", "name")
        self.resource_id: int | None = None

    def perform(self) -> None:
        self.resource_id = self.document.add_resource(self._values)


class EditResource(ValueChange[ResourceValues]):
    def __init__(
        self, document: WorkshopDocument, resource_id: int, changes: Mapping[str, object]
    ) -> None:
        new = document.clean_resource(changes)
        old = present(document.resource(resource_id), new)
        super().__init__(QCoreApplication.translate("Commands", "Edit resource"), new, old)
        self._document = document
        self._id = resource_id

    def apply(self, values: ResourceValues) -> None:
        self._document.update_resource(self._id, values)


class DeleteResources(Recorded):
    """Resources with their cards on every sheet and those cards' links."""

    def __init__(self, document: WorkshopDocument, ids: Sequence[int]) -> None:
        text = QCoreApplication.translate("Commands", "Delete %1 resource(s)")
        super().__init__(text.replace("%1", str(len(ids))), document)
        self._ids = list(ids)

    def perform(self) -> None:
        self.document.delete_resources(self._ids)
