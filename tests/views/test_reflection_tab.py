"""振り返り on a session: staff type paper sheets in one after another with the keyboard, and
the phones' sheets are listed beside them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.models import Reflection
from app.timeline.reflection import handbook_questions
from app.views.main_window import MainWindow
from tests.helpers import type_japanese


def test_paper_sheets_are_typed_in_one_after_another_and_undone_one_by_one(
    window: MainWindow, sample_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    workspace = window.workspace
    workspace.show_section(5)
    panel = workspace.timeline_page.panel
    session_id = workspace.document.timeline.sessions()[1].id
    workspace.timeline_page.select_session(session_id)
    panel.tabs.setCurrentWidget(panel.reflection)
    tab = panel.reflection
    first_person = tab.person.currentData()
    first, second = handbook_questions()
    editor = tab._editors[first]
    editor.setFocus()
    type_japanese(editor, "住民の 声を聞く")
    type_japanese(tab._editors[second], "包括が 疲れている")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.person.currentData() != first_person  # the next person's sheet is ready
    assert tab._editors[first].toPlainText() == ""
    type_japanese(tab._editors[first], "次は 体操")
    qtbot.keyClick(tab._editors[first], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    rows = sorted(workspace.document.timeline.rows(Reflection, session_id), key=lambda r: r.id)
    assert [(r.participant_id == first_person, r.answer) for r in rows] == [
        (True, "住民の 声を聞く"),
        (True, "包括が 疲れている"),
        (False, "次は 体操"),
    ]
    assert tab.answers.topLevelItemCount() == 2
    assert tab.answers.topLevelItem(0).childCount() == 2
    window.undo_stack.undo()
    assert len(workspace.document.timeline.rows(Reflection, session_id)) == 2


def test_a_question_of_one_s_own_joins_the_sheet(
    window: MainWindow, sample_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    workspace = window.workspace
    workspace.show_section(5)
    session_id = workspace.document.timeline.sessions()[0].id
    workspace.timeline_page.select_session(session_id)
    tab = workspace.timeline_page.panel.reflection
    tab.new_question.setText("次の支援で聞きたいこと")
    qtbot.keyClick(tab.new_question, Qt.Key.Key_Return)
    assert "次の支援で聞きたいこと" in tab._editors
    assert workspace.document.timeline.session(session_id).reflection_questions == [
        "次の支援で聞きたいこと"
    ]


def test_blank_sheets_are_printed_from_the_tab(
    window: MainWindow, sample_path: Path, monkeypatch: Any
) -> None:
    from app.views.export.export_dialog import ExportDialog

    monkeypatch.setattr(ExportDialog, "exec", lambda self: 0)
    window.open_path(sample_path)
    workspace = window.workspace
    workspace.show_section(5)
    session_id = workspace.document.timeline.sessions()[2].id
    workspace.timeline_page.select_session(session_id)
    tab = workspace.timeline_page.panel.reflection
    tab.print_button.click()
    request = tab.export_dialog.request()
    assert request.blank_reflections == (session_id,)
    assert not request.cover and request.worksheet_ids == () and request.session_ids == ()
