"""The 地域資源 section: filter, add through the dialog, edit, delete with the keyboard, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from app.views.main_window import MainWindow
from app.views.resource_dialog import ResourceDialog
from app.views.resource_table import ID_ROLE
from app.views.resources_page import ResourcesPage
from tests.helpers import type_japanese


@pytest.fixture
def page(window: MainWindow, sample_path: Path) -> ResourcesPage:
    window.open_path(sample_path)
    window.workspace.show_section(1)
    return window.workspace.resources_page


def _names(page: ResourcesPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_filters_combine(page: ResourcesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    total = page.model.rowCount()
    assert total >= 25
    assert page.count_label.text() == f"{total}件中 {total}件を表示"
    type_japanese(page.search, "百歳体操")
    assert len(_names(page)) == 3
    page.status_filter.setCurrentIndex(page.status_filter.findData("suspended"))
    assert _names(page) == ["南地区 いきいき百歳体操"]
    page.search.clear()
    page.status_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("group:hokatsu"))
    names = _names(page)
    assert "地域包括支援センター（北）" in names and "認知症カフェ「オレンジの会」" in names
    assert "配食サービス" not in names
    page.kind_filter.setCurrentIndex(0)
    page.area_filter.setCurrentIndex(page.area_filter.findData("山間圏域"))
    assert sorted(_names(page)) == sorted(
        ["山あいの通いの場「お茶のみ会」", "移動販売車「まちかど号」"]
    )


def test_add_through_the_dialog(
    page: ResourcesPage, window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def fill_and_accept(dialog: ResourceDialog) -> int:
        assert not dialog.buttons.button(
            dialog.buttons.StandardButton.Ok
        ).isEnabled()  # no name yet
        type_japanese(dialog.name, "訪問型サービスC（モデル事業）")
        dialog.kind.setCurrentIndex(dialog.kind.findData("houmon_c"))
        dialog.status.setCurrentIndex(dialog.status.findData("planned"))
        dialog.area.setCurrentText("北部圏域")
        return 1

    monkeypatch.setattr(ResourceDialog, "exec", fill_and_accept)
    before = page.model.rowCount()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1
    added = [r for r in window.document.resources() if r.name == "訪問型サービスC（モデル事業）"]
    assert len(added) == 1 and added[0].kind_id == "houmon_c" and added[0].status.value == "planned"
    window.undo_action.trigger()
    assert page.model.rowCount() == before


def test_dialog_refuses_an_empty_name(page: ResourcesPage, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ResourceDialog(window.document)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "   ")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.error.text() == "名前を入力してください。"


def test_edit_updates_the_row(page: ResourcesPage, window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    type_japanese(page.search, "パワーアップ")
    page.table.selectRow(0)

    def change_status(dialog: ResourceDialog) -> int:
        assert dialog.name.text() == "通所型サービスC「パワーアップ教室」"
        dialog.status.setCurrentIndex(dialog.status.findData("active"))
        return 1

    monkeypatch.setattr(ResourceDialog, "exec", change_status)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.proxy.index(0, 2).data() == "稼働中"
    window.undo_action.trigger()
    assert page.proxy.index(0, 2).data() == "機能していない"


def _select_all_shown(page: ResourcesPage) -> None:
    selection = page.table.selectionModel()
    for row in range(page.proxy.rowCount()):
        selection.select(
            page.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


class Questions(list):  # type: ignore[type-arg]
    """Questions the page asks, answered No unless a test answers otherwise."""

    def __init__(self) -> None:
        super().__init__()
        from PySide6.QtWidgets import QMessageBox

        self.answer = QMessageBox.StandardButton.No


@pytest.fixture
def asked(monkeypatch) -> Questions:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    questions = Questions()

    def ask(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        questions.append(text)
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    return questions


def test_deleting_resources_on_sheets_asks_first_and_says_where(
    page: ResourcesPage, window: MainWindow, qtbot, asked
) -> None:  # type: ignore[no-untyped-def]
    type_japanese(page.search, "百歳体操")
    _select_all_shown(page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "「高齢者の三角形」" in asked[0]
    assert len(_names(page)) == 3  # answered No: nothing deleted


def test_delete_key_removes_selected_rows_and_undo_restores(
    page: ResourcesPage, window: MainWindow, qtbot, asked
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    asked.answer = QMessageBox.StandardButton.Yes
    type_japanese(page.search, "百歳体操")
    _select_all_shown(page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _names(page) == []
    assert not [r for r in window.document.resources() if "百歳体操" in r.name]
    window.undo_action.trigger()
    assert len(_names(page)) == 3


def test_a_heading_click_sorts_and_the_selection_follows_its_row(
    page: ResourcesPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    page.table.selectRow(0)
    chosen = page.selected_ids()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.viewport().rect().topLeft() + QPoint(header.sectionPosition(0) + 20, 5),
    )
    names = _names(page)
    from app.views.resource_table import sort_key

    assert [sort_key(n) for n in names] == sorted(sort_key(n) for n in names)
    assert names != sorted(names, key=sort_key, reverse=True)
    assert page.selected_ids() == chosen  # the selection stayed on its resource
    # katakana and hiragana sort together, full-width letters with half-width
    assert sort_key("サロン") == sort_key("さろん") and sort_key("ＡＢＣ") == sort_key("abc")

    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    new_id = page.push_add({"name": "ん最後の資源", "kind_id": "salon"})
    assert new_id is not None
    rows = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    at = rows.index("ん最後の資源")
    keys = [sort_key(n) for n in rows]
    assert keys == sorted(keys, reverse=True), "a new resource goes to its sorted place"
    assert at < len(rows) - 1


def test_an_edit_keeps_the_search_and_the_other_rows(page: ResourcesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_japanese(page.search, "百歳体操")
    shown = _names(page)
    assert len(shown) == 3
    first = next(
        int(page.proxy.index(r, 0).data(ID_ROLE))
        for r in range(3)
        if page.proxy.index(r, 0).data() == "東地区 いきいき百歳体操"
    )
    assert page.push_edit(first, {"name": "東地区 いきいき百歳体操（改）"})
    assert len(_names(page)) == 3 and "東地区 いきいき百歳体操（改）" in _names(page)
    assert page.push_edit(first, {"name": "東地区 体操の会"})
    assert len(_names(page)) == 2  # no longer matches: it leaves the list at once


def test_while_sorted_an_edited_row_moves_and_many_rows_back_at_once_take_their_places(
    page: ResourcesPage, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from app.commands import DeleteResources
    from app.views.resource_table import sort_key

    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    last = page.proxy.index(page.proxy.rowCount() - 1, 0)
    moved = int(last.data(ID_ROLE))
    assert page.push_edit(moved, {"name": "あああ 最初に来る名前"})
    assert page.proxy.index(0, 0).data() == "あああ 最初に来る名前"  # moved to its place
    assert int(page.proxy.index(0, 0).data(ID_ROLE)) == moved

    ids = [r.id for r in window.document.resources()]
    window.undo_stack.push(DeleteResources(window.document, ids))  # everything at once
    assert page.proxy.rowCount() == 0
    window.undo_action.trigger()  # all of them back in one change
    names = _names(page)
    assert len(names) == len(ids)
    keys = [sort_key(n) for n in names]
    assert keys == sorted(keys)
