"""Where things sit on a canvas (z values) and how editable text is tagged."""

from __future__ import annotations

BACKGROUND_Z = -100  # the printed sheet or the board's columns, under everything
LINK_Z = 1_000_000.0  # links, above every card
COUNT_Z = LINK_Z - 2  # the gap view's counts: over the cards, so they stay readable
EDITOR_Z = LINK_Z + 10  # the in-place text editor, above everything
#: Item data key for text that can be edited in place: ("zone", id) | ("purpose", id) |
#: ("aim" | "lower_hoop" | "story" | "caption" | "title", 0) | ("column", id) …
EDIT_TAG = 1
