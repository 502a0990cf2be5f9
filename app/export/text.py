"""Line breaking for Japanese and mixed text, and fitting text into a box.

Japanese breaks between any two characters except where 禁則処理 forbids it: a line
may not start with 、。）」ー… nor end with （「…, so such characters travel with their
neighbour. Runs of Latin letters and digits stay whole unless a run alone is wider than
the line. Widths come from the embedded font's metrics, so what fits here fits on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.worksheets.pen import LEADING

ELLIPSIS = "…"


def _is_latin(char: str) -> bool:
    return (char.isalnum() and ord(char) < 0x2E80) or char in "-_/.@%&+'"


def _units(line: str) -> list[str]:
    """Pieces that may not be split further: words, single CJK characters, spaces."""
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
        if current and stringWidth(current + char, font, size) > width:
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
            if stringWidth(candidate.rstrip(), font, size) <= width:
                current = candidate
                continue
            if current.strip():
                lines.append(current.rstrip())
            unit = unit.lstrip() if current else unit
            if stringWidth(unit.rstrip(), font, size) > width:
                *full, unit = _split_wide(unit, width, font, size) or [""]
                lines.extend(full)
            current = unit
        lines.append(current.rstrip())
    return lines


def shorten(line: str, width: float, font: str, size: float) -> str:
    """``line`` cut to fit ``width`` with a trailing ellipsis."""
    while line and stringWidth(line + ELLIPSIS, font, size) > width:
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
