"""The pen a sheet is drawn with: the same calls draw it on screen and on paper.

Coordinates are sheet millimetres, y down. Colours are ``#rrggbb`` or ``#rrggbbaa``.
A *tag* names what a double-click on a drawn thing edits (``("zone", zone id)``); the
screen's pen keeps it, the paper's ignores it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from app.worksheets.geometry import Point, Rect

LEADING = 1.25  # line height as a multiple of the font size, on screen and on paper
ASCENT = 0.88  # a line's baseline below its top, as a share of the font size

Tag = tuple[str, int]

#: Characters set a quarter turn in vertical text (縦書き): the long vowel mark, dashes,
#: waves, ellipses and brackets, which run along the line rather than across it. The font
#: has no vertical forms a PDF can use, so they are turned.
TURNED_IN_VERTICAL = frozenset("ー－-—―‐〜～…‥（）()「」『』【】〔〕［］[]｛｝{}〈〉《》＜＞<>=＝")


@dataclass(frozen=True)
class Line:
    colour: str
    width: float  # mm
    dashed: bool = False


@dataclass(frozen=True)
class Type:
    size: float  # mm
    bold: bool = False
    colour: str = "#222222"


def rgba(colour: str) -> tuple[int, int, int, int]:
    """``#rrggbb`` or ``#rrggbbaa`` as four 0–255 channels."""
    digits = colour.lstrip("#")
    alpha = int(digits[6:8], 16) if len(digits) == 8 else 255
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), alpha


class Pen(Protocol):
    def polygon(
        self, points: Sequence[Point], fill: str | None, line: Line | None, tag: Tag | None = None
    ) -> None: ...

    def rect(
        self,
        rect: Rect,
        fill: str | None,
        line: Line | None,
        radius: float = 0.0,
        tag: Tag | None = None,
    ) -> None: ...

    def ellipse(self, rect: Rect, fill: str | None, line: Line | None) -> None: ...

    def polyline(self, points: Sequence[Point], line: Line) -> None: ...

    def width(self, text: str, type_: Type) -> float:
        """How wide ``text`` is set in ``type_`` (the same font on screen and on paper)."""

    def text(
        self,
        text: str,
        x: float,
        top: float,
        type_: Type,
        anchor: str = "start",
        tag: Tag | None = None,
    ) -> None:
        """One line whose top is at ``top``; ``anchor`` start, middle or end at ``x``."""

    def lines(
        self,
        lines: Sequence[str],
        x: float,
        top: float,
        type_: Type,
        width: float,
        tag: Tag | None = None,
    ) -> None:
        """Lines one under another, each centred on ``x + width / 2``."""

    def left_lines(
        self, lines: Sequence[str], x: float, top: float, type_: Type, tag: Tag | None = None
    ) -> None:
        """Lines one under another, starting at ``x``."""

    def column(
        self,
        chars: Sequence[str],
        x: float,
        top: float,
        type_: Type,
        width: float,
        tag: Tag | None = None,
    ) -> None:
        """Vertical text (縦書き): one character under another, centred on ``x + width / 2``,
        those of :data:`TURNED_IN_VERTICAL` turned a quarter clockwise."""

    def turned(self, char: str, centre: Point, type_: Type, tag: Tag | None = None) -> None:
        """One character turned a quarter clockwise about ``centre``."""

    def block(
        self,
        text: str,
        box: Rect,
        type_: Type,
        *,
        centred: bool = False,
        smallest: float | None = None,
        tag: Tag | None = None,
    ) -> None:
        """Text wrapped to ``box.width``. With ``smallest`` it shrinks (not below that size)
        to fit ``box.height`` and then ends with …; without, it runs as long as it is."""
