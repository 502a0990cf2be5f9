"""The standard shapes of an engagement, laid out on real dates from the first visit.

Three visits (A): 事前準備 → 0.5次 → 1回目 → 1.5次 → 2回目 → 2.5次 → 3回目 → 報告会; two
visits (B) and one visit (C) drop the later visits and their meetings. The spacing follows
the handbook's rhythm of a visit about every ten weeks, each prepared by an online meeting
two weeks before; the facilitator moves sessions freely afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from app.models import SessionKind, SessionMode, Stage
from app.models.values import SessionValues

PATTERNS = ("three_visits", "two_visits", "one_visit")

_VISITS = {"three_visits": 3, "two_visits": 2, "one_visit": 1}
#: Days from the first visit to each visit and to the report meeting, by number of visits.
_VISIT_DAYS = (0, 77, 147)
_REPORT_DAYS = {1: 56, 2: 119, 3: 189}
_STAGES = (Stage.CONNECT, Stage.KNOW, Stage.CREATE)


@dataclass(frozen=True)
class PlannedSession:
    kind: SessionKind
    title: str
    day: date
    mode: SessionMode
    start: time
    end: time
    stage: Stage = Stage.NONE

    def row(self) -> SessionValues:
        return {
            "kind": self.kind,
            "title": self.title,
            "day": self.day,
            "mode": self.mode,
            "start": self.start,
            "end": self.end,
            "stage": self.stage,
        }


def pattern_label(pattern: str, lang: str = "ja") -> str:
    ja, en = {
        "three_visits": (
            "3回支援（0.5次・1.5次・2.5次会議つき）",
            "Three visits with pre-meetings",
        ),
        "two_visits": ("2回支援", "Two visits"),
        "one_visit": ("1回支援", "One visit"),
    }[pattern]
    return en if lang == "en" else ja


def weekday_on_or_after(day: date) -> date:
    """Sessions fall on working days: a Saturday or Sunday moves to the Monday."""
    return day + timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


def visit_days(pattern: str, first_visit: date) -> list[date]:
    """The days of the pattern's visits, the first on ``first_visit``, at its rhythm."""
    return [
        weekday_on_or_after(first_visit + timedelta(days=days))
        for days in _VISIT_DAYS[: _VISITS[pattern]]
    ]


def plan(
    pattern: str, first_visit: date, lang: str = "ja", visits_on: Sequence[date] = ()
) -> list[PlannedSession]:
    """The sessions of ``pattern`` with the first visit on ``first_visit``, in date order.

    ``visits_on`` gives the visits' own days when they are already fixed (as many as the
    pattern has); each visit's online meeting falls two weeks before it, and the report
    meeting six weeks after the last one.
    """
    visits = _VISITS[pattern]
    en = lang == "en"
    days = list(visits_on) if len(visits_on) == visits else visit_days(pattern, first_visit)
    first_visit = days[0]

    def on(days_after_first: int) -> date:
        return weekday_on_or_after(first_visit + timedelta(days=days_after_first))

    sessions = [
        PlannedSession(
            SessionKind.PREPARATION,
            "Preparation" if en else "事前準備",
            on(-42),
            SessionMode.ONLINE,
            time(10, 0),
            time(11, 0),
        )
    ]
    for number in range(1, visits + 1):
        visit_on = days[number - 1]
        sessions.append(
            PlannedSession(
                SessionKind.PRE_MEETING,
                f"{number - 0.5} meeting" if en else f"{number - 0.5}次会議",
                weekday_on_or_after(visit_on - timedelta(days=14)),
                SessionMode.ONLINE,
                time(10, 0),
                time(11, 0),
            )
        )
        sessions.append(
            PlannedSession(
                SessionKind.VISIT,
                f"Visit {number}" if en else f"{number}回目支援",
                visit_on,
                SessionMode.ONSITE,
                time(13, 30),
                time(16, 30),
                _STAGES[number - 1],
            )
        )
    sessions.append(
        PlannedSession(
            SessionKind.REPORT,
            "Report meeting" if en else "報告会",
            on(_REPORT_DAYS[visits]) if not visits_on else days[-1] + timedelta(days=42),
            SessionMode.ONLINE,
            time(14, 0),
            time(15, 30),
        )
    )
    return sessions
