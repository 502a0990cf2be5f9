"""Japanese line breaking and fitting: nothing runs off a card or breaks 禁則."""

from __future__ import annotations

import pytest
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.export import fonts
from app.export.text import ELLIPSIS, LEADING, fit, wrap

TEXTS = [
    "通所型サービスC（短期集中予防）「パワーアップ教室」。",
    "いきいき百歳体操、週1回。ー、送迎あり。",
    "Community café Sakura と「ふれあいサロン」",
    "生活支援体制整備事業（第1層・第2層の協議体）と生活支援コーディネーター",
]


@pytest.mark.parametrize("width", [20.0, 35.0, 60.0])
@pytest.mark.parametrize("text", TEXTS)
def test_lines_fit_and_follow_kinsoku(text: str, width: float) -> None:
    face = fonts.face()
    lines = wrap(text, width, face, 4.0)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    for i, line in enumerate(lines):
        assert stringWidth(line, face, 4.0) <= width + 1e-6, line
        if i > 0:
            assert line[0] not in ALL_CANNOT_START, lines  # no 、。」 at a line start
        if i < len(lines) - 1:
            assert line[-1] not in ALL_CANNOT_END, lines  # no （「 at a line end


def test_words_stay_whole_when_they_fit() -> None:
    lines = wrap("Community café Sakura", 30.0, fonts.face(), 4.0)
    assert len(lines) > 1
    for word in ("Community", "café", "Sakura"):
        assert any(word in line for line in lines), lines


def test_long_text_shrinks_then_is_cut_with_an_ellipsis() -> None:
    face = fonts.face()
    short = fit("ふれあいサロン", 30, 8, face, 3.2, 1.8)
    assert short.size == 3.2 and not short.cut

    medium = fit("住民主体の通所型サービスB「ふれあいの家」", 24, 8, face, 3.2, 1.8)
    assert 1.8 <= medium.size < 3.2 and not medium.cut
    assert len(medium.lines) * medium.size * LEADING <= 8 + 1e-6

    huge = fit("とても長い説明文。" * 40, 24, 8, face, 3.2, 1.8)
    assert huge.cut and huge.size == 1.8
    assert huge.lines[-1].endswith(ELLIPSIS)
    assert len(huge.lines) * 1.8 * LEADING <= 8 + 1e-6
    assert all(stringWidth(line, face, 1.8) <= 24 + 1e-6 for line in huge.lines)
