"""振り返りシート from phones: the session's questions, one sheet per participant, sent again
to change it; the same rows as a sheet typed in from paper."""

from __future__ import annotations

from typing import Any

import pytest

from app.commands.reflection import SaveReflection
from app.document import WorkshopDocument
from app.models import Reflection
from app.reception.host import Reception
from app.timeline.reflection import handbook_questions
from tests.reception.phone import Phone


@pytest.fixture
def session_id(document: WorkshopDocument, reception: Reception) -> int:
    session = document.timeline.sessions()[1]
    document.record(
        lambda: document.timeline.update_sessions(
            {session.id: {"reflection_questions": ["次の支援で聞きたいこと"]}}
        )
    )
    reception.choose(activity="reflection", session_id=session.id)
    return session.id


def test_a_phone_fills_the_sheet_and_sends_it_again_to_change_it(
    phone: Phone, document: WorkshopDocument, session_id: int, look: Any
) -> None:
    first, second = handbook_questions()
    asked = look(phone)["room"]["questions"]
    assert asked == [first, second, "次の支援で聞きたいこと"]
    answers = [
        {"question": first, "answer": "住民の声を 先に聞く"},
        {"question": second, "answer": ""},
    ]
    assert phone.send("reflection", answers=answers)[0] == 200
    again = [
        {"question": first, "answer": "住民の声を先に聞く"},
        {"question": second, "answer": "包括が疲れている"},
    ]
    assert phone.send("reflection", answers=again)[0] == 200
    rows = document.timeline.rows(Reflection, session_id)
    person = look(phone)["me"]["participant"]
    assert [(r.question, r.answer, r.participant_id, r.from_phone) for r in rows] == [
        (first, "住民の声を先に聞く", person, True),
        (second, "包括が疲れている", person, True),
    ]
    assert "answers" not in look(phone)["me"]  # the phone keeps what it sent; nobody else's


def test_a_question_the_session_does_not_ask_is_refused_and_nothing_is_kept(
    phone: Phone, document: WorkshopDocument, session_id: int
) -> None:
    answers = [{"question": "プロフィールを見せて", "answer": "x"}]
    status, refused = phone.send("reflection", answers=answers)
    assert (status, refused["error"]) == (409, "unknown_question")
    long = [{"question": handbook_questions()[0], "answer": "あ" * 2001}]
    assert phone.send("reflection", answers=long)[1]["error"] == "too_long"
    assert document.timeline.rows(Reflection, session_id) == []


def test_staff_type_a_paper_sheet_in_as_one_undo_step(
    document: WorkshopDocument, session_id: int
) -> None:
    person = document.roster.all()[0].id
    first, second = handbook_questions()
    save = SaveReflection(document, session_id, person, {first: "紙の回答", second: "気づき"})
    save.redo()
    assert len(document.timeline.rows(Reflection, session_id)) == 2
    save.undo()
    assert document.timeline.rows(Reflection, session_id) == []


def test_the_report_lists_the_sheets_by_question_with_who_and_their_side(
    phone: Phone, document: WorkshopDocument, session_id: int, tmp_path: Any
) -> None:
    from pypdf import PdfReader

    from app.export.report import ExportRequest, export_pdf

    first, second = handbook_questions()
    answers = [{"question": first, "answer": "<b>役場</b>だけで抱えない"}]
    assert phone.send("reflection", answers=answers)[0] == 200
    person = document.roster.all()[0].id
    SaveReflection(document, session_id, person, {second: "紙で書いた気づき"}).redo()
    out = tmp_path / "record.pdf"
    export_pdf(document.file, out, ExportRequest(session_ids=[session_id]))
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(out).pages)
    for expected in (
        "振り返りシート（帳票2）（2人）",
        first,
        second,
        "<b>役場</b>だけで抱えない",
        "紙で書いた気づき",
        "山田花子",
        "地域・関係機関",
    ):
        assert "".join(expected.split()) in text, expected
