"""Photos kept in the workshop file: the 模造紙 a table filled, a whiteboard, a graphic
recording, the 通いの場 a resource's card shows.

A photo belongs to exactly one thing: a session (its record), a board, a worksheet or a
resource. Its row (``photo``) holds what lists need; the pixels (``photo_image``: the stored
image and a thumbnail) are in their own table, read only when shown, so a file with many
photos opens as fast as one without.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class OwnerKind(enum.StrEnum):
    SESSION = "session"
    BOARD = "board"
    WORKSHEET = "worksheet"
    RESOURCE = "resource"

    @property
    def column(self) -> str:
        return f"{self.value}_id"


@dataclass(frozen=True)
class PhotoOwner:
    """What a photo belongs to: a kind of thing and its id."""

    kind: OwnerKind
    id: int


_ONE_OWNER = (
    "(session_id IS NOT NULL) + (board_id IS NOT NULL) + (worksheet_id IS NOT NULL)"
    " + (resource_id IS NOT NULL) = 1"
)


class Photo(Base):
    __tablename__ = "photo"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True, default=None
    )
    board_id: Mapped[int | None] = mapped_column(
        ForeignKey("board.id", ondelete="CASCADE"), index=True, default=None
    )
    worksheet_id: Mapped[int | None] = mapped_column(
        ForeignKey("worksheet.id", ondelete="CASCADE"), index=True, default=None
    )
    resource_id: Mapped[int | None] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), index=True, default=None
    )
    caption: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    #: The stored image's size in pixels, before ``rotation``.
    width: Mapped[int] = mapped_column(default=0)
    height: Mapped[int] = mapped_column(default=0)
    #: Quarter turns clockwise the user gave it in the viewer: 0, 90, 180 or 270.
    rotation: Mapped[int] = mapped_column(default=0)
    #: ``jpeg`` or ``png``: how the image is stored.
    format: Mapped[str] = mapped_column(String(8), default="jpeg")
    #: The stored image's size in bytes.
    size: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)

    @property
    def owner(self) -> PhotoOwner:
        for kind in OwnerKind:
            value = getattr(self, kind.column)
            if value is not None:
                return PhotoOwner(kind, value)
        raise ValueError("a photo without an owner")


class PhotoImage(Base):
    """A photo's pixels: the stored image (long edge at most 3,000 px, metadata stripped)
    and a thumbnail (long edge 320 px), both JPEG or PNG."""

    __tablename__ = "photo_image"

    id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    image: Mapped[bytes] = mapped_column(LargeBinary)
