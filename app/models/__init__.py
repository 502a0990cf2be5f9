"""SQLAlchemy models of a workshop file and the domain rules that go with them. No Qt here."""

from app.models.base import Base
from app.models.catalogue import KindGroup, ResourceKind
from app.models.resource import Resource, ResourceStatus
from app.models.workshop import Workshop

__all__ = ["Base", "KindGroup", "Resource", "ResourceKind", "ResourceStatus", "Workshop"]
