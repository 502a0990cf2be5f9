"""The catalogue of resource kinds (通いの場, サービスC, 社協 …), stored in every file.

Kinds are copied from ``resources/catalogue/`` into each workshop file so that a
file is complete on its own: it opens the same on a machine with another
version of the catalogue, and IT staff can read kind names with any SQLite tool.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class KindGroup(Base):
    __tablename__ = "kind_group"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_ja: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(default=0)

    def display_name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_ja


class ResourceKind(Base):
    __tablename__ = "resource_kind"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("kind_group.id"))
    name_ja: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    #: Card colour, ``#rrggbb``.
    colour: Mapped[str] = mapped_column(String(7))
    #: A one- to three-character mark drawn on cards (e.g. 「通C」).
    mark: Mapped[str] = mapped_column(String(8), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    #: False for kinds a municipality added itself.
    builtin: Mapped[bool] = mapped_column(default=True)

    def display_name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_ja
