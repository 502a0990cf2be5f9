from datetime import date

import pytest

from app.models.dates import era_year, fiscal_year_label
from app.models.rules import (
    ValidationError,
    check_digit,
    normalise_municipality_code,
    population_share,
    prefecture_for_code,
    validate_profile,
    validate_resource,
)


@pytest.mark.parametrize(
    "published",
    ["092142", "131016", "011002", "271403"],  # さくら市, 千代田区, 札幌市, 堺市
)
def test_check_digit_of_published_codes(published: str) -> None:
    assert check_digit(published[:5]) == int(published[5])


def test_check_digit_wraps_remainders_zero_and_one() -> None:
    # 0,0,0,1,4 weigh 1*3 + 4*2 = 11: remainder 0, 11 - 0 = 11, last digit 1
    assert check_digit("00014") == 1
    # 0,0,0,2,3 weigh 2*3 + 3*2 = 12: remainder 1, 11 - 1 = 10, last digit 0
    assert check_digit("00023") == 0


def test_municipality_code_forms() -> None:
    assert normalise_municipality_code("092142") == "092142"
    assert normalise_municipality_code("09214") == "092142"
    assert normalise_municipality_code("０９２１４２") == "092142"
    assert normalise_municipality_code("  ") is None
    assert prefecture_for_code("092142") == "栃木県"


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        ("092143", "code_check_digit"),
        ("9214", "code_format"),
        ("48001", "code_prefecture"),
        ("abcde", "code_format"),
        ("00000", "code_prefecture"),
    ],
)
def test_municipality_code_errors(code: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_municipality_code(code)
    assert caught.value.code == rule


def test_profile_rules() -> None:
    clean = validate_profile({"name": "  さくら市  ", "municipality_code": "09214"})
    assert clean == {"name": "さくら市", "municipality_code": "092142"}
    for changes, rule in [
        ({"name": " "}, "empty_name"),
        ({"population": -1}, "negative"),
        ({"aging_rate": 120.0}, "percent_range"),
        ({"fiscal_year": 1999}, "year_range"),
        ({"prefecture": "東京"}, "unknown_prefecture"),
    ]:
        with pytest.raises(ValidationError) as caught:
            validate_profile(changes)
        assert caught.value.code == rule


def test_resource_rules() -> None:
    kinds = {"kayoi"}
    assert (
        validate_resource({"name": " 通いの場 ", "kind_id": "kayoi"}, kinds)["name"] == "通いの場"
    )
    with pytest.raises(ValidationError, match="empty_name"):
        validate_resource({"name": "　".strip(), "kind_id": "kayoi"}, kinds)
    with pytest.raises(ValidationError, match="unknown_kind"):
        validate_resource({"kind_id": "nope"}, kinds)
    with pytest.raises(ValidationError, match="unknown_status"):
        validate_resource({"status": "broken"}, kinds)


def test_population_share_matches_published_sakura_rates() -> None:
    assert population_share(43878, 11883) == 27.08
    assert population_share(43878, 5797) == 13.21
    assert population_share(None, 5) is None
    assert population_share(0, 5) is None


def test_era_boundaries() -> None:
    assert era_year(date(2019, 4, 30)) == ("平成", 31)
    assert era_year(date(2019, 5, 1)) == ("令和", 1)
    assert era_year(date(1989, 1, 7)) == ("昭和", 64)
    assert era_year(date(1989, 1, 8)) == ("平成", 1)


@pytest.mark.parametrize(
    ("year", "label"),
    [
        (1988, "昭和63年度"),
        (1989, "平成元年度"),
        (2018, "平成30年度"),
        (2019, "令和元年度"),
        (2022, "令和4年度"),
    ],
)
def test_fiscal_year_labels(year: int, label: str) -> None:
    assert fiscal_year_label(year) == label
    assert fiscal_year_label(year, "en") == f"FY{year}"


def test_profile_figures_come_out_typed_and_text_that_is_no_figure_is_refused() -> None:
    clean = validate_profile({"population": "12345", "aging_rate": "31.5", "fiscal_year": 2023})
    assert clean == {"population": 12345, "aging_rate": 31.5, "fiscal_year": 2023}
    assert isinstance(clean["population"], int) and isinstance(clean["aging_rate"], float)
    with pytest.raises(ValidationError) as refused:
        validate_profile({"households": "たくさん"})
    assert (refused.value.code, refused.value.field) == ("not_a_figure", "households")
