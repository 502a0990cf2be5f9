"""ファイル ▸ 取り込み: the columns guessed and changeable, the preview of every row, nothing
written until 取り込む, then one undo step; the mapping remembered for the same layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt

from app.importing.plan import NEW_KIND
from app.importing.reading import read_table
from app.views.importing.import_dialog import ImportDialog
from app.views.main_window import MainWindow
from tests.conftest import file_hash


def _list(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["サロン一覧（令和6年度）"])
    sheet.append(["番号", "サロン名", "分類", "地区", "代表"])
    sheet.append([1, "ひまわりサロン", "サロン", "北地区", "山田"])
    sheet.append([2, "駅前サロン", "ふしぎな分類", "南地区", "佐藤"])
    book.save(path)
    return path


def test_nothing_is_written_until_import_and_then_it_is_one_undo_step(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    document = window.document
    table = _list(tmp_path / "salons.xlsx")
    before = len(document.resources())
    dialog = ImportDialog(document, table, read_table(table), window)
    qtbot.addWidget(dialog)
    assert dialog.columns["name"].currentText() == "サロン名"
    assert dialog.columns["operator"].currentText() == "代表"
    assert dialog.model.rowCount() == 2
    assert "1" in dialog.summary.text()  # 1 new, 1 not imported
    assert dialog.model.data(dialog.model.index(1, 5)).startswith("分類")
    dialog.default_kind.setCurrentIndex(dialog.default_kind.findData("salon"))
    assert dialog.model.data(dialog.model.index(1, 1)) == "新規"
    dialog.columns["area"].setCurrentIndex(0)  # (none): the user's own mapping
    assert dialog.prepared is not None and "area" not in dialog.prepared.mapping
    assert len(document.resources()) == before  # the preview wrote nothing
    dialog.reject()
    assert len(document.resources()) == before

    again = ImportDialog(document, table, read_table(table), window)
    qtbot.addWidget(again)
    again.default_kind.setCurrentIndex(again.default_kind.findData("salon"))
    again.columns["area"].setCurrentIndex(0)  # this layout's 地区 is not our 圏域
    command = again.command()
    assert command is not None
    window.undo_stack.push(command)
    assert len(document.resources()) == before + 2
    third = ImportDialog(document, table, read_table(table), window)
    qtbot.addWidget(third)
    assert third.columns["area"].currentIndex() == 0  # remembered for this layout
    window.undo_stack.undo()
    assert len(document.resources()) == before


def test_a_cancelled_import_leaves_the_file_as_it_was(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    window.document.file.checkpoint()
    before = file_hash(sample_path)
    table = _list(tmp_path / "salons.xlsx")
    dialog = ImportDialog(window.document, table, read_table(table), window)
    qtbot.addWidget(dialog)
    dialog.reject()
    window.document.file.checkpoint()
    assert file_hash(sample_path) == before


def test_a_list_dropped_on_the_resources_page_is_imported_after_the_preview(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window.open_path(sample_path)
    page = window.workspace.resources_page
    window.workspace.show_section(1)
    before = len(window.document.resources())
    monkeypatch.setattr(ImportDialog, "exec", lambda self: 1)  # the user presses 取り込む
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_list(tmp_path / "salons.xlsx")))])
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton
    enter = QDragEnterEvent(QPoint(20, 20), actions, data, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(20, 20), actions, data, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)
    names = {r.name for r in window.document.resources()}
    assert "ひまわりサロン" in names  # the row with a known kind; 駅前サロン is refused
    assert len(window.document.resources()) == before + 1
    assert window.undo_stack.count() == 1


def test_a_roster_table_adds_people_and_skips_those_already_on_the_roster(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    document = window.document
    someone = document.roster.all()[0]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["意見交換会 参加者名簿"])
    sheet.append(["氏名", "所属", "役職", "区分", "テーブル"])
    sheet.append(
        ["森 花子", "さくら市社会福祉協議会", "生活支援コーディネーター", "地域", "テーブル2"]
    )
    sheet.append(["林 一郎", "さくら県", "主査", "県", "テーブル1"])
    sheet.append([someone.name, someone.organisation, "", "", ""])
    sheet.append(["谷 次郎", "", "", "どこか", ""])
    table = tmp_path / "roster.xlsx"
    book.save(table)
    dialog = ImportDialog(document, table, read_table(table), window, roster=True)
    qtbot.addWidget(dialog)
    assert dialog.columns["side"].currentText() == "区分"
    outcomes = [dialog.model.data(dialog.model.index(r, 1)) for r in range(4)]
    assert outcomes == ["新規", "新規", "すでにある：飛ばす", "取り込まない"]
    command = dialog.command()
    assert command is not None
    before = len(document.roster.all())
    window.undo_stack.push(command)
    people = {p.name: p for p in document.roster.all()}
    assert len(people) == before + 2
    assert (people["森 花子"].side.value, people["森 花子"].table_name) == (
        "community",
        "テーブル2",
    )
    assert people["林 一郎"].side.value == "supporter"
    window.undo_stack.undo()
    assert len(document.roster.all()) == before


def test_a_row_s_kind_is_chosen_in_the_preview(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QComboBox

    window.open_path(sample_path)
    table = _list(tmp_path / "salons.xlsx")
    dialog = ImportDialog(window.document, table, read_table(table), window)
    qtbot.addWidget(dialog)
    dialog.show()
    kind_cell = dialog.model.index(1, 3)  # 駅前サロン, whose kind nobody knows
    assert dialog.model.data(dialog.model.index(1, 1)) == "取り込まない"
    assert dialog.model.flags(kind_cell) & Qt.ItemFlag.ItemIsEditable
    dialog.table.edit(kind_cell)
    editor = dialog.table.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData("kayoi"))
    dialog.table.commitData(editor)
    assert dialog.row_kinds == {4: "kayoi"}
    assert dialog.model.data(dialog.model.index(1, 1)) == "新規"
    assert dialog.model.data(dialog.model.index(1, 3)) == "通いの場"


def test_unknown_kinds_become_new_kinds_with_the_rows_in_one_undo_step(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    document = window.document
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["団体名", "フリガナ", "分類", "地区"])
    sheet.append(["駅前の縁側", "エキマエノエンガワ", "縁側活動", "南地区"])
    sheet.append(["北の縁側", "", "縁側活動", "北地区"])
    sheet.append(["朝市の会", "あさいちのかい", "朝市", "北地区"])
    sheet.append(["ひまわりサロン北", "ﾋﾏﾜﾘｻﾛﾝｷﾀ", "サロン", "北地区"])
    path = tmp_path / "groups.xlsx"
    book.save(path)
    kinds_before = {k.id for k in document.kinds()}
    dialog = ImportDialog(document, path, read_table(path), window)
    qtbot.addWidget(dialog)
    assert dialog.columns["furigana"].currentText() == "フリガナ"
    assert dialog.model.data(dialog.model.index(0, 1)) != "新規"  # unknown kind: not yet
    dialog.default_kind.setCurrentIndex(dialog.default_kind.findData(NEW_KIND))
    assert [dialog.model.data(dialog.model.index(r, 1)) for r in range(4)] == ["新規"] * 4
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(dialog.model.columnCount())]
    assert "新しい種別：縁側活動" in row, row
    command = dialog.command()
    assert command is not None
    window.undo_stack.push(command)

    added = {k.id: k for k in document.kinds()}
    new = [added[k] for k in set(added) - kinds_before]
    assert sorted(k.name_ja for k in new) == ["朝市", "縁側活動"]
    assert all(not k.builtin and k.mark for k in new)
    by_name = {r.name: r for r in document.resources()}
    assert by_name["駅前の縁側"].kind_id == by_name["北の縁側"].kind_id
    assert document.kind(by_name["駅前の縁側"].kind_id).name_ja == "縁側活動"
    assert by_name["駅前の縁側"].furigana == "エキマエノエンガワ"  # the file's own reading
    assert by_name["ひまわりサロン北"].furigana == "ヒマワリサロンキタ"  # half-width made whole
    assert by_name["北の縁側"].furigana == "きたのえんがわ"  # none in the file: suggested
    page = window.workspace.resources_page
    assert page.kind_filter.findData(f"kind:{by_name['朝市の会'].kind_id}") >= 0

    window.undo_stack.undo()  # the rows and the kinds they brought, together
    assert {k.id for k in document.kinds()} == kinds_before
    assert "駅前の縁側" not in {r.name for r in document.resources()}
    assert page.kind_filter.findData(f"kind:{by_name['朝市の会'].kind_id}") < 0
    window.undo_stack.redo()
    assert document.kind(by_name["駅前の縁側"].kind_id).name_ja == "縁側活動"
