"""Undoable photos: attaching a batch (one step however many), a caption or a quarter turn,
deleting."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded
from app.document import WorkshopDocument
from app.models import PhotoOwner
from app.photos.intake import PreparedPhoto
from app.store.photos import clean_caption


class AttachPhotos(Recorded):
    def __init__(
        self,
        document: WorkshopDocument,
        owner: PhotoOwner,
        prepared: Sequence[PreparedPhoto],
        captions: Sequence[str] | None = None,
    ) -> None:
        self._owner = owner
        self._prepared = list(prepared)
        given = list(captions) if captions is not None else [p.caption for p in self._prepared]
        self._captions = [clean_caption(c) for c in given]
        if len(self._captions) != len(self._prepared):
            raise ValueError("one caption per photo")
        text = QCoreApplication.translate("Commands", "Add %1 photo(s)")
        super().__init__(text.replace("%1", str(len(self._prepared))), document)
        self.added: list[int] = []

    def is_noop(self) -> bool:
        return not self._prepared

    def perform(self) -> None:
        self.added = self.document.photos.add(self._owner, self._prepared, self._captions)
        self._prepared = []  # stored now: undo and redo replay the file, not these bytes


class EditPhoto(Recorded):
    """A photo's caption, or its rotation (a quarter turn in the viewer)."""

    def __init__(
        self,
        document: WorkshopDocument,
        photo_id: int,
        caption: str | None = None,
        rotation: int | None = None,
    ) -> None:
        self._id = photo_id
        self._changes: dict[str, object] = {}
        if caption is not None:
            self._changes["caption"] = clean_caption(caption)
        if rotation is not None:
            self._changes["rotation"] = rotation % 360
        if rotation is not None:
            label = QCoreApplication.translate("Commands", "Rotate photo")
        else:
            label = QCoreApplication.translate("Commands", "Edit photo caption")
        super().__init__(label, document)

    def perform(self) -> None:
        self.document.photos.update(self._id, self._changes)


class DeletePhotos(Recorded):
    def __init__(self, document: WorkshopDocument, ids: Sequence[int]) -> None:
        self._ids = list(ids)
        text = QCoreApplication.translate("Commands", "Delete %1 photo(s)")
        super().__init__(text.replace("%1", str(len(self._ids))), document)

    def perform(self) -> None:
        self.document.photos.delete(self._ids)
