"""Domain rules for what a user types: the profile and local resources.

Each rule raises :class:`ValidationError` with a machine-readable ``code`` and
the ``field`` concerned; the views turn the code into a translated message, so
this module stays free of Qt and of UI wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from app.models.resource import ResourceStatus
from app.models.values import ProfileValues, ResourceValues

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
    "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
    "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
    "鹿児島県", "沖縄県",
)  # fmt: skip

_COUNT_FIELDS = (
    "population",
    "households",
    "aged_65_count",
    "aged_75_count",
    "area_count",
    "centres_direct",
    "centres_outsourced",
    "care_premium",
)
_PERCENT_FIELDS = ("aging_rate", "certification_rate")


class ValidationError(ValueError):
    """Input that breaks a domain rule. ``code`` names the rule, ``field`` the input."""

    def __init__(self, code: str, field: str, detail: str = "", *more: str) -> None:
        super().__init__(f"{field}: {code} {' '.join((detail, *more))}".strip())
        self.code = code
        self.field = field
        self.detail = detail
        self.details = (detail, *more)  # %1, %2 … of the message


def check_digit(first_five: str) -> int:
    """The 検査数字 of a 全国地方公共団体コード: weights 6..2, modulus 11, last digit of 11 − rest."""
    total = sum(int(d) * w for d, w in zip(first_five, (6, 5, 4, 3, 2), strict=True))
    return (11 - total % 11) % 10


def normalise_municipality_code(code: str | None) -> str | None:
    """Accept the 5-digit or 6-digit code (full-width digits too) and return the 6-digit form.

    Raises ``ValidationError('code_format')`` for anything but 5 or 6 digits,
    ``'code_check_digit'`` when the sixth digit is wrong (a typo) and
    ``'code_prefecture'`` when the first two digits are not 01–47.
    """
    if code is None:
        return None
    text = code.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if not text:
        return None
    if not text.isascii() or not text.isdigit() or len(text) not in (5, 6):
        raise ValidationError("code_format", "municipality_code", code)
    if not 1 <= int(text[:2]) <= 47:
        raise ValidationError("code_prefecture", "municipality_code", code)
    digit = check_digit(text[:5])
    if len(text) == 6 and int(text[5]) != digit:
        raise ValidationError("code_check_digit", "municipality_code", str(digit))
    return text[:5] + str(digit)


def prefecture_for_code(code: str) -> str:
    return PREFECTURES[int(code[:2]) - 1]


def validate_profile(changes: Mapping[str, object]) -> ProfileValues:
    """Check and normalise profile changes; return the cleaned values."""
    clean: dict[str, object] = dict(changes)
    if "name" in clean and not str(clean["name"] or "").strip():
        raise ValidationError("empty_name", "name")
    for key in ("name", "municipality_name", "prefecture"):
        if key in clean:
            clean[key] = str(clean[key] or "").strip()
    if "municipality_code" in clean:
        clean["municipality_code"] = normalise_municipality_code(clean["municipality_code"])  # type: ignore[arg-type]
    if clean.get("prefecture") and clean["prefecture"] not in PREFECTURES:
        raise ValidationError("unknown_prefecture", "prefecture", str(clean["prefecture"]))
    for key in _COUNT_FIELDS:
        count = _number(clean, key, int)
        if count is not None and count < 0:
            raise ValidationError("negative", key)
    for key in _PERCENT_FIELDS:
        percent = _number(clean, key, float)
        if percent is not None and not 0 <= percent <= 100:
            raise ValidationError("percent_range", key, f"{percent:g}")
    year = _number(clean, "fiscal_year", int)
    if year is not None and not 2000 <= year <= 2100:
        raise ValidationError("year_range", "fiscal_year")
    return cast(ProfileValues, clean)


def _number(clean: dict[str, object], key: str, kind: type[int] | type[float]) -> float | None:
    """``clean[key]`` as ``kind`` (stored back so), or None when absent or empty."""
    value = clean.get(key)
    if value is None:
        return None
    if not isinstance(value, int | float | str):
        raise ValidationError("not_a_figure", key)
    try:
        number = kind(value)
    except ValueError:
        raise ValidationError("not_a_figure", key) from None
    clean[key] = number
    return number


def population_share(population: int | None, count: int | None) -> float | None:
    """A group's share of the population in percent, two decimals (高齢化率 for the 65+)."""
    if not population or count is None:
        return None
    return round(count * 100 / population, 2)


def implausible(profile: Mapping[str, object]) -> list[ValidationError]:
    """Figures that can be entered but are unlikely to be true: said, never refused.

    Each is a :class:`ValidationError` (code and field) for the page to word as a warning.
    """
    found: list[ValidationError] = []

    def number(key: str) -> float | None:
        value = profile.get(key)
        return None if value is None else float(value)  # type: ignore[arg-type]

    people = number("population")
    aged_65, aged_75 = number("aged_65_count"), number("aged_75_count")
    households = number("households")
    for key, count in (("aged_65_count", aged_65), ("aged_75_count", aged_75)):
        if people is not None and count is not None and count > people:
            found.append(ValidationError(f"{key}_over_population", key))
    if aged_65 is not None and aged_75 is not None and aged_75 > aged_65:
        found.append(ValidationError("more_75_than_65", "aged_75_count"))
    if people is not None and households is not None and households > people:
        found.append(ValidationError("more_households_than_people", "households"))
    rate = number("aging_rate")
    share = population_share(profile.get("population"), profile.get("aged_65_count"))  # type: ignore[arg-type]
    if rate is not None and share is not None and abs(rate - share) > 1:
        found.append(ValidationError("rate_mismatch", "aging_rate", f"{share:.2f}"))
    return found


def validate_resource(values: Mapping[str, object], known_kinds: set[str]) -> ResourceValues:
    """Check and normalise a resource's fields; return the cleaned values."""
    clean: dict[str, object] = dict(values)
    for key in ("name", "furigana", "operator", "area", "target"):
        if key in clean:
            clean[key] = str(clean[key] or "").strip()
    if "name" in clean and not clean["name"]:
        raise ValidationError("empty_name", "name")
    if "kind_id" in clean and clean["kind_id"] not in known_kinds:
        raise ValidationError("unknown_kind", "kind_id", str(clean["kind_id"]))
    if "status" in clean:
        try:
            clean["status"] = ResourceStatus(str(clean["status"]))
        except ValueError:
            raise ValidationError("unknown_status", "status", str(clean["status"])) from None
    if "memo" in clean:
        clean["memo"] = str(clean["memo"] or "")
    return cast(ResourceValues, clean)
