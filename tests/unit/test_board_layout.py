from __future__ import annotations

from app.boards.layout import COLUMN_WIDTH, NOTE_SIZE, column_index_at, free_slot, slot


def test_the_column_under_a_point_and_outside_every_column() -> None:
    assert column_index_at(5, 3) == 0
    assert column_index_at(COLUMN_WIDTH * 2 + 1, 3) == 2
    assert column_index_at(COLUMN_WIDTH * 3 + 1, 3) is None  # right of the last column
    assert column_index_at(-1, 3) is None
    assert column_index_at(10, 0) is None  # a free board


def test_new_notes_fill_a_column_two_abreast_without_overlapping() -> None:
    first, second, third = slot(0, 1), slot(1, 1), slot(2, 1)
    assert first[1] == second[1] < third[1]
    assert first[0] == third[0] and COLUMN_WIDTH <= first[0] < second[0] < COLUMN_WIDTH * 2
    assert second[0] + NOTE_SIZE[0] <= COLUMN_WIDTH * 2  # still inside the column
    taken = [(*first, *NOTE_SIZE), (*second, *NOTE_SIZE)]
    assert free_slot(taken, 1) == third
    assert free_slot([], 1) == first
