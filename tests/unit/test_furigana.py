"""ふりがな and 50音順: readings suggested without losing a character, and lists ordered the
way a 名簿 is, whatever the names."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.models.furigana import filled, gojuon_key, hiragana, renamed, suggest

KANA = st.text(
    alphabet=st.sampled_from(list("あかがさざたっつはばぱやゃらわんアカガーー")), max_size=8
)


def test_a_suggestion_reads_kanji_and_keeps_what_it_cannot_read() -> None:
    assert suggest("社会福祉協議会") == "しゃかいふくしきょうぎかい"
    assert suggest("髙﨑サロン") == "たかさきさろん"  # variant forms read as their common form
    assert suggest("ＮＰＯ法人たすけあい") == "npoほうじんたすけあい"  # letters as written
    assert suggest("訪問型サービスA（生活援助）").startswith("ほうもんがたさーびすa")
    assert suggest("") == "" and suggest("   ") == ""
    for name in ("𠮷田", "葛󠄀飾区の会", "サロン①", "☆の会"):
        assert suggest(name)  # never empty, nothing silently dropped
    assert "☆" in suggest("☆の会")


def test_gojuon_order_puts_voiced_with_plain_and_small_with_full_size() -> None:
    names = [
        ("がっこう", "学校"),
        ("かっこう", "格好"),
        ("カーテン", "カーテン"),
        ("かあさん", "母さん"),
        ("きつね", "狐"),
        ("ぱん", "パン"),
        ("はん", "班"),
        ("ばん", "晩"),
        ("", "あいう"),
    ]
    ordered = [n for f, n in sorted(names, key=lambda p: gojuon_key(*p))]
    assert ordered == ["あいう", "母さん", "カーテン", "格好", "学校", "狐", "班", "晩", "パン"]
    # code point order would put every kanji name after every kana one
    assert sorted(n for _, n in names) != ordered


@given(KANA, KANA)
def test_katakana_and_hiragana_sort_alike_and_the_order_is_total(a: str, b: str) -> None:
    assert gojuon_key(a, "x")[:2] == gojuon_key(hiragana(a), "x")[:2]
    ka, kb = gojuon_key(a, "x"), gojuon_key(b, "x")
    assert (ka < kb) + (kb < ka) + (ka == kb) == 1


@given(KANA)
def test_a_voiced_reading_sorts_right_after_its_plain_form(reading: str) -> None:
    plain = unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", reading).replace("\u3099", "")
    )
    plain = plain.replace("\u309a", "")
    assert gojuon_key(plain, "x")[0] == gojuon_key(reading, "x")[0]
    assert gojuon_key(plain, "x") <= gojuon_key(reading, "x")


def test_a_reading_follows_a_new_name_only_while_it_is_the_suggestion() -> None:
    assert filled({"name": "北地区サロン"})["furigana"] == "きたちくさろん"
    assert filled({"name": "北地区サロン", "furigana": "ほくぶ"})["furigana"] == "ほくぶ"
    follows = renamed({"name": "南地区サロン"}, "北地区サロン", "きたちくさろん")
    assert follows["furigana"] == "みなみちくさろん"
    kept = renamed({"name": "南地区サロン"}, "北地区サロン", "ほくぶちくさろん")
    assert "furigana" not in kept  # the user's own reading stays
