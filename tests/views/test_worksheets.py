"""The worksheet canvas driven with real mouse, drag-and-drop, keyboard and IME events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QToolButton

from app.commands.worksheets import AddLink
from app.views.canvas.view import KIND_MIME, RESOURCE_MIME
from app.views.main_window import MainWindow
from app.views.worksheet.page import WorksheetsPage
from tests.helpers import drag, mouse, type_japanese


@pytest.fixture
def page(window: MainWindow, sample_path: Path) -> WorksheetsPage:
    window.open_path(sample_path)
    window.resize(1400, 900)
    window.workspace.show_section(2)
    page = window.workspace.worksheets_page
    sheet = page.add_sheet("sogo_triangle")
    assert sheet is not None
    QApplication.processEvents()
    return page


def _resource(page: WorksheetsPage, kind: str) -> int:
    return next(r.id for r in page.document.resources() if r.kind_id == kind)


def _view_point(page: WorksheetsPage, x: float, y: float) -> QPoint:
    return page.view.mapFromScene(QPointF(x, y))


def _drop(page: WorksheetsPage, mime_type: str, value: str, x: float, y: float) -> None:
    mime = QMimeData()
    mime.setData(mime_type, value.encode())
    at = QPointF(_view_point(page, x, y))
    viewport = page.view.viewport()
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(at.toPoint(), actions, mime, buttons, mods),
        QDragMoveEvent(at.toPoint(), actions, mime, buttons, mods),
        QDropEvent(at, actions, mime, buttons, mods),
    ):
        QApplication.sendEvent(viewport, event)


def _mouse(
    page: WorksheetsPage, kind, x: float, y: float, buttons=Qt.MouseButton.LeftButton
) -> None:  # type: ignore[no-untyped-def]
    mouse(page.view, kind, x, y, buttons)


def _drag(page: WorksheetsPage, start: tuple[float, float], end: tuple[float, float]) -> None:
    drag(page.view, start, end)


@pytest.mark.parametrize(
    ("point", "zone"),
    [
        ((200, 100), "intensive"),
        ((200, 160), "transition"),
        ((150, 250), "daily_life"),
        ((370, 100), None),
    ],
)
def test_dropping_a_resource_places_a_card_in_the_zone_under_the_pointer(
    page: WorksheetsPage, point, zone
) -> None:  # type: ignore[no-untyped-def]
    _drop(page, RESOURCE_MIME, str(_resource(page, "salon")), *point)
    cards = page.document.sheets.cards(page.scene.sheet_id)
    assert len(cards) == 1
    assert cards[0].zone_key == zone
    centre = (cards[0].x + cards[0].width / 2, cards[0].y + cards[0].height / 2)
    assert centre == pytest.approx(point, abs=0.6)  # one screen pixel at fit-page zoom
    assert cards[0].id in page.scene.cards


def _typing_target(page: WorksheetsPage):  # type: ignore[no-untyped-def]
    """The name editor, focused, after checking it is open over the sheet."""
    editor = page.scene.text_editor
    assert editor is not None and editor.is_open()
    page.view.activateWindow()
    page.view.setFocus()
    assert page.scene.focusItem() is editor
    return editor


def test_dropping_a_kind_opens_the_name_editor_and_enter_places_it(
    page: WorksheetsPage, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    before = len(page.document.resources())
    page.resource_palette.tree.setFocus()  # the drag starts in the palette
    _drop(page, KIND_MIME, "houmon_c", 200, 100)
    assert QApplication.focusWidget() is page.view  # the keyboard follows the new card
    editor = _typing_target(page)
    assert editor.text() == "訪問型サービスC"  # the kind's name, selected, ready to replace
    assert page.document.sheets.cards(page.scene.sheet_id) == []  # nothing placed yet
    type_japanese(page.view, "訪問型サービスC（モデル事業）")
    assert editor.text() == "訪問型サービスC（モデル事業）"
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    card = page.document.sheets.cards(page.scene.sheet_id)[0]
    assert page.document.resource(card.resource_id).name == "訪問型サービスC（モデル事業）"
    assert card.zone_key == "intensive"
    assert page.scene.text_editor is None
    window.undo_action.trigger()  # one step takes away both the card and the resource
    assert len(page.document.resources()) == before
    assert page.scene.cards == {}


def test_escape_in_the_name_editor_places_nothing(page: WorksheetsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = len(page.document.resources())
    _drop(page, KIND_MIME, "salon", 200, 250)
    _typing_target(page)
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert page.scene.text_editor is None
    assert page.scene._ghost is None
    assert len(page.document.resources()) == before
    assert page.document.sheets.cards(page.scene.sheet_id) == []


def test_renaming_a_card_in_place_renames_the_resource(
    page: WorksheetsPage, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    resource_id = _resource(page, "salon")
    old_name = page.document.resource(resource_id).name
    _drop(page, RESOURCE_MIME, str(resource_id), 150, 250)
    card_id = page.document.sheets.cards(page.scene.sheet_id)[0].id
    page.scene.cards[card_id].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = _typing_target(page)
    assert editor.text() == old_name
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # clears the selected text, not the card
    assert editor.text() == ""
    assert card_id in page.scene.cards
    type_japanese(page.view, "ふれあいサロン「ひなた」")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.document.resource(resource_id).name == "ふれあいサロン「ひなた」"
    assert page.scene.cards[card_id].look.name == "ふれあいサロン「ひなた」"
    window.undo_action.trigger()
    assert page.document.resource(resource_id).name == old_name


def test_spaces_typed_into_a_card_name_are_kept(page: WorksheetsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    resource_id = _resource(page, "salon")
    _drop(page, RESOURCE_MIME, str(resource_id), 150, 250)
    card_id = page.document.sheets.cards(page.scene.sheet_id)[0].id
    page.scene.cards[card_id].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    _typing_target(page)
    qtbot.keyClicks(page.view, "AB CD")
    type_japanese(page.view, "\u3000サロン")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.document.resource(resource_id).name == "AB CD\u3000サロン"
    # outside an editor Space still pans: the view shows the hand and takes no text
    qtbot.keyPress(page.view, Qt.Key.Key_Space)
    assert page.view.dragMode() == page.view.DragMode.ScrollHandDrag
    qtbot.keyRelease(page.view, Qt.Key.Key_Space)
    assert page.view.dragMode() == page.view.DragMode.RubberBandDrag


def test_an_empty_name_is_refused_and_changes_nothing(page: WorksheetsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    resource_id = _resource(page, "salon")
    old_name = page.document.resource(resource_id).name
    _drop(page, RESOURCE_MIME, str(resource_id), 150, 250)
    card_id = page.document.sheets.cards(page.scene.sheet_id)[0].id
    page.text_editing.edit_card(card_id)
    _typing_target(page)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.document.resource(resource_id).name == old_name
    assert messages and "名前" in messages[0]


def test_dragging_a_card_moves_it_to_another_zone_and_undo_moves_it_back(
    page: WorksheetsPage, window: MainWindow
) -> None:
    _drop(page, RESOURCE_MIME, str(_resource(page, "tsusho_c")), 200, 250)
    card_id = page.document.sheets.cards(page.scene.sheet_id)[0].id
    _drag(page, (200, 250), (200, 100))
    card = page.document.sheets.card(card_id)
    assert card.zone_key == "intensive"
    assert card.y + card.height / 2 == pytest.approx(100, abs=1.0)
    assert window.undo_action.text().endswith("カードを1枚移動")
    window.undo_action.trigger()
    assert page.document.sheets.card(card_id).zone_key == "daily_life"
    assert page.scene.cards[card_id].pos().y() == pytest.approx(
        page.document.sheets.card(card_id).y
    )


def test_gap_view_counts_cards_and_marks_empty_zones(page: WorksheetsPage) -> None:
    for kind, y in (("salon", 250), ("hyakusai", 260), ("houmon_a", 160)):
        _drop(page, RESOURCE_MIME, str(_resource(page, kind)), 200, y)
    assert not page.scene._gap_items  # hidden until the facilitator reveals it
    page.gap_action.setChecked(True)
    assert page.scene.zone_counts() == {"intensive": 0, "transition": 1, "daily_life": 2}
    empty = [i for i in page.scene._gap_items if isinstance(i, QGraphicsPathItem)]
    assert len(empty) == 1  # only 集中介入期 is empty
    counts = sorted(i.text() for i in page.scene._gap_items if hasattr(i, "text"))
    assert counts == ["0", "1", "2"]
    top_card = max(item.zValue() for item in page.scene.cards.values())
    numbers = [i for i in page.scene._gap_items if hasattr(i, "text")]
    assert all(n.zValue() > top_card for n in numbers)  # never hidden under a card
    page.gap_action.setChecked(False)
    assert not page.scene._gap_items


def test_drawing_a_link_between_cards_and_it_follows_them(
    page: WorksheetsPage, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page.add_sheet("undo_barrel")
    _drop(page, RESOURCE_MIME, str(_resource(page, "houkatsu_itaku")), 60, 170)
    _drop(page, RESOURCE_MIME, str(_resource(page, "tsusho_c")), 92, 200)
    monkeypatch.setattr(page.text_editing, "ask_text", lambda *a: "包括の保健師がつなぐ")
    page.link_action.setChecked(True)
    _drag(page, (60, 170), (92, 200))
    links = page.document.sheets.links(page.scene.sheet_id)
    assert [lk.label for lk in links] == ["包括の保健師がつなぐ"]
    item = page.scene.links[links[0].id]
    page.link_action.setChecked(False)
    _drag(page, (92, 200), (150, 230))
    source_rect = (
        page.scene.cards[links[0].source_id].scene_card_rect().adjusted(-0.01, -0.01, 0.01, 0.01)
    )
    start, tip = item.line.p1(), item.head.at(0)
    assert source_rect.contains(start)  # still leaves from the source card
    target_rect = (
        page.scene.cards[links[0].target_id].scene_card_rect().adjusted(-0.01, -0.01, 0.01, 0.01)
    )
    assert target_rect.contains(tip)  # and arrives at the moved target
    window.undo_action.trigger()  # the move
    window.undo_action.trigger()  # the link
    assert page.document.sheets.links(page.scene.sheet_id) == []


def test_dragging_the_corner_handle_resizes_a_card_in_one_step(
    page: WorksheetsPage, window: MainWindow
) -> None:
    _drop(page, RESOURCE_MIME, str(_resource(page, "salon")), 150, 250)
    card = page.document.sheets.cards(page.scene.sheet_id)[0]
    item = page.scene.cards[card.id]
    assert not page.scene.resize_handle.isVisible()
    item.setSelected(True)
    handle = page.scene.resize_handle
    assert handle.isVisible() and handle.card() is item
    corner = (card.x + card.width, card.y + card.height)
    _drag(page, corner, (corner[0] + 14, corner[1] + 6))
    resized = page.document.sheets.card(card.id)
    # mouse positions are whole pixels: within half a millimetre at this zoom
    assert (resized.width, resized.height) == pytest.approx(
        (card.width + 14, card.height + 6), abs=0.5
    )
    assert (resized.x, resized.y) == (card.x, card.y)  # the card did not move
    assert item.size == (resized.width, resized.height)
    _drag(page, (corner[0] + 14, corner[1] + 6), (corner[0] - 200, corner[1] - 200))
    tiny = page.document.sheets.card(card.id)
    assert (tiny.width, tiny.height) == (16.0, 7.0)  # never smaller than readable
    window.undo_action.trigger()
    window.undo_action.trigger()
    again = page.document.sheets.card(card.id)
    assert (again.width, again.height) == (card.width, card.height)


def _toolbar_menu(page: WorksheetsPage, title: str):  # type: ignore[no-untyped-def]
    button = next(
        b for b in page.toolbar.findChildren(QToolButton) if b.text() == title and b.menu()
    )
    return {a.text(): a for a in button.menu().actions() if a.text()}


def _three_cards(page: WorksheetsPage) -> list[int]:
    for kind, (x, y) in (("salon", (120, 240)), ("kayoi", (170, 255)), ("shakyo", (230, 248))):
        _drop(page, RESOURCE_MIME, str(_resource(page, kind)), x, y)
    ids = [c.id for c in page.document.sheets.cards(page.scene.sheet_id)]
    for card_id in ids:
        page.scene.cards[card_id].setSelected(True)
    return ids


def test_recolouring_and_back_to_the_kind_colour(page: WorksheetsPage, window: MainWindow) -> None:
    ids = _three_cards(page)
    _toolbar_menu(page, "色")["水色"].trigger()
    assert {page.document.sheets.card(i).colour for i in ids} == {"#d0ecff"}
    assert page.scene.cards[ids[0]].look.colour == "#d0ecff"
    _toolbar_menu(page, "色")["種別の色に戻す"].trigger()
    assert {page.document.sheets.card(i).colour for i in ids} == {None}
    window.undo_action.trigger()
    assert {page.document.sheets.card(i).colour for i in ids} == {"#d0ecff"}
    window.undo_action.trigger()
    assert {page.document.sheets.card(i).colour for i in ids} == {None}


def test_aligning_selected_cards(page: WorksheetsPage, window: MainWindow) -> None:
    ids = _three_cards(page)
    before = {i: page.document.sheets.card(i).y for i in ids}
    _toolbar_menu(page, "整列")["上端を揃える"].trigger()
    assert {page.document.sheets.card(i).y for i in ids} == {min(before.values())}
    window.undo_action.trigger()  # one step for the whole alignment
    assert {i: page.document.sheets.card(i).y for i in ids} == before
    page.scene.clearSelection()
    page.scene.cards[ids[0]].setSelected(True)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    _toolbar_menu(page, "整列")["左端を揃える"].trigger()
    assert messages == ["整列するには、カードを2枚以上選んでください。"]


def test_the_card_menu_offers_what_fits_the_selection(page: WorksheetsPage) -> None:
    ids = _three_cards(page)
    page.scene.clearSelection()
    one = page.text_editing._card_menu(page.scene.cards[ids[0]])
    texts = [a.text() for a in one.actions()]
    assert "名前を変更" in texts and "整列" not in texts
    for card_id in ids:
        page.scene.cards[card_id].setSelected(True)
    many = page.text_editing._card_menu(page.scene.cards[ids[0]])
    texts = [a.text() for a in many.actions()]
    assert "名前を変更" not in texts and "整列" in texts


def test_keyboard_nudge_delete_and_undo(page: WorksheetsPage, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _drop(page, RESOURCE_MIME, str(_resource(page, "salon")), 200, 250)
    card_id = page.document.sheets.cards(page.scene.sheet_id)[0].id
    x = page.document.sheets.card(card_id).x
    page.scene.cards[card_id].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert page.document.sheets.card(card_id).x == pytest.approx(x + 5)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.document.sheets.cards(page.scene.sheet_id) == []
    window.undo_action.trigger()
    assert page.document.sheets.card(card_id).x == pytest.approx(x + 5)
    page.scene.cards[card_id].setSelected(True)
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(page.document.sheets.cards(page.scene.sheet_id)) == 2


def _double_click(page: WorksheetsPage, x: float, y: float) -> None:
    mouse(page.view, QMouseEvent.Type.MouseButtonDblClick, x, y)


def test_double_click_edits_a_zone_label_in_place(page: WorksheetsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    zone = page.document.sheets.zones(page.scene.sheet_id)[0]
    _double_click(page, 14, 76)  # on the label 「集中介入期」
    editor = _typing_target(page)
    assert editor.text() == "集中介入期"
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    type_japanese(page.view, "（短期集中）")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.document.sheets.zones(page.scene.sheet_id)[0].label == "集中介入期（短期集中）"
    assert zone.label == "集中介入期"


def test_the_barrel_story_takes_several_lines_and_ends_with_ctrl_enter(
    page: WorksheetsPage, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page.add_sheet("undo_barrel")
    sheet_id = page.scene.sheet_id
    _double_click(page, 360, 100)  # inside the story box
    editor = _typing_target(page)
    assert editor.multiline
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_japanese(page.view, "卒業後は通いの場へ")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # a new line, still editing
    type_japanese(page.view, "SCが見守りにつなぐ")
    assert page.document.sheets.get(sheet_id).story != "卒業後は通いの場へ\nSCが見守りにつなぐ"
    qtbot.keyClick(page.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.document.sheets.get(sheet_id).story == "卒業後は通いの場へ\nSCが見守りにつなぐ"
    window.undo_action.trigger()
    assert page.document.sheets.get(sheet_id).story == ""


def test_palette_search_with_japanese_input(page: WorksheetsPage) -> None:
    type_japanese(page.resource_palette.search, "百歳体操")
    visible = []
    root = page.resource_palette.tree.topLevelItem(0)
    for g in range(root.childCount()):
        group = root.child(g)
        visible += [
            group.child(i).text(0)
            for i in range(group.childCount())
            if not group.child(i).isHidden()
        ]
    assert len(visible) == 3 and all("百歳体操" in v for v in visible)

    # A resource added during the search, of a group with nothing shown, shows no empty heading.
    window = page.window()
    resources = window.workspace.resources_page  # type: ignore[attr-defined]
    assert resources.push_add({"name": "見守りネットワーク", "kind_id": "nini_sonota"}) is not None
    shown = [root.child(g) for g in range(root.childCount()) if not root.child(g).isHidden()]
    for group in shown:
        assert any(not group.child(i).isHidden() for i in range(group.childCount())), group.text(0)


def test_placed_resources_are_marked_in_the_palette(page: WorksheetsPage) -> None:
    rid = _resource(page, "salon")
    _drop(page, RESOURCE_MIME, str(rid), 200, 250)
    item = page.resource_palette.item_for(RESOURCE_MIME, rid)
    assert item is not None and item.text(0).endswith("✓")


def test_the_sheet_is_unchanged_after_reopening(
    page: WorksheetsPage, window: MainWindow, sample_path: Path
) -> None:
    ids = _three_cards(page)
    sheet_id = page.scene.sheet_id
    page.scene.clearSelection()
    page.scene.cards[ids[0]].setSelected(True)
    page.card_operations.recolour_selected("#ffd6e0")
    page.card_operations._card_resized(ids[1], 44.0, 17.5)
    page.push(AddLink(page.document, sheet_id, ids[0], ids[2], "社協がつなぐ"))
    page.text_editing._text_edited(
        "zone", page.document.sheets.zones(sheet_id)[0].id, "", "集中介入期（C）"
    )

    def state(document):  # type: ignore[no-untyped-def]
        return (
            [c.column_values() for c in document.sheets.cards(sheet_id)],
            [lk.column_values() for lk in document.sheets.links(sheet_id)],
            [z.column_values() for z in document.sheets.zones(sheet_id)],
        )

    before = state(page.document)
    assert before[0][0]["colour"] == "#ffd6e0" and before[0][1]["width"] == 44.0
    window.close()
    again = MainWindow(window.settings, window.data_dir)
    again.open_path(sample_path)
    try:
        assert state(again.document) == before
        scene = again.workspace.worksheets_page.show_sheet(sheet_id)
        assert scene.cards[ids[1]].size == (44.0, 17.5)
        assert scene.cards[ids[0]].look.colour == "#ffd6e0"
        assert [lk.label for lk in scene.links.values()] == ["社協がつなぐ"]
    finally:
        again.close()


def test_the_sheet_fills_the_view_when_the_section_is_first_shown(
    window: MainWindow, sample_path: Path
) -> None:
    window.resize(1600, 1000)
    window.open_path(sample_path)  # the sheet is laid out while its section is hidden
    window.workspace.show_section(2)
    QApplication.processEvents()
    page = window.workspace.worksheets_page
    shown = page.view.mapFromScene(page.scene.page_rect()).boundingRect()
    viewport = page.view.viewport().rect()
    assert max(shown.width() / viewport.width(), shown.height() / viewport.height()) > 0.95


def test_a_cards_details_open_in_the_resource_dialog_and_save(
    page: WorksheetsPage, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from app.views.resource_dialog import ResourceDialog

    sheet = next(w.id for w in page.document.sheets.all() if page.document.sheets.cards(w.id))
    card_id = next(iter(page.show_sheet(sheet).cards))
    seen: list[QDialog] = []

    def fill_in(dialog: ResourceDialog) -> int:
        seen.append(dialog)
        dialog.area.setCurrentText("喜連川地区")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ResourceDialog, "exec", fill_in)
    page.text_editing.edit_card_details(card_id)
    assert seen and seen[0].parent() is page  # a dialog of the page, over the window
    resource_id = page.document.sheets.card(card_id).resource_id
    assert page.document.resource(resource_id).area == "喜連川地区"


def test_the_palette_keeps_its_open_groups_and_scroll_after_a_new_card(
    page: WorksheetsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tree = page.resource_palette.tree
    kinds = tree.topLevelItem(1)
    kinds.setExpanded(True)
    tree.verticalScrollBar().setValue(tree.verticalScrollBar().maximum())
    before = tree.verticalScrollBar().value()
    _drop(page, KIND_MIME, "salon", 200, 250)
    type_japanese(page.view, "新しいサロン")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.resource_palette.item_for(RESOURCE_MIME, page.document.resources()[-1].id)
    assert tree.topLevelItem(1) is kinds and kinds.isExpanded()  # not built anew, not closed
    assert tree.verticalScrollBar().value() >= before - 30  # where the facilitator was


@pytest.mark.parametrize("section", [2, 3])  # ワークシート, 付箋ボード
def test_a_canvas_chosen_while_hidden_is_built_when_shown_even_after_its_list_changes(
    window: MainWindow, workshop_path: Path, qtbot, section: int
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(workshop_path)  # an empty workshop
    workspace = window.workspace
    sheets, boards = workspace.worksheets_page, workspace.boards_page
    page = sheets if section == 2 else boards
    for n in range(2):
        if section == 2:
            assert sheets.add_sheet("sogo_triangle") is not None
        else:
            assert boards.add_board(f"ボード{n}", "strengths") is not None
    workspace.show_section(0)  # 概要: the canvas page is hidden
    window.undo_action.trigger()  # its list is refilled while hidden, its items deleted
    window.undo_action.trigger()
    workspace.show_section(section)  # shown with nothing left to show: no crash
    QApplication.processEvents()
    assert page.scene is None
    workspace.show_section(0)
    window.redo_action.trigger()  # one comes back while the page is hidden
    assert page.scene is None or not page.isVisible()
    workspace.show_section(section)
    QApplication.processEvents()
    assert page.scene is not None and page.view.scene() is page.scene
