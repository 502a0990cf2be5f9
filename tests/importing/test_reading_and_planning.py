"""A town's list as staff keep it: a title block above the header, merged cells, full-width
digits, Shift_JIS CSV; every row's outcome is planned before anything is written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.importing.plan import ERROR, NEW, SAME, UPDATE, counts
from app.importing.prepare import prepare
from app.importing.reading import Unreadable, read_table
from app.store.repository import kinds as catalogue_kinds
from app.store.workshop_file import open_workshop

HEADER = ["No.", "通いの場名", "種別", "地区", "運営主体", "活動状況", "備考"]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "通いの場一覧"
    sheet.append(["令和6年度 通いの場一覧（さくら市）"])
    sheet.append(["作成：高齢介護課"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    sheet.merge_cells(start_row=5, start_column=4, end_row=6, end_column=4)  # 地区 over two rows
    other = book.create_sheet("メモ")
    other.append(["これは一覧ではありません"])
    book.save(path)
    return path


@pytest.fixture
def catalogue(workshop_path: Path):  # type: ignore[no-untyped-def]
    with open_workshop(workshop_path) as wf, wf.read_session() as s:
        return catalogue_kinds(s)


def test_the_header_is_found_below_the_title_and_merged_cells_fill_their_rows(
    tmp_path: Path, catalogue
) -> None:  # type: ignore[no-untyped-def]
    path = _workbook(
        tmp_path / "list.xlsx",
        [
            [1, "ひまわりサロン", "サロン", "北地区", "ひまわり会", "活動中", ""],
            [2, "いきいき百歳体操　東町", "いきいき百歳体操", None, "東町自治会", "", "毎週火曜"],
            [3, "駅前カフェ", "よくわからない種類", "南地区", "", "", ""],
            [4, "", "サロン", "南地区", "", "", "名前がない行"],
            [5, "ひまわりサロン", "サロン", "北地区", "", "", "同じ行がもう一度"],
            [6, "公民館の体操", "通いの場", "西地区", "", "お休み", ""],
        ],
    )
    prepared = prepare(path, catalogue, [])
    assert prepared.sheet.name == "通いの場一覧" and prepared.header == 3
    assert {k: prepared.headers[v] for k, v in prepared.mapping.items()} == {
        "name": "通いの場名",
        "kind": "種別",
        "area": "地区",
        "operator": "運営主体",
        "status": "活動状況",
        "memo": "備考",
    }
    plans = prepared.plans
    assert [p.number for p in plans] == [5, 6, 7, 8, 9, 10]
    first, second, third, fourth, fifth, sixth = plans
    assert (first.outcome, first.values["kind_id"], first.values["status"]) == (
        NEW,
        "salon",
        "active",
    )
    assert second.values["area"] == "北地区"  # the merged cell
    assert (second.values["name"], second.values["kind_id"], second.kind.how) == (
        "いきいき百歳体操 東町",
        "hyakusai",
        "synonym",
    )
    assert (third.outcome, third.reason, third.column, third.detail) == (
        ERROR,
        "unknown_kind",
        "種別",
        "よくわからない種類",
    )
    assert (fourth.outcome, fourth.reason, fourth.column) == (ERROR, "empty_name", "通いの場名")
    assert (fifth.outcome, fifth.reason) == (SAME, "twice_in_file")
    assert (sixth.outcome, sixth.reason, sixth.detail) == (ERROR, "unknown_status", "お休み")


def test_a_row_like_an_existing_resource_is_skipped_or_updated_as_chosen(
    tmp_path: Path, catalogue, sample_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with open_workshop(sample_path) as wf, wf.read_session() as s:
        from app.store.repository import resources

        existing = resources(s)
    known = existing[0]
    path = _workbook(tmp_path / "list.xlsx", [[1, known.name, "サロン", known.area, "", "", ""]])
    assert prepare(path, catalogue, existing).plans[0].outcome == SAME
    updated = prepare(path, catalogue, existing, update_same=True).plans[0]
    assert (updated.outcome, updated.existing_id) == (UPDATE, known.id)


def test_a_shift_jis_csv_with_full_width_digits_reads_alike(tmp_path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    text = "名称,種別,圏域\r\nサロン　２丁目,ｻﾛﾝ,第１圏域\r\n"
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("cp932"))
    plan = prepare(path, catalogue, []).plans[0]
    assert plan.values == {"name": "サロン 2丁目", "kind_id": "salon", "area": "第1圏域"}


def test_what_is_not_a_table_is_refused_with_a_reason(tmp_path: Path) -> None:
    fake = tmp_path / "list.xlsx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(Unreadable) as refused:
        read_table(fake)
    assert refused.value.code == "not_a_workbook"
    with pytest.raises(Unreadable) as unknown:
        read_table(tmp_path)
    assert unknown.value.code == "missing"


def test_counts_sum_the_outcomes(tmp_path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    path = _workbook(
        tmp_path / "l.xlsx", [[1, "A", "サロン", "", "", "", ""], [2, "", "", "", "", "", "x"]]
    )
    assert counts(prepare(path, catalogue, []).plans) == {
        "new": 1,
        "same": 0,
        "update": 0,
        "error": 1,
    }
