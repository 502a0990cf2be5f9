"""Floors: the same kind of work done the plainest way, measured in the same run.

A budget is a ratio to one of these, so a busy machine, which slows both, does not flip it;
each script prints the absolute figure beside the ratio.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsView,
    QTableWidget,
    QTableWidgetItem,
)
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import text

from app.store.connections import make_engine


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def bare_scene(items: int, size: tuple[int, int] = (1600, 1000)) -> float:
    """Build a scene of ``items`` rectangles with a line of text each, show it at its own
    size in a view of ``size`` and paint it once: the floor of opening a sheet, a board or
    the timeline (the first run, which loads fonts, is not counted)."""
    view = QGraphicsView()
    view.resize(*size)
    view.show()
    font = QFont()
    font.setPixelSize(11)

    def build_and_paint() -> None:
        scene = QGraphicsScene()
        for i in range(items):
            x, y = (i % 70) * 24.0, (i // 70) * 14.0
            scene.addRect(QRectF(x, y, 22, 12))
            scene.addSimpleText(f"通いの場 {i}", font).setPos(x + 1, y + 1)
        view.setScene(scene)
        view.viewport().grab()
        view.setProperty("scene", scene)  # kept alive until the next run

    build_and_paint()
    ms = statistics.median(_ms(build_and_paint) for _ in range(3))
    view.close()
    return ms


def bare_move(app: QApplication, steps: int = 100) -> float:
    """Move one rectangle with its text in a shown scene of 2,000, and repaint the view
    where it changed: the floor of one step of a drag."""
    view = QGraphicsView()
    view.resize(1600, 1000)
    scene = QGraphicsScene()
    font = QFont()
    font.setPixelSize(11)
    for i in range(2000):
        x, y = (i % 70) * 24.0, (i // 70) * 14.0
        scene.addRect(QRectF(x, y, 22, 12))
        scene.addSimpleText(f"通いの場 {i}", font).setPos(x + 1, y + 1)
    item = scene.addRect(QRectF(300, 200, 22, 12))
    view.setScene(scene)
    view.show()
    view.viewport().grab()
    app.processEvents()
    samples = []
    for i in range(steps):
        start = time.perf_counter()
        before = item.sceneBoundingRect()
        item.setPos(item.pos() + QPointF(0.5 if i % 2 else -0.5, 0.3))
        app.processEvents()
        changed = view.mapFromScene(before.united(item.sceneBoundingRect())).boundingRect()
        view.viewport().repaint(changed.adjusted(-2, -2, 2, 2))  # what a drag repaints
        samples.append((time.perf_counter() - start) * 1000)
    view.close()
    return statistics.median(samples)


class CommitFloor:
    """The floor of one committed edit: a small write through an engine set up as the app's
    writer, on a copy of the file. Call :meth:`once` beside each measured edit, so the floor
    and the edits see the same disk at the same moments (a commit waits for the disk, whose
    speed on a shared machine changes from second to second)."""

    def __init__(self, path: Path) -> None:
        self.copy = path.with_name("floor-commit-" + path.name)
        shutil.copyfile(path, self.copy)
        self.engine = make_engine(self.copy, read_only=False)
        self.samples: list[float] = []

    def once(self) -> None:
        n = len(self.samples)

        def write() -> None:
            with self.engine.begin() as conn:
                conn.execute(text("UPDATE workshop SET population = :n WHERE id = 1"), {"n": n})

        self.samples.append(_ms(write))

    def median(self) -> float:
        self.engine.dispose()
        return statistics.median(self.samples)


def bare_commit(path: Path, runs: int = 100) -> float:
    """:class:`CommitFloor` on its own, ``runs`` times."""
    floor = CommitFloor(path)
    for _ in range(runs):
        floor.once()
    return floor.median()


def plain_sqlite(path: Path, sql: str, runs: int = 3) -> float:
    """One statement on a plain connection to a copy of ``path``: the floor of reading or
    checking a file."""
    copy = path.with_name("floor-read-" + path.name)
    shutil.copyfile(path, copy)

    def run() -> None:
        conn = sqlite3.connect(copy)
        conn.execute(sql).fetchall()
        conn.close()

    return statistics.median(_ms(run) for _ in range(runs))


def plain_inserts(rows: int) -> float:
    """``rows`` rows of a few columns inserted in one transaction, in memory: the floor of
    writing a workshop."""

    def run() -> None:
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, x REAL, y REAL)")
        conn.executemany(
            "INSERT INTO t (name, x, y) VALUES (?, ?, ?)",
            ((f"通いの場 {i}", i * 1.5, i * 0.5) for i in range(rows)),
        )
        conn.commit()
        conn.close()

    return statistics.median(_ms(run) for _ in range(3))


def plain_pdf(items: int, pages: int, folder: Path) -> float:
    """``pages`` A3 pages of ``items`` boxes with a line of Japanese each, with reportlab:
    the floor of exporting."""
    from app.export import fonts

    regular, _bold = fonts.register()

    def run() -> None:
        canvas = Canvas(str(folder / "floor.pdf"), pagesize=landscape(A3))
        for _ in range(pages):
            for i in range(items):
                x, y = 20 + (i % 20) * 55, 40 + (i // 20) * 40
                canvas.rect(x, y, 50, 30)
                canvas.setFont(regular, 9)
                canvas.drawString(x + 2, y + 12, f"通いの場 {i}")
            canvas.showPage()
        canvas.save()

    return statistics.median(_ms(run) for _ in range(3))


def plain_table_pdf(rows: int, folder: Path) -> float:
    """A plain reportlab table of ``rows`` rows of six short Japanese strings on A4
    pages: the floor of printing a long list."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from app.export import fonts

    regular, _bold = fonts.register()
    data = [
        [f"通いの場 {i}", "サロン", "自治会", "北部圏域", "高齢者", "稼働中"] for i in range(rows)
    ]

    def run() -> None:
        table = Table(data, repeatRows=0)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), 8)])
        SimpleDocTemplate(str(folder / "floor-table.pdf"), pagesize=A4).build([table])

    return statistics.median(_ms(run) for _ in range(3))


def bare_table(rows: int, columns: int) -> float:
    """A table widget filled with ``rows`` × ``columns`` cells and shown: the floor of
    filling a session's tabs."""
    table = QTableWidget(rows, columns)
    table.show()

    def run() -> None:
        for r in range(rows):
            for c in range(columns):
                table.setItem(r, c, QTableWidgetItem(f"{r}-{c}"))
        table.viewport().grab()

    ms = statistics.median(_ms(run) for _ in range(5))
    table.close()
    return ms


def plain_diff(items: int) -> float:
    """Two dictionaries of ``items`` entries compared key by key: the floor of comparing
    two snapshots."""
    old = {f"card{i}": ("zone", f"通いの場 {i}") for i in range(items)}
    new = {k: ("other", v[1]) for k, v in list(old.items())[::2]}

    def run() -> None:
        added = [k for k in new if k not in old]
        removed = [k for k in old if k not in new]
        moved = [k for k in new if k in old and new[k][0] != old[k][0]]
        assert len(removed) + len(moved) + len(added) >= 0

    return statistics.median(_ms(run) for _ in range(5))
