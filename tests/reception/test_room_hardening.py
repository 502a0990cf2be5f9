"""What a hostile or unlucky room meets: another host name, deeply nested JSON, a blocked
phone, a name sent twice, someone else's typed name, a person deleted on the laptop, an
edit under moderation, and a long reflection sheet."""

from __future__ import annotations

from typing import Any

from app.document import WorkshopDocument
from app.reception.host import Reception
from app.timeline.reflection import handbook_questions
from tests.reception.phone import Phone


def _phone(reception: Reception, qtbot: Any, name: str) -> Phone:
    assert reception.server is not None
    phone = Phone(f"http://127.0.0.1:{reception.server.port}", qtbot)
    phone.join(token=reception.server.token)
    phone.send("name", name=name)
    return phone


def test_another_host_name_and_nested_json_are_refused_with_the_headers(phone: Phone) -> None:
    status, data, headers = phone.raw("GET", "/api/state", headers={"Host": "evil.example:8730"})
    assert (status, data["error"]) == (403, "forbidden")
    deep = b"[" * 5000 + b"]" * 5000
    sent = {"Content-Type": "application/json", "X-Wagamachi": "1"}
    status, data, headers = phone.raw("POST", "/api/note", deep, sent)
    assert (status, data["error"]) == (400, "bad_request")
    assert "default-src 'self'" in headers["Content-Security-Policy"]


def test_a_blocked_phone_gets_nothing_more(reception: Reception, phone: Phone) -> None:
    device = reception.devices()[0]
    reception.block_device(device.device_id)
    status, data, _ = phone.raw("GET", "/api/state?since=-1")
    assert (status, data["error"]) == (401, "not_joined")


def test_a_name_sent_twice_keeps_the_phone_named(
    reception: Reception, qtbot: Any, look: Any
) -> None:
    phone = _phone(reception, qtbot, "初めての人")
    first = look(phone)["me"]["participant"]
    again = phone.send("name", client_id="n" * 32, name="別の名前")
    repeat = phone.send("name", client_id="n" * 32, name="別の名前")
    assert repeat[1]["again"] is True and repeat[1]["participant"] == again[1]["participant"]
    assert look(phone)["me"]["named"] is True and first is not None


def test_typing_someone_else_s_name_makes_a_person_of_one_s_own(
    reception: Reception, phone: Phone, qtbot: Any, look: Any
) -> None:
    other = _phone(reception, qtbot, "山田 花子")  # the fixture's phone took this name first
    assert look(other)["me"]["participant"] != look(phone)["me"]["participant"]


def test_a_person_deleted_on_the_laptop_writes_unnamed_instead_of_failing(
    reception: Reception, phone: Phone, document: WorkshopDocument, look: Any
) -> None:
    person = look(phone)["me"]["participant"]
    document.record(lambda: document.roster.delete([person]))
    status, made = phone.send("note", text="名簿から消えたあと")
    assert status == 200 and document.boards.note(made["id"]).author_id is None


def test_an_edit_waits_under_moderation(
    reception: Reception, phone: Phone, document: WorkshopDocument
) -> None:
    _, made = phone.send("note", text="最初の文")
    reception.choose(moderated=True)
    assert phone.send("edit", note_id=made["id"], text="書き換えた文")[1] == {"pending": True}
    assert document.boards.note(made["id"]).text == "最初の文"
    reception.accept(list(reception.pending))
    assert document.boards.note(made["id"]).text == "書き換えた文"


def test_a_long_reflection_sheet_is_taken(
    reception: Reception, phone: Phone, document: WorkshopDocument
) -> None:
    session = document.timeline.sessions()[0].id
    reception.choose(activity="reflection", session_id=session)
    answers = [{"question": q, "answer": "あ" * 1900} for q in handbook_questions()]
    assert phone.send("reflection", answers=answers)[0] == 200
