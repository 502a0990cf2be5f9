"""Editing the municipality profile (概要)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.commands.base import ValueChange
from app.document import WorkshopDocument


class EditProfile(ValueChange[dict[str, object]]):
    """Change profile fields. Raises ValidationError on construction for bad input."""

    def __init__(
        self,
        document: WorkshopDocument,
        changes: Mapping[str, object],
        burst: int | None = None,
    ) -> None:
        new = document.clean_profile(changes)
        current = document.workshop().profile()
        old = {key: current[key] for key in new}
        super().__init__(QCoreApplication.translate("Commands", "Edit overview"), new, old, burst)
        self._document = document

    def apply(self, values: dict[str, object]) -> None:
        self._document.update_profile(values)
