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


_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}


def _era_year(name: str, year_text: str) -> int:
    start = next(s for s, n in ERAS if n == name)
    return start.year + (1 if year_text == "元" else int(year_text)) - 1


def parse_date(text: str, fiscal_year: int | None = None) -> date | None:
    """A date as people type it: 2023-03-31, 2023/3/31, 2023.3.31, 2023年3月31日,
    令和5年3月31日, R5.3.31 (also H31/4/30), and without a year 3/31 or 3月31日, which fall
    in ``fiscal_year`` (April to March; the current one if not given).

    Empty text is no date (None); anything else that is not a real date raises ValueError.
    """
    text = unicodedata.normalize("NFKC", text).strip().upper()
    if not text:
        return None
    sep = r"\s*[-/.]\s*"
    match = re.fullmatch(rf"(\d{{4}}){sep}(\d{{1,2}}){sep}(\d{{1,2}})", text) or re.fullmatch(
        r"(\d{4})年(\d{1,2})月(\d{1,2})日?", text
    )
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    match = re.fullmatch(r"(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日?", text)
    if match:
        name, era, month_text, day_text = match.groups()
        return date(_era_year(name, era), int(month_text), int(day_text))
    match = re.fullmatch(rf"([MTSHR])(元|\d{{1,2}}){sep}(\d{{1,2}}){sep}(\d{{1,2}})", text)
    if match:
        letter, era, month_text, day_text = match.groups()
        return date(_era_year(_ERA_LETTERS[letter], era), int(month_text), int(day_text))
    match = re.fullmatch(rf"(\d{{1,2}}){sep}(\d{{1,2}})", text) or re.fullmatch(
        r"(\d{1,2})月(\d{1,2})日?", text
    )
    if match:
        month, day = (int(g) for g in match.groups())
        first = fiscal_year if fiscal_year is not None else fiscal_year_of(date.today())
        return date(first if month >= 4 else first + 1, month, day)
    raise ValueError(text)
