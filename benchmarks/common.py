"""Small helpers for benchmark scripts: timing, medians, budget reports."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

results: list[tuple[str, float, float, str]] = []


def time_once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_ms(fn: Callable[[int], object], runs: int) -> float:
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def check(name: str, value: float, budget: float, unit: str) -> None:
    results.append((name, value, budget, unit))
    status = "ok" if value <= budget else "OVER"
    print(f"  {name:<48} {value:9.2f} {unit:<3} (budget {budget:g} {unit})  {status}", flush=True)


def exit_code() -> int:
    return 0 if all(value <= budget for _, value, budget, _ in results) else 1


def qt_application():  # type: ignore[no-untyped-def]
    """The offscreen application with the bundled fonts, as the app itself sets it up."""
    import sys

    from PySide6.QtWidgets import QApplication

    from app import fonts

    app = QApplication.instance() or QApplication(sys.argv)
    fonts.register_fonts()
    fonts.apply_ui_font(app)
    return app


def check_ratio(
    name: str, value_ms: float, floor_ms: float, budget: float, target_ms: float
) -> None:
    """A figure against a floor measured in the same run: the ratio is the budget (a busy
    machine slows both), the absolute figure and the product's target are printed beside."""
    ratio = value_ms / max(floor_ms, 1e-6)
    results.append((name, ratio, budget, "x"))
    status = "ok" if ratio <= budget else "OVER"
    target = "within" if value_ms <= target_ms else "beyond"
    print(
        f"  {name:<56} {ratio:7.1f}x floor (budget {budget:g}x)  {status}\n"
        f"  {'':<56} {value_ms:9.1f} ms, floor {floor_ms:.2f} ms; "
        f"target {target_ms:g} ms: {target}",
        flush=True,
    )


def longest_gap(app, running) -> float:  # type: ignore[no-untyped-def]
    """The longest wait, in ms, between ticks of a 10 ms timer while ``running()`` is true:
    how long the window was blocked at most."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    while running():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    timer.stop()
    return max((b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False))
