"""Text fields that hold as much as the file does, and say so when they are full."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget


def limit_hint(chars: int) -> str:
    text = QCoreApplication.translate("TextFields", "Up to %1 characters.")
    return text.replace("%1", f"{chars:,}")


def say_too_long(at: QPoint, chars: int, widget: QWidget | None = None) -> None:
    """Tell the user, where they are typing, that what went past ``chars`` was not taken."""
    text = QCoreApplication.translate(
        "TextFields", "At most %1 characters: what went past that was not added."
    )
    QToolTip.showText(at, text.replace("%1", f"{chars:,}"), widget)


def limited(edit: QLineEdit, chars: int) -> QLineEdit:
    """Let ``edit`` take ``chars`` characters; a key or paste past that is refused aloud."""
    edit.setMaxLength(chars)
    edit.setToolTip(limit_hint(chars))

    def refused() -> None:
        if edit.maxLength() <= len(edit.text()):
            say_too_long(edit.mapToGlobal(edit.rect().bottomLeft()), chars, edit)

    edit.inputRejected.connect(refused)
    return edit
