"""The projection: it mirrors the laptop, keeps face-down writing hidden, and is readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from app.models import AgendaItem
from app.views.main_window import MainWindow
from app.views.projection.board_room import BoardRoom
from app.views.projection.room_style import MIN_TEXT_PX, ROOM_SCREEN
from app.views.projection.sheet_room import SheetRoom
from app.views.projection.tile import RoomTile, TileLook
from app.views.projection.window import RoomView


@pytest.fixture
def shown(window: MainWindow, sample_path: Path) -> MainWindow:
    window.open_path(sample_path)
    window.workspace.show_section(2)
    return window


def _wall(window: MainWindow):  # type: ignore[no-untyped-def]
    projection = window.projection
    assert projection is not None and projection.window is not None
    return projection.window


def test_the_wall_follows_sheets_boards_zoom_and_selection(shown: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown.projection_menu.project()
    wall = _wall(shown)
    sheets = shown.workspace.worksheets_page
    scene = wall.view.scene()
    assert isinstance(scene, SheetRoom) and scene.sheet_id == sheets.scene.sheet_id
    assert wall.view.shown_rect == scene.page_rect()

    second = shown.document.sheets.all()[1].id
    sheets.show_sheet(second)
    assert wall.view.scene().sheet_id == second

    sheets.zoom_to_zone(1)
    zone = wall.view.scene().zone_rects()[0]
    assert wall.view.shown_rect.intersected(zone).width() > zone.width() * 0.9
    assert wall.view.shown_rect.width() < wall.view.scene().page_rect().width() * 0.8

    card_id = next(iter(sheets.scene.cards))
    sheets.scene.cards[card_id].setSelected(True)
    assert wall.view.scene().tiles[card_id].highlighted

    shown.workspace.show_section(3)
    board_room = wall.view.scene()
    assert isinstance(board_room, BoardRoom)
    assert board_room.board_id == shown.workspace.boards_page.scene.board_id
    shown.workspace.show_section(1)  # the resource list: the wall keeps the board
    assert wall.view.scene() is board_room


def test_the_wall_mirrors_edits_as_they_happen(shown: MainWindow) -> None:
    shown.projection_menu.project()
    sheets = shown.workspace.worksheets_page
    ids = sheets.quick_cards.quick_add("transition", ["地域の茶話会"])
    room = _wall(shown).view.scene()
    assert room.tiles[ids[0]].shown_text() == "地域の茶話会"
    sheets.undo_stack.undo()
    assert ids[0] not in room.tiles


def test_pinned_the_wall_stays_while_the_laptop_moves_on(shown: MainWindow) -> None:
    shown.projection_menu.project()
    wall = _wall(shown)
    shown.projection_menu.pin_action.setChecked(True)
    pinned = wall.view.scene()
    sheets = shown.workspace.worksheets_page
    barrel = shown.document.sheets.all()[2].id
    sheets.show_sheet(barrel)
    assert wall.view.scene() is pinned
    stave = shown.document.sheets.zones(barrel)[0].key
    ids = sheets.quick_cards.quick_add(stave, ["別シートの追加"])  # on the sheet now on the laptop
    assert ids and ids[0] not in pinned.tiles
    shown.projection_menu.pin_action.setChecked(False)
    assert wall.view.scene().sheet_id == shown.document.sheets.all()[2].id


def test_face_down_text_never_reaches_the_wall_until_revealed(shown: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown.projection_menu.project()
    sheets = shown.workspace.worksheets_page
    sheets.quick_bar.face_down.setChecked(True)
    ids = sheets.quick_cards.quick_add(
        "intensive", ["ひみつの案", "もっと長いひみつの案ですがここには出ません"]
    )
    room = _wall(shown).view.scene()
    backs = [room.tiles[i] for i in ids]
    assert [t.shown_text() for t in backs] == ["", ""]
    assert backs[0].rect == backs[1].rect  # the size gives no hint of the length
    assert _picture(backs[0]) == _picture(backs[1])

    sheets.reveal_all()
    revealed = _wall(shown).view.scene().tiles
    assert revealed[ids[1]].shown_text().replace("\u2028", "").startswith("もっと長い")
    assert _picture(revealed[ids[0]]) != _picture(revealed[ids[1]])


def _picture(tile: RoomTile) -> bytes:
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(3, 3)
    painter.translate(-tile.rect.x() + 5, -tile.rect.y() + 5)
    tile.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return bytes(image.constBits())


def test_a_note_back_has_no_text_whatever_was_written() -> None:
    one = RoomTile(1, TileLook(text="", fill="#fff3b0", face_down=True), 12.0, 80.0)
    assert one.shown_text() == ""
    # A face-down look built by mistake with its text still shows nothing.
    leaky = RoomTile(
        2, TileLook(text="見えてはいけない", fill="#fff3b0", face_down=True), 12.0, 80.0
    )
    assert leaky.shown_text() == "" and leaky.rect == one.rect


def test_board_notes_reveal_one_by_one_per_column_and_all(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    window.workspace.show_section(3)
    boards = window.workspace.boards_page
    boards.quick_bar.face_down.setChecked(True)
    first = boards.note_entry.quick_add(0, ["一列目の案1", "一列目の案2"])
    second = boards.note_entry.quick_add(1, ["二列目の案"])
    window.projection_menu.present()
    wall = _wall(window)
    room = wall.view.scene()
    assert all(room.tiles[i].shown_text() == "" for i in first + second)

    qtbot.keyClick(wall, Qt.Key.Key_R)  # the next one, in reading order
    down = {n.id for n in window.document.boards.notes(boards.scene.board_id) if n.face_down}
    assert down == {first[1], second[0]}
    boards.reveal_column(1)
    assert not window.document.boards.note(second[0]).face_down
    assert window.document.boards.note(first[1]).face_down
    qtbot.keyClick(wall, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert not any(n.face_down for n in window.document.boards.notes(boards.scene.board_id))
    assert wall.view.scene().tiles[first[1]].shown_text().replace("\u2028", "") == "一列目の案2"


def test_presentation_mode_enters_with_f5_and_leaves_with_escape(shown: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown.activateWindow()
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    wall = _wall(shown)
    assert wall.isVisible() and wall.presenting and wall.isFullScreen()
    assert wall.screen() is shown.screen()
    qtbot.keyClick(wall, Qt.Key.Key_3)  # zoom to the third zone from the wall itself
    zone = wall.view.scene().zone_rects()[2]
    assert wall.view.shown_rect.intersected(zone).height() > zone.height() * 0.9
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert shown.projection.window is None and not shown.projection_menu.stop_action.isEnabled()


def test_the_wall_shows_the_running_timer(shown: MainWindow) -> None:
    shown.projection_menu.project()
    timeline = shown.workspace.timeline_page
    session = next(
        m
        for m in shown.document.timeline.sessions()
        if shown.document.timeline.rows(AgendaItem, m.id)
    )
    timer = timeline.open_timer(session.id)
    wall = _wall(shown)
    assert wall.showing() is wall.timer
    assert not timer.isFullScreen()  # the laptop keeps the timer's controls
    timer.toggle()
    assert wall.timer.countdown.text() == timer.countdown.text() != ""
    timer.close()
    assert wall.showing() is not wall.timer


def _fitted(scene) -> float:  # type: ignore[no-untyped-def]
    view = RoomView()
    view.setScene(scene)
    view.resize(*ROOM_SCREEN)
    view.show()
    view.show_rect(scene.page_rect())
    scale = view.transform().m11()
    view.close()
    return scale


def test_card_and_note_type_is_at_least_24_pt_at_fit_page_on_1920x1080(shown: MainWindow) -> None:
    document = shown.document
    rooms = [SheetRoom(document, s.id) for s in document.sheets.all()]
    rooms += [BoardRoom(document, b.id) for b in document.boards.all()]
    for room in rooms:
        pixels = room.text_mm * _fitted(room)
        assert pixels >= MIN_TEXT_PX, (room, pixels)
        assert room.tiles
        for tile in room.tiles.values():
            assert tile.text_mm == room.text_mm
        room.disconnect_document()


def _covered(rects) -> float:  # type: ignore[no-untyped-def]
    total = 0.0
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            r = a.intersected(b)
            if r.isValid():
                total += r.width() * r.height()
    return total


def test_large_tiles_are_pushed_apart_on_the_sample_sheets(shown: MainWindow) -> None:
    for sheet in shown.document.sheets.all():
        room = SheetRoom(shown.document, sheet.id)
        after = [t.scene_rect() for t in room.tiles.values()]
        in_place = []
        for card in shown.document.sheets.cards(sheet.id):
            rect = room.tiles[card.id].scene_rect()
            rect.moveCenter(QPointF(card.x + card.width / 2, card.y + card.height / 2))
            in_place.append(rect)
        assert _covered(after) < 0.5 * _covered(in_place), sheet.title
        if sheet.template_id != "koreisha_triangle":  # its narrow middle bands are full
            deepest = max(
                (
                    min(r.width(), r.height())
                    for a in after
                    for b in after
                    if a is not b
                    for r in [a.intersected(b)]
                    if r.isValid()
                ),
                default=0.0,
            )
            assert deepest < 1.0, sheet.title  # at most the edges touch
        room.disconnect_document()


def test_zone_borders_are_thicker_on_the_wall(shown: MainWindow) -> None:
    from PySide6.QtWidgets import QGraphicsPathItem

    sheet = shown.document.sheets.all()[0].id
    room = SheetRoom(shown.document, sheet)
    canvas = shown.workspace.worksheets_page.scenes[sheet]

    def widest(scene) -> float:  # type: ignore[no-untyped-def]
        return max(i.pen().widthF() for i in scene.items() if isinstance(i, QGraphicsPathItem))

    assert widest(room) >= 3 * 0.6 and widest(room) > widest(canvas)
    room.disconnect_document()


def test_after_the_reveal_the_wall_says_where_each_notes_dots_came_from(shown: MainWindow) -> None:  # type: ignore[no-untyped-def]
    shown.workspace.show_section(3)
    page = shown.workspace.boards_page
    board_id = next(b.id for b in page.document.boards.all() if page.document.boards.rounds(b.id))
    page.show_board(board_id)
    round_ = page.voting.current_round()
    assert round_ is not None and (round_.revealed or not round_.hidden)
    shown.projection_menu.project()
    room = _wall(shown).view.scene()
    assert isinstance(room, BoardRoom)
    best = next(n for n in page.document.boards.notes(board_id) if n.text.startswith("循環"))
    assert room.tiles[best.id].dots == 12
    assert room.tiles[best.id]._sources_text == "テーブル 1:5・2:4・3:3"
    unvoted = next(n for n in page.document.boards.notes(board_id) if n.text == "卒業生の集い")
    assert room.tiles[unvoted.id]._sources_text == ""


def test_the_walls_breakdown_names_a_shared_table_prefix_once() -> None:
    from app.views.projection.board_room import compact_sources

    assert compact_sources((("テーブル1", 5), ("テーブル2", 4)), "パソコン") == "テーブル 1:5・2:4"
    assert compact_sources((("", 2), ("Aグループ", 1)), "パソコン") == "Aグループ 1・パソコン 2"
    assert compact_sources((("東", 1), ("西", 2)), "パソコン") == "東 1・西 2"
