"""The document's photos (``document.photos``): what a session, board, worksheet or resource
holds, read as rows for lists and as pixels only when shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.document.part import Part
from app.models import Photo, PhotoOwner
from app.models.values import PhotoValues
from app.store import photos as store

if TYPE_CHECKING:  # Pillow is loaded when a photo comes in
    from app.photos.intake import PreparedPhoto


class Photos(Part):
    def of(self, owner: PhotoOwner) -> list[Photo]:
        with self.file.read_session() as s:
            return store.photos(s, owner)

    def get(self, photo_id: int) -> Photo | None:
        with self.file.read_session() as s:
            return s.get(Photo, photo_id)

    def thumbnail(self, photo_id: int) -> bytes:
        with self.file.read_session() as s:
            return store.thumbnail(s, photo_id)

    def image(self, photo_id: int) -> bytes:
        with self.file.read_session() as s:
            return store.image(s, photo_id)

    def of_resources(self) -> dict[int, tuple[int, int]]:
        """Resource id → the photo its cards show, and its quarter turns."""
        with self.file.read_session() as s:
            return store.resource_photos(s)

    def stored_bytes(self) -> int:
        with self.file.read_session() as s:
            return store.stored_bytes(s)

    def add(
        self, owner: PhotoOwner, prepared: Sequence[PreparedPhoto], captions: Sequence[str]
    ) -> list[int]:
        with self._writing() as s:
            return store.add_photos(s, owner, prepared, captions)

    def update(self, photo_id: int, changes: PhotoValues) -> None:
        with self._writing() as s:
            store.update_photo(s, photo_id, changes)

    def delete(self, ids: Sequence[int]) -> None:
        with self._writing() as s:
            store.delete_photos(s, ids)
