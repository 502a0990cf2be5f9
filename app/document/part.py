"""What every part of the document shares: the file to read, and the one way to write."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.store.workshop_file import WorkshopFile

if TYPE_CHECKING:
    from app.document.workshop_document import WorkshopDocument


class Part:
    """A thin builder of changes over ``app/store`` for one area of the workshop.

    Reads open their own read session; writes join the change being made, or make one
    (:meth:`WorkshopDocument.writing`), so the document records and announces them.
    """

    def __init__(self, document: WorkshopDocument) -> None:
        self._document = document

    @property
    def file(self) -> WorkshopFile:
        return self._document.file

    def _writing(self) -> AbstractContextManager[Session]:
        return self._document.writing()
