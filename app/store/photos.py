"""Reading and writing photos: rows for lists, pixels only when asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Photo, PhotoImage, PhotoOwner
from app.models.rules import ValidationError
from app.models.text_limits import limit
from app.models.values import PhotoValues

if TYPE_CHECKING:  # Pillow is loaded when a photo comes in
    from app.photos.intake import PreparedPhoto

ROTATIONS = (0, 90, 180, 270)


def photos(session: Session, owner: PhotoOwner) -> list[Photo]:
    column = getattr(Photo, owner.kind.column)
    query = select(Photo).where(column == owner.id).order_by(Photo.sort_order, Photo.id)
    return list(session.scalars(query))


def thumbnail(session: Session, photo_id: int) -> bytes:
    return session.scalars(select(PhotoImage.thumbnail).where(PhotoImage.id == photo_id)).one()


def image(session: Session, photo_id: int) -> bytes:
    return session.scalars(select(PhotoImage.image).where(PhotoImage.id == photo_id)).one()


def stored_bytes(session: Session) -> int:
    """What the photos in the file take, in bytes (images and thumbnails)."""
    query = select(func.sum(func.length(PhotoImage.image) + func.length(PhotoImage.thumbnail)))
    return int(session.scalar(query) or 0)


def add_photos(
    session: Session, owner: PhotoOwner, prepared: Sequence[PreparedPhoto], captions: Sequence[str]
) -> list[int]:
    """The photos after the owner's own, each with its caption."""
    last = session.scalar(
        select(func.max(Photo.sort_order)).where(getattr(Photo, owner.kind.column) == owner.id)
    )
    start = (last if last is not None else -1) + 1
    ids = []
    for n, (photo, caption) in enumerate(zip(prepared, captions, strict=True)):
        row = Photo(
            caption=clean_caption(caption),
            sort_order=start + n,
            width=photo.width,
            height=photo.height,
            format=photo.format,
            size=len(photo.image),
            **{owner.kind.column: owner.id},
        )
        session.add(row)
        session.flush()
        session.add(PhotoImage(id=row.id, thumbnail=photo.thumbnail, image=photo.image))
        ids.append(row.id)
    session.flush()
    return ids


def update_photo(session: Session, photo_id: int, changes: PhotoValues) -> None:
    row = session.get_one(Photo, photo_id)
    if "caption" in changes:
        row.caption = clean_caption(changes["caption"])
    if "rotation" in changes:
        rotation = changes["rotation"] % 360
        if rotation not in ROTATIONS:
            raise ValidationError("bad_rotation", "rotation", str(rotation))
        row.rotation = rotation
    session.flush()


def delete_photos(session: Session, ids: Sequence[int]) -> None:
    for photo_id in ids:
        row = session.get(Photo, photo_id)
        if row is not None:
            session.delete(row)
    session.flush()


def clean_caption(text: str) -> str:
    """A caption on one line, spaces run together; too long is refused, not cut."""
    caption = " ".join(text.split())
    if len(caption) > limit(Photo, "caption"):
        raise ValidationError("too_long", "caption", str(limit(Photo, "caption")))
    return caption


def resource_photos(session: Session) -> dict[int, tuple[int, int]]:
    """Each resource with a photo, and the photo its cards show (its first) with its turn."""
    query = (
        select(Photo.resource_id, Photo.id, Photo.rotation)
        .where(Photo.resource_id.is_not(None))
        .order_by(Photo.resource_id, Photo.sort_order.desc(), Photo.id.desc())
    )
    rows = session.execute(query)
    return {r: (p, turn) for r, p, turn in rows if r is not None}
