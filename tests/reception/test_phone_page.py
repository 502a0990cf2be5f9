"""The phone page in a real browser: join by the QR address, pick a name, write in Japanese,
vote within and beyond the budget, and lose the connection without losing or doubling a note."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.commands.voting import StartRound
from app.document import WorkshopDocument
from app.store.workshop_file import open_workshop
from tests.reception.browser import RoomProcess, chromium, missing

pytestmark = pytest.mark.skipif(bool(missing()), reason=missing() or "ok")


@pytest.fixture
def room(sample_path: Path, qapp: Any) -> Iterator[RoomProcess]:
    document = WorkshopDocument(open_workshop(sample_path))
    start = StartRound(
        document, 1, {"title": "やってみたい", "dots_per_participant": 2, "max_per_note": 1}
    )
    start.redo()
    document.close()
    process = RoomProcess(sample_path, "--board", "1")
    yield process
    assert process.stop() == 0


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _wait(driver: Any, condition: Any, timeout: float = 15) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def _visible(driver: Any, element_id: str) -> bool:
    return driver.find_element("id", element_id).is_displayed()


def _outbox(driver: Any) -> list[str]:
    """The outbox's lines, read at once (the page redraws it as answers come)."""
    script = "return Array.from(document.querySelectorAll('#outbox li'), li => li.innerText)"
    return list(driver.execute_script(script))


def _click(driver: Any, css: str, index: int, button: int) -> None:
    """Tap a button of the ``index``-th element matching ``css``, again if it was redrawn."""
    from selenium.common.exceptions import StaleElementReferenceException

    for _ in range(20):
        try:
            row = driver.find_elements("css selector", css)[index]
            row.find_elements("tag name", "button")[button].click()
            return
        except StaleElementReferenceException:
            continue
    raise AssertionError(f"{css} kept changing")


def test_a_phone_joins_writes_votes_and_survives_a_lost_connection(
    room: RoomProcess, sample_path: Path
) -> None:
    from selenium.webdriver.support.ui import Select

    with chromium() as driver:
        driver.get(room.join_address)
        _wait(driver, lambda d: _visible(d, "who"))
        assert "/j/" not in driver.current_url  # the token leaves the address bar
        driver.find_element("id", "new-name").send_keys("田中 一郎")
        driver.find_element("css selector", "#name-form button").click()
        _wait(driver, lambda d: _visible(d, "room"))
        assert driver.find_element("id", "my-name").text == "田中 一郎"

        Select(driver.find_element("id", "column")).select_by_index(2)
        driver.find_element("id", "note-text").send_keys("送迎の 足が ない <b>人</b>")
        driver.find_element("id", "send").click()
        _wait(driver, lambda d: any("送信済み" in t for t in _outbox(d)))
        _wait(driver, lambda d: "送迎の 足が ない <b>人</b>" in d.find_element("id", "mine").text)
        ((note_id, column),) = _rows(
            sample_path, "SELECT id, column_id FROM note WHERE text = '送迎の 足が ない <b>人</b>'"
        )
        third_column = _rows(
            sample_path, "SELECT id FROM board_column WHERE board_id = 1 ORDER BY sort_order"
        )[2][0]
        assert column == third_column

        # シール投票: two dots, each on its own note; then every + is off, and a dot sent
        # anyway (as a stale page would) is refused by the round's rule on the laptop
        _wait(driver, lambda d: len(d.find_elements("css selector", "#ballot li")) >= 3)
        for index in range(2):
            _click(driver, "#ballot li", index, 1)
            _wait(driver, lambda d, n=index: sum("シール:" in t for t in _outbox(d)) == n + 1)
        _wait(driver, lambda d: d.find_element("id", "dots-left").text == "0")
        plus_buttons = (
            "return Array.from(document.querySelectorAll('#ballot li'),"
            " li => li.querySelectorAll('button')[1].disabled)"
        )
        assert all(driver.execute_script(plus_buttons))
        send_anyway = """
            return fetch('/api/dot', {method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'X-Wagamachi': '1'},
                body: JSON.stringify({client_id: 'c'.repeat(32), round_id: 2, note_id: arguments[0]})
            }).then(r => r.json().then(j => [r.status, j.error]));
        """
        third = driver.execute_script(send_anyway, note_id)
        assert third == [409, "over_budget"]
        assert _rows(sample_path, "SELECT count(*) FROM vote WHERE round_id = 2") == [(2,)]

        # the laptop sleeps: what is typed waits on the phone, then lands once
        room.pause()
        for text in ("つながらない間の 案1", "つながらない間の 案2"):
            driver.find_element("id", "note-text").send_keys(text)
            driver.find_element("id", "send").click()
        _wait(driver, lambda d: sum("送信待ち" in t for t in _outbox(d)) >= 1)
        room.resume()
        _wait(driver, lambda d: not any("送信待ち" in t for t in _outbox(d)), timeout=30)
        for text in ("つながらない間の 案1", "つながらない間の 案2"):
            assert _rows(sample_path, f"SELECT count(*) FROM note WHERE text = '{text}'") == [(1,)]
        driver.save_screenshot(str(sample_path.parent / "phone.png"))
    assert note_id


@pytest.fixture
def sheet_room(sample_path: Path) -> Iterator[RoomProcess]:
    process = RoomProcess(sample_path, "--sheet", "1")
    yield process
    assert process.stop() == 0


def test_a_phone_proposes_a_card_that_waits_unplaced_on_the_sheet(
    sheet_room: RoomProcess, sample_path: Path
) -> None:
    from selenium.webdriver.support.ui import Select

    with chromium() as driver:
        driver.get(sheet_room.join_address)
        _wait(driver, lambda d: _visible(d, "who"))
        _click(driver, "#roster", 0, 0)  # the first name on the roster
        _wait(driver, lambda d: _visible(d, "propose"))
        assert not driver.find_element("id", "write").is_displayed()
        driver.find_element("id", "card-name").send_keys("川沿いの 散歩道")
        Select(driver.find_element("id", "card-zone")).select_by_index(1)
        driver.find_element("id", "send-card").click()
        _wait(driver, lambda d: any("送信済み" in t for t in _outbox(d)))
        _wait(
            driver, lambda d: "川沿いの 散歩道（自分）" in d.find_element("id", "sheet-cards").text
        )
    ((zone, memo),) = _rows(
        sample_path,
        "SELECT card.zone_key, resource.memo FROM card JOIN resource ON resource.id ="
        " card.resource_id WHERE resource.name = '川沿いの 散歩道' AND card.worksheet_id = 1",
    )
    assert zone is None and "スマホから提案" in memo


def test_a_phone_fills_in_the_reflection_sheet(sample_path: Path) -> None:
    from app.timeline.reflection import handbook_questions

    room = RoomProcess(sample_path, "--session", "2")
    try:
        with chromium() as driver:
            driver.get(room.join_address)
            _wait(driver, lambda d: _visible(d, "who"))
            driver.find_element("id", "new-name").send_keys("役場 太郎")
            driver.find_element("css selector", "#name-form button").click()
            _wait(driver, lambda d: _visible(d, "reflect"))
            first, second = handbook_questions()
            labels = [e.text for e in driver.find_elements("css selector", "#questions label")]
            assert labels == [first, second]
            driver.find_element("id", "answer-0").send_keys("住民と 一緒に考える")
            driver.find_element("id", "answer-1").send_keys("包括の 負担に気づいた")
            driver.find_element("id", "send-reflection").click()
            _wait(driver, lambda d: any("送信済み" in t for t in _outbox(d)))
    finally:
        assert room.stop() == 0
    rows = _rows(
        sample_path,
        "SELECT question, answer, from_phone FROM reflection WHERE session_id = 2 ORDER BY sort_order",
    )
    assert rows == [(first, "住民と 一緒に考える", 1), (second, "包括の 負担に気づいた", 1)]
