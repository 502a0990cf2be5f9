"""Stored photo bytes as pixmaps, turned as the user turned them; thumbnails kept once made."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap, QTransform

from app.document import WorkshopDocument
from app.models import Photo


def pixmap(data: bytes, rotation: int = 0) -> QPixmap:
    image = QImage.fromData(data)
    if rotation:
        image = image.transformed(QTransform().rotate(rotation))
    return QPixmap.fromImage(image)


class Thumbnails:
    """Each photo's thumbnail read from the file the first time it is shown, then kept (a
    quarter turn makes it again)."""

    def __init__(self, document: WorkshopDocument) -> None:
        self._document = document
        self._made: dict[tuple[int, int], QPixmap] = {}

    def of(self, photo: Photo) -> QPixmap:
        return self.turned(photo.id, photo.rotation)

    def turned(self, photo_id: int, rotation: int) -> QPixmap:
        key = (photo_id, rotation)
        if key not in self._made:
            self._made[key] = pixmap(self._document.photos.thumbnail(photo_id), rotation)
        return self._made[key]
