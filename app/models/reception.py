"""What the phones in the room sent, by the id each phone gave its item."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ReceivedItem(Base):
    """One item a phone sent (a note, a dot, an edit …) under the id the phone made for it.

    Written in the same transaction as what the item made, so a phone that resends after
    a lost answer is told what the first one made, and every item lands exactly once.
    Not the user's work: never logged, never undone.
    """

    __tablename__ = "received_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    #: The phone's own id (kept on the phone), so it can find its notes again.
    device: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    #: The row the item made or changed (a note's id, a vote's id …), if any.
    row_id: Mapped[int | None] = mapped_column(default=None)
    received_at: Mapped[datetime] = mapped_column(default=datetime.now)
