"""The timeline's date axis without Qt: where a day sits, the month and week ticks, and
the fiscal years (April–March) the axis is grouped by."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.models import SessionKind
from app.models.dates import fiscal_year_of

#: Pixels per day at each zoom: a year fits a laptop screen by months; weeks for detail.
SCALES = {"months": 3.2, "weeks": 16.0}

#: Lanes from top to bottom, so a visit never hides the meeting that prepared it.
LANES = (
    (SessionKind.PREPARATION, SessionKind.PRE_MEETING),
    (SessionKind.VISIT,),
    (SessionKind.REPORT, SessionKind.FOLLOW_UP, SessionKind.OTHER),
)


def lane_of(kind: SessionKind) -> int:
    return next(i for i, kinds in enumerate(LANES) if kind in kinds)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Axis:
    first: date
    last: date
    px_per_day: float

    def x(self, day: date) -> float:
        return (day - self.first).days * self.px_per_day

    def day_at(self, x: float) -> date:
        """The day whose position is nearest ``x``, kept on the axis."""
        days = round(x / self.px_per_day)
        days = max(0, min(days, (self.last - self.first).days))
        return self.first + timedelta(days=days)

    @property
    def width(self) -> float:
        return self.x(self.last)

    def months(self) -> list[date]:
        ticks, month = [], _month_start(self.first)
        while month <= self.last:
            if month >= self.first:
                ticks.append(month)
            month = _add_months(month, 1)
        return ticks

    def weeks(self) -> list[date]:
        """Mondays on the axis."""
        monday = self.first + timedelta(days=(7 - self.first.weekday()) % 7)
        return [monday + timedelta(weeks=n) for n in range((self.last - monday).days // 7 + 1)]

    def fiscal_years(self) -> list[tuple[int, date, date]]:
        """(fiscal year, first day on the axis, last day on the axis) for each one shown."""
        spans = []
        year = fiscal_year_of(self.first)
        while date(year, 4, 1) <= self.last:
            start = max(self.first, date(year, 4, 1))
            end = min(self.last, date(year + 1, 3, 31))
            spans.append((year, start, end))
            year += 1
        return spans

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def axis_for(days: Iterable[date], today: date, scale: str = "months") -> Axis:
    """From the month before the first session to two months after the last one.

    With no sessions yet, the axis shows the fiscal year around ``today``.
    """
    days = list(days)
    if not days:
        year = fiscal_year_of(today)
        return Axis(date(year, 4, 1), date(year + 1, 3, 31), SCALES[scale])
    first = _add_months(_month_start(min(days)), -1)
    last = _add_months(_month_start(max(days)), 3) - timedelta(days=1)
    return Axis(first, last, SCALES[scale])
