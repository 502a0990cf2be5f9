"""The sticky-note board driven like a facilitator would: typing notes with an input
method, pasting lists, dragging, grouping, and a whole dot-voting round."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from app.boards.layout import COLUMN_WIDTH, NOTE_SIZE
from app.views.board.note_text import LARGEST, SMALLEST, fit
from app.views.board.page import BoardsPage
from app.views.main_window import MainWindow
from tests.helpers import drag, mouse, type_japanese

DBL = QMouseEvent.Type.MouseButtonDblClick


@pytest.fixture
def page(window: MainWindow, workshop_path: Path) -> BoardsPage:
    window.open_path(workshop_path)
    window.resize(1400, 900)
    window.workspace.show_section(3)
    page = window.workspace.boards_page
    assert page.add_board("通所Cの6段階", "tsusho_c_pipeline") is not None
    QApplication.processEvents()
    return page


def _notes(page: BoardsPage):  # type: ignore[no-untyped-def]
    return page.document.boards.notes(page.scene.board_id)


def _column_of(page: BoardsPage, note) -> int:  # type: ignore[no-untyped-def]
    ids = [c.id for c in page.document.boards.columns(page.scene.board_id)]
    return ids.index(note.column_id)


def _type_note(page: BoardsPage, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = page.scene.text_editor
    assert editor is not None and editor.is_open()
    page.view.setFocus()
    assert page.scene.focusItem() is editor
    type_japanese(page.view, text)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)


def _centre(page: BoardsPage, note_id: int) -> tuple[float, float]:
    centre = page.scene.notes[note_id].scene_note_rect().center()
    return centre.x(), centre.y()


def _paste(page: BoardsPage, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(text)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


# -- entry --------------------------------------------------------------------------------
def test_double_click_opens_a_note_and_enter_starts_the_next_in_the_same_column(
    page: BoardsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    mouse(page.view, DBL, 2 * COLUMN_WIDTH + 40, 80)
    _type_note(page, qtbot, "リハ職の個別プログラム")
    _type_note(page, qtbot, "宿題の体操")
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)  # the third, empty note is not made

    notes = _notes(page)
    assert [n.text for n in notes] == ["リハ職の個別プログラム", "宿題の体操"]
    assert [_column_of(page, n) for n in notes] == [2, 2]
    first, second = (page.scene.notes[n.id].scene_note_rect() for n in notes)
    assert not first.intersects(second)
    assert page.scene.text_editor is None or not page.scene.text_editor.is_open()

    page.undo_stack.undo()
    assert [n.text for n in _notes(page)] == ["リハ職の個別プログラム"]
    page.undo_stack.redo()
    assert len(page.scene.notes) == 2


def test_spaces_typed_into_a_note_are_kept(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    mouse(page.view, DBL, 40, 80)
    editor = page.scene.text_editor
    assert editor is not None
    page.view.setFocus()
    qtbot.keyClicks(page.view, "AB CD")  # the view pans on Space, but not while typing
    type_japanese(page.view, "\u3000みんなの 体操")  # a full-width space from the IME
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert [n.text for n in _notes(page)] == ["AB CD\u3000みんなの 体操"]


def test_a_note_takes_no_more_than_it_can_hold(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.models import Note
    from app.models.text_limits import limit

    mouse(page.view, DBL, 40, 80)
    editor = page.scene.text_editor
    assert editor is not None
    chars = limit(Note, "text")
    type_japanese(page.view, "あ" * (chars - 1))
    type_japanese(page.view, "いう")  # one too many: refused, the note keeps what fit
    assert editor.toPlainText() == "あ" * (chars - 1)
    type_japanese(page.view, "い")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert [n.text for n in _notes(page)] == ["あ" * (chars - 1) + "い"]


def test_enter_on_an_empty_note_ends_the_run(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    _type_note(page, qtbot, "体験会")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert [n.text for n in _notes(page)] == ["体験会"]
    assert _column_of(page, _notes(page)[0]) == 0
    assert page.scene.text_editor is None or not page.scene.text_editor.is_open()


def test_shift_enter_breaks_the_line_inside_a_note(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    page.view.setFocus()
    type_japanese(page.view, "送迎")
    qtbot.keyClick(page.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_japanese(page.view, "地域で支える")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert _notes(page)[0].text == "送迎\n地域で支える"


def test_pasting_lines_makes_one_note_each_in_one_step(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    mouse(page.view, DBL, 3 * COLUMN_WIDTH + 40, 80)
    _type_note(page, qtbot, "月1回の振り返り")
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    page.scene.notes[_notes(page)[0].id].setSelected(True)

    _paste(page, qtbot, "家族にも変化を伝える\n\n  体力測定\t\nできたことを記録\n")
    notes = _notes(page)
    assert [n.text for n in notes[1:]] == ["家族にも変化を伝える", "体力測定", "できたことを記録"]
    assert {_column_of(page, n) for n in notes} == {3}  # the selected note's column
    rects = [page.scene.notes[n.id].scene_note_rect() for n in notes]
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])

    page.undo_stack.undo()
    assert len(_notes(page)) == 1


def test_pasting_several_lines_into_an_open_note_splits_them(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    page.view.setFocus()
    type_japanese(page.view, "民生委員")
    _paste(page, qtbot, "包括\nケアマネ")
    assert [n.text for n in _notes(page)] == ["民生委員", "包括", "ケアマネ"]


def test_long_text_shrinks_to_a_minimum_before_the_note_grows() -> None:
    width, height = NOTE_SIZE
    assert fit("体験会", width, height) == (LARGEST, height)
    medium, tall = "卒業生が次の参加者を誘い、地域の通いの場で役割をもつ", "長い文" * 60
    size, grown = fit(medium, width, height)
    assert SMALLEST <= size < LARGEST and grown == height
    size, grown = fit(tall, width, height)
    assert size == SMALLEST and grown > height


def test_a_long_note_grows_on_the_board(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    _type_note(page, qtbot, "送迎がなくなって利用者が減った。" * 8)
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    note = _notes(page)[0]
    assert note.height > NOTE_SIZE[1]
    assert page.scene.notes[note.id].scene_note_rect().height() == pytest.approx(note.height)


def test_editing_a_note_in_place(page: BoardsPage, qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    mouse(page.view, DBL, 40, 80)
    _type_note(page, qtbot, "声かけ")
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    note_id = _notes(page)[0].id

    mouse(page.view, DBL, *_centre(page, note_id))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    type_japanese(page.view, "（基本チェックリスト）")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.document.boards.note(note_id).text == "声かけ（基本チェックリスト）"

    errors: list[str] = []
    page.status_message.connect(errors.append)
    mouse(page.view, DBL, *_centre(page, note_id))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.document.boards.note(note_id).text == "声かけ（基本チェックリスト）"
    assert errors == ["付箋に文字を入れてください。"]

    page.undo_stack.undo()
    assert page.document.boards.note(note_id).text == "声かけ"


# -- moving, colouring, deleting ------------------------------------------------------------
def test_dragging_a_note_to_another_column(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    mouse(page.view, DBL, 40, 80)
    _type_note(page, qtbot, "体験会")
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    note_id = _notes(page)[0].id
    x, y = _centre(page, note_id)
    drag(page.view, (x, y), (x + COLUMN_WIDTH, y + 10))
    note = page.document.boards.note(note_id)
    assert _column_of(page, note) == 1
    assert page.undo_stack.undoText() == "付箋を1枚移動"
    page.undo_stack.undo()
    assert _column_of(page, page.document.boards.note(note_id)) == 0
    assert _centre(page, note_id) == pytest.approx((x, y), abs=0.01)


def test_recolour_and_delete_the_selection(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    _paste(page, qtbot, "一\n二\n三")
    ids = [n.id for n in _notes(page)]
    page.scene.clearSelection()
    for note_id in ids[:2]:
        page.scene.notes[note_id].setSelected(True)
    pink = next(a for a in page.note_operations.colour_menu(page).actions() if a.text() == "桃")
    pink.trigger()
    assert [page.document.boards.note(i).colour for i in ids] == ["#ffd6e0", "#ffd6e0", "#fff3b0"]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [n.id for n in _notes(page)] == ids[2:]
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert [page.document.boards.note(i).colour for i in ids] == ["#fff3b0"] * 3


# -- groups -------------------------------------------------------------------------------
def _group(page: BoardsPage, qtbot, note_ids, title: str, group_ids=()) -> int:  # type: ignore[no-untyped-def]
    page.scene.clearSelection()
    for note_id in note_ids:
        page.scene.notes[note_id].setSelected(True)
    for group_id in group_ids:
        page.scene.groups[group_id].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    page.view.setFocus()
    type_japanese(page.view, title)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    return max(page.scene.groups)


def test_grouping_moving_nesting_and_ungrouping(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    _paste(page, qtbot, "卒業式\n通いの場へ\nボランティア")
    a, b, c = (n.id for n in _notes(page))
    first = _group(page, qtbot, [a, b], "卒業後の居場所")
    frame = page.scene.groups[first]
    assert frame.title == "卒業後の居場所" and frame.count == 2
    assert {page.document.boards.note(i).group_id for i in (a, b)} == {first}
    assert page.document.boards.note(c).group_id is None
    assert frame.rect().contains(page.scene.notes[a].scene_note_rect())

    # Dragging the frame's title moves both notes, as one undo step.
    before = [_centre(page, i) for i in (a, b)]
    title = frame.title_rect().center()
    drag(page.view, (title.x(), title.y()), (title.x() + 20, title.y() + 60))
    after = [_centre(page, i) for i in (a, b)]
    for (x0, y0), (x1, y1) in zip(before, after, strict=True):
        assert (x1 - x0, y1 - y0) == pytest.approx((20, 60), abs=1.0)
    assert page.document.boards.note(a).group_id == first
    page.undo_stack.undo()
    for note_id, start in zip((a, b), before, strict=True):
        assert _centre(page, note_id) == pytest.approx(start, abs=0.01)

    # A second group, then both inside a third: nested one level.
    second = _group(page, qtbot, [c], "担い手")
    outer = _group(page, qtbot, [], "循環", [first, second])
    groups = {cl.id: cl for cl in page.document.boards.groups(page.scene.board_id)}
    assert groups[first].parent_id == outer and groups[second].parent_id == outer
    assert page.scene.groups[outer].count == 3
    assert page.scene.groups[outer].rect().contains(page.scene.groups[first].rect())

    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.scene.clearSelection()
    page.scene.groups[outer].setSelected(True)
    page.note_operations.group_selected()  # three levels are refused
    assert messages == ["グループの入れ子は1段までです。"]

    page.scene.clearSelection()
    page.scene.groups[outer].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert outer not in page.scene.groups
    assert {cl.parent_id for cl in page.document.boards.groups(page.scene.board_id)} == {None}
    page.undo_stack.undo()
    assert page.scene.groups[outer].count == 3


def test_dragging_a_note_out_of_its_group_and_into_another(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    _paste(page, qtbot, "一\n二\n三")
    a, b, c = (n.id for n in _notes(page))
    group = _group(page, qtbot, [a, b], "まとまり")
    page.scene.clearSelection()
    x, y = _centre(page, b)
    drag(page.view, (x, y), (x + 2 * COLUMN_WIDTH, y + 80))
    assert page.document.boards.note(b).group_id is None
    assert page.scene.groups[group].count == 1
    x, y = _centre(page, c)
    target = page.scene.notes[a].scene_note_rect()
    drag(page.view, (x, y), (target.center().x() + 4, target.bottom() + 2))
    assert page.document.boards.note(c).group_id == group
    page.undo_stack.undo()
    assert page.document.boards.note(c).group_id is None


def test_renaming_a_group_on_its_title(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    _paste(page, qtbot, "一\n二")
    group = _group(page, qtbot, [n.id for n in _notes(page)], "仮")
    title = page.scene.groups[group].title_rect().center()
    mouse(page.view, DBL, title.x(), title.y())
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_japanese(page.view, "つなぐ")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.document.boards.groups(page.scene.board_id)[0].title == "つなぐ"
    assert "つなぐ（2枚）" in page.scene.groups[group].label_text()


def test_a_read_only_board_takes_no_notes_and_snaps_back(
    qtbot, settings, sample_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import file_hash

    first, second = MainWindow(settings, tmp_path), MainWindow(settings, tmp_path)
    for win in (first, second):
        qtbot.addWidget(win)
        win.show()
    assert first.open_path(sample_path) and second.open_path(sample_path)
    before = file_hash(sample_path)
    second.workspace.show_section(3)
    page = second.workspace.boards_page
    note = next(iter(page.scene.notes.values()))
    start = note.pos()
    centre = note.scene_note_rect().center()
    drag(page.view, (centre.x(), centre.y()), (centre.x() + 150, centre.y() + 30))
    assert note.pos() == start
    mouse(page.view, DBL, 700, 240)
    assert page.scene.text_editor is None
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    assert page.scene.text_editor is None
    assert not page.new_button.isEnabled()
    assert file_hash(sample_path) == before
    first.close()
    second.close()


def test_renaming_a_column_on_its_header(page: BoardsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    mouse(page.view, DBL, COLUMN_WIDTH * 4 + 60, 6)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_japanese(page.view, "卒業")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    labels = [c.label for c in page.document.boards.columns(page.scene.board_id)]
    assert labels[4] == "卒業" and labels[3] == "経過観察"
    page.undo_stack.undo()
    assert page.document.boards.columns(page.scene.board_id)[4].label == "出口"


def _disk_room(page: BoardsPage, pages: int | None) -> None:
    """Let the file grow by ``pages`` more pages (``None``: as the disk allows), as a
    nearly full disk would: SQLite refuses the write with SQLITE_FULL."""
    from sqlalchemy import event

    engine = page.document.file.engine
    with page.document.file.read_session() as session:
        used = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
    limit = 1_073_741_823 if pages is None else used + pages

    def _limit(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count = {limit}")

    event.listen(engine, "connect", _limit)
    engine.dispose()  # the next write opens a connection with the limit


def test_a_paste_the_full_disk_refused_is_not_undoable_or_redoable(
    page: BoardsPage, window: MainWindow, qtbot, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    lines = "\n".join(f"アイデア その{i} " + "あ" * 40 for i in range(500))
    steps = page.undo_stack.count()
    _disk_room(page, 2)
    _paste(page, qtbot, lines)
    assert _notes(page) == []
    assert len(messages) == 1 and "いっぱい" in messages[0] and "town.wagamachi" in messages[0]
    assert page.undo_stack.count() == steps and not page.undo_stack.canRedo()

    _disk_room(page, None)  # space freed
    window.redo_action.trigger()
    assert _notes(page) == []  # nothing comes back that the user was told had failed
    _paste(page, qtbot, lines)
    assert len(_notes(page)) == 500
    assert page.undo_stack.count() == steps + 1


def test_an_undo_the_file_refused_leaves_the_stack_where_it_was(
    page: BoardsPage, window: MainWindow, qtbot, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    mouse(page.view, DBL, 40, 80)
    _type_note(page, qtbot, "残る付箋")
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    steps, index = page.undo_stack.count(), page.undo_stack.index()
    engine = page.document.file.engine

    def refuse(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA query_only = 1")  # as a stick turned read-only

    event.listen(engine, "connect", refuse)
    engine.dispose()
    window.undo_action.trigger()
    QApplication.processEvents()
    assert [n.text for n in _notes(page)] == ["残る付箋"]
    assert (page.undo_stack.count(), page.undo_stack.index()) == (steps, index)
    assert len(messages) == 1 and "書き込めませんでした" in messages[0]

    event.remove(engine, "connect", refuse)
    engine.dispose()
    window.undo_action.trigger()
    assert _notes(page) == []
    window.redo_action.trigger()
    assert [n.text for n in _notes(page)] == ["残る付箋"]


def test_a_note_from_elsewhere_appears_like_one_typed_here(page: BoardsPage) -> None:
    """A phone in the room or an import: the same path, the same signals, the same undo."""
    document = page.document
    (author,) = document.roster.add([{"name": "スマホの人"}])
    heard = []
    document.changed.connect(heard.append)
    board = page.scene.board_id
    ids: list[int] = []
    change = document.record(
        lambda: ids.extend(
            document.boards.add_notes(board, [{"text": "送迎ボランティア", "x": 5, "y": 90}])
        ),
        origin="phone",
        author=author,
    )
    assert ids and ids[0] in page.scene.notes  # shown at once, as a typed note would be
    assert (heard[-1].origin, heard[-1].author) == ("phone", author)
    document.revert(change)  # and taken back the same way as an undo
    assert ids[0] not in page.scene.notes
    assert document.boards.notes(board) == []
