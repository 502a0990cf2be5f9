"""Opening workshop files and committing edits (every edit is its own durable transaction)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.store import repository  # noqa: E402
from app.store.sample import write_sample  # noqa: E402
from app.store.workshop_file import create_workshop, open_workshop  # noqa: E402
from benchmarks.common import check, exit_code, median_ms, time_once  # noqa: E402

LARGE = 5000


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="wagamachi-bench-"))
    sample = folder / "sample.wagamachi"
    check(
        "write the sample workshop",
        time_once(lambda: write_sample(sample).close()) * 1000,
        1500,
        "ms",
    )
    check(
        "open the sample (all checks)",
        time_once(lambda: open_workshop(sample).close()) * 1000,
        500,
        "ms",
    )

    with open_workshop(sample) as wf:

        def edit_profile(i: int) -> None:
            with wf.session() as s:
                repository.update_profile(s, {"population": 40000 + i})

        def add_resource(i: int) -> None:
            with wf.session() as s:
                repository.insert_resource(s, {"name": f"資源{i}", "kind_id": "kayoi"})

        check("committed profile edit, median of 200", median_ms(edit_profile, 200), 5, "ms")
        check("committed new resource, median of 200", median_ms(add_resource, 200), 5, "ms")

    large = folder / "large.wagamachi"
    with create_workshop(large) as wf, wf.session() as s:
        for i in range(LARGE):
            repository.insert_resource(
                s, {"name": f"○○地区 通いの場 {i}", "kind_id": "kayoi", "memo": "メモ" * 20}
            )
    size_mb = large.stat().st_size / 1e6
    check(
        f"open a file with {LARGE} resources ({size_mb:.1f} MB)",
        time_once(lambda: open_workshop(large).close()) * 1000,
        1000,
        "ms",
    )

    def read_all() -> None:
        with open_workshop(large) as wf, wf.session() as s:
            assert len(repository.resources(s)) == LARGE

    check(f"open and read {LARGE} resources", time_once(read_all) * 1000, 1500, "ms")
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
