"""帳票: 帳票1 事前情報 typed in with the keyboard and saved as one undo step, 帳票5 sheet after
sheet with the handbook's viewpoints counted, both found again after reopening and in the
PDF; a 30,000-character answer flows over pages; a prefecture's own questions from the data
file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.commands.forms import SaveFormSheet
from app.export.report import ExportRequest, export_pdf
from app.models.rules import ValidationError
from app.store.workshop_file import open_workshop
from app.timeline import forms
from app.timeline.forms import FINAL, PRIOR, load_form
from app.views.main_window import MainWindow
from tests.helpers import type_japanese


def _page(window: MainWindow, path: Path):  # type: ignore[no-untyped-def]
    window.open_path(path)
    window.workspace.show_section(6)
    return window.workspace.forms_page


def test_form_1_is_typed_with_the_keyboard_and_kept(
    window: MainWindow, workshop_path: Path, qtbot: Any
) -> None:
    page = _page(window, workshop_path)
    page.tabs.setCurrentWidget(page.prior)
    tab = page.prior
    questions = load_form(PRIOR).questions
    first = tab.editors[questions[0]]
    first.setFocus()
    type_japanese(first, "通所Cの 利用者が 減っている")
    qtbot.keyClick(first, Qt.Key.Key_Tab)  # Tab goes to the next box, as on paper
    assert tab.editors[questions[1]].hasFocus() or tab.focusWidget() is tab.editors[questions[1]]
    type_japanese(tab.editors[questions[1]], "卒業後の 行き先")
    qtbot.keyClick(
        tab.editors[questions[1]], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    saved = {a.question: a.answer for a in window.document.forms.answers(PRIOR)}
    assert saved == {questions[0]: "通所Cの 利用者が 減っている", questions[1]: "卒業後の 行き先"}
    steps = window.undo_stack.count()
    type_japanese(tab.editors[questions[4]], "事例を 知りたい")
    tab.save()
    assert len(window.document.forms.answers(PRIOR)) == 3 and window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert len(window.document.forms.answers(PRIOR)) == 2
    assert tab.editors[questions[4]].toPlainText() == ""  # the box shows the file again

    window.close()
    again = MainWindow(window.settings, window.data_dir)
    try:
        reopened = _page(again, workshop_path)
        assert reopened.prior.editors[questions[1]].toPlainText() == "卒業後の 行き先"
    finally:
        again.close()


def test_form_5_sheets_one_after_another_with_viewpoints_counted(
    window: MainWindow, sample_path: Path, qtbot: Any
) -> None:
    page = _page(window, sample_path)
    page.tabs.setCurrentWidget(page.final)
    tab = page.final
    question = load_form(FINAL).questions[0]
    before = len(window.document.forms.answers(FINAL))
    assert before == 3  # the sample's own
    tab.person.setCurrentIndex(tab.person.findText("原 和子", Qt.MatchFlag.MatchStartsWith))
    chosen = tab.person.currentData()
    type_japanese(tab.editors[question], "地域の 支え合いを 知ること")
    tab.viewpoints["kyoyu"].setChecked(True)
    qtbot.keyClick(tab.editors[question], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.person.currentData() != chosen, tab.said.text()  # the next sheet is ready
    mine = [a for a in window.document.forms.answers(FINAL) if a.participant_id == chosen]
    assert [(a.answer, a.viewpoints) for a in mine] == [("地域の 支え合いを 知ること", ["kyoyu"])]
    assert "共有 2" in tab.counts.text()  # the sample's one and this one
    assert tab.listed.topLevelItemCount() == before + 1


def test_forms_print_and_a_long_answer_flows_over_pages(
    window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    window.open_path(sample_path)
    document = window.document
    question = load_form(PRIOR).questions[0]
    long_text = ("通いの場の担い手が高齢になり、続けられるか不安だという声がある。" * 1000)[:30_000]
    window.undo_stack.push(SaveFormSheet(document, PRIOR, None, {question: long_text, "課題": ""}))
    with pytest.raises(ValidationError):
        SaveFormSheet(document, PRIOR, None, {question: long_text + "余"})
    window.close()
    out = tmp_path / "forms.pdf"
    with open_workshop(sample_path, read_only=True) as wf:
        export_pdf(wf, out, ExportRequest.single(forms=True))
    reader = PdfReader(str(out))
    texts = [p.extract_text().replace("\n", "") for p in reader.pages]
    assert len(reader.pages) > 5  # thirty thousand characters over many pages
    assert any("帳票1 事前情報" in t for t in texts)
    spread = [i for i, t in enumerate(texts) if "担い手が高齢になり" in t]
    assert len(spread) > 5  # the one answer runs on over many pages, nothing cut
    prior = next(t for t in texts if t.startswith("帳票1 事前情報"))
    assert "課題" not in prior[:60]  # the empty answer left out
    final = next(t for t in texts if "帳票5" in t)
    assert "つなぎ合わせること" in final and "連携" in final


def test_a_prefecture_s_own_questions_come_from_the_data_file(
    tmp_path: Path, monkeypatch: Any
) -> None:
    own = json.loads(
        (Path(__file__).parents[2] / "resources/forms/prior_information.json").read_text("utf-8")
    )
    own["questions"] = [{"ja": "地域の強み"}, {"ja": "県に期待すること"}]
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "prior_information.json").write_text(json.dumps(own, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(forms, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    forms.load_form.cache_clear()
    try:
        assert load_form(PRIOR).questions == ("地域の強み", "県に期待すること")
        from app.commands.forms import sheet_rows

        assert sheet_rows(PRIOR, None, {"地域の強み": "温泉がある"})[0]["question"] == "地域の強み"
        with pytest.raises(ValidationError):
            sheet_rows(PRIOR, None, {"現状": "手引きの質問はこの県にはない"})
    finally:
        forms.load_form.cache_clear()


def test_the_entry_sheet_s_issues_are_followed_through_the_visits(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    from app.models import IssueMark
    from app.views.forms.issue_grid import MarkDialog

    page = _page(window, sample_path)
    entry = page.entry
    assert "43,878人" in " ".join(
        entry.figures.itemAt(i).widget().text() for i in range(entry.figures.count())
    )
    issues_before = len(window.document.issues.all())
    entry.theme.setCurrentText("地域ケア会議")
    type_japanese(entry.text, "個別会議で 自立支援の視点が 弱い")
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)
    issues = window.document.issues.all()
    assert len(issues) == issues_before + 1 and issues[-1].theme == "地域ケア会議"
    assert entry.table.rowCount() == issues_before + 1
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)  # nothing written: said, not stored
    assert "課題" in entry.said.text() and len(window.document.issues.all()) == issues_before + 1

    page.tabs.setCurrentWidget(page.issues)
    grid = page.issues
    headings = [grid.table.horizontalHeaderItem(c).text() for c in range(grid.table.columnCount())]
    assert [h.split("\n")[0] for h in headings[1:]] == [
        "1回目支援",
        "2回目支援",
        "3回目支援",
        "報告会",
    ]
    assert grid.table.item(0, 1).text().startswith("深化")  # the sample's first issue at visit 1
    assert grid.table.item(3, 1).text() == "—"  # raised only at visit 2
    new_row = grid.table.rowCount() - 1

    def answer(dialog: MarkDialog) -> int:
        dialog.mark.setCurrentIndex(dialog.mark.findData(IssueMark.DEEPENED.value))
        dialog.note.setPlainText("自立支援型の会議に 包括が参加")
        return 1

    monkeypatch.setattr(MarkDialog, "exec", answer)
    grid.edit_cell(new_row, 3)  # 3回目支援
    assert grid.table.item(new_row, 3).text() == "深化\n自立支援型の会議に 包括が参加"
    window.undo_stack.undo()
    assert grid.table.item(new_row, 3).text() == ""

    out = tmp_path / "forms.pdf"
    window.close()
    with open_workshop(sample_path, read_only=True) as wf:
        export_pdf(wf, out, ExportRequest.single(forms=True))
    texts = [p.extract_text().replace("\n", "") for p in PdfReader(str(out)).pages]
    entry_page = next(t for t in texts if "市町村エントリーシート" in t)
    assert "43,878人" in entry_page and "利用者が少なく" in entry_page
    over_time = next(t for t in texts if "課題の変化" in t)
    assert "細分化" in over_time and "解決" in over_time and "個別会議で" in over_time


def test_the_quote_is_picked_from_the_reflection_sheets_and_the_slide_written(
    window: MainWindow, sample_path: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.timeline.forms import SUMMARY

    page = _page(window, sample_path)
    page.tabs.setCurrentWidget(page.summary)
    tab = page.summary
    index = next(
        i for i in range(tab.chooser.count()) if "体操の会にも役割がある" in tab.chooser.itemText(i)
    )
    tab.chooser.setCurrentIndex(index)
    tab._picked(index)
    chosen = [a.answer for a in window.document.forms.answers(SUMMARY)]
    assert chosen == ["体操の会にも役割があると言われて、うれしかった。"]
    target = tmp_path / "まとめ"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.save_png()
    assert (tmp_path / "まとめ.png").stat().st_size > 10_000
    assert "まとめ.png" in tab.said.text()
