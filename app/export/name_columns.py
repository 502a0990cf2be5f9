"""Many short rows in columns: the resource list of a town with thousands of resources.

A table of 3,000 resources with every field ran to 116 pages and took most of the report's
time, half of it reportlab measuring the table's rows again and again. Here each resource
is one or two short lines (its status mark, name and area), grouped under its kind, set in
two columns down the page by plain text drawing: 3,000 resources take about 30 pages.
Every field is in the detailed table (an optional part of the report) and in the CSV.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.export import fonts
from app.export.text import shorten, wrap

COLUMNS = 2
GAP = 6 * mm
SIZE = 8.5  # points
LEADING = 11.5
HEADING_SIZE = 9.5
LINES = 2  # a long name wraps to two lines, then ends in …
INK, HEADING_INK = "#222222", "#1f4e79"


@dataclass(frozen=True)
class Row:
    text: str
    colour: str = INK
    heading: bool = False


@dataclass(frozen=True)
class _Line:
    text: str
    colour: str
    heading: bool
    first: bool  # the first line of its row (a row's lines stay in one column)


def _row_start(lines: Sequence[_Line], at: int, limit: int) -> int:
    """A place to start a column: ``at``, or the nearest line before it that starts a row
    not right after a heading, else the nearest after it up to ``limit`` (``at`` itself
    when there is none)."""

    def starts(n: int) -> bool:
        return n == len(lines) or lines[n].first and not lines[n - 1].heading

    for n in range(min(at, len(lines)), 0, -1):
        if starts(n):
            return n
    for n in range(at + 1, min(limit, len(lines)) + 1):
        if starts(n):
            return n
    return at


class NameColumns(Flowable):
    """``rows`` set in columns across the frame; splits page by page."""

    def __init__(
        self, rows: Sequence[Row], lines: Sequence[_Line] | None = None, split: int | None = None
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self._lines = list(lines) if lines is not None else None
        self._laid_for: float | None = None
        self._split = split  # where a page's second column starts, when it is full

    def _lay_out(self, width: float) -> list[_Line]:
        if self._lines is not None and (self._laid_for in (None, width)):
            return self._lines
        column = (width - GAP * (COLUMNS - 1)) / COLUMNS
        laid: list[_Line] = []
        face, bold = fonts.face(), fonts.face(True)
        for row in self.rows:
            font = bold if row.heading else face
            size = HEADING_SIZE if row.heading else SIZE
            parts = wrap(row.text, column - 2, font, size) or [""]
            if len(parts) > LINES:
                parts = [*parts[: LINES - 1], shorten(parts[LINES - 1], column - 2, font, size)]
            laid += [_Line(part, row.colour, row.heading, n == 0) for n, part in enumerate(parts)]
        self._lines, self._laid_for = laid, width
        return laid

    def _per_column(self, height: float) -> int:
        return int(height // LEADING)

    def _column_break(self, lines: Sequence[_Line]) -> int:
        """Where the second column starts: near the middle, at the start of a row (a name's
        second line stays with its first) and not right after a heading."""
        return _row_start(lines, -(-len(lines) // COLUMNS), len(lines))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._lay_out(avail_width)
        split = self._split if self._split is not None else self._column_break(lines)
        self.width = avail_width
        # The longer column; more than the frame holds makes the frame split it.
        self.height = max(1, split, len(lines) - split) * LEADING
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._lay_out(avail_width)
        per = self._per_column(avail_height)
        if per == 0 or self.wrap(avail_width, avail_height)[1] <= avail_height:
            return []  # no room for a line here, or it fits: no split
        first = _row_start(lines, per, per)  # the page's first column
        cut = _row_start(lines, min(len(lines), first + per), first + per)  # and its second
        if cut <= first:
            return []
        return [NameColumns([], lines[:cut], first), NameColumns([], lines[cut:])]

    def draw(self) -> None:
        lines = self._lines or []
        split = self._split if self._split is not None else self._column_break(lines)
        column = (self.width - GAP * (COLUMNS - 1)) / COLUMNS
        canvas = self.canv
        for n, line in enumerate(lines):
            col, row = (0, n) if n < split else (1, n - split)
            x = col * (column + GAP)
            y = self.height - (row + 1) * LEADING + (LEADING - SIZE) / 2
            canvas.setFillColor(HexColor(HEADING_INK if line.heading else line.colour))
            font = fonts.face(line.heading)
            size = HEADING_SIZE if line.heading else SIZE
            indent = 0 if line.heading or line.first else 3 * mm
            fonts.draw(canvas, x + indent, y, line.text, font, size)
