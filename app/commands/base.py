"""The shape most edits share: values before and after, applied one way or the other."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

V = TypeVar("V")


class ValueChange(QUndoCommand, Generic[V]):
    """Keeps ``old`` and ``new``; redo applies ``new``, undo applies ``old``.

    Subclasses validate and read the current state in their constructor (so bad input
    never reaches the undo stack) and say how to apply a set of values.

    Changes made in one typing *burst* (``burst``, from a box that saves as you type)
    merge into one undo step, as long as they change the same fields of the same thing.
    """

    _BURST_ID = 1  # Qt merges only commands of one id; -1 (the default) never merges

    def __init__(self, text: str, new: V, old: V, burst: int | None = None) -> None:
        super().__init__(text)
        self._new = new
        self._old = old
        self.burst = burst

    def target(self) -> object:
        """What the change is made to; only changes to one target merge."""
        return None

    def id(self) -> int:
        return -1 if self.burst is None else self._BURST_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (
            type(other) is not type(self)
            or other.isObsolete()  # its write failed: nothing of it is in the file
            or self.burst is None
            or other.burst != self.burst  # type: ignore[attr-defined]
            or other.target() != self.target()  # type: ignore[attr-defined]
            or _keys(other._new) != _keys(self._new)  # type: ignore[attr-defined]
        ):
            return False
        self._new = other._new  # type: ignore[attr-defined]
        self.setObsolete(self.is_noop())  # typed back to what it was: no step at all
        return True

    def is_noop(self) -> bool:
        return self._new == self._old

    def apply(self, values: V) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.apply(self._new)

    def undo(self) -> None:
        self.apply(self._old)


def _keys(values: object) -> object:
    return frozenset(values) if isinstance(values, dict) else None
