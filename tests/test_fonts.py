"""Japanese renders from the bundled font, whatever the machine has installed."""

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

from app.fonts import FAMILIES, FONT_FILES, UI_FAMILY, ui_font
from app.paths import resource_path

SAMPLE_TEXT = "わがまちキャンバス総合事業の三角形高齢者運動の樽通いの場サービスＣ社協稼働中令和"


def test_bundled_fonts_have_japanese_glyphs(qapp) -> None:  # type: ignore[no-untyped-def]
    for name in FONT_FILES[:2]:  # BIZ UDPGothic; the fallbacks hold what it lacks
        raw = QRawFont(str(resource_path("fonts", name)), 12)
        assert raw.isValid(), name
        # by code point: PySide's QChar overload mangles characters from U+8000 up
        missing = [ch for ch in SAMPLE_TEXT if not raw.supportsCharacter(ord(ch))]
        assert not missing, f"{name} lacks {missing}"
        assert 0 not in raw.glyphIndexesForString(SAMPLE_TEXT)


def test_the_ui_uses_the_bundled_family(qapp) -> None:  # type: ignore[no-untyped-def]
    assert UI_FAMILY in QFontDatabase.families()
    assert QFontInfo(qapp.font()).family() == UI_FAMILY
    assert QFontInfo(QFont(UI_FAMILY, 12, QFont.Weight.Bold)).bold()


def test_licence_is_bundled() -> None:
    text = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert "BIZ UDGothic Project Authors" in text


def test_the_fallbacks_hold_what_the_ui_font_lacks(qapp) -> None:  # type: ignore[no-untyped-def]
    ui = QRawFont(str(resource_path("fonts", FONT_FILES[0])), 12)
    kanji = QRawFont(str(resource_path("fonts", "WagamachiKanjiFallback.ttf")), 12)
    symbols = QRawFont(str(resource_path("fonts", "WagamachiSymbolFallback.ttf")), 12)
    for code, font in ((0x20BB7, kanji), (0x4E04, kanji), (0x1F600, symbols), (0x2764, symbols)):
        assert not ui.supportsCharacter(code), hex(code)  # 𠮷 丄 😀 ❤
        assert font.supportsCharacter(code), hex(code)
    for family in FAMILIES:
        assert family in QFontDatabase.families(), family
    assert ui_font().families() == FAMILIES  # Qt looks in each, in turn, per character
    assert qapp.font().families() == FAMILIES


def test_every_bundled_font_carries_its_licence() -> None:
    hanazono = resource_path("fonts", "LICENSE-Hanazono.txt").read_text(encoding="utf-8")
    assert "Hanazono Font License" in hanazono and "WagamachiKanjiFallback.ttf" in hanazono
    symbola = resource_path("fonts", "LICENSE-Symbola.txt").read_text(encoding="utf-8")
    assert "free for any use" in symbola and "WagamachiSymbolFallback.ttf" in symbola
    icons = resource_path("fonts", "LICENSE-MaterialDesignIcons.txt").read_text(encoding="utf-8")
    assert "Apache License" in icons and "Version 2.0" in icons and "WagamachiIcons.ttf" in icons
    # every cut the project made is named in a licence file beside it (BIZ UDPGothic's is OFL.txt)
    notices = " ".join(
        p.read_text(encoding="utf-8") for p in resource_path("fonts").glob("LICENSE-*.txt")
    )
    cuts = [p.name for p in resource_path("fonts").glob("*.ttf") if "BIZUDP" not in p.name]
    assert cuts and [name for name in cuts if name not in notices] == []
