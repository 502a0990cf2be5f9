"""The 地域資源 section: filter, add through the dialog, edit, delete with the keyboard, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from app.models.furigana import gojuon_key
from app.views.main_window import MainWindow
from app.views.resource_dialog import ResourceDialog
from app.views.resource_table import ID_ROLE, sort_key
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


def _readings(page: ResourcesPage) -> list[tuple]:
    """The 50音順 keys of the rows as shown, read from the file (not from the view)."""
    by_id = {r.id: r for r in page._document.resources()}
    rows = [int(page.proxy.index(r, 0).data(ID_ROLE)) for r in range(page.proxy.rowCount())]
    return [gojuon_key(by_id[i].furigana, by_id[i].name) for i in rows]


def test_the_list_opens_in_gojuon_order_and_a_heading_click_turns_it(
    page: ResourcesPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    names = _names(page)
    keys = _readings(page)
    assert keys == sorted(keys)
    # by reading (し, ち, み), not by code point (シ, 南, 地)
    order = [names.index(n) for n in ("シルバー人材センター", "地域包括支援センター（北）")]
    order.append(names.index("南地区 いきいき百歳体操"))
    assert order == sorted(order)
    assert sorted(names) != names

    header = page.table.horizontalHeader()
    page.table.selectRow(0)
    chosen = page.selected_ids()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.viewport().rect().topLeft() + QPoint(header.sectionPosition(0) + 20, 5),
    )
    assert _readings(page) == sorted(keys, reverse=True)
    assert page.selected_ids() == chosen  # the selection stayed on its resource
    # katakana and hiragana sort together, full-width letters with half-width
    assert sort_key("サロン") == sort_key("さろん") and sort_key("ＡＢＣ") == sort_key("abc")

    new_id = page.push_add({"name": "ん最後の資源", "kind_id": "salon"})
    assert new_id is not None
    at = _names(page).index("ん最後の資源")
    keys = _readings(page)
    assert keys == sorted(keys, reverse=True), "a new resource goes to its sorted place"
    assert at < len(keys) - 1

    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.viewport().rect().topLeft() + QPoint(header.sectionPosition(1) + 20, 5),
    )
    kinds = [sort_key(page.proxy.index(r, 1).data()) for r in range(page.proxy.rowCount())]
    assert kinds == sorted(kinds)


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
    keys = _readings(page)
    assert len(keys) == len(ids)
    assert keys == sorted(keys)


def test_the_dialog_suggests_a_reading_and_one_typed_by_hand_stays(
    page: ResourcesPage, window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = ResourceDialog(page._document)
    qtbot.addWidget(dialog)
    type_japanese(dialog.name, "社会福祉協議会")
    assert dialog.furigana.text() == "しゃかいふくしきょうぎかい"
    dialog.furigana.selectAll()
    type_japanese(dialog.furigana, "ああ")  # the staff know it is read otherwise
    type_japanese(dialog.name, " 本所")
    assert dialog.furigana.text() == "ああ"  # a typed reading is not overwritten
    assert dialog.values()["furigana"] == "ああ"

    last = page.proxy.index(page.proxy.rowCount() - 1, 0)
    moved, name = int(last.data(ID_ROLE)), last.data()
    assert page.push_edit(moved, {"furigana": "ああ"})
    assert page.proxy.index(0, 0).data() == name  # its reading took it to the top
    assert page.push_edit(moved, {"name": name + "（新）"})  # a new name keeps a chosen reading
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert page.proxy.index(page.proxy.rowCount() - 1, 0).data() == name
    window.redo_action.trigger()
    window.close()
    again = MainWindow(window.settings, window.data_dir)
    again.open_path(sample_path)
    try:
        again.workspace.show_section(1)
        assert again.workspace.resources_page.proxy.index(0, 0).data() == name
        assert again.document.resource(moved).furigana == "ああ"
    finally:
        again.close()
