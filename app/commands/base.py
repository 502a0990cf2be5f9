"""The two shapes of an edit: any gesture recorded as one change and replayed
(:class:`Recorded`), and the common case of fields set from one value to another
(:class:`ValueChange`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from app.store.change_log import Change

if TYPE_CHECKING:
    from app.document import WorkshopDocument

V = TypeVar("V")


class Recorded(QUndoCommand):
    """A gesture made of any writes, recorded as one change; undo and redo replay it.

    Subclasses check their input in the constructor (so bad input never reaches the undo
    stack) and say in :meth:`perform` what the gesture does, with the document's writing
    methods. Everything it writes, including what the file's cascades change, is one
    transaction and one undo step, and undo and redo restore the file exactly
    (``app/store/change_log.py``).
    """

    def __init__(self, text: str, document: WorkshopDocument | None = None) -> None:
        super().__init__(text)
        if document is not None:
            self._document = document
        self._done: Change | None = None  # what redo did last, to take back on undo
        self._undone: Change | None = None  # what undo did last, to take back on redo

    @property
    def document(self) -> WorkshopDocument:
        return self._document

    def perform(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._undone is None:
            self._done = self.document.record(self.perform)
        else:
            self._done = self.document.revert(self._undone)

    def undo(self) -> None:
        assert self._done is not None
        self._undone = self.document.revert(self._done)


class ValueChange(Recorded, Generic[V]):
    """Fields set from ``old`` to ``new``: the first redo applies ``new``.

    Subclasses validate and read the current state in their constructor, set
    ``self._document`` and say how to apply a set of values. Changes made in one typing
    *burst* (``burst``, from a box that saves as you type) merge into one undo step, as
    long as they change the same fields of the same thing.
    """

    _BURST_ID = 1  # Qt merges only commands of one id; -1 (the default) never merges

    def __init__(self, text: str, new: V, old: V, burst: int | None = None) -> None:
        super().__init__(text)
        self._new = new
        self._old = old
        self.burst = burst

    def is_noop(self) -> bool:
        return self._new == self._old

    def apply(self, values: V) -> None:
        raise NotImplementedError

    def perform(self) -> None:
        self.apply(self._new)

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
            or other.burst != self.burst
            or other.target() != self.target()
            or _keys(other._new) != _keys(self._new)
            or self._done is None
            or other._done is None
        ):
            return False
        later: Change = other._done
        self._done = Change(
            touched=self._done.touched + later.touched,
            inverse=later.inverse + self._done.inverse,  # the later part is taken back first
        )
        self._new = other._new
        return True


def _keys(values: object) -> object:
    return frozenset(values) if isinstance(values, dict) else None
