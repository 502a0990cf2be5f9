"""What is kept of text a person types or pastes.

Control characters never enter the file: on one line, line breaks and tabs become a
space; in multi-line text only the line break (``\\n``) stays. A pasted vertical tab or
form feed is not a line break, so it cannot split one note into two. Spaces are kept as
typed, full-width (U+3000) ones included; only the ends are trimmed.
"""

from __future__ import annotations

import re

#: Line breaks as other programs write them; all become ``\n`` in multi-line text.
_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
#: C0 and C1 controls and DEL (tab and line feed included).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def one_line(text: str) -> str:
    """``text`` on one line: breaks, tabs and other controls become one space."""
    return _CONTROLS.sub(" ", _BREAKS.sub("\n", text)).strip()


def lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, each cleaned as :func:`one_line`."""
    cleaned = (one_line(line) for line in _BREAKS.sub("\n", text).split("\n"))
    return [line for line in cleaned if line]


def multi_line(text: str) -> str:
    """Multi-line text (memos, notes): lines kept, controls within them dropped."""
    kept = [_CONTROLS.sub(" ", line).rstrip() for line in _BREAKS.sub("\n", text).split("\n")]
    return "\n".join(kept).strip("\n ")
