"""取り込み of a town's list of 3,000 resources from .xlsx: reading and planning every row
(the preview) and importing them as one change, against a floor measured in the same run:
openpyxl reading the same workbook alone, and a bare SQLite insert of as many rows."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import check_ratio, exit_code, qt_application  # noqa: E402

ROWS = 3000
KINDS = (
    "サロン",
    "通いの場",
    "いきいき百歳体操",
    "老人クラブ",
    "社協",
    "自治会",
    "ボランティア団体",
)
#: The targets (preview 2 s, import 3 s) over the floors measured here (about 0.6 s to read
#: the workbook, about 10 ms to insert the rows bare).
BUDGET_PREVIEW, BUDGET_IMPORT = 3, 300


def build(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["令和6年度 地域資源一覧"])
    sheet.append([])
    sheet.append(["No.", "名称", "種別", "地区", "運営主体", "活動状況", "備考"])
    for i in range(ROWS):
        sheet.append(
            [
                i + 1,
                f"地域の集い{i:04d}",
                KINDS[i % len(KINDS)],
                f"第{i % 7 + 1}地区",
                f"運営会{i % 50}",
                "活動中",
                "毎週火曜 10時から",
            ]
        )
    book.save(path)


def main() -> int:
    qt_application()
    import openpyxl

    from app.commands.importing import ImportResources
    from app.document import WorkshopDocument
    from app.importing.prepare import prepare
    from app.store.sample import write_sample
    from app.store.workshop_file import open_workshop

    box = Path(tempfile.mkdtemp(prefix="wagamachi-import-"))
    table, workshop = box / "list.xlsx", box / "town.wagamachi"
    build(table)
    write_sample(workshop).close()

    start = time.perf_counter()
    openpyxl.load_workbook(table, data_only=True)
    read_floor = (time.perf_counter() - start) * 1000

    connection = sqlite3.connect(box / "bare.db")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, area TEXT)")
    start = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO t (name, kind, area) VALUES (?, ?, ?)",
            [(f"n{i}", "salon", "a") for i in range(ROWS)],
        )
    insert_floor = (time.perf_counter() - start) * 1000
    connection.close()

    document = WorkshopDocument(open_workshop(workshop))
    start = time.perf_counter()
    prepared = prepare(table, document.kinds(), document.resources())
    preview = (time.perf_counter() - start) * 1000
    assert len(prepared.plans) == ROWS, len(prepared.plans)
    command = ImportResources(document, prepared.plans)
    start = time.perf_counter()
    command.redo()
    imported = (time.perf_counter() - start) * 1000
    document.close()
    check_ratio(
        f"preview of {ROWS} rows (read, map, match, plan)",
        preview,
        read_floor,
        BUDGET_PREVIEW,
        2000,
    )
    check_ratio(f"import of {ROWS} rows as one change", imported, insert_floor, BUDGET_IMPORT, 3000)
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
