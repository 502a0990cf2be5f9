"""The timeline's rules without Qt: patterns, agenda arithmetic, NEW, overdue actions,
和暦 dates and comparing snapshots."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.models import (
    Action,
    ActionStatus,
    DayPart,
    SessionKind,
    SessionMode,
    Stage,
    WorkshopSession,
)
from app.models.dates import fiscal_year_label, fiscal_year_of, format_date, parse_date
from app.models.rules import ValidationError
from app.timeline.actions import check_due, is_overdue, open_actions
from app.timeline.agenda import check_minutes, check_times, schedule, total
from app.timeline.attendance import newcomers
from app.timeline.compare import compare
from app.timeline.patterns import plan


# -- 和暦 -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "western", "wareki"),
    [
        (date(2022, 9, 20), "2022年9月20日", "令和4年9月20日"),
        (date(2019, 4, 30), "2019年4月30日", "平成31年4月30日"),
        (date(2019, 5, 1), "2019年5月1日", "令和元年5月1日"),
        (date(1989, 1, 7), "1989年1月7日", "昭和64年1月7日"),
        (date(1989, 1, 8), "1989年1月8日", "平成元年1月8日"),
        (date(2020, 1, 1), "2020年1月1日", "令和2年1月1日"),
    ],
)
def test_dates_in_western_and_japanese_years(day: date, western: str, wareki: str) -> None:
    assert format_date(day) == western
    assert format_date(day, wareki=True) == wareki


def test_dates_with_weekday_and_in_english() -> None:
    assert format_date(date(2022, 9, 20), wareki=True, weekday=True) == "令和4年9月20日（火）"
    assert format_date(date(2022, 9, 20), lang="en") == "2022-09-20"
    assert format_date(date(2022, 9, 20), lang="en", weekday=True) == "2022-09-20 (Tue)"


def test_fiscal_year_runs_april_to_march() -> None:
    assert fiscal_year_of(date(2023, 3, 31)) == 2022
    assert fiscal_year_of(date(2023, 4, 1)) == 2023
    assert fiscal_year_label(fiscal_year_of(date(2023, 2, 13))) == "令和4年度"
    assert fiscal_year_label(fiscal_year_of(date(2019, 4, 30))) == "令和元年度"


# -- standard patterns --------------------------------------------------------------
def test_three_visit_pattern_has_every_session_in_order() -> None:
    sessions = plan("three_visits", date(2022, 9, 20))
    titles = [s.title for s in sessions]
    assert titles == [
        "事前準備",
        "0.5次会議",
        "1回目支援",
        "1.5次会議",
        "2回目支援",
        "2.5次会議",
        "3回目支援",
        "報告会",
    ]
    days = [s.day for s in sessions]
    assert days == sorted(days)
    assert sessions[2].day == date(2022, 9, 20)
    assert all(d.weekday() < 5 for d in days)
    visits = [s for s in sessions if s.kind == SessionKind.VISIT]
    assert [v.stage for v in visits] == [Stage.CONNECT, Stage.KNOW, Stage.CREATE]
    assert all(v.mode == SessionMode.ONSITE for v in visits)
    assert sessions[1].mode == SessionMode.ONLINE


@pytest.mark.parametrize(
    ("pattern", "visits", "count"), [("two_visits", 2, 6), ("one_visit", 1, 4)]
)
def test_shorter_patterns(pattern: str, visits: int, count: int) -> None:
    sessions = plan(pattern, date(2024, 6, 3))
    assert len(sessions) == count
    assert sum(s.kind == SessionKind.VISIT for s in sessions) == visits
    assert sessions[-1].kind == SessionKind.REPORT
    assert sessions[-1].day > sessions[-2].day


def test_a_weekend_date_moves_to_monday() -> None:
    sessions = plan("one_visit", date(2024, 6, 8))  # a Saturday
    visit = next(s for s in sessions if s.kind == SessionKind.VISIT)
    assert visit.day == date(2024, 6, 10)


# -- agenda arithmetic --------------------------------------------------------------
def test_agenda_times_follow_from_the_start_and_order() -> None:
    slots = schedule(time(13, 30), [20, 40, 10, 30])
    assert slots == [
        (time(13, 30), time(13, 50)),
        (time(13, 50), time(14, 30)),
        (time(14, 30), time(14, 40)),
        (time(14, 40), time(15, 10)),
    ]
    reordered = schedule(time(13, 30), [10, 20, 40, 30])
    assert reordered[0] == (time(13, 30), time(13, 40))
    assert schedule(None, [10, 20]) == [None, None]


def test_agenda_total_against_the_planned_end() -> None:
    fits = total(time(13, 30), time(16, 30), [60, 60, 50])
    assert (fits.minutes, fits.planned, fits.over_by, fits.ends_at) == (170, 180, 0, time(16, 20))
    over = total(time(13, 30), time(16, 30), [60, 60, 75])
    assert over.over_by == 15
    assert total(None, None, [10]).planned is None


def test_agenda_never_runs_past_midnight() -> None:
    assert schedule(time(23, 0), [30, 60])[1] == (time(23, 30), time(23, 59))


def test_bad_times_and_minutes_are_refused() -> None:
    with pytest.raises(ValidationError) as end:
        check_times(time(16, 0), time(13, 30))
    assert end.value.code == "end_before_start"
    with pytest.raises(ValidationError) as negative:
        check_minutes(-5)
    assert negative.value.code == "negative_minutes"
    with pytest.raises(ValidationError) as word:
        check_minutes("十")
    assert word.value.code == "not_a_number"
    assert check_minutes(" 15 ") == 15


# -- NEW --------------------------------------------------------------------------
def _session(mid: int, day: date, part: DayPart = DayPart.WHOLE) -> WorkshopSession:
    return WorkshopSession(id=mid, title=str(mid), day=day, part=part, start=None)


def test_people_are_new_the_first_time_they_attend() -> None:
    visit1 = _session(1, date(2022, 9, 20))
    visit2 = _session(2, date(2022, 12, 5))
    visit3 = _session(3, date(2023, 2, 13))
    attendance = [(1, 10), (1, 11), (2, 10), (2, 11), (2, 12), (3, 10), (3, 12), (3, 13)]
    new = newcomers([visit3, visit1, visit2], attendance)  # any order in
    assert new == {1: {10, 11}, 2: {12}, 3: {13}}


def test_morning_comes_before_afternoon_on_the_same_day() -> None:
    pm = _session(1, date(2022, 12, 5), DayPart.AFTERNOON)
    am = _session(2, date(2022, 12, 5), DayPart.MORNING)
    new = newcomers([pm, am], [(1, 5), (2, 5)])
    assert new == {2: {5}, 1: set()}


# -- actions ----------------------------------------------------------------------
def test_overdue_means_open_and_past_its_due_date() -> None:
    today = date(2023, 4, 1)
    late = Action(id=1, what="a", due=date(2023, 3, 31), status=ActionStatus.DOING)
    due_today = Action(id=2, what="b", due=today, status=ActionStatus.TODO)
    done = Action(id=3, what="c", due=date(2023, 1, 1), status=ActionStatus.DONE)
    undated = Action(id=4, what="d", due=None, status=ActionStatus.TODO)
    assert [is_overdue(a, today) for a in (late, due_today, done, undated)] == [
        True,
        False,
        False,
        False,
    ]
    assert [a.id for a in open_actions([undated, done, due_today, late])] == [1, 2, 4]


def test_an_action_cannot_fall_due_before_the_engagement() -> None:
    with pytest.raises(ValidationError) as error:
        check_due(date(2022, 7, 1), date(2022, 8, 1))
    assert error.value.code == "due_before_start"
    check_due(date(2022, 8, 1), date(2022, 8, 1))
    check_due(date(2022, 7, 1), None)


# -- comparing snapshots --------------------------------------------------------------
def _item(key: str, label: str, zone: str, identity: str = "") -> dict:
    return {"key": key, "identity": identity or key, "label": label, "zone": zone}


def test_comparison_finds_added_removed_moved_and_relabelled() -> None:
    zones = [{"key": "a", "label": "集中介入期"}, {"key": "b", "label": "生活期"}]
    old = {
        "zones": zones,
        "items": [
            _item("card:1", "通所C（委託）", "a"),
            _item("card:2", "ふれあいの家", "b"),
            _item("card:3", "健康教室", "b"),
            _item("card:4", "百歳体操", "b", "resource:9"),
            _item("card:5", "サロン", "b"),
        ],
    }
    new = {
        "zones": zones,
        "items": [
            _item("card:1", "パワーアップ教室", "a"),
            _item("card:2", "ふれあいの家", "a"),
            _item("card:6", "地域ケア会議", "b"),
            _item("card:7", "百歳体操", "b", "resource:9"),  # taken off and put back
            _item("card:5", "サロン", "b"),
        ],
    }
    result = compare(old, new)
    assert [(c.label, c.zone) for c in result.added] == [("地域ケア会議", "生活期")]
    assert [c.label for c in result.removed] == ["健康教室"]
    assert [(c.label, c.old_zone, c.zone) for c in result.moved] == [
        ("ふれあいの家", "生活期", "集中介入期")
    ]
    assert [(c.old_label, c.label) for c in result.relabelled] == [
        ("通所C（委託）", "パワーアップ教室")
    ]
    assert result.unchanged == 2
    assert result.changed
    assert not compare(new, new).changed


@pytest.mark.parametrize(
    "text", ["2023-03-31", "2023/3/31", "２０２３年３月３１日", "令和5年3月31日", " 2023.03.31 "]
)
def test_dates_are_read_as_people_type_them(text: str) -> None:
    assert parse_date(text) == date(2023, 3, 31)


def test_unreadable_dates_are_refused() -> None:
    assert parse_date("  ") is None
    assert parse_date("令和元年5月1日") == date(2019, 5, 1)
    for text in ("2023-02-30", "来週", "2023-3"):
        with pytest.raises(ValueError):
            parse_date(text)


def test_labels_of_enums_sharing_the_empty_value_do_not_mix() -> None:
    from app.models import DayPart, Stage
    from app.timeline.labels import label

    assert label(Stage.NONE) == "—"
    assert label(DayPart.WHOLE) == "終日"
    assert label(DayPart.WHOLE, "en") == "Whole"


def test_a_session_splits_at_midday_or_keeps_its_part() -> None:
    from datetime import time

    from app.timeline.agenda import split_hours

    assert split_hours(time(10), time(16)) == ((time(10), time(12)), (time(13), time(16)))
    assert split_hours(time(13, 30), time(16, 30)) == (
        (time(9, 30), time(12)),
        (time(13, 30), time(16, 30)),
    )
    assert split_hours(time(9), time(11, 30)) == (
        (time(9), time(11, 30)),
        (time(13, 30), time(16, 30)),
    )
    assert split_hours(None, None) == ((time(9, 30), time(12)), (time(13, 30), time(16, 30)))
