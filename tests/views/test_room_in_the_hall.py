"""The hall: the facilitator's window receiving while it is used, and ten phones — each a
headless Chromium of its own — writing notes and putting dots that appear on the laptop's
board; the facilitator reveals the results on the laptop and every phone shows them."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.commands.voting import StartRound
from app.views.main_window import MainWindow
from tests.reception.browser import chromium, missing

pytestmark = pytest.mark.skipif(bool(missing()), reason=missing() or "ok")
PHONES = 10
_POOL = ThreadPoolExecutor(max_workers=1)  # one thread drives every browser


def _off_the_gui_thread(qtbot: Any, work: Any, timeout: float = 120) -> Any:
    future = _POOL.submit(work)
    qtbot.waitUntil(future.done, timeout=int(timeout * 1000))
    return future.result()


def _until(check: Any, timeout: float = 20) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError("the page did not get there in time")


def test_ten_phones_write_and_vote_while_the_laptop_works_then_all_see_the_results(
    window: MainWindow, sample_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    workspace = window.workspace
    workspace.show_section(3)
    boards = workspace.boards_page
    board_id = boards.scene.board_id
    document = window.document
    start = StartRound(document, board_id, {"title": "会場で", "dots_per_participant": 1})
    window.undo_stack.push(start)
    boards.reception_action.trigger()
    panel = window.reception_dock.panel
    panel.address_box.setCurrentIndex(panel.address_box.findData("127.0.0.1"))
    panel.port_box.setValue(8792)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    reception = window.reception_dock.reception
    join = reception.join_address()
    notes_before = set(boards.scene.notes)
    browsers: list[Any] = []
    opened: list[Any] = []

    def phones_write() -> None:
        for number in range(PHONES):
            context = chromium()
            driver = context.__enter__()
            opened.append(context)
            browsers.append(driver)
            driver.get(join)
            _until(lambda d=driver: d.find_element("id", "who").is_displayed())
            driver.find_element("id", "new-name").send_keys(f"参加者{number}")
            driver.find_element("css selector", "#name-form button").click()
            _until(lambda d=driver: d.find_element("id", "room").is_displayed())
            driver.find_element("id", "note-text").send_keys(f"会場の声 {number}")
            driver.find_element("id", "send").click()

    try:
        _off_the_gui_thread(qtbot, phones_write)
        boards.note_entry.quick_add(0, ["パソコンで書いた案"])  # the laptop in use meanwhile
        qtbot.waitUntil(lambda: len(set(boards.scene.notes) - notes_before) == PHONES + 1)
        texts = {document.boards.note(i).text for i in set(boards.scene.notes) - notes_before}
        assert {f"会場の声 {n}" for n in range(PHONES)} <= texts
        assert window.undo_stack.count() == 2  # the round and the laptop's note only

        def phones_vote() -> None:
            for driver in browsers:
                _until(lambda d=driver: d.find_elements("css selector", "#ballot li button"))
                driver.execute_script(
                    "document.querySelectorAll('#ballot li')[0]"
                    ".querySelectorAll('button')[1].click()"
                )
                _until(lambda d=driver: d.find_element("id", "dots-left").text == "0")

        _off_the_gui_thread(qtbot, phones_vote)
        votes = document.boards.votes(start.round_id)
        assert sum(v.count for v in votes) == PHONES
        top_note = votes[0].note_id
        voting = boards.voting
        voting.round_combo.setCurrentIndex(voting.round_combo.findText("会場で"))
        qtbot.waitUntil(voting.reveal_button.isEnabled)
        qtbot.mouseClick(voting.reveal_button, Qt.MouseButton.LeftButton)
        top_text = document.boards.note(top_note).text

        def phones_see_results() -> list[str]:
            return [
                _until(lambda d=driver: d.find_element("id", "results").text) for driver in browsers
            ]

        results = _off_the_gui_thread(qtbot, phones_see_results)
        assert all(f"1位（{PHONES}票）" in r and top_text in r for r in results)
    finally:
        for context in opened:
            _POOL.submit(context.__exit__, None, None, None).result()
        reception.stop()
