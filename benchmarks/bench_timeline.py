"""A long engagement, offscreen: 120 sessions of 12 agenda items, 40 of a 300-person roster
at each, 5 actions each; opening the Sessions page, choosing a session, moving one, and
freezing and comparing a 300-card worksheet."""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QUndoStack  # noqa: E402

from app.document import WorkshopDocument  # noqa: E402
from app.models import (  # noqa: E402
    Action,
    AgendaItem,
    Attendance,
    Card,
    Participant,
    Resource,
    SessionKind,
    WorkshopSession,
)
from app.paths import resource_path  # noqa: E402
from app.store import worksheets  # noqa: E402
from app.store.workshop_file import create_workshop, open_workshop  # noqa: E402
from app.timeline.compare import compare  # noqa: E402
from app.views.timeline.page import TimelinePage  # noqa: E402
from app.worksheets.template import load_templates  # noqa: E402
from benchmarks.common import check_ratio, exit_code, qt_application  # noqa: E402
from benchmarks.floors import CommitFloor, bare_scene, bare_table, plain_diff, plain_sqlite  # noqa: E402

SESSIONS, ITEMS, ROSTER, ATTENDING, CARDS = 120, 12, 300, 40, 300

#: Ratios to floors measured in the same run (benchmarks/floors.py): the product's
#: target over the floor on these machines, or four times today's ratio if that is tighter.
BUDGET_OPEN, BUDGET_CHOOSE, BUDGET_MOVE, BUDGET_FREEZE, BUDGET_COMPARE = 84, 120, 300, 86, 76


def build(path: Path) -> int:
    rng = random.Random(5)
    wf = create_workshop(path)
    with wf.session() as s:
        people = [Participant(name=f"参加者{i}", sort_order=i) for i in range(ROSTER)]
        s.add_all(people)
        s.flush()
        first = date(2022, 4, 4)
        for n in range(SESSIONS):
            session = WorkshopSession(
                kind=list(SessionKind)[n % 6],
                title=f"セッション{n + 1}",
                day=first + timedelta(days=7 * n),
                start=clock_time(13, 30),
                end=clock_time(16, 30),
            )
            s.add(session)
            s.flush()
            s.add_all(
                AgendaItem(session_id=session.id, title=f"項目{k}", minutes=15, sort_order=k)
                for k in range(ITEMS)
            )
            s.add_all(
                Attendance(session_id=session.id, participant_id=p.id)
                for p in rng.sample(people, ATTENDING)
            )
            s.add_all(
                Action(
                    session_id=session.id,
                    what=f"アクション{n}-{k}",
                    due=session.day + timedelta(days=30),
                    sort_order=k,
                )
                for k in range(5)
            )
        template = load_templates(resource_path("templates"))["sogo_triangle"]
        sheet = worksheets.create_worksheet(s, template)
        for i in range(CARDS):
            resource = Resource(name=f"資源{i}", kind_id="houmon_a")
            s.add(resource)
            s.flush()
            s.add(
                Card(
                    worksheet_id=sheet.id,
                    resource_id=resource.id,
                    x=rng.uniform(80, 320),
                    y=rng.uniform(60, 260),
                    width=36,
                    height=13,
                    zone_key="daily_life",
                )
            )
        sheet_id = sheet.id
    wf.close()
    return sheet_id


def main() -> int:
    app = qt_application()
    path = Path(tempfile.mkdtemp(prefix="wagamachi-bench-")) / "timeline.wagamachi"
    sheet_id = build(path)
    document = WorkshopDocument(open_workshop(path))
    stack = QUndoStack()

    start = time.perf_counter()
    page = TimelinePage(document, stack)
    page.resize(1600, 1000)
    page.show()
    page.grab()  # the first full paint
    opened = (time.perf_counter() - start) * 1000
    check_ratio(
        f"open the Sessions page ({SESSIONS} sessions)",
        opened,
        bare_scene(SESSIONS * 3),
        BUDGET_OPEN,
        target_ms=1000,
    )

    ids = [m.id for m in document.timeline.sessions()]
    samples = []
    for session_id in ids[:40]:
        start = time.perf_counter()
        page.select_session(session_id)
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    check_ratio(
        "choose a session: every tab filled (median of 40)",
        statistics.median(samples),
        bare_table(60, 5),
        BUDGET_CHOOSE,
        target_ms=100,
    )

    samples = []
    floor = CommitFloor(path)
    for n, session_id in enumerate(ids[:30]):
        day = document.timeline.session(session_id).day + timedelta(days=1 if n % 2 else -1)
        floor.once()
        start = time.perf_counter()
        document.timeline.update_sessions({session_id: {"day": day}})
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    check_ratio(
        "committed session move incl. views (median of 30)",
        statistics.median(samples),
        floor.median(),
        BUDGET_MOVE,
        target_ms=150,
    )

    start = time.perf_counter()
    document.timeline.take_snapshots(ids[0], [("worksheet", sheet_id)])
    frozen = (time.perf_counter() - start) * 1000
    floor = plain_sqlite(path, "SELECT * FROM card")
    check_ratio(f"freeze a {CARDS}-card worksheet", frozen, floor, BUDGET_FREEZE, target_ms=200)
    old = document.timeline.current_content("worksheet", sheet_id)
    new = dict(old, items=[dict(i, zone="transition") for i in old["items"][::2]])
    start = time.perf_counter()
    result = compare(old, new)
    compared = (time.perf_counter() - start) * 1000
    assert len(result.removed) == CARDS // 2 and len(result.moved) == CARDS // 2
    check_ratio(
        f"compare two {CARDS}-card snapshots",
        compared,
        plain_diff(CARDS),
        BUDGET_COMPARE,
        target_ms=50,
    )
    page.close()
    document.close()
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
