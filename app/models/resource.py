"""Local resources (地域資源): the town's programmes, places, activities, people and organisations."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ResourceStatus(enum.StrEnum):
    """Whether a resource really works: the handbook's towns find items that exist on paper only."""

    ACTIVE = "active"
    NOT_FUNCTIONING = "not_functioning"
    PLANNED = "planned"
    SUSPENDED = "suspended"

    def label(self, lang: str = "ja") -> str:
        return _STATUS_LABELS[self][0 if lang != "en" else 1]


_STATUS_LABELS = {
    ResourceStatus.ACTIVE: ("稼働中", "Active"),
    ResourceStatus.NOT_FUNCTIONING: ("機能していない", "Not functioning"),
    ResourceStatus.PLANNED: ("計画中", "Planned"),
    ResourceStatus.SUSPENDED: ("休止", "Suspended"),
}


class Resource(Base):
    __tablename__ = "resource"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    #: ふりがな: the name's reading, for 50音順 (suggested from the name, changeable).
    furigana: Mapped[str] = mapped_column(String(200), default="", server_default="")
    kind_id: Mapped[str] = mapped_column(ForeignKey("resource_kind.id"), index=True)
    #: 運営主体: who runs it.
    operator: Mapped[str] = mapped_column(String(200), default="")
    #: 日常生活圏域 or district.
    area: Mapped[str] = mapped_column(String(100), default="")
    #: 対象者: who it serves.
    target: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ResourceStatus] = mapped_column(
        Enum(
            ResourceStatus,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=ResourceStatus.ACTIVE,
    )
    memo: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(default=datetime.now, onupdate=datetime.now)


#: Resource fields a user edits.
RESOURCE_FIELDS = ("name", "furigana", "kind_id", "operator", "area", "target", "status", "memo")
