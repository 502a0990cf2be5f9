"""Number boxes that take digits as a Japanese keyboard types them.

An IME in full-width mode types ``１２，３４５``; Qt's boxes would drop those keys without a
word. Here they are read as the digits they are (NFKC: full-width digits, comma, point and
minus become ASCII), and the box shows what was meant.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


def ascii_digits(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("ー", "-").replace("−", "-")


class CountBox(QSpinBox):
    """A count of people, households or areas. A share typed instead (``15.2%``) is kept
    as typed and reported through :attr:`share_typed`, never read as 152."""

    share_typed = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self.setKeyboardTracking(False)  # "12" of "12.5%" is not a value on the way
        self._typed = ""  # what the user typed since editing began (not what Qt set)
        self.lineEdit().textEdited.connect(self._remember)
        self.editingFinished.connect(self._check_share)

    def _remember(self, text: str) -> None:
        self._typed = text

    def _bare(self, text: str) -> str:
        """``text`` without the box's prefix and suffix (`` 円``), digits in ASCII."""
        text = text.removeprefix(self.prefix()).removesuffix(self.suffix())
        return ascii_digits(text)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        bare = self._bare(text)
        if _share(bare) is not None or bare.strip().endswith((".", "%")):
            return (QValidator.State.Intermediate, text, pos)  # a share being typed
        converted = ascii_digits(text)
        state = super().validate(converted, pos)
        return _with_text(state, converted, pos)

    def fixup(self, text: str) -> str:
        """Qt would cut ``12.5%`` down to ``12``; a share is left for the page to answer."""
        if _share(self._bare(text)) is not None:
            return text
        return super().fixup(text)

    def _check_share(self) -> None:
        share = _share(self._bare(self._typed))
        self._typed = ""
        if share is not None:
            self.share_typed.emit(share)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        return super().valueFromText(ascii_digits(text))


class DecimalBox(QDoubleSpinBox):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        converted = ascii_digits(text)
        state = super().validate(converted, pos)
        return _with_text(state, converted, pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        return super().valueFromText(ascii_digits(text))


def _share(text: str) -> float | None:
    """``15.2%`` or ``15.2`` as a share in percent; None for a plain count."""
    cleaned = text.replace(",", "").replace(" ", "")
    match = re.fullmatch(r"(\d+(?:\.\d*)?|\.\d+)%|(\d*\.\d+)", cleaned)
    if match is None:
        return None
    return float(match.group(1) or match.group(2))


def _with_text(state: object, converted: str, pos: int) -> tuple[QValidator.State, str, int]:
    """Qt's answer, carrying the converted text so the box shows ASCII digits."""
    verdict = state[0] if isinstance(state, tuple) else state
    return (QValidator.State(verdict), converted, pos)
