"""The file's stamp: which write-ahead log belongs to it (see ``app/store/leftover_wal.py``)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class FileStamp(Base):
    __tablename__ = "file_stamp"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    base: Mapped[str] = mapped_column(String(32), default="", server_default="")
    current: Mapped[str] = mapped_column(String(32), default="", server_default="")
