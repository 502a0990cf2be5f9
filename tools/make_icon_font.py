"""Build ``resources/fonts/WagamachiIcons.ttf``: the icons the app draws, cut from Material
Design Icons 6.9.96 (Apache License 2.0), the webfont qtawesome ships.

The app draws its icons from this small font itself instead of importing qtawesome at
start-up: qtawesome loads every icon font it carries, and qtpy imports every class of Qt,
which together took about a tenth of a second before the first window appeared.

Run once when ``app/views/icons.py`` names a new icon (needs qtawesome and fontTools:
``.venv/bin/pip install qtawesome fonttools``)::

    .venv/bin/python tools/make_icon_font.py

Each icon is named in ``ICONS`` by its Material Design name and code point; the script
checks the two agree in the webfont's charmap before it keeps the glyph.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.views.icon_names import ICON_FAMILY, ICONS  # noqa: E402

OUT = ROOT / "resources" / "fonts" / "WagamachiIcons.ttf"


def _webfont() -> tuple[Path, dict[str, str]]:
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("qtawesome is not installed: .venv/bin/pip install qtawesome fonttools")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    font = next(fonts.glob("materialdesignicons6-webfont-6.*.ttf"))
    charmap = next(fonts.glob("materialdesignicons6-webfont-charmap-6.*.json"))
    return font, json.loads(charmap.read_text(encoding="utf-8"))


def main() -> None:
    source, charmap = _webfont()
    wrong = [
        f"{name}: {mdi} is {charmap.get(mdi)}, not {code:#x}"
        for name, (mdi, code) in ICONS.items()
        if int(charmap.get(mdi, "0"), 16) != code
    ]
    if wrong:
        sys.exit("\n".join(wrong))
    font = TTFont(source)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted({code for _mdi, code in ICONS.values()}))
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16):
            names.setName(
                ICON_FAMILY, record.nameID, record.platformID, record.platEncID, record.langID
            )
        elif record.nameID == 6:
            names.setName(
                ICON_FAMILY.replace(" ", ""), 6, record.platformID, record.platEncID, record.langID
            )
    font.save(OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(ICONS)} names, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
