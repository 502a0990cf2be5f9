"""Typing as a Japanese user does: an input method composes, then commits the text."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_japanese(widget: QWidget, text: str) -> None:
    """Send ``text`` the way an IME delivers it: preedit (composing) first, then the commit."""
    widget.setFocus()
    preedit = QInputMethodEvent(text, [])
    QApplication.sendEvent(widget, preedit)
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)
