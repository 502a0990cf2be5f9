"""One line beside each field of a form for what the page has to say about that field.

A refusal, a warning or a notice appears next to the field it concerns, in the field's own
row, so the reader finds it where they were typing and no field moves when it comes or goes:
the line never wraps (the whole text is in its tooltip when it does not fit).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLabel, QSizePolicy


class Said(Enum):
    """What kind of message; the first present in this order sets the line's colour."""

    ERROR = "#b3261e"
    WARNING = "#8a5a00"
    NOTICE = ""


class FieldMessages:
    """The lines of one form. A message about a field without a line of its own (a memo
    box) goes to the line of ``fallback``."""

    def __init__(self, fallback: str) -> None:
        self._fallback = fallback
        self._labels: dict[str, QLabel] = {}  # field → the line it shares
        self._said: dict[Said, dict[str, str]] = {kind: {} for kind in Said}

    def line(self, key: str, *also: str) -> QLabel:
        """The message line of ``key``'s row, shared with the fields ``also`` in that row."""
        label = QLabel()
        label.setObjectName(f"{key}Message")
        label.setWordWrap(False)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for field in (key, *also):
            self._labels[field] = label
        return label

    def say(self, kind: Said, key: str, text: str) -> None:
        key = key if key in self._labels else self._fallback
        self._said[kind][key] = text
        self._render(self._labels[key])

    def replace(self, kind: Said, texts: dict[str, str]) -> None:
        """Every message of ``kind`` at once: those not in ``texts`` are cleared."""
        texts = {k if k in self._labels else self._fallback: t for k, t in texts.items()}
        touched = set(self._said[kind]) | set(texts)
        self._said[kind] = texts
        for label in {id(self._labels[key]): self._labels[key] for key in touched}.values():
            self._render(label)

    def clear(self, *kinds: Said) -> None:
        for kind in kinds:
            self.replace(kind, {})

    def text(self, key: str) -> str:
        return self._labels[key].text()

    def _render(self, label: QLabel) -> None:
        keys = [key for key, line in self._labels.items() if line is label]
        colour = None
        parts: list[str] = []
        for kind in Said:
            texts = [self._said[kind][key] for key in keys if self._said[kind].get(key)]
            if texts and colour is None:
                colour = kind.value
            parts.extend(texts)
        text = "　".join(parts)
        label.setText(text)
        label.setToolTip(text)
        label.setStyleSheet(f"color: {colour};" if colour else "")
