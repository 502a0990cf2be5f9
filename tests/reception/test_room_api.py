"""The room's API as a phone meets it: joining, notes, limits and what a phone may see."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.document import WorkshopDocument
from app.document.workshop_document import ReadOnlyDocument
from app.reception.host import Reception
from app.store.workshop_file import open_workshop
from tests.reception.conftest import note_height
from tests.reception.phone import Phone


def _base(reception: Reception) -> str:
    assert reception.server is not None
    return f"http://127.0.0.1:{reception.server.port}"


def test_a_note_from_a_phone_lands_once_attributed_and_in_its_column(
    reception: Reception, phone: Phone, document: WorkshopDocument, board_id: int
) -> None:
    origins: list[Any] = []
    document.changed.connect(origins.append)
    column = document.boards.columns(board_id)[1]
    before = len(document.boards.notes(board_id))

    status, answer = phone.send(
        "note", client_id="a" * 32, text="買い物の 送迎", column_id=column.id
    )
    assert status == 200, answer
    again_status, again = phone.send("note", client_id="a" * 32, text="買い物の 送迎")

    notes = document.boards.notes(board_id)
    assert len(notes) == before + 1
    note = document.boards.note(answer["id"])
    assert (note.text, note.column_id) == ("買い物の 送迎", column.id)
    assert document.roster.get(note.author_id).name == "山田 花子"
    assert document.roster.get(note.author_id).joined_from_phone
    assert (again_status, again["again"], again["id"]) == (200, True, answer["id"])
    assert [c.origin for c in origins] == ["phone"]
    assert origins[0].author == note.author_id


def test_notes_from_a_phone_do_not_overlap_the_column_s_notes(
    reception: Reception, phone: Phone, document: WorkshopDocument, board_id: int
) -> None:
    column = document.boards.columns(board_id)[0]
    for i in range(4):
        status, _ = phone.send("note", text=f"案 {i}", column_id=column.id)
        assert status == 200
    rects = [(n.x, n.y, n.width, n.height) for n in document.boards.notes(board_id)]
    for i, (x, y, w, h) in enumerate(rects):
        for x2, y2, w2, h2 in rects[i + 1 :]:
            assert not (x < x2 + w2 and x2 < x + w and y < y2 + h2 and y2 < y + h)


def test_without_the_token_or_pin_nothing_is_shown_or_taken(
    reception: Reception, qtbot: Any, document: WorkshopDocument, board_id: int
) -> None:
    stranger = Phone(_base(reception), qtbot)
    status, data, _ = stranger.raw("GET", "/api/state")
    assert (status, data["error"]) == (401, "not_joined")
    assert stranger.send("note", text="いたずら")[0] == 401
    assert stranger.join(token="x" * 22) == (403, {"error": "bad_token", "details": []})
    assert len(document.boards.notes(board_id)) == len(
        [n for n in document.boards.notes(board_id) if n.text != "いたずら"]
    )


def test_five_wrong_pins_block_the_phone_for_a_minute(reception: Reception, qtbot: Any) -> None:
    assert reception.server is not None
    guesser = Phone(_base(reception), qtbot)
    wrong = "0000" if reception.pin != "0000" else "1111"
    for _ in range(5):
        assert guesser.join(pin=wrong)[1]["error"] == "wrong_pin"
    status, answer = guesser.join(pin=reception.pin)
    assert (status, answer["error"]) == (429, "pin_blocked")
    other = Phone(_base(reception), qtbot)  # the guessing address is blocked, whoever asks
    assert other.join(pin=reception.pin)[0] == 429


def test_the_right_pin_joins(reception: Reception, qtbot: Any) -> None:
    phone = Phone(_base(reception), qtbot)
    assert phone.join(pin=reception.pin)[0] == 200
    assert phone.state()["me"]["named"] is False


@pytest.mark.parametrize(
    ("body", "headers", "status", "code"),
    [
        (b"{" + b'"x":' * 10, {}, 400, "bad_request"),
        (json.dumps({"text": "x" * 20_000}).encode(), {}, 413, "too_large"),
        (b'{"text": "a"}', {"X-Wagamachi": ""}, 403, "forbidden"),
        (b"text=a", {"Content-Type": "application/x-www-form-urlencoded"}, 415, "bad_request"),
        (b'{"text": "a"}', {"Origin": "http://evil.example"}, 403, "forbidden"),
    ],
    ids=["malformed", "oversized", "no-header", "form", "other-origin"],
)
def test_bad_bodies_are_refused_and_nothing_is_stored(
    phone: Phone,
    document: WorkshopDocument,
    board_id: int,
    body: bytes,
    headers: dict[str, str],
    status: int,
    code: str,
) -> None:
    before = len(document.boards.notes(board_id))
    sent = {"Content-Type": "application/json", "X-Wagamachi": "1", **headers}
    got, data, _ = phone.raw("POST", "/api/note", body, sent)
    assert (got, data.get("error")) == (status, code)
    assert len(document.boards.notes(board_id)) == before


def test_a_note_over_500_characters_is_refused_with_the_limit(
    phone: Phone, document: WorkshopDocument, board_id: int
) -> None:
    before = len(document.boards.notes(board_id))
    assert phone.send("note", text="あ" * 501) == (400, {"error": "too_long", "details": ["500"]})
    assert phone.send("note", text="   ")[1]["error"] == "empty_text"
    assert len(document.boards.notes(board_id)) == before


def test_html_in_a_note_is_kept_as_typed_text(
    phone: Phone, document: WorkshopDocument, board_id: int, look: Any
) -> None:
    typed = '<script>alert("x")</script><b>太字</b>'
    status, answer = phone.send("note", text=typed)
    assert status == 200
    assert document.boards.note(answer["id"]).text == typed
    texts = [n["text"] for n in look(phone)["room"]["notes"]]
    assert typed in texts


def test_a_face_down_note_reaches_only_the_phone_that_wrote_it(
    reception: Reception, phone: Phone, qtbot: Any, look: Any
) -> None:
    reception.choose(face_down=True)
    secret = "まだ見せない案 7731"
    status, answer = phone.send("note", text=secret)
    assert status == 200
    other = Phone(_base(reception), qtbot)
    assert reception.server is not None
    other.join(token=reception.server.token)
    other.send("name", name="佐藤")
    reception.publish()
    status, raw, _ = other.raw("GET", "/api/state")
    assert secret not in json.dumps(raw, ensure_ascii=False)
    assert raw["room"]["hidden_notes"] >= 1
    mine = look(phone)["me"]
    assert answer["id"] in mine["notes"]
    assert [n["text"] for n in mine["face_down_notes"]] == [secret]


def test_a_phone_edits_and_withdraws_only_its_own_notes_while_writing_is_open(
    reception: Reception, phone: Phone, document: WorkshopDocument, board_id: int, qtbot: Any
) -> None:
    _, made = phone.send("note", text="はじめの案")
    assert phone.send("edit", note_id=made["id"], text="直した案")[0] == 200
    assert document.boards.note(made["id"]).text == "直した案"
    laptop_note = next(n for n in document.boards.notes(board_id) if n.id != made["id"])
    assert phone.send("edit", note_id=laptop_note.id, text="乗っ取り")[1]["error"] == "not_yours"
    reception.choose(writing_open=False)
    assert phone.send("withdraw", note_id=made["id"])[1]["error"] == "writing_closed"
    assert phone.send("note", text="締切後")[1]["error"] == "writing_closed"
    reception.choose(writing_open=True)
    assert phone.send("withdraw", note_id=made["id"])[0] == 200
    assert made["id"] not in {n.id for n in document.boards.notes(board_id)}


def test_a_read_only_file_refuses_to_start_receiving(sample_path: Any, qapp: Any) -> None:
    sample_path.chmod(0o444)
    try:
        document = WorkshopDocument(open_workshop(sample_path))
        assert document.read_only_reason is not None
        with pytest.raises(ReadOnlyDocument):
            Reception(document, note_height).start("127.0.0.1", 0)
        document.close()
    finally:
        sample_path.chmod(0o644)


def test_the_page_is_served_with_a_strict_content_security_policy(phone: Phone) -> None:
    status, _, headers = phone.raw("GET", "/api/state")
    assert status == 200
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
