"""The Excel workbook read back with openpyxl, as staff would open it: a sheet per table,
real dates and times, frozen and filtered headers, the bundled font, and text that looks
like a formula kept as text."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook

from app.export.workbook import FONT, write_workbook
from app.models import Action, Resource
from app.store.workshop_file import open_workshop
from app.timeline.reflection import handbook_questions
from tests.conftest import file_hash


def test_every_table_reads_back_as_staff_need_it(sample_path: Path, tmp_path: Path) -> None:
    with open_workshop(sample_path) as workshop_file:
        with workshop_file.session() as db:
            first = db.query(Resource).order_by(Resource.id).first()
            assert first is not None
            first.name = '=HYPERLINK("http://example.invalid","x")'  # must stay a name
            db.add(Resource(name="-1 だけの名前", kind_id="salon"))
        out = tmp_path / "town.xlsx"
        sheets = write_workbook(workshop_file, out)
    assert sheets == [
        "地域資源",
        "ゾーン別の配置",
        "付箋と投票",
        "投票の内訳",
        "出席",
        "次第",
        "決定事項",
        "アクション",
        "振り返りシート",
    ]

    book = load_workbook(out)
    assert book.sheetnames == sheets
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"  # the header stays in view
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.b and sheet["A1"].font.name == FONT

    resources = book["地域資源"]
    names = [row[1].value for row in resources.iter_rows(min_row=2)]
    formula_like = next(c for c in resources["B"] if str(c.value).startswith("=HYPERLINK"))
    assert formula_like.data_type == "s"  # text, not a formula
    assert any(str(n).startswith("-1") for n in names)
    assert all(c.data_type != "f" for row in resources.iter_rows() for c in row)
    assert resources.column_dimensions["B"].width >= 14  # names wrap in it, not cut off

    actions = book["アクション"]
    header = [c.value for c in actions[1]]
    due = header.index("期限")
    dates = [row[due].value for row in actions.iter_rows(min_row=2) if row[due].value]
    assert dates and all(isinstance(d, datetime) for d in dates)  # real dates, sortable
    assert actions.cell(row=2, column=2).number_format == "yyyy/m/d"

    agenda = book["次第"]
    starts = [row[3].value for row in agenda.iter_rows(min_row=2) if row[3].value is not None]
    assert starts and all(isinstance(t, time) for t in starts)

    breakdown = book["投票の内訳"]
    tables = {row[3].value for row in breakdown.iter_rows(min_row=2)}
    assert {"テーブル1", "テーブル2", "テーブル3"} <= tables  # the paper counts, by table
    assert all(
        isinstance(row[4].value, int) and row[4].value > 0 for row in breakdown.iter_rows(min_row=2)
    )

    attendance = book["出席"]
    marks = {c.value for row in attendance.iter_rows(min_row=2) for c in row[5:]}
    assert {"NEW", "○"} <= marks  # first attendance marked NEW


def test_the_wareki_option_formats_dates_in_the_japanese_era(
    sample_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "wareki.xlsx"
    before = file_hash(sample_path)
    with open_workshop(sample_path, read_only=True) as workshop_file:
        write_workbook(workshop_file, out, wareki=True)
        with workshop_file.read_session() as db:
            first = db.query(Action).first()
            assert first is not None
    assert file_hash(sample_path) == before  # the workshop file is only read
    cell = load_workbook(out)["アクション"].cell(row=2, column=2)
    assert isinstance(cell.value, datetime) and cell.value.date() >= date(2022, 1, 1)
    assert "ggge" in cell.number_format  # 令和4年… in Excel


def test_every_sheet_prints_on_a4_landscape_with_long_texts_wrapped(
    sample_path: Path, tmp_path: Path
) -> None:
    with open_workshop(sample_path) as workshop_file:
        with workshop_file.session() as db:
            db.add(Resource(name="長いメモの資源", kind_id="salon", memo="毎週火曜に集まる。" * 30))
        out = tmp_path / "town.xlsx"
        write_workbook(workshop_file, out)
    book = load_workbook(out)
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        widths = [sheet.column_dimensions[c[0].column_letter].width for c in sheet.iter_cols()]
        assert sum(widths) <= 125 or min(widths) <= 10  # narrowed to a readable page
    resources = book["地域資源"]
    header = [c.value for c in resources[1]]
    assert header[:3] == ["ID", "名称", "ふりがな"]
    row = next(r for r in resources.iter_rows(min_row=2) if r[1].value == "長いメモの資源")
    memo = row[header.index("メモ")]
    assert memo.alignment.wrap_text and memo.alignment.vertical == "top"
    assert resources.row_dimensions[memo.row].height >= 3 * 13.5


def test_reflection_sheets_get_their_own_sheet_when_there_are_some(
    sample_path: Path, tmp_path: Path
) -> None:
    from app.models import Participant, Reflection
    from app.models import WorkshopSession as Session

    out = tmp_path / "town.xlsx"
    with open_workshop(sample_path) as workshop_file:
        with workshop_file.session() as db:
            db.query(Reflection).delete()  # the sample's own sheets
        assert "振り返りシート" not in write_workbook(workshop_file, out)
        with workshop_file.session() as db:
            visit = db.query(Session).filter(Session.title == "2回目支援").one()
            person = db.query(Participant).filter(Participant.name == "川村 さくら").one()
            asked = handbook_questions()
            for n, (question, answer) in enumerate(
                [(asked[1], "送迎が鍵"), (asked[0], "=住民の声を先に聞く")]
            ):
                db.add(
                    Reflection(
                        session_id=visit.id,
                        participant_id=person.id,
                        question=question,
                        answer=answer,
                        sort_order=n,
                    )
                )
        assert write_workbook(workshop_file, out)[-1] == "振り返りシート"
    sheet = load_workbook(out)["振り返りシート"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][:4] == ["セッション", "日付", "質問", "氏名"]
    assert [r[2] for r in rows[1:]] == handbook_questions()  # in the form's order
    assert rows[1][3] == "川村 さくら" and rows[1][6] == "=住民の声を先に聞く"
    assert sheet.cell(row=2, column=7).data_type == "s"  # a text, never a formula
    assert isinstance(rows[1][1], datetime)
