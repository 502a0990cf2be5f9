"""The shape most edits share: values before and after, applied one way or the other."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

V = TypeVar("V")


class ValueChange(QUndoCommand, Generic[V]):
    """Keeps ``old`` and ``new``; redo applies ``new``, undo applies ``old``.

    Subclasses validate and read the current state in their constructor (so bad input
    never reaches the undo stack) and say how to apply a set of values.
    """

    def __init__(self, text: str, new: V, old: V) -> None:
        super().__init__(text)
        self._new = new
        self._old = old

    def is_noop(self) -> bool:
        return self._new == self._old

    def apply(self, values: V) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.apply(self._new)

    def undo(self) -> None:
        self.apply(self._old)
