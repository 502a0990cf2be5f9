"""Editing the municipality profile (概要)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.document import WorkshopDocument


class EditProfile(QUndoCommand):
    """Change profile fields. Raises ValidationError on construction for bad input."""

    def __init__(self, document: WorkshopDocument, changes: Mapping[str, object]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit overview"))
        self._document = document
        self._new = document.clean_profile(changes)
        current = document.workshop().profile()
        self._old = {key: current[key] for key in self._new}

    def is_noop(self) -> bool:
        return self._new == self._old

    def redo(self) -> None:
        self._document.update_profile(self._new)

    def undo(self) -> None:
        self._document.update_profile(self._old)
