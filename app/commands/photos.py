"""Undoable photos: attaching a batch (one step however many), a caption or a quarter turn,
deleting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded
from app.commands.resources import AddResource
from app.document import WorkshopDocument
from app.models import OwnerKind, PhotoOwner
from app.models.values import PhotoValues
from app.store.photos import clean_caption

if TYPE_CHECKING:  # Pillow is loaded when a photo comes in
    from app.photos.intake import PreparedPhoto


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
        self._changes: PhotoValues = {}
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


@dataclass(frozen=True)
class PhotoChoice:
    """What the resource dialog did to the resource's photo: a new one, or none."""

    new: PreparedPhoto | None = None


def with_photo(
    document: WorkshopDocument, change: Recorded, resource_id: int | None, photo: PhotoChoice | None
) -> Recorded:
    """``change`` (adding or editing a resource) as it is, or, when the dialog chose a photo
    or took it away, together with that, as one step."""
    return change if photo is None else ResourcePhoto(document, change, resource_id, photo)


class ResourcePhoto(Recorded):
    """A resource added or edited, and its one photo set or removed: one undo step."""

    def __init__(
        self,
        document: WorkshopDocument,
        change: Recorded,
        resource_id: int | None,
        photo: PhotoChoice,
    ) -> None:
        super().__init__(change.text(), document)
        self._change = change
        self._id = resource_id
        self._photo = photo

    def perform(self) -> None:
        self._change.perform()
        resource_id = self._id
        if isinstance(self._change, AddResource):
            resource_id = self._change.resource_id
        assert resource_id is not None
        owner = PhotoOwner(OwnerKind.RESOURCE, resource_id)
        old = [p.id for p in self.document.photos.of(owner)]
        if old:
            self.document.photos.delete(old)
        if self._photo.new is not None:
            self.document.photos.add(owner, [self._photo.new], [self._photo.new.caption])
        self._photo = PhotoChoice()  # stored now: undo and redo replay the file
