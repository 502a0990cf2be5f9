"""Values as staff type them, made alike: full-width digits and letters to half-width,
half-width katakana to full-width, every run of spaces (full-width ones too) to one."""

from __future__ import annotations

import unicodedata

import jaconv


def normalise(text: str) -> str:
    text = jaconv.z2h(text, kana=False, ascii=True, digit=True)
    text = jaconv.h2z(text, kana=True, ascii=False, digit=False)
    text = text.replace("\u3000", " ")
    return " ".join(text.split())


def same_key(text: str) -> str:
    """What two names must share to be the same resource: NFKC, no spaces, case folded."""
    return unicodedata.normalize("NFKC", normalise(text)).replace(" ", "").casefold()
