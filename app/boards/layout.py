"""Where things sit on a board, in board millimetres.

Columns stand side by side from x = 0, each ``COLUMN_WIDTH`` wide under a header; a
note belongs to the column under its centre. New notes fill a column two abreast,
top to bottom, so fast entry never stacks notes on top of each other.
"""

from __future__ import annotations

from collections.abc import Sequence

COLUMN_WIDTH = 120.0
HEADER_HEIGHT = 22.0
NOTE_SIZE = (50.0, 38.0)
GAP = 6.0
PER_ROW = 2
TITLE_ROOM = 16.0  # below a header, room for a group's title above the first notes


def column_index_at(x_centre: float, count: int) -> int | None:
    """The column under ``x_centre``, or None left or right of every column."""
    if count <= 0 or x_centre < 0:
        return None
    index = int(x_centre // COLUMN_WIDTH)
    return index if index < count else None


def column_left(index: int) -> float:
    return index * COLUMN_WIDTH


def slot(
    index: int, column: int | None = None, origin: tuple[float, float] = (0, 0)
) -> tuple[float, float]:
    """The top-left corner of the ``index``-th note of a column (or of a free board, from
    ``origin``)."""
    width, height = NOTE_SIZE
    left = column_left(column) + GAP if column is not None else origin[0]
    top = HEADER_HEIGHT + TITLE_ROOM if column is not None else origin[1]
    row, place = divmod(index, PER_ROW)
    return (left + place * (width + GAP), top + row * (height + GAP))


def free_slot(
    taken: Sequence[tuple[float, float, float, float]], column: int | None
) -> tuple[float, float]:
    """The first slot of a column (or free board) that no note overlaps."""
    width, height = NOTE_SIZE
    for index in range(10_000):
        x, y = slot(index, column)
        if not any(
            x < tx + tw and tx < x + width and y < ty + th and ty < y + height
            for tx, ty, tw, th in taken
        ):
            return x, y
    return slot(0, column)
