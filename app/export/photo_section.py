"""Photos in the report: each scaled to the page (two fit on an A4 page), turned as the
user turned it, its caption under it."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PIL import Image as PillowImage
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer
from sqlalchemy.orm import Session

from app.export.styles import para
from app.export.words import word
from app.models import Photo, PhotoOwner
from app.photos.intake import within
from app.store import photos as store

#: The long edge of a photo as printed: about 220 dpi across the A4 frame.
PRINT_EDGE = 1500
#: The A4 frame's width, and the height that lets two photos share a page.
WIDEST = 174 * mm
TALLEST = 105 * mm


def photo_flowables(db: Session, owner: PhotoOwner, lang: str) -> list[Flowable]:
    """A 写真 heading and the owner's photos; nothing when it has none."""
    photos = store.photos(db, owner)
    if not photos:
        return []
    story: list[Flowable] = [para(f"{word('photos', lang)}（{len(photos)}）", "h2")]
    for photo in photos:
        story.append(KeepTogether(_one(db, photo)))
    return story


def _one(db: Session, photo: Photo) -> list[Flowable]:
    path, (width, height) = _print_copy(db, photo)
    scale = min(WIDEST / width, TALLEST / height)
    picture = Image(str(path), width=width * scale, height=height * scale)
    picture.hAlign = "CENTER"
    picture.alt = photo.caption  # type: ignore[attr-defined]  # the Figure's text alternative
    parts: list[Flowable] = [Spacer(1, 2 * mm), picture]
    if photo.caption:
        parts.append(para(photo.caption, "caption"))
    parts.append(Spacer(1, 3 * mm))
    return parts


def _print_copy(db: Session, photo: Photo) -> tuple[Path, tuple[int, int]]:
    """The photo as printed: turned, at most :data:`PRINT_EDGE` pixels (about 220 dpi
    across the page), in a file, so reportlab embeds the JPEG as it is instead of decoding it
    (from memory it would decode every photo, on each of its two passes). Made once per photo
    and process, kept in a folder removed when the app ends."""
    key = (photo.id, photo.rotation, photo.size)
    if key not in _copies:
        with PillowImage.open(io.BytesIO(store.image(db, photo.id))) as picture:
            if picture.format == "JPEG":  # decoded at half size when that is enough
                picture.draft("RGB", within(picture.size, PRINT_EDGE))
            picture.load()
            picture.thumbnail((PRINT_EDGE, PRINT_EDGE), PillowImage.Resampling.BICUBIC)
            turned = picture.rotate(-photo.rotation, expand=True) if photo.rotation else picture
            path = _folder() / f"{len(_copies)}.{'png' if photo.format == 'png' else 'jpg'}"
            if photo.format == "png":
                turned.save(path, "PNG")
            else:
                turned.convert("RGB").save(path, "JPEG", quality=85)
            _copies[key] = (path, turned.size)
    return _copies[key]


_copies: dict[tuple[int, int, int], tuple[Path, tuple[int, int]]] = {}
_folders: list[tempfile.TemporaryDirectory] = []


def _folder() -> Path:
    if not _folders:
        _folders.append(tempfile.TemporaryDirectory(prefix="wagamachi-print-"))
    return Path(_folders[0].name)
