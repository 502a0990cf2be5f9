"""A multi-line text box that saves as you type (メモ, a session's notes).

A crash must not lose what the screen shows, so the text is saved about a second after
typing stops, and at once when the box is left. Saves made while one keeps typing belong
to one *burst* and become one undo step (the commands merge, see
``app/commands/base.py``); a burst ends when the box is left or after a longer pause.
Tab leaves the box, as in every other field; the text never holds a tab.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPlainTextEdit

from app.views.text_fields import limit_hint, say_too_long

# Quiet time after the last keystroke before the text is saved.
SAVE_AFTER_MS = 1000
# A pause longer than this starts a new undo step.
BURST_PAUSE_S = 5.0

# Called with the text and the burst it belongs to.
Save = Callable[[str, int], None]

_bursts = itertools.count(1)  # one numbering for all boxes: a burst names one box's run


class AutosaveText(QPlainTextEdit):
    def __init__(self, save: Save, max_chars: int) -> None:
        super().__init__()
        self._save = save
        self.max_chars = max_chars
        self.burst = next(_bursts)
        self._last_typed = 0.0
        self._kept = ""  # the text as it was within the limit, and the cursor in it
        self._kept_cursor = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self.setTabChangesFocus(True)
        self.setToolTip(limit_hint(max_chars) + " " + self.tr("Saved as you type."))
        self.textChanged.connect(self._typed)

    def show_text(self, text: str) -> None:
        """Show the file's text (after an undo, or another session); drop a pending save."""
        if self.toPlainText() == text:
            return
        self._timer.stop()
        self._set_quietly(text, len(text))

    def _set_quietly(self, text: str, cursor_at: int) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(cursor_at, len(text)))
        self.setTextCursor(cursor)
        self.blockSignals(False)
        self._kept, self._kept_cursor = text, cursor_at

    def _typed(self) -> None:
        text = self.toPlainText()
        if len(text) > self.max_chars:
            self._refuse_excess()
            return
        self._kept, self._kept_cursor = text, self.textCursor().position()
        now = time.monotonic()
        if now - self._last_typed > BURST_PAUSE_S and not self._timer.isActive():
            self.burst = next(_bursts)
        self._last_typed = now
        self._timer.start()

    def _refuse_excess(self) -> None:
        """Take back what went past the limit, and say so where the user is looking."""
        self._set_quietly(self._kept, self._kept_cursor)
        say_too_long(self.mapToGlobal(self.cursorRect().bottomLeft()), self.max_chars, self)

    def pending(self) -> bool:
        """Whether typed text waits to be saved."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Save now what a timer would have saved later."""
        self._timer.stop()
        self._save(self.toPlainText(), self.burst)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self._timer.isActive():
            self.flush()
        else:
            self._save(self.toPlainText(), self.burst)
        self.burst = next(_bursts)  # the next edit is a new undo step
