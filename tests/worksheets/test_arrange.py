from __future__ import annotations

import pytest

from app.worksheets.arrange import MAX_CARD, MIN_CARD, Alignment, align, clamp_size
from app.worksheets.geometry import Rect

CARDS = {
    1: Rect(10, 20, 30, 10),
    2: Rect(50, 5, 20, 10),
    3: Rect(100, 40, 40, 20),
}


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        (Alignment.LEFT, {2: (10, 5), 3: (10, 40)}),
        (Alignment.RIGHT, {1: (110, 20), 2: (120, 5)}),
        (Alignment.CENTRE, {1: (60, 20), 2: (65, 5), 3: (55, 40)}),
        (Alignment.TOP, {1: (10, 5), 3: (100, 5)}),
        (Alignment.BOTTOM, {1: (10, 50), 2: (50, 50)}),
        (Alignment.MIDDLE, {1: (10, 27.5), 2: (50, 27.5), 3: (100, 22.5)}),
    ],
)
def test_edges_and_centres_line_up_and_unmoved_cards_are_left_out(how, expected) -> None:  # type: ignore[no-untyped-def]
    assert align(CARDS, how) == expected


def test_spreading_keeps_the_outer_cards_and_evens_the_gaps() -> None:
    moved = align(CARDS, Alignment.SPREAD_ACROSS)
    # span 10..140 holds 90 mm of cards: two gaps of 20 mm
    assert moved == {2: (60, 5)}
    down = align(CARDS, Alignment.SPREAD_DOWN)
    # by top: card 2 (5..15), card 1, card 3 (40..60): 55 span, 40 of cards, gaps 7.5
    assert down == {1: (10, 22.5)}


def test_too_few_cards_do_nothing() -> None:
    assert align({1: CARDS[1]}, Alignment.LEFT) == {}
    assert align({1: CARDS[1], 2: CARDS[2]}, Alignment.SPREAD_ACROSS) == {}


def test_sizes_are_kept_readable() -> None:
    assert clamp_size(2, 300) == (MIN_CARD[0], MAX_CARD[1])
    assert clamp_size(40.123, 12.0) == (40.12, 12.0)
