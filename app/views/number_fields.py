"""Number boxes that take digits as a Japanese keyboard types them.

An IME in full-width mode types ``１２，３４５``; Qt's boxes would drop those keys without a
word. Here they are read as the digits they are (NFKC: full-width digits, comma, point and
minus become ASCII), and the box shows what was meant.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


def ascii_digits(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("ー", "-").replace("−", "-")


class CountBox(QSpinBox):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        converted = ascii_digits(text)
        state = super().validate(converted, pos)
        return _with_text(state, converted, pos)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        return super().valueFromText(ascii_digits(text))


class DecimalBox(QDoubleSpinBox):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        converted = ascii_digits(text)
        state = super().validate(converted, pos)
        return _with_text(state, converted, pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        return super().valueFromText(ascii_digits(text))


def _with_text(state: object, converted: str, pos: int) -> tuple[QValidator.State, str, int]:
    """Qt's answer, carrying the converted text so the box shows ASCII digits."""
    verdict = state[0] if isinstance(state, tuple) else state
    return (QValidator.State(verdict), converted, pos)
