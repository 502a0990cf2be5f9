"""The agenda timer the projector shows, as a state machine with an injectable clock.

The timer knows the planned minutes of each item and the wall clock; the view asks it
for the remaining time several times a second and records the actual start and end of
each item in the file. Pausing stops the countdown but not the wall clock, so an item's
actual end minus its start includes any pause, as the minutes record would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

Clock = Callable[[], datetime]


class TimerState(StrEnum):
    READY = "ready"  # nothing started yet
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # past the last item


@dataclass
class ItemRun:
    planned_seconds: float
    extra_seconds: float = 0.0
    started: datetime | None = None
    ended: datetime | None = None


class AgendaTimer:
    def __init__(self, minutes: Sequence[int], clock: Clock = datetime.now) -> None:
        self._clock = clock
        self.runs = [ItemRun(m * 60.0) for m in minutes]
        self.state = TimerState.READY if self.runs else TimerState.FINISHED
        self.index = 0
        self._counted = 0.0  # seconds of the current item run before the last resume
        self._resumed: datetime | None = None

    # -- reading ------------------------------------------------------------------
    @property
    def current(self) -> ItemRun | None:
        return self.runs[self.index] if self.index < len(self.runs) else None

    @property
    def next_index(self) -> int | None:
        return self.index + 1 if self.index + 1 < len(self.runs) else None

    def elapsed(self) -> float:
        """Seconds the current item has been running, without pauses."""
        if self._resumed is None:
            return self._counted
        return self._counted + (self._clock() - self._resumed).total_seconds()

    def remaining(self) -> float:
        """Seconds left on the current item; negative once it overruns."""
        run = self.current
        if run is None:
            return 0.0
        return run.planned_seconds + run.extra_seconds - self.elapsed()

    @property
    def overrun(self) -> bool:
        return self.state in (TimerState.RUNNING, TimerState.PAUSED) and self.remaining() < 0

    def progress(self) -> float:
        """How far through the planned agenda, 0 to 1: finished items plus the current one."""
        planned = sum(r.planned_seconds + r.extra_seconds for r in self.runs)
        if not planned:
            return 1.0 if self.state == TimerState.FINISHED else 0.0
        done = sum(r.planned_seconds + r.extra_seconds for r in self.runs[: self.index])
        if self.current is not None and self.state != TimerState.READY:
            run = self.current
            done += min(self.elapsed(), run.planned_seconds + run.extra_seconds)
        return min(1.0, done / planned)

    # -- gestures -----------------------------------------------------------------
    def start(self) -> None:
        """Start the first item (from READY) or carry on after a pause."""
        if self.state == TimerState.READY:
            self._begin(self.index)
        elif self.state == TimerState.PAUSED:
            self._resumed = self._clock()
            self.state = TimerState.RUNNING

    def pause(self) -> None:
        if self.state == TimerState.RUNNING:
            self._counted = self.elapsed()
            self._resumed = None
            self.state = TimerState.PAUSED

    def toggle(self) -> None:
        if self.state == TimerState.RUNNING:
            self.pause()
        else:
            self.start()

    def skip(self) -> None:
        """End the current item now and start the next; after the last, the timer finishes."""
        if self.state in (TimerState.READY, TimerState.FINISHED):
            if self.state == TimerState.READY and self.next_index is not None:
                self.index += 1  # skip an item before anything started
            return
        run = self.current
        assert run is not None
        run.ended = self._clock()
        if self.next_index is None:
            self.index = len(self.runs)
            self._counted, self._resumed = 0.0, None
            self.state = TimerState.FINISHED
        else:
            self._begin(self.index + 1)

    def back(self) -> None:
        """Return to the previous item and run it again from its full time."""
        if self.index == 0 and self.state != TimerState.FINISHED:
            if self.state != TimerState.READY:
                self._begin(0)  # restart the first item
            return
        current = self.current
        if current is not None:
            current.started = current.ended = None
        if self.state == TimerState.READY:
            self.index -= 1
            return
        self._begin(self.index - 1)

    def add_minutes(self, minutes: int = 5) -> None:
        """Give the current item more time (+5 min)."""
        run = self.current
        if run is not None and self.state != TimerState.FINISHED:
            run.extra_seconds += minutes * 60

    def _begin(self, index: int) -> None:
        self.index = index
        run = self.runs[index]
        run.started, run.ended, run.extra_seconds = self._clock(), None, 0.0
        self._counted, self._resumed = 0.0, run.started
        self.state = TimerState.RUNNING


def countdown_text(seconds: float) -> str:
    """「12:05」 while time is left; 「+3:20」 counting up after an overrun."""
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    text = f"{whole // 60}:{whole % 60:02d}"
    return f"+{text}" if seconds < 0 else text
