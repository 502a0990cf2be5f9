"""The bundled fonts for PDFs: registered once, embedded as a subset in every file.

reportlab embeds TrueType-outline fonts (``FontFile2``) and writes only the glyphs a
document uses, so a report stays small and looks the same on every machine.

BIZ UDPGothic sets the text. A character it lacks is set, one run at a time, in the first
bundled fallback that has it: kanji of names such as 𠮷 and the rest of JIS X 0213 from a
cut of 花園明朝, symbols and emoji from a cut of Symbola. A character no bundled font has
prints as 〓 (the typesetter's mark for a missing character, never a box), and the export
names it (:func:`noting`). Variation selectors are dropped: an ideographic variation (葛󠄀)
prints in its base form and is named too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Literal
from xml.sax.saxutils import escape

from app.paths import resource_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# reportlab is imported where it is used: the window starts on 概要 without it.

REGULAR = "BIZUDPGothic"
BOLD = "BIZUDPGothic-Bold"
KANJI = "WagamachiKanjiFallback"
SYMBOL = "WagamachiSymbolFallback"
FALLBACKS = (KANJI, SYMBOL)
FILES = {
    REGULAR: "BIZUDPGothic-Regular.ttf",
    BOLD: "BIZUDPGothic-Bold.ttf",
    KANJI: "WagamachiKanjiFallback.ttf",
    SYMBOL: "WagamachiSymbolFallback.ttf",
}
MISSING = "〓"
_JOINERS = {0x200D}  # the zero-width joiner of emoji sequences: its parts print side by side

_noted: ContextVar[dict[str, None] | None] = ContextVar("unprintable", default=None)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode map of a font subset, each code mapped to its character in UTF-16.

    reportlab writes the code point in hex (<20BB7> for 𠮷), which is not UTF-16 beyond
    U+FFFF: viewers then extract ₻ for 𠮷 and ὠ for 😀. A character beyond U+FFFF is
    written as its surrogate pair (<D842DFB7>), as the PDF reference asks."""
    pairs = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


#: The window and an export in its worker thread may both be first to need a font: each
#: font is registered once, under this lock, and never replaced mid-document.
_LOCK = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def register() -> tuple[str, str]:
    """Register the regular and bold faces; return their names. The fallbacks are
    registered when a text first needs them (:func:`_covered`)."""
    if REGULAR not in _coverage:
        with _LOCK:
            if REGULAR not in _coverage:
                _register_faces()
    return REGULAR, BOLD


def _register_faces() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FILES[name]))))
    # <b> in paragraphs picks the bold face.
    faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
        (0, 0, REGULAR),
        (1, 0, BOLD),
        (0, 1, REGULAR),
        (1, 1, BOLD),
    )
    for bold, italic, name in faces:
        addMapping(REGULAR, bold, italic, name)
    for name in (REGULAR, BOLD):  # last: its presence says the faces are ready
        _coverage[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)  # type: ignore[attr-defined]


def face(bold: bool = False) -> str:
    register()
    return BOLD if bold else REGULAR


def _covered(name: str) -> frozenset[int]:
    """The characters font ``name`` has (a fallback is read when first asked for)."""
    found = _coverage.get(name)
    if found is not None:
        return found
    register()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _LOCK:
        if name not in _coverage:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FILES[name]))))
            font = pdfmetrics.getFont(name)
            _coverage[name] = frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]
    return _coverage[name]


def _selector(code: int) -> bool:
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def printable(text: str, font: str = REGULAR) -> bool:
    """True when ``font`` has every character of ``text`` (no fallback needed)."""
    return _covered(font).issuperset(map(ord, text))


def runs(text: str, font: str, printed: bool = True) -> list[tuple[str, str]]:
    """``text`` as (font, piece) runs: ``font`` where it has the characters, a fallback
    where it does not, 〓 where none has them."""
    if printable(text, font):
        return [(font, text)]
    pieces: list[tuple[str, str]] = []
    previous = ""
    for char in text:
        code = ord(char)
        if _selector(code) or code in _JOINERS:
            if code >= 0xE0100 and previous:
                _note(previous + char, printed)
            continue
        previous = char
        use = font if code in _covered(font) else _fallback_for(code)
        if use is None:
            _note(char, printed)
            use, char = font, MISSING
        if pieces and pieces[-1][0] == use:
            pieces[-1] = (use, pieces[-1][1] + char)
        else:
            pieces.append((use, char))
    return pieces


def _fallback_for(code: int) -> str | None:
    return next((name for name in FALLBACKS if code in _covered(name)), None)


def width(text: str, font: str, size: float) -> float:
    """How wide ``text`` sets in ``font`` at ``size``, fallbacks included."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if printable(text, font):
        return float(stringWidth(text, font, size))
    pieces = runs(text, font, printed=False)  # measured, maybe never printed: nothing noted
    return float(sum(stringWidth(piece, name, size) for name, piece in pieces))


def draw(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, anchor: str = "start"
) -> None:
    """``text`` on ``canvas`` with its baseline at ``y``, starting, centred or ending at
    ``x`` (``anchor`` start, middle or end), each run in its own font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if anchor != "start":
        x -= width(text, font, size) / (2 if anchor == "middle" else 1)
    for name, piece in runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name, size)


def markup(text: str, font: str = REGULAR) -> str:
    """``text`` escaped for a reportlab paragraph, its fallback runs in their fonts."""
    return "".join(
        escape(piece) if name == font else f'<font name="{name}">{escape(piece)}</font>'
        for name, piece in runs(text, font)
    )


def _note(what: str, printed: bool) -> None:
    noted = _noted.get()
    if noted is not None and printed:
        noted[what] = None


@contextmanager
def noting() -> Iterator[dict[str, None]]:
    """Collect, in order, what could not be printed as written while the block runs: a
    character no font has, or a base character with its ideographic variation selector."""
    noted: dict[str, None] = {}
    token = _noted.set(noted)
    try:
        yield noted
    finally:
        _noted.reset(token)
