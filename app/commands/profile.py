"""Editing the municipality profile (概要)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.commands.base import ValueChange
from app.document import WorkshopDocument
from app.models.values import ProfileValues, present


class EditProfile(ValueChange[ProfileValues]):
    """Change profile fields. Raises ValidationError on construction for bad input."""

    def __init__(
        self,
        document: WorkshopDocument,
        changes: Mapping[str, object],
        burst: int | None = None,
    ) -> None:
        new = document.clean_profile(changes)
        old = present(document.workshop(), new)
        super().__init__(QCoreApplication.translate("Commands", "Edit overview"), new, old, burst)
        self._document = document

    def apply(self, values: ProfileValues) -> None:
        self._document.update_profile(values)
