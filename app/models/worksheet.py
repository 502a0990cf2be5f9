"""Worksheets in a workshop: template instances, their zones, placed cards and links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Worksheet(Base):
    """One sheet made from a template; its labels and texts are the workshop's own."""

    __tablename__ = "worksheet"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    caption: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    #: 運動の樽: the upper hoop's shared aim (規範的統合), the lower hoop, the story.
    aim: Mapped[str] = mapped_column(Text, default="")
    lower_hoop: Mapped[str] = mapped_column(Text, default="")
    story: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class WorksheetZone(Base):
    """A zone of a sheet (a band, a grid cell, a stave) with the workshop's own wording.

    The polygon comes from the template by ``key``; on the barrel it is computed from the
    staves' ``sort_order``.
    """

    __tablename__ = "worksheet_zone"
    __table_args__ = (UniqueConstraint("worksheet_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    worksheet_id: Mapped[int] = mapped_column(
        ForeignKey("worksheet.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    hint: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7))
    sort_order: Mapped[int] = mapped_column(default=0)
    #: On the barrel: the stave's purpose (なんのために).
    purpose: Mapped[str] = mapped_column(Text, default="")


class Card(Base):
    """A resource placed on a sheet as a card. Position and size in page millimetres."""

    __tablename__ = "card"

    id: Mapped[int] = mapped_column(primary_key=True)
    worksheet_id: Mapped[int] = mapped_column(
        ForeignKey("worksheet.id", ondelete="CASCADE"), index=True
    )
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), index=True
    )
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    #: The zone under the card's centre when it was dropped; None outside every zone.
    zone_key: Mapped[str | None] = mapped_column(String(40))
    #: A colour chosen for this card; None shows the kind's colour.
    colour: Mapped[str | None] = mapped_column(String(7))
    z: Mapped[int] = mapped_column(default=0)
    #: Written face-down: the room sees a blank back until the facilitator reveals it.
    face_down: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: Who put the card up; None when unknown.
    author_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))


class Link(Base):
    """An arrow from one card to another; on the barrel the label says who carries it."""

    __tablename__ = "link"

    id: Mapped[int] = mapped_column(primary_key=True)
    worksheet_id: Mapped[int] = mapped_column(
        ForeignKey("worksheet.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(Text, default="", info={"max_chars": 200})
    #: The label's centre where the facilitator dragged it (mm); None: placed by the app.
    label_x: Mapped[float | None] = mapped_column(Float)
    label_y: Mapped[float | None] = mapped_column(Float)
