"""写真 in the app: photos added to a session by the file list, by dropping files and by
pasting, each with a caption; what is not a photo said beside them; one undo step; the
viewer turns and deletes; the board's photo window follows the board shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel

from app.models import OwnerKind, PhotoOwner
from app.views.main_window import MainWindow
from app.views.photos.intake_job import Source
from app.views.photos.photo_strip import PhotoStrip
from tests.helpers import type_japanese
from tests.photos.pictures import halves, heic, jpeg


def _files(tmp_path: Path) -> list[Path]:
    paths = {
        "table1.jpg": jpeg(halves(800, 600), orientation=6, with_gps=True),
        "whiteboard.heic": heic(halves(640, 480)),
        "notes.txt": "これは写真ではありません".encode(),
    }
    for name, data in paths.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in paths]


def _session_strip(window: MainWindow, sample_path: Path) -> tuple[PhotoStrip, int]:
    window.open_path(sample_path)
    workspace = window.workspace
    workspace.show_section(5)
    session_id = workspace.document.timeline.sessions()[3].id
    workspace.timeline_page.select_session(session_id)
    panel = workspace.timeline_page.panel
    panel.tabs.setCurrentWidget(panel.photos)
    return panel.photos.strip, session_id


def _added(strip: PhotoStrip, sources: list[Source], qtbot: Any) -> None:
    strip.add_sources(sources)
    assert strip.intake is not None
    qtbot.waitUntil(lambda: strip.add_dialog is not None or strip.intake is None, timeout=15000)


def test_photos_are_added_with_captions_in_one_undo_step(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    strip, session_id = _session_strip(window, sample_path)
    owner = PhotoOwner(OwnerKind.SESSION, session_id)
    _added(strip, [Source(p.name, path=p) for p in _files(tmp_path)], qtbot)
    dialog = strip.add_dialog
    assert dialog is not None and len(dialog.captions) == 2
    refused = [w.text() for w in dialog.findChildren(type(strip.count)) if "notes.txt" in w.text()]
    assert len(refused) == 1 and "画像" in refused[0]  # said in Japanese, with the file's name
    assert any("位置" in w.text() for w in dialog.findChildren(type(strip.count)))
    dialog.captions[0].clear()
    type_japanese(dialog.captions[0], "テーブル1の 模造紙")
    dialog.accept()
    photos = window.document.photos.of(owner)
    assert [p.caption for p in photos] == ["テーブル1の 模造紙", "whiteboard"]
    assert (photos[0].width, photos[0].height) == (600, 800)  # upright
    assert strip.list.count() == 2 and strip.count.text() == "写真 2枚"
    window.undo_stack.undo()  # both photos at once
    assert window.document.photos.of(owner) == [] and strip.list.count() == 0
    window.undo_stack.redo()
    assert strip.list.count() == 2


def test_only_refused_files_say_why_and_write_nothing(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    strip, _ = _session_strip(window, sample_path)
    text = _files(tmp_path)[2]
    _added(strip, [Source(text.name, path=text)], qtbot)
    assert strip.add_dialog is None
    assert "notes.txt" in strip.hint.text() and strip.list.count() == 0
    assert window.undo_stack.count() == 0


def test_a_dropped_file_and_a_pasted_picture_are_added(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    strip, _ = _session_strip(window, sample_path)
    photo = _files(tmp_path)[0]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    actions, buttons, keys = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 20), actions, data, buttons, keys)
    QApplication.sendEvent(strip, enter)
    assert enter.isAccepted()  # a picture file: the strip takes it
    QApplication.sendEvent(strip, QDropEvent(QPointF(20, 20), actions, data, buttons, keys))
    qtbot.waitUntil(lambda: strip.add_dialog is not None, timeout=15000)
    strip.add_dialog.accept()
    assert strip.list.count() == 1

    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(picture)
    strip.paste()
    qtbot.waitUntil(lambda: strip.add_dialog is not None, timeout=15000)
    strip.add_dialog.accept()
    assert strip.list.count() == 2
    assert strip.list.item(1).text() == "貼り付けた画像"


def test_the_viewer_turns_steps_and_deletes_with_undo(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    strip, session_id = _session_strip(window, sample_path)
    owner = PhotoOwner(OwnerKind.SESSION, session_id)
    files = _files(tmp_path)[:2]
    _added(strip, [Source(p.name, path=p) for p in files], qtbot)
    strip.add_dialog.accept()
    strip.list.setCurrentRow(0)
    strip._open(strip.list.item(0))
    from app.views.photos.viewer import PhotoViewer

    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PhotoViewer))
    assert viewer.focusWidget() is viewer.picture  # keys go to the photo, not the caption
    qtbot.keyClick(viewer.picture, Qt.Key.Key_R)
    assert window.document.photos.of(owner)[0].rotation == 90
    assert viewer.picture.item.pixmap().width() == 800  # shown turned
    qtbot.keyClick(viewer.picture, Qt.Key.Key_Right)
    assert viewer.where.text() == "2 / 2"
    qtbot.keyClick(viewer.picture, Qt.Key.Key_Delete)
    assert len(window.document.photos.of(owner)) == 1 and viewer.where.text() == "1 / 1"
    window.undo_stack.undo()
    assert len(window.document.photos.of(owner)) == 2
    viewer.close()


def test_the_board_photo_window_follows_the_board_shown(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    page = window.workspace.boards_page
    window.workspace.show_section(3)
    boards = window.document.boards.all()
    page.show_board(boards[0].id)
    page.photo_action.trigger()
    panel = page.photo_panel
    assert panel is not None and panel.isVisible()
    assert panel.strip.owner == PhotoOwner(OwnerKind.BOARD, boards[0].id)
    assert boards[0].title in panel.windowTitle()
    photo = _files(tmp_path)[0]
    _added(panel.strip, [Source(photo.name, path=photo)], qtbot)
    panel.strip.add_dialog.accept()
    assert len(window.document.photos.of(PhotoOwner(OwnerKind.BOARD, boards[0].id))) == 1
    page.show_board(boards[1].id)
    assert panel.strip.owner == PhotoOwner(OwnerKind.BOARD, boards[1].id)
    assert panel.strip.list.count() == 0


def test_a_cancelled_add_leaves_the_file_as_it_was(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    strip, _ = _session_strip(window, sample_path)
    before = window.document.photos.stored_bytes()
    photo = _files(tmp_path)[0]
    _added(strip, [Source(photo.name, path=photo)], qtbot)
    strip.add_dialog.reject()
    assert window.document.photos.stored_bytes() == before == 0
    assert window.undo_stack.count() == 0


def test_a_photo_goes_on_the_wall_and_the_wall_comes_back_when_let_go(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    strip, _ = _session_strip(window, sample_path)
    files = _files(tmp_path)[:1]
    _added(strip, [Source(p.name, path=p) for p in files], qtbot)
    strip.add_dialog.accept()
    window.workspace.show_section(2)  # a sheet on the laptop, and so on the wall
    window.projection_menu.project()
    projection = window.projection
    assert projection is not None and projection.is_open
    from app.views.photos.viewer import PhotoViewer

    viewer = PhotoViewer(window.document, window.undo_stack.push, strip.owner, 0, strip)
    qtbot.addWidget(viewer)
    assert viewer.wall_button.isEnabled()
    viewer.wall_button.click()
    shown = projection.window.view.scene()
    assert shown is projection._photo_scene and projection.pinned
    assert window.projection_menu.pin_action.isChecked()  # the menu shows the wall is held
    window.projection_menu.pin_action.setChecked(False)  # let go: the wall follows again
    assert projection.window.view.scene() is not shown
    projection.close()


def test_a_resource_gets_one_photo_with_its_edit_in_one_undo_step(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    from app.views.resource_dialog import ResourceDialog

    window.open_path(sample_path)
    page = window.workspace.resources_page
    window.workspace.show_section(1)
    resource = window.document.resources()[0]
    owner = PhotoOwner(OwnerKind.RESOURCE, resource.id)
    dialog = ResourceDialog(window.document, resource.column_values())
    qtbot.addWidget(dialog)
    assert dialog.photo.picture.text() == "写真なし"
    dialog.photo.take(_files(tmp_path)[0])
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # waits for the photo
    qtbot.waitUntil(lambda: not dialog.photo.preparing, timeout=15000)
    assert ok.isEnabled() and dialog.photo.picture.pixmap() is not None
    type_japanese(dialog.memo, "写真は公民館の入口")
    steps = window.undo_stack.count()
    assert page.push_edit(resource.id, dialog.values(), dialog.photo.choice)
    assert window.undo_stack.count() == steps + 1
    assert len(window.document.photos.of(owner)) == 1
    assert "公民館" in window.document.resource(resource.id).memo

    again = ResourceDialog(window.document, window.document.resource(resource.id).column_values())
    qtbot.addWidget(again)
    assert again.photo.picture.pixmap() is not None and again.photo.remove.isEnabled()
    again.photo.take(_files(tmp_path)[1])  # another one replaces it
    qtbot.waitUntil(lambda: not again.photo.preparing, timeout=15000)
    assert page.push_edit(resource.id, again.values(), again.photo.choice)
    photos = window.document.photos.of(owner)
    assert len(photos) == 1 and photos[0].caption == "whiteboard"
    window.undo_stack.undo()
    assert window.document.photos.of(owner)[0].caption == "table1"
    window.undo_stack.undo()  # the photo and the memo go back together
    assert window.document.photos.of(owner) == []
    assert "公民館" not in window.document.resource(resource.id).memo


def test_cards_show_their_resource_s_photo_when_switched_on(
    window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    from app.commands.photos import AttachPhotos, EditPhoto
    from app.photos.intake import prepare

    window.open_path(sample_path)
    page = window.workspace.worksheets_page
    window.workspace.show_section(2)
    scene = page.scene
    assert scene is not None
    card = next(iter(scene.cards.values()))
    owner = PhotoOwner(OwnerKind.RESOURCE, card.resource_id)
    attach = AttachPhotos(window.document, owner, [prepare(jpeg(halves(400, 300)), "a.jpg")])
    window.undo_stack.push(attach)
    assert card.look.photo is None  # off until the facilitator switches it on
    width = card._name_width
    page.card_photos_action.setChecked(True)
    assert card.look.photo is not None and card._name_width < width
    others = [c for c in scene.cards.values() if c.resource_id != card.resource_id]
    assert all(c.look.photo is None for c in others)  # only resources with a photo
    window.undo_stack.push(EditPhoto(window.document, attach.added[0], rotation=90))
    assert card.look.photo_key == (attach.added[0], 90)
    assert card.look.photo.width() < card.look.photo.height()  # the turned thumbnail
    window.undo_stack.undo()
    window.undo_stack.undo()  # the photo taken away: the card shows none
    assert card.look.photo is None and card._name_width == width
    page.card_photos_action.setChecked(False)


def test_the_add_dialog_warns_before_the_file_grows_past_300_mb(qtbot: Any) -> None:
    from app.photos.intake import prepare
    from app.views.photos.add_dialog import WARN_BYTES, AddPhotosDialog
    from app.views.photos.intake_job import Outcome

    photo = prepare(jpeg(halves()), "a.jpg")
    ready = Outcome([(Source("a.jpg"), photo)], [])
    small = AddPhotosDialog(ready, 10 * 1024 * 1024)
    large = AddPhotosDialog(ready, WARN_BYTES)
    for dialog in (small, large):
        qtbot.addWidget(dialog)

    def texts(dialog: AddPhotosDialog) -> str:
        return " ".join(label.text() for label in dialog.findChildren(QLabel))

    assert "MB" not in texts(small)
    assert "USBメモリ" in texts(large) and "MB" in texts(large)
