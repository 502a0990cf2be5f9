"""Export files are written whole or not at all; CSV opens in Excel; the original is untouched."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.export import output, report
from app.export.csv_export import TABLES, csv_bytes, write_all
from app.export.output import ExportError, write_atomic
from app.export.report import ExportRequest, export_pdf
from app.models import Resource
from app.models.furigana import gojuon_key, hiragana
from app.store.workshop_file import open_workshop
from tests.conftest import file_hash


def test_a_failed_export_leaves_the_old_file_and_no_part_file(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF- the previous report")
    before = file_hash(out)

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("layout failed half way")

    monkeypatch.setattr(report, "build", broken)
    with open_workshop(sample_path, read_only=True) as workshop_file, pytest.raises(RuntimeError):
        export_pdf(workshop_file, out, ExportRequest())
    assert file_hash(out) == before
    others = [p.name for p in tmp_path.iterdir() if not p.name.startswith("sample.wagamachi")]
    assert others == ["report.pdf"]


def test_unwritable_targets_are_refused_with_a_code(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as missing:
        write_atomic(tmp_path / "no such folder" / "x.pdf", b"data")
    assert missing.value.code == "no_folder"
    with pytest.raises(ExportError) as folder:
        write_atomic(tmp_path, b"data")
    assert folder.value.code == "is_folder"


def test_a_read_only_folder_or_a_file_open_elsewhere_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(output.tempfile, "mkstemp", denied)
        with pytest.raises(ExportError) as unwritable:
            write_atomic(tmp_path / "x.pdf", b"data")
    assert unwritable.value.code == "unwritable"

    target = tmp_path / "open-in-viewer.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(output.os, "replace", denied)  # as Windows does for an open file
    with pytest.raises(ExportError) as in_use:
        write_atomic(target, b"new")
    assert in_use.value.code == "in_use"
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["open-in-viewer.pdf"]


def test_export_never_changes_the_workshop_file(sample_path: Path, tmp_path: Path) -> None:
    before = file_hash(sample_path)
    with open_workshop(sample_path, read_only=True) as workshop_file:
        export_pdf(workshop_file, tmp_path / "r.pdf", ExportRequest())
        write_all(workshop_file, tmp_path, "sample")
    assert file_hash(sample_path) == before


def test_csv_files_are_utf8_with_bom_for_excel(sample_path: Path, tmp_path: Path) -> None:
    with open_workshop(sample_path, read_only=True) as workshop_file:
        paths = write_all(workshop_file, tmp_path, "sakura")
        with workshop_file.session() as session:
            resource_count = session.query(Resource).count()
    assert [p.name for p in paths] == [f"sakura_{ending}.csv" for ending in TABLES.values()]
    for path in paths:
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert b"\r\n" in data
    resources = list(csv.reader(io.StringIO(paths[0].read_text(encoding="utf-8-sig"))))
    assert resources[0][:4] == ["ID", "名称", "ふりがな", "種別"]
    assert len(resources) == resource_count + 1
    readings = [hiragana(row[2]) for row in resources[1:]]
    assert all(readings) and readings == sorted(readings, key=lambda r: gojuon_key(r, ""))
    assert any(row[1] == "通所型サービスC「パワーアップ教室」" for row in resources)

    cards = list(csv.reader(io.StringIO(paths[1].read_text(encoding="utf-8-sig"))))
    zones = {row[1] for row in cards[1:] if row[0] == "総合事業の三角形"}
    assert {"集中介入期", "移行期", "生活期"} <= zones

    notes = list(csv.reader(io.StringIO(paths[2].read_text(encoding="utf-8-sig"))))
    vote_columns = [i for i, name in enumerate(notes[0]) if "投票" in name]
    assert vote_columns, notes[0]
    assert max(int(row[vote_columns[0]] or 0) for row in notes[1:]) == 12


def test_csv_keeps_formula_like_text_as_text() -> None:
    text = csv_bytes([["=SUM(A1)", "+1", "@x", "-3", "ふつう"]]).decode("utf-8-sig")
    assert text.strip() == "'=SUM(A1),'+1,'@x,-3,ふつう"
