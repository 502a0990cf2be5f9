"""Photos made ready off the window's thread: two at a time (Pillow lets go of Python while
it decodes, scales and encodes), a signal for each one done, a signal when all are."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.messages import photo_refusal
from app.photos.intake import PhotoRefused, PreparedPhoto, prepare, prepare_file

WORKERS = 2


@dataclass(frozen=True)
class Source:
    """A photo to add: a file, or bytes from the clipboard with a name to show."""

    name: str
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class Outcome:
    ready: list[tuple[Source, PreparedPhoto]]
    refused: list[tuple[Source, str]]  # the source and why, in Japanese


class PhotoIntake(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # Outcome

    def __init__(self, sources: list[Source], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources = sources
        self._cancel = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._run, name="photo-intake", daemon=True).start()

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self) -> None:
        results: list[PreparedPhoto | str | None] = [None] * len(self.sources)
        done = [0]
        counting = threading.Lock()

        def one(index: int) -> None:
            if self._cancel.is_set():
                return
            source = self.sources[index]
            try:
                if source.path is not None:
                    results[index] = prepare_file(source.path)
                else:
                    results[index] = prepare(source.data or b"", source.name)
            except PhotoRefused as refused:
                results[index] = photo_refusal(refused.code, refused.detail or source.name)
            except MemoryError:
                results[index] = photo_refusal("too_many_pixels", source.name)
            with counting:
                done[0] += 1
                self.progressed.emit(done[0], len(self.sources))

        with ThreadPoolExecutor(WORKERS) as pool:
            list(pool.map(one, range(len(self.sources))))
        if self._cancel.is_set():
            self.finished.emit(Outcome([], []))
            return
        ready = [
            (s, r)
            for s, r in zip(self.sources, results, strict=True)
            if isinstance(r, PreparedPhoto)
        ]
        refused = [(s, r) for s, r in zip(self.sources, results, strict=True) if isinstance(r, str)]
        self.finished.emit(Outcome(ready, refused))
