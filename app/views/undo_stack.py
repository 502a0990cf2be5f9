"""The undo stack that keeps only what the file accepted.

A command applies itself in ``redo``; if the file refuses the write (a full disk, a
removed USB stick) the transaction is rolled back, so nothing of it is in the file. Qt
would still put the command on the stack and a later やり直し would make the change the
user was told had failed. Here a command whose first ``redo`` fails is dropped (made
obsolete), and an undo or redo that fails leaves the stack where it was. Each failure is
announced once through :attr:`write_failed` for the window to explain.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack


class _Guard:
    """Wraps one command's ``redo`` and ``undo`` (PySide calls the instance's own)."""

    def __init__(self, stack: SafeUndoStack, command: QUndoCommand) -> None:
        self.stack = stack
        self.command = command
        self.pushed = False
        self.skip_next = False
        self._redo, self._undo = command.redo, command.undo
        command.redo = self.redo  # type: ignore[method-assign]
        command.undo = self.undo  # type: ignore[method-assign]

    def _run(self, apply: Callable[[], None], back: Callable[[], None]) -> None:
        if self.skip_next:  # stepping back over a failed step: the file already has it
            self.skip_next = False
            return
        try:
            apply()
        except Exception as error:  # noqa: BLE001 - any refusal: the window explains it
            if not self.pushed:
                self.command.setObsolete(True)
            else:
                self.skip_next = True
                QTimer.singleShot(0, back)
            self.stack.write_failed.emit(error)

    def redo(self) -> None:
        self._run(self._redo, self.stack.undo)
        self.pushed = True

    def undo(self) -> None:
        self._run(self._undo, self.stack.redo)


class SafeUndoStack(QUndoStack):
    write_failed = Signal(object)  # the exception the file raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def push(self, command: QUndoCommand) -> None:
        _Guard(self, command)  # lives as long as the command, through its wrapped methods
        super().push(command)
