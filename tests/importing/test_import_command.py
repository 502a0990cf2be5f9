"""Importing a list: one change and one undo step on the laptop; from the command line, what
was added, skipped and refused by row, and a bad file refused in one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from app.commands.importing import ImportResources
from app.document import WorkshopDocument
from app.importing.prepare import prepare
from app.models import Resource, ResourceKind
from app.store.workshop_file import open_workshop
from tests.conftest import file_hash
from tests.test_cli import run


def _list(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["名称", "種別", "地区"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_an_import_is_one_change_and_one_undo_step(
    workshop_path: Path, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    document = WorkshopDocument(open_workshop(workshop_path))
    try:
        table = _list(
            tmp_path / "l.xlsx",
            [["ひまわりサロン", "サロン", "北"], ["体操の会", "通いの場", "南"]],
        )
        changes: list[object] = []
        document.changed.connect(changes.append)
        prepared = prepare(table, document.kinds(), document.resources())
        command = ImportResources(document, prepared.plans)
        command.redo()
        assert sorted(r.name for r in document.resources()) == ["ひまわりサロン", "体操の会"]
        assert len(changes) == 1
        command.undo()
        assert document.resources() == []
    finally:
        document.close()


def test_the_command_line_says_what_happened_to_each_row(
    workshop_path: Path, tmp_path: Path
) -> None:
    table = _list(
        tmp_path / "l.xlsx",
        [["ひまわりサロン", "サロン", "北"], ["謎の会", "なぞ", "南"], ["", "サロン", "東"]],
    )
    done = run("--lang", "ja", "--import", str(table), "--into", str(workshop_path))
    assert done.returncode == 0, done.stderr
    assert "3行目" in done.stderr and "なぞ" in done.stderr and "4行目" in done.stderr
    assert "新しく1件" in done.stdout
    kinds = tmp_path / "kinds.json"
    kinds.write_text(json.dumps({"なぞ": "kayoi"}), encoding="utf-8")
    again = run(
        "--lang",
        "ja",
        "--import",
        str(table),
        "--into",
        str(workshop_path),
        "--kind-map",
        str(kinds),
    )
    assert "新しく1件" in again.stdout and "飛ばした" in again.stdout  # ひまわり is there now


def test_a_bad_table_is_one_sentence_and_the_workshop_is_untouched(
    workshop_path: Path, tmp_path: Path
) -> None:
    before = file_hash(workshop_path)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 but not really")
    done = run("--lang", "ja", "--import", str(broken), "--into", str(workshop_path))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert file_hash(workshop_path) == before


def test_the_command_line_adds_new_kinds_when_asked(workshop_path: Path, tmp_path: Path) -> None:
    table = _list(tmp_path / "l.xlsx", [["縁側の会", "縁側活動", "北"], ["朝市", "朝市", "南"]])
    done = run("--lang", "ja", "--import", str(table), "--into", str(workshop_path), "--new-kinds")
    assert done.returncode == 0, done.stderr
    assert "新しい種別：縁側活動" in done.stdout and "新しく2件" in done.stdout
    with open_workshop(workshop_path) as wf, wf.read_session() as s:
        kinds = {k.id: k for k in s.query(ResourceKind)}
        placed = {r.name: kinds[r.kind_id].name_ja for r in s.query(Resource)}
        readings = {r.name: r.furigana for r in s.query(Resource)}
    assert placed == {"縁側の会": "縁側活動", "朝市": "朝市"}
    assert readings["縁側の会"] == "えんがわのかい"
