"""What each card shows, from its resource: the name, the kind's colour and mark, the
status, and, when the facilitator switches them on, the resource's photo at the card's end
(which photo each resource shows is read in one query; thumbnails are made once, again after
a quarter turn)."""

from __future__ import annotations

from PySide6.QtGui import QPixmap

from app.document import WorkshopDocument
from app.models import Resource
from app.views.photos.pictures import Thumbnails
from app.views.worksheet.items import CardLook


class CardLooks:
    def __init__(self, document: WorkshopDocument) -> None:
        self._document = document
        self._photos: dict[int, tuple[int, int]] | None = None  # resource → (photo, turn)
        self._thumbnails = Thumbnails(document)

    @property
    def photos_on(self) -> bool:
        return self._photos is not None

    def switch_photos(self, on: bool) -> None:
        self._photos = self._document.photos.of_resources() if on else None

    def look(self, resource: Resource, colour: str | None, face_down: bool) -> CardLook:
        kind = self._document.kind(resource.kind_id)
        key = self._photos.get(resource.id) if self._photos is not None else None
        return CardLook(
            name=resource.name,
            kind_colour=kind.colour if kind else "#888888",
            mark=kind.mark if kind else "",
            status=resource.status,
            colour=colour,
            memo=resource.memo,
            face_down=face_down,
            photo_key=key,
            photo=self._pixmap(key),
        )

    def _pixmap(self, key: tuple[int, int] | None) -> QPixmap | None:
        return self._thumbnails.turned(*key) if key is not None else None
