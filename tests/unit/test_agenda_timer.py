"""The projector's agenda timer through its states, on a clock the test moves."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.timeline.timer import AgendaTimer, TimerState, countdown_text


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2022, 12, 5, 13, 30)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += timedelta(minutes=minutes, seconds=seconds)


def test_runs_pauses_overruns_and_records_actual_times() -> None:
    clock = FakeClock()
    timer = AgendaTimer([15, 45, 10], clock)
    assert timer.state == TimerState.READY
    assert timer.remaining() == 15 * 60

    timer.start()
    assert timer.state == TimerState.RUNNING
    assert timer.runs[0].started == datetime(2022, 12, 5, 13, 30)
    clock.advance(minutes=5)
    assert timer.remaining() == 10 * 60
    assert countdown_text(timer.remaining()) == "10:00"

    timer.pause()
    clock.advance(minutes=3)  # paused: the countdown stands still
    assert timer.state == TimerState.PAUSED
    assert timer.remaining() == 10 * 60
    timer.toggle()
    assert timer.state == TimerState.RUNNING

    clock.advance(minutes=12)  # two minutes over
    assert timer.overrun
    assert timer.remaining() == -120
    assert countdown_text(timer.remaining()) == "+2:00"

    timer.skip()
    assert timer.index == 1
    assert timer.runs[0].ended == datetime(2022, 12, 5, 13, 50)
    assert timer.runs[1].started == datetime(2022, 12, 5, 13, 50)
    assert not timer.overrun
    assert timer.remaining() == 45 * 60


def test_plus_five_back_and_finish() -> None:
    clock = FakeClock()
    timer = AgendaTimer([10, 20], clock)
    timer.start()
    clock.advance(minutes=9)
    timer.add_minutes(5)
    assert timer.remaining() == 6 * 60
    clock.advance(minutes=7)
    assert timer.overrun

    timer.skip()
    clock.advance(minutes=2)
    timer.back()  # the first item again, from its full time, without the extra minutes
    assert timer.index == 0
    assert timer.remaining() == 10 * 60
    assert timer.runs[1].started is None and timer.runs[1].ended is None

    timer.skip()
    clock.advance(minutes=20)
    assert timer.progress() == 1.0
    timer.skip()
    assert timer.state == TimerState.FINISHED
    assert timer.current is None
    assert timer.runs[1].ended == clock.now
    timer.back()  # from the end, the last item again
    assert timer.state == TimerState.RUNNING and timer.index == 1


def test_progress_counts_finished_items_and_the_current_one() -> None:
    clock = FakeClock()
    timer = AgendaTimer([30, 30], clock)
    assert timer.progress() == 0.0
    timer.start()
    clock.advance(minutes=15)
    assert timer.progress() == 0.25
    timer.skip()
    assert timer.progress() == 0.5


def test_countdown_rounds_up_while_time_is_left() -> None:
    assert countdown_text(725.3) == "12:06"
    assert countdown_text(0) == "0:00"
    assert countdown_text(-200.5) == "+3:20"


def test_an_empty_agenda_is_finished_from_the_start() -> None:
    timer = AgendaTimer([], FakeClock())
    assert timer.state == TimerState.FINISHED
    timer.start()
    timer.skip()
    assert timer.state == TimerState.FINISHED
