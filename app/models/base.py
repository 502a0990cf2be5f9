"""Declarative base with a naming convention, so Alembic's batch mode can find constraints."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    def column_values(self) -> dict[str, object]:
        """All column values by attribute name: the state a command keeps for undo."""
        return {c.key: getattr(self, c.key) for c in self.__mapper__.column_attrs}


def stored_enum(cls: type[StrEnum]) -> Enum:
    """Stored as its plain value ("municipality"), readable with any SQLite tool."""
    return Enum(cls, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])
