"""Build the bundled fallback fonts from Debian's fonts-hanazono and fonts-symbola.

BIZ UDPGothic lacks some kanji people's and places' names use (𠮷, 𥔎, and about 3,000
of JIS X 0213) and every emoji. reportlab embeds TrueType outlines only, so the fallbacks
are TrueType fonts, cut down to what they are for:

- ``WagamachiKanjiFallback.ttf``: from 花園明朝 A (Hanazono Font License), the JIS X
  0213 and CP932 characters BIZ UDPGothic does not have, and the name variants listed in
  ``NAME_VARIANTS``;
- ``WagamachiSymbolFallback.ttf``: from Symbola (free for any use), its symbols and emoji.

Run once when the list changes (needs fontTools: ``pip install fonttools``)::

    apt-get download fonts-hanazono fonts-symbola
    dpkg-deb -x fonts-hanazono_*.deb x && dpkg-deb -x fonts-symbola_*.deb x
    .venv/bin/python tools/make_fallback_fonts.py x/usr/share/fonts
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
#: Variant forms outside JIS X 0213 that names are known to be written with.
NAME_VARIANTS = "𠮷𥔎𡈽𣘺"
SYMBOL_RANGES = [(0x2000, 0x2BFF), (0x3200, 0x32FF), (0x1F000, 0x1FAFF)]


def _in_jis(char: str) -> bool:
    for codec in ("euc_jis_2004", "cp932"):
        try:
            char.encode(codec)
            return True
        except UnicodeEncodeError:
            pass
    return False


def _cut(source: Path, unicodes: list[int], out: Path, family: str) -> None:
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.drop_tables += ["FFTM"]
    font = TTFont(source)
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=unicodes)
    cutter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16, 6):
            text = family if record.nameID != 6 else family.replace(" ", "")
            names.setName(text, record.nameID, record.platformID, record.platEncID, record.langID)
    font.save(out)
    print(f"{out.name}: {len(unicodes)} characters, {out.stat().st_size / 1e6:.1f} MB")


def main(debian_fonts: Path) -> None:
    primary = TTFont(FONTS / "BIZUDPGothic-Regular.ttf", lazy=True).getBestCmap()
    hana = debian_fonts / "truetype" / "hanazono" / "HanaMinA.ttf"
    symbola = debian_fonts / "truetype" / "ancient-scripts" / "Symbola_hint.ttf"
    kanji = sorted(
        cp
        for cp in TTFont(hana, lazy=True).getBestCmap()
        if cp not in primary and (_in_jis(chr(cp)) or chr(cp) in NAME_VARIANTS)
    )
    _cut(hana, kanji, FONTS / "WagamachiKanjiFallback.ttf", "Wagamachi Kanji Fallback")
    in_symbola = TTFont(symbola, lazy=True).getBestCmap()
    symbols = sorted(
        cp
        for cp in in_symbola
        if cp not in primary and any(lo <= cp <= hi for lo, hi in SYMBOL_RANGES)
    )
    _cut(symbola, symbols, FONTS / "WagamachiSymbolFallback.ttf", "Wagamachi Symbol Fallback")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
