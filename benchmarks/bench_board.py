"""A board with 2,000 notes in six columns and 100 groups, offscreen: open, drag, commit."""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.boards.layout import slot  # noqa: E402
from app.boards.templates import columns_of  # noqa: E402
from app.document import WorkshopDocument  # noqa: E402
from app.models import Note, NoteGroup  # noqa: E402
from app.paths import resource_path  # noqa: E402
from app.store import boards  # noqa: E402
from app.store.workshop_file import create_workshop, open_workshop  # noqa: E402
from app.views.board.scene import BoardScene  # noqa: E402
from app.views.canvas.view import CanvasView  # noqa: E402
from app.worksheets.template import load_templates  # noqa: E402
from benchmarks.common import check_ratio, exit_code, qt_application  # noqa: E402
from benchmarks.floors import CommitFloor, bare_move, bare_scene  # noqa: E402

NOTES, CLUSTERS = 2000, 100
#: Ratios to floors measured in the same run (benchmarks/floors.py): the product's
#: target over the floor on these machines, or four times today's ratio if that is tighter.
BUDGET_OPEN, BUDGET_DRAG, BUDGET_COMMIT = 15, 14, 11
IDEAS = ("送迎を地域の支え合いで", "卒業生が次の参加者を誘う", "体験会", "通いの場へつなぐ")


def build(path: Path) -> int:
    rng = random.Random(11)
    wf = create_workshop(path)
    template = load_templates(resource_path("templates"))["tsusho_c_pipeline"]
    with wf.session() as s:
        board = boards.create_board(s, "大きなボード", columns_of(template), template.id)
        column_ids = [c.id for c in boards.columns(s, board.id)]
        groups = [NoteGroup(board_id=board.id, title=f"グループ{i}") for i in range(CLUSTERS)]
        s.add_all(groups)
        s.flush()
        per_column = NOTES // len(column_ids) + 1
        for i in range(NOTES):
            column, index = divmod(i, per_column)
            x, y = slot(index, column)
            text = f"{rng.choice(IDEAS)} {i}" + ("。理由も書いておく" * rng.randint(0, 3))
            s.add(
                Note(
                    board_id=board.id,
                    column_id=column_ids[column],
                    group_id=groups[i // 20].id if i % 20 < 6 else None,
                    text=text,
                    x=x,
                    y=y,
                    z=i,
                )
            )
        board_id = board.id
    wf.close()
    return board_id


def _mouse(view: CanvasView, kind: QMouseEvent.Type, at: QPointF) -> None:
    left = Qt.MouseButton.LeftButton
    button = Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseMove else left
    held = Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseButtonRelease else left
    event = QMouseEvent(
        kind, at, view.viewport().mapToGlobal(at), button, held, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view.viewport(), event)


def main() -> int:
    app = qt_application()
    path = Path(tempfile.mkdtemp(prefix="wagamachi-bench-")) / "board.wagamachi"
    board_id = build(path)
    document = WorkshopDocument(open_workshop(path))
    view = CanvasView()
    view.resize(1600, 1000)
    view.show()

    start = time.perf_counter()
    scene = BoardScene(document, board_id)
    view.setScene(scene)
    view.fit_page()
    view.viewport().grab()  # the first full paint
    opened = (time.perf_counter() - start) * 1000
    check_ratio(
        f"open a board with {NOTES} notes, {CLUSTERS} groups",
        opened,
        bare_scene(NOTES),
        BUDGET_OPEN,
        target_ms=1000,
    )

    # A drag through real mouse events on a note inside a group: each step moves the
    # note, refits the group frames around it and repaints what changed.
    view.resetTransform()
    view.scale(2.0, 2.0)
    note = next(item for item in scene.notes.values() if item.group_id is not None)
    view.centerOn(note)
    app.processEvents()
    at = QPointF(view.mapFromScene(note.scene_note_rect().center()))
    _mouse(view, QMouseEvent.Type.MouseButtonPress, at)
    samples = []
    for i in range(100):
        at += QPointF(3 if i % 2 else -2, 1)
        start = time.perf_counter()
        _mouse(view, QMouseEvent.Type.MouseMove, at)
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    _mouse(view, QMouseEvent.Type.MouseButtonRelease, at)
    check_ratio(
        "drag step: move + group frames + repaint (median)",
        statistics.median(samples),
        bare_move(app),
        BUDGET_DRAG,
        target_ms=8,
    )

    # A committed move, measured as for worksheets: the write, the commit and every view
    # updating its items; the repaint that follows is shown beside it.
    ids = list(scene.notes)[:200]
    commits, paints = [], []
    floor = CommitFloor(path)
    for i, note_id in enumerate(ids):
        floor.once()
        start = time.perf_counter()
        document.boards.update_notes(board_id, {note_id: {"x": 10.0 + i % 50, "y": 300.0}})
        middle = time.perf_counter()
        app.processEvents()
        commits.append((middle - start) * 1000)
        paints.append((time.perf_counter() - middle) * 1000)
    print(f"  (the repaint after a committed move: median {statistics.median(paints):.2f} ms)")
    check_ratio(
        "committed move incl. views updating (median of 200)",
        statistics.median(commits),
        floor.median(),
        BUDGET_COMMIT,
        target_ms=5,
    )
    document.close()
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
