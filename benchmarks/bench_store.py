"""Opening workshop files and committing edits (every edit is its own durable transaction)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.store import repository  # noqa: E402
from app.store.sample import write_sample  # noqa: E402
from app.store.workshop_file import create_workshop, open_workshop  # noqa: E402
from benchmarks.common import check_ratio, exit_code, median_ms, time_once  # noqa: E402
from benchmarks.floors import bare_commit, plain_inserts, plain_sqlite  # noqa: E402

LARGE = 5000
#: Ratios to floors measured in the same run (benchmarks/floors.py): the product's
#: target over the floor on these machines, or four times today's ratio if that is tighter.
BUDGET_WRITE, BUDGET_OPEN, BUDGET_COMMIT, BUDGET_READ = 870, 28, 10, 18


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="wagamachi-bench-"))
    sample = folder / "sample.wagamachi"
    written = time_once(lambda: write_sample(sample).close()) * 1000
    check_ratio("write the sample workshop", written, plain_inserts(1000), BUDGET_WRITE, 1500)
    opened = time_once(lambda: open_workshop(sample).close()) * 1000
    checked = plain_sqlite(sample, "PRAGMA integrity_check")
    check_ratio("open the sample (all checks)", opened, checked, BUDGET_OPEN, 500)
    commit = bare_commit(sample)

    with open_workshop(sample) as wf:

        def edit_profile(i: int) -> None:
            with wf.session() as s:
                repository.update_profile(s, {"population": 40000 + i})

        def add_resource(i: int) -> None:
            with wf.session() as s:
                repository.insert_resource(s, {"name": f"資源{i}", "kind_id": "kayoi"})

        edit = median_ms(edit_profile, 200)
        check_ratio("committed profile edit, median of 200", edit, commit, BUDGET_COMMIT, 5)
        added = median_ms(add_resource, 200)
        check_ratio("committed new resource, median of 200", added, commit, BUDGET_COMMIT, 5)

    large = folder / "large.wagamachi"
    with create_workshop(large) as wf, wf.session() as s:
        for i in range(LARGE):
            repository.insert_resource(
                s, {"name": f"○○地区 通いの場 {i}", "kind_id": "kayoi", "memo": "メモ" * 20}
            )
    size_mb = large.stat().st_size / 1e6
    opened = time_once(lambda: open_workshop(large).close()) * 1000
    checked = plain_sqlite(large, "PRAGMA integrity_check")
    check_ratio(
        f"open a file with {LARGE} resources ({size_mb:.1f} MB)", opened, checked, BUDGET_OPEN, 1000
    )

    def read_all() -> None:
        with open_workshop(large) as wf, wf.session() as s:
            assert len(repository.resources(s)) == LARGE

    read = time_once(read_all) * 1000
    floor = plain_sqlite(large, "SELECT * FROM resource")
    check_ratio(f"open and read {LARGE} resources", read, floor, BUDGET_READ, 1500)
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
