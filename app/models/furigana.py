"""ふりがな and 50音順: a name's reading, suggested from the name, and the order Japanese
staff expect of a list of names.

A suggestion is only that: names of places and people are often read otherwise, so the
reading is stored with the row and the user may change it. Sorting by code point puts kanji
in an order nobody uses; :func:`gojuon_key` orders by reading the way a 名簿 does — voiced
and plain kana together (か, が), small kana with their full size (っ, つ), ー as the vowel
before it — with the voiced one after the plain one when the rest is the same.

The dictionary (Sudachi's small one) is loaded on the first suggestion, not at start-up.
No Qt here.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_SMALL_TO_FULL = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
_VOICE_MARKS = {0x3099: None, 0x309A: None}  # combining dakuten and handakuten
_VOWELS = {}
for _row in [
    "あいうえお",
    "かきくけこ",
    "さしすせそ",
    "たちつてと",
    "なにぬねの",
    "はひふへほ",
    "まみむめも",
    "やいゆえよ",
    "らりるれろ",
    "わゐうゑを",
]:
    for _index, _kana in enumerate(_row):
        _VOWELS[_kana] = "あいうえお"[_index]


#: Variant forms in people's and places' names, read as their common form for a suggestion
#: (the name itself keeps its own form).
_COMMON_FORMS = str.maketrans(
    {"髙": "高", "﨑": "崎", "\U00020bb7": "吉", "濵": "浜", "邉": "辺", "邊": "辺", "齋": "斎"}
)


def hiragana(text: str) -> str:
    """``text`` with full-width and half-width forms alike (NFKC), katakana as hiragana and
    Latin letters in lower case: the form a reading is stored and compared in."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.translate(_KATAKANA_TO_HIRAGANA)


@functools.cache
def _tokenizer() -> Any:
    from sudachipy import Dictionary  # noqa: PLC0415 - loaded on the first suggestion

    return Dictionary(dict="small").tokenizer()


def suggest(name: str) -> str:
    """A reading for ``name`` in hiragana, word by word from the dictionary (Sudachi's);
    spaces, symbols and characters it cannot read (髙, 﨑) are kept as they are."""
    text = unicodedata.normalize("NFKC", name).translate(_COMMON_FORMS)
    text = "".join(ch for ch in text if not _is_variation_selector(ch)).strip()
    if not text:
        return ""
    parts: list[str] = []
    for word in _tokenizer().tokenize(text):
        surface, reading = word.surface(), word.reading_form()
        # Letters and digits stay as written: サービスA is not サービスアール (the unit), and
        # 第2層 sorts by its number.
        kept = word.part_of_speech()[0] in _KEPT or not reading or _latin(surface)
        parts.append(surface if kept else reading)
    return hiragana("".join(parts))


#: Parts of speech kept as written: a symbol is not read out (☆, 「」, （）), a space stays.
_KEPT = {"補助記号", "空白"}


def _latin(text: str) -> bool:
    return text.isascii() and text.isalnum()


def _is_variation_selector(char: str) -> bool:
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _plain(text: str) -> str:
    """Voiced kana as plain, small as full size, ー as the vowel it lengthens."""
    bare = unicodedata.normalize("NFD", text).translate(_VOICE_MARKS)
    bare = unicodedata.normalize("NFC", bare).translate(_SMALL_TO_FULL)
    out: list[str] = []
    for char in bare:
        if char == "ー" and out:
            out.append(_VOWELS.get(out[-1], ""))
        elif char not in " 　・":
            out.append(char)
    return "".join(out)


@functools.lru_cache(maxsize=20_000)
def gojuon_key(furigana: str, name: str) -> tuple[str, str, str]:
    """Sort key in 50音順: by reading (the name itself when it has none), voiced after
    plain, then by the name as written."""
    reading = hiragana(furigana or name)
    return (_plain(reading), reading, name)


def filled(values: Mapping[str, object]) -> dict[str, object]:
    """A new row's values with the reading suggested from its name, unless it has one."""
    row = dict(values)
    if not str(row.get("furigana") or "").strip() and row.get("name"):
        row["furigana"] = suggest(str(row["name"]))
    return row


def renamed(values: Mapping[str, object], old_name: str, old_furigana: str) -> dict[str, object]:
    """An edit's values, with the reading following a new name when the old reading was the
    suggestion (or empty); a reading the user chose stays."""
    row = dict(values)
    name = row.get("name")
    if name is None or name == old_name or "furigana" in row:
        return row
    if old_furigana in ("", suggest(old_name)):
        row["furigana"] = suggest(str(name))
    return row


class _Named(Protocol):
    id: int
    name: str
    furigana: str


_Row = TypeVar("_Row", bound=_Named)


def in_gojuon(rows: Iterable[_Row]) -> list[_Row]:
    """Resources or people in 50音順 of their readings."""
    return sorted(rows, key=lambda r: (gojuon_key(r.furigana, r.name), r.id))
