"""Line breaking for Japanese and mixed text, and fitting text into a box.

Japanese breaks between any two characters except where 禁則処理 forbids it: a line
may not start with 、。）」ー… nor end with （「…, so such characters travel with their
neighbour. Runs of Latin letters and digits stay whole unless a run alone is wider than
the line. Widths come from the embedded fonts' metrics (fallbacks included), so what fits
here fits on paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.export import fonts
from app.export.fonts import width as width_of
from app.worksheets.geometry import Point, Rect
from app.worksheets.pen import LEADING, TURNED_IN_VERTICAL, Tag, Type

ELLIPSIS = "…"


def _is_latin(char: str) -> bool:
    return (char.isalnum() and ord(char) < 0x2E80) or char in "-_/.@%&+'"


def _units(line: str) -> list[str]:
    """Pieces that may not be split further: words, single CJK characters, spaces."""
    from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START  # when first needed

    units: list[str] = []
    for char in line:
        if (
            units
            and _is_latin(char)
            and _is_latin(units[-1][-1])
            or units
            and (char in ALL_CANNOT_START or char == " " and units[-1].endswith(" "))
            or units
            and units[-1][-1] in ALL_CANNOT_END
        ):
            units[-1] += char
        else:
            units.append(char)
    return units


def _split_wide(unit: str, width: float, font: str, size: float) -> list[str]:
    pieces, current = [], ""
    for char in unit:
        if current and width_of(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (same units as ``size``)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for unit in _units(paragraph):
            candidate = current + unit
            if width_of(candidate.rstrip(), font, size) <= width:
                current = candidate
                continue
            if current.strip():
                lines.append(current.rstrip())
            unit = unit.lstrip() if current else unit
            if width_of(unit.rstrip(), font, size) > width:
                *full, unit = _split_wide(unit, width, font, size) or [""]
                lines.extend(full)
            current = unit
        lines.append(current.rstrip())
    return lines


def shorten(line: str, width: float, font: str, size: float) -> str:
    """``line`` cut to fit ``width`` with a trailing ellipsis."""
    while line and width_of(line + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: list[str]
    #: True when even the smallest size could not show everything.
    cut: bool = False

    @property
    def line_height(self) -> float:
        return self.size * LEADING


def fit(text: str, width: float, height: float, font: str, size: float, min_size: float) -> Fitted:
    """The largest size from ``size`` down to ``min_size`` at which ``text`` fits the box;
    at the smallest size, the lines that fit with an ellipsis on the last one."""
    current = size
    while True:
        lines = wrap(text, width, font, current)
        if len(lines) * current * LEADING <= height + 1e-6:
            return Fitted(current, lines)
        if current <= min_size:
            break
        current = max(min_size, current - max(0.25, current * 0.08))
    room = max(1, int(height // (min_size * LEADING)))
    kept = lines[:room]
    kept[-1] = shorten(kept[-1], width, font, min_size)
    return Fitted(min_size, kept, cut=True)


def measure(text: str, type_: Type) -> float:
    """How wide ``text`` is in ``type_``, in the same units as its size."""
    return float(width_of(text, fonts.face(type_.bold), type_.size))


def wrapped(text: str, box: Rect, type_: Type, smallest: float | None) -> tuple[list[str], Type]:
    """The lines of a :meth:`~app.worksheets.pen.Pen.block` and the type they are set in."""
    face = fonts.face(type_.bold)
    if smallest is None:
        return wrap(text, box.width, face, type_.size), type_
    fitted = fit(text, box.width, box.height, face, type_.size, smallest)
    return fitted.lines, Type(fitted.size, type_.bold, type_.colour)


class LineSetter:
    """A pen's lines, blocks and widths, built on its one-line ``text``: the screen's and
    the paper's pens break and fit text the same way."""

    def text(
        self,
        text: str,
        x: float,
        top: float,
        type_: Type,
        anchor: str = "start",
        tag: Tag | None = None,
    ) -> None:
        raise NotImplementedError

    def width(self, text: str, type_: Type) -> float:
        return measure(text, type_)

    def lines(
        self,
        lines: Sequence[str],
        x: float,
        top: float,
        type_: Type,
        width: float,
        tag: Tag | None = None,
    ) -> None:
        for i, line in enumerate(lines):
            self.text(line, x + width / 2, top + i * type_.size * LEADING, type_, "middle", tag)

    def left_lines(
        self, lines: Sequence[str], x: float, top: float, type_: Type, tag: Tag | None = None
    ) -> None:
        for i, line in enumerate(lines):
            self.text(line, x, top + i * type_.size * LEADING, type_, tag=tag)

    def turned(self, char: str, centre: Point, type_: Type, tag: Tag | None = None) -> None:
        raise NotImplementedError

    def column(
        self,
        chars: Sequence[str],
        x: float,
        top: float,
        type_: Type,
        width: float,
        tag: Tag | None = None,
    ) -> None:
        step = type_.size * LEADING
        for i, char in enumerate(chars):
            at = top + i * step
            if char in TURNED_IN_VERTICAL:
                self.turned(char, (x + width / 2, at + type_.size / 2), type_, tag)
            else:
                self.text(char, x + width / 2, at, type_, "middle", tag)

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
        lines, sized = wrapped(text, box, type_, smallest)
        if centred:
            self.lines(lines, box.x, box.y, sized, box.width, tag)
        else:
            self.left_lines(lines, box.x, box.y, sized, tag)
