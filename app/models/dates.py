"""Japanese eras (和暦) and fiscal years (年度, April to March)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# (first day, name): an era runs from its first day to the day before the next one's.
ERAS = (
    (date(1868, 10, 23), "明治"),
    (date(1912, 7, 30), "大正"),
    (date(1926, 12, 25), "昭和"),
    (date(1989, 1, 8), "平成"),
    (date(2019, 5, 1), "令和"),
)


def era_year(day: date) -> tuple[str, int]:
    """The era and the year within it for ``day`` (the first year is 1, 元年)."""
    for start, name in reversed(ERAS):
        if day >= start:
            return name, day.year - start.year + 1
    raise ValueError(f"{day} is before the Meiji era")


def _year_text(name: str, year: int) -> str:
    return f"{name}{'元' if year == 1 else year}年"


def fiscal_year_label(year: int, lang: str = "ja") -> str:
    """「令和4年度」 for fiscal year 2022 (April 2022 – March 2023); "FY2022" in English.

    A fiscal year is named by the era in force at the end of its first calendar
    year: 昭和63年度 (FY1988, though 平成 began in its January) and 令和元年度
    (FY2019, though it began under 平成), as the government names them.
    """
    if lang == "en":
        return f"FY{year}"
    name, era = era_year(date(year, 12, 31))
    return _year_text(name, era) + "度"


WEEKDAYS_JA = "月火水木金土日"


def format_date(day: date, wareki: bool = False, lang: str = "ja", weekday: bool = False) -> str:
    """A date for people to read.

    ``2022年9月20日`` or, with ``wareki``, ``令和4年9月20日`` (``令和元年5月1日`` in an era's
    first year); ``2022-09-20`` in English. ``weekday`` adds 「（火）」 / " (Tue)".
    """
    if lang == "en":
        text = day.isoformat()
        return f"{text} ({day.strftime('%a')})" if weekday else text
    year = _year_text(*era_year(day)) if wareki else f"{day.year}年"
    text = f"{year}{day.month}月{day.day}日"
    return f"{text}（{WEEKDAYS_JA[day.weekday()]}）" if weekday else text


def fiscal_year_of(day: date) -> int:
    """The fiscal year (named by its first calendar year) that ``day`` falls in."""
    return day.year if day.month >= 4 else day.year - 1


def parse_date(text: str) -> date | None:
    """A date as people type it: 2023-03-31, 2023/3/31, 2023年3月31日 or 令和5年3月31日.

    Empty text is no date (None); anything else that is not a real date raises ValueError.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text) or re.fullmatch(
        r"(\d{4})年(\d{1,2})月(\d{1,2})日", text
    )
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    match = re.fullmatch(r"(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日", text)
    if match:
        name, era, month_text, day_text = match.groups()
        start = next(s for s, n in ERAS if n == name)
        year = start.year + (1 if era == "元" else int(era)) - 1
        month, day = int(month_text), int(day_text)
        return date(year, int(month), int(day))
    raise ValueError(text)
