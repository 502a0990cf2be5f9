"""The seam between commands and the file, on a real town's scale: 5,000 cards on a sheet
and 3,000 resources in the file, every change through the undo stack with the views open.

Each budget is a ratio to a floor measured in the same run on a copy of the same file, so a
busy machine slows both: for the big changes plain SQLite doing the same writes with the same
settings, for one small change the same statement through an engine set up as the app's
writer. The absolute figure is printed beside it, with the target the product promises.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app.commands.worksheets import DeleteCards, move_cards  # noqa: E402
from app.document import WorkshopDocument  # noqa: E402
from app.models import Card, Resource  # noqa: E402
from app.paths import resource_path  # noqa: E402
from app.store import worksheets  # noqa: E402
from app.store.connections import make_engine  # noqa: E402
from app.store.workshop_file import create_workshop, open_workshop  # noqa: E402
from app.views.author_choice import CurrentAuthor  # noqa: E402
from app.views.undo_stack import SafeUndoStack  # noqa: E402
from app.views.worksheet.page import WorksheetsPage  # noqa: E402
from app.worksheets.sheet import zone_for_card, zone_shapes  # noqa: E402
from app.worksheets.template import load_templates  # noqa: E402
from benchmarks.common import check_ratio, exit_code, qt_application  # noqa: E402

CARDS, RESOURCES = 5000, 3000


def build(path: Path) -> int:
    rng = random.Random(3)
    wf = create_workshop(path)
    template = load_templates(resource_path("templates"))["sogo_triangle"]
    with wf.session() as s:
        resources = [Resource(name=f"○○地区 サロン {i}", kind_id="salon") for i in range(RESOURCES)]
        s.add_all(resources)
        s.flush()
        sheet = worksheets.create_worksheet(s, template)
        shapes = zone_shapes(template, [z.key for z in worksheets.zones(s, sheet.id)])
        for i in range(CARDS):
            x, y = rng.uniform(60, 300), rng.uniform(40, 270)
            s.add(
                Card(
                    worksheet_id=sheet.id,
                    resource_id=resources[i % (RESOURCES - 500)].id,  # 500 not yet placed
                    x=x,
                    y=y,
                    width=36,
                    height=13,
                    z=i,
                    zone_key=zone_for_card(shapes, x, y, 36, 13),
                )
            )
        sheet_id = sheet.id
    wf.close()
    return sheet_id


def _plain(path: Path) -> sqlite3.Connection:
    """The floor: a bare connection to a copy of the file, set up as the app's writer is."""
    copy = path.with_name("floor-" + path.name)
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _engine_floor(path: Path):  # type: ignore[no-untyped-def]
    """A floor for one small change: the same statement through an engine set up as the
    app's writer, in its own transaction, without document, command or views."""
    copy = path.with_name("engine-" + path.name)
    shutil.copyfile(path, copy)
    return make_engine(copy, read_only=False)


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _in_transaction(conn: sqlite3.Connection, fn) -> float:  # type: ignore[no-untyped-def]
    def run() -> None:
        conn.execute("BEGIN IMMEDIATE")
        fn()
        conn.execute("COMMIT")

    return _timed(run)


def main() -> int:
    app = qt_application()
    path = Path(tempfile.mkdtemp(prefix="wagamachi-bench-")) / "town.wagamachi"
    sheet_id = build(path)
    plain = _plain(path)
    document = WorkshopDocument(open_workshop(path))
    stack = SafeUndoStack()
    page = WorksheetsPage(document, stack, CurrentAuthor())
    page.resize(1366, 768)
    page.show()
    scene = page.show_sheet(sheet_id)
    app.processEvents()

    # -- move every card in one drag ------------------------------------------------------
    cards = {c.id: (c.x, c.y) for c in document.sheets.cards(sheet_id)}
    moved = {i: (x + 2.0, y + 1.0) for i, (x, y) in cards.items()}
    ours = _timed(lambda: stack.push(move_cards(document, sheet_id, moved)))
    assert scene.cards[next(iter(moved))].pos().x() == round(next(iter(moved.values()))[0], 2)
    rows = [(x + 2.0, y + 1.0, i) for i, (x, y) in cards.items()]
    floor = _in_transaction(
        plain, lambda: plain.executemany("UPDATE card SET x = ?, y = ? WHERE id = ?", rows)
    )
    check_ratio(f"move {CARDS} cards in one drag, views updated", ours, floor, 150, target_ms=1000)

    # -- select all, delete, undo -------------------------------------------------------------
    ids = list(cards)
    delete = _timed(lambda: stack.push(DeleteCards(document, ids)))
    assert not scene.cards
    undo = _timed(stack.undo)
    assert len(scene.cards) == CARDS
    floor = _in_transaction(
        plain, lambda: plain.execute("DELETE FROM card WHERE worksheet_id = ?", (sheet_id,))
    )
    check_ratio(f"delete {CARDS} selected cards", delete, floor, 240, target_ms=2000)
    check_ratio(f"undo deleting {CARDS} cards", undo, floor, 240, target_ms=2000)

    # -- one drop with 3,000 resources in the file ------------------------------------------
    free = [
        r.id
        for r in document.resources()
        if r.id not in document.sheets.placed_resource_ids(sheet_id)
    ]
    spot = QPointF(150, 150)
    samples = []
    for resource_id in free[:30]:
        samples.append(
            _timed(lambda rid=resource_id: page.card_operations.place_resource(rid, spot))
        )
    engine = _engine_floor(path)

    def insert_one() -> None:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO card (worksheet_id, resource_id, x, y, width, height, z, "
                    "face_down) VALUES (:sheet, 1, 150, 150, 36, 13, 0, 0)"
                ),
                {"sheet": sheet_id},
            )

    one_row = [_timed(insert_one) for _ in range(30)]
    check_ratio(
        f"one drop with {RESOURCES} resources, palette included (median of 30)",
        statistics.median(samples),
        statistics.median(one_row),
        50,
        target_ms=30,
    )

    # -- one card moved -----------------------------------------------------------------------
    card_ids = list(scene.cards)[:100]

    def move_one(i: int, card_id: int) -> None:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE card SET x = :x WHERE id = :id"), {"x": 300.0 + i, "id": card_id}
            )

    # The floor's write beside each measured move, so both see the disk at the same moments.
    samples, singles = [], []
    for i, c in enumerate(card_ids):
        singles.append(_timed(lambda i=i, c=c: move_one(i, c)))
        samples.append(
            _timed(
                lambda i=i, c=c: stack.push(move_cards(document, sheet_id, {c: (80.0 + i, 90.0)}))
            )
        )
    check_ratio(
        "one committed card move (median of 100)",
        statistics.median(samples),
        statistics.median(singles),
        9,
        target_ms=5,
    )
    page.close()
    document.close()
    plain.close()
    engine.dispose()
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
