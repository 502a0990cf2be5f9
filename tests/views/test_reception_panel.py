"""みんなで参加 on the laptop: start from the board page, notes from a phone appear on the
board while the laptop is in use, and receiving stops when the file closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.views.main_window import MainWindow
from tests.reception.phone import Phone


def _start(window: MainWindow, qtbot: Any) -> Any:
    window.workspace.show_section(3)
    window.workspace.boards_page.reception_action.trigger()
    dock = window.reception_dock
    assert dock.dock.isVisible()
    panel = dock.panel
    panel.address_box.setCurrentIndex(panel.address_box.findData("127.0.0.1"))
    panel.port_box.setValue(8790)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert dock.reception.running
    return dock.reception


def test_notes_from_a_phone_appear_on_the_open_board(
    window: MainWindow, sample_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    reception = _start(window, qtbot)
    panel = window.reception_dock.panel
    assert panel.pin.text().endswith(reception.pin)
    assert panel.address.text() == reception.short_address()
    assert not panel.code.pixmap().isNull()

    phone = Phone(f"http://127.0.0.1:{reception.server.port}", qtbot)
    phone.join(pin=reception.pin)
    phone.send("name", name="高橋 次郎")
    scene = window.workspace.boards_page.scene
    before = set(scene.notes)
    status, made = phone.send("note", text="見守りの 声かけ")
    assert status == 200
    assert set(scene.notes) - before == {made["id"]}
    assert window.undo_stack.count() == 0  # not a step of the laptop's Ctrl+Z
    qtbot.waitUntil(lambda: panel.devices.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: panel.devices.item(0, 3).text() == "1", timeout=3000)
    assert panel.devices.item(0, 0).text() == "高橋 次郎"

    window.workspace.boards_page.show_board(2)  # the phones follow the board on the laptop
    assert phone.state()["room"]["title"] == window.document.boards.get(2).title


def test_closing_the_file_stops_receiving(
    window: MainWindow, sample_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    reception = _start(window, qtbot)
    port = reception.server.port
    window.open_sample()  # another file: the first one's reception ends
    phone = Phone(f"http://127.0.0.1:{port}", qtbot)
    try:
        phone.join(pin="0000")
        reached = True
    except OSError:
        reached = False
    assert not reached
    assert not window.reception_dock.status.isVisible()


def test_a_read_only_file_explains_why_it_cannot_receive(
    window: MainWindow, sample_path: Path, qtbot: Any
) -> None:
    sample_path.chmod(0o444)
    try:
        window.open_path(sample_path)
        window.workspace.boards_page.reception_action.trigger()
        panel = window.reception_dock.panel
        assert not panel.start_button.isEnabled()
        assert "読み取り専用" in panel.refusal.text()
    finally:
        sample_path.chmod(0o644)
