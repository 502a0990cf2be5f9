"""Very long texts and big meetings flow onto further pages instead of breaking the layout."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from app.export.report import ExportRequest, export_pdf
from app.models import (
    Action,
    Attendance,
    Board,
    Card,
    Note,
    Participant,
    Resource,
    SessionKind,
    Workshop,
    WorkshopSession,
)
from app.models.text_limits import limit
from app.paths import resource_path
from app.store import worksheets
from app.store.workshop_file import create_workshop, open_workshop
from app.worksheets.template import load_templates
from tests.export.pdf_reading import read, text_of

LONG = "地域の通いの場を増やし、住民主体の活動を支えるための話し合い。" * 60


def test_long_texts_and_a_big_meeting_fit_on_pages(tmp_path: Path) -> None:
    path = tmp_path / "long.wagamachi"
    with create_workshop(path) as wf, wf.session() as s:
        s.get_one(Workshop, 1).name = "とても長い名前の町の地域づくり伴走支援" * 6
        template = load_templates(resource_path("templates"))["sogo_triangle"]
        sheet = worksheets.create_worksheet(s, template)
        resource = Resource(name=LONG[: limit(Resource, "name")], kind_id="kayoi")
        s.add(resource)
        s.flush()
        s.add(
            Card(
                worksheet_id=sheet.id,
                resource_id=resource.id,
                x=100,
                y=200,
                width=36,
                height=13,
                zone_key="daily_life",
            )
        )
        people = [Participant(name=f"参加者{i}", organisation="社会福祉協議会") for i in range(90)]
        s.add_all(people)
        board = Board(title="ボード")
        s.add(board)
        s.flush()
        s.add(Note(board_id=board.id, text=LONG[: limit(Note, "text")], x=0, y=0))
        session = WorkshopSession(
            kind=SessionKind.VISIT,
            title="1回目支援",
            day=date(2024, 5, 1),
            start=time(13),
            end=time(16),
            notes=LONG * 2,
        )
        s.add(session)
        s.flush()
        s.add_all(Attendance(session_id=session.id, participant_id=p.id) for p in people)
        s.add(Action(session_id=session.id, what=LONG, who="担当", due=date(2024, 6, 1)))

    out = tmp_path / "long.pdf"
    with open_workshop(path, read_only=True) as wf:
        result = export_pdf(wf, out, ExportRequest(today=date(2024, 7, 1)))
    reader = read(out)
    assert result.pages == len(reader.pages) > 10
    text = "".join(text_of(reader, i) for i in range(len(reader.pages)))
    assert "参加者0（" in text and "参加者89（" in text  # every attendee listed
    assert text.count("話し合い") > 200  # the long texts are printed, not dropped
    header = reader.pages[3].extract_text()
    assert "…" in header  # the long workshop name is shortened in the page header
