"""The projection: how long the wall takes to show an edit.

The wall's scenes are rebuilt whole when their sheet or board changes, with every tile
laid out in large type and pushed apart. Budgets: a sample sheet (about 15 cards) in at
most 150 ms, so an edit reaches the wall at once; a crowded 300-card sheet in at most
1.5 s (all cards in one zone, the worst case for pushing tiles apart).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.document import WorkshopDocument  # noqa: E402
from app.store.sample import write_sample  # noqa: E402
from app.store.workshop_file import open_workshop  # noqa: E402
from benchmarks.bench_export import build  # noqa: E402
from benchmarks.common import check_ratio, exit_code, median_ms, qt_application  # noqa: E402
from benchmarks.floors import bare_scene  # noqa: E402

#: Ratios to floors measured in the same run (benchmarks/floors.py): the product's
#: target over the floor on these machines, or four times today's ratio if that is tighter.
BUDGET_SAMPLE, BUDGET_CROWDED = 60, 180


def main() -> int:
    app = qt_application()
    from app.views.projection.board_room import BoardRoom
    from app.views.projection.sheet_room import SheetRoom

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_sample(root / "sample.wagamachi").close()
        document = WorkshopDocument(open_workshop(root / "sample.wagamachi"))
        sheets = [SheetRoom(document, s.id) for s in document.sheets.all()]
        worst = max(median_ms(lambda _i, r=room: r.refresh(), 5) for room in sheets)
        floor = bare_scene(60, (1920, 1080))
        check_ratio(
            "sample sheet on the wall, slowest of 3 (median)", worst, floor, BUDGET_SAMPLE, 150
        )
        boards = [BoardRoom(document, b.id) for b in document.boards.all()]
        worst = max(median_ms(lambda _i, r=room: r.refresh(), 5) for room in boards)
        check_ratio(
            "sample board on the wall, slowest of 2 (median)", worst, floor, BUDGET_SAMPLE, 150
        )
        document.close()

        sheet_id = build(root / "cards.wagamachi")
        crowded = WorkshopDocument(open_workshop(root / "cards.wagamachi"))
        room = SheetRoom(crowded, sheet_id)
        ms = median_ms(lambda _i: room.refresh(), 3)
        floor = bare_scene(300, (1920, 1080))
        check_ratio("300-card sheet on the wall (median of 3)", ms, floor, BUDGET_CROWDED, 1500)
        crowded.close()
    del app
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
