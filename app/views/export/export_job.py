"""Laying out a PDF off the GUI thread, so the window stays live and edits go on.

The work reads the file through its own read-only connection (``WorkshopFile.read_session``),
which never holds the lock an edit needs. Progress comes back as a signal; cancelling makes
the next progress step stop the work, and nothing is written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QThread, Signal

from app import memory
from app.export.pages import Progress

T = TypeVar("T")


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


class ExportJob(QThread, Generic[T]):
    progressed = Signal(float)

    def __init__(self, work: Callable[[Progress], T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        # A full garbage collection stops every thread, the window's too (app/memory.py):
        # none runs while the export does; it makes little cyclic garbage.
        with memory.no_collection():
            try:
                self.result = self._work(self._step)
            except BaseException as error:  # handed to the GUI thread, which raises it
                self.error = error

    def _step(self, fraction: float) -> None:
        if self._cancel.is_set():
            raise ExportCancelled
        self.progressed.emit(fraction)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def outcome(self) -> T:
        """Start, keep the GUI's events flowing until the work ends, then return its result
        (or raise what it raised)."""
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.start()
        if not self.isFinished():
            loop.exec()
        self.wait()
        if self.error is not None:
            raise self.error
        if self._cancel.is_set():
            raise ExportCancelled
        return self.result  # type: ignore[return-value]
