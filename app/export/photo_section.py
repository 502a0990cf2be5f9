"""Photos in the report: each scaled to the page (two fit on an A4 page), turned as the
user turned it, its caption under it."""

from __future__ import annotations

import io

from PIL import Image as PillowImage
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer
from sqlalchemy.orm import Session

from app.export.styles import para
from app.export.words import word
from app.models import Photo, PhotoOwner
from app.store import photos as store

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
    data = store.image(db, photo.id)
    width, height = photo.width, photo.height
    if photo.rotation:
        data, (width, height) = _turned(data, photo.rotation, photo.format)
    scale = min(WIDEST / width, TALLEST / height)
    picture = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    picture.hAlign = "CENTER"
    parts: list[Flowable] = [Spacer(1, 2 * mm), picture]
    if photo.caption:
        parts.append(para(photo.caption, "caption"))
    parts.append(Spacer(1, 3 * mm))
    return parts


def _turned(data: bytes, rotation: int, kind: str) -> tuple[bytes, tuple[int, int]]:
    with PillowImage.open(io.BytesIO(data)) as picture:
        turned = picture.rotate(-rotation, expand=True)
    out = io.BytesIO()
    if kind == "png":
        turned.save(out, "PNG")
    else:
        turned.save(out, "JPEG", quality=90)
    return out.getvalue(), turned.size
