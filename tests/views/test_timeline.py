"""The Sessions section driven like a user: planning, dragging sessions on the axis,
editing a session, attendance with NEW, the agenda, decisions and actions, snapshots."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

from app.models import Action, AgendaItem, Decision, Snapshot
from app.views.main_window import MainWindow
from app.views.timeline.choice_delegate import VALUE
from app.views.timeline.page import TimelinePage
from app.views.timeline.timeline_view import BLOCK_HEIGHT
from tests.helpers import drag, mouse, type_japanese

SESSIONS = 5


def _page(window: MainWindow, path: Path) -> TimelinePage:
    assert window.open_path(path)
    window.workspace.show_section(SESSIONS)
    page = window.workspace.timeline_page
    page.today = lambda: date(2022, 12, 5)
    page.refresh_timeline()
    page.actions_list.refresh()
    return page


def _id(page: TimelinePage, title: str) -> int:
    return next(m.id for m in page.document.timeline.sessions() if m.title == title)


def _centre(page: TimelinePage, session_id: int) -> tuple[float, float]:
    block = page.scene.blocks[session_id]
    return block.x(), block.y() + BLOCK_HEIGHT / 2


def test_planning_three_visits_fills_the_timeline(window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.create_at(tmp_path / "town.wagamachi")
    window.workspace.show_section(SESSIONS)
    page = window.workspace.timeline_page
    assert page.scene.blocks == {}

    def accept(dialog) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        dialog.pattern.setCurrentIndex(dialog.pattern.findData("three_visits"))
        dialog.first_visit.line.setText("2024-09-10")
        dialog.first_visit.line.editingFinished.emit()  # the later visits follow
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("app.views.timeline.plan_dialog.PlanDialog.exec", accept)
    page.plan_action.trigger()
    titles = [m.title for m in page.document.timeline.sessions()]
    assert titles[2] == "1回目支援" and len(titles) == 8
    assert len(page.scene.blocks) == 8
    visit = page.scene.blocks[_id(page, "1回目支援")]
    prep = page.scene.blocks[_id(page, "0.5次会議")]
    assert visit.y() > prep.y()  # visits have their own lane below the meetings
    assert visit.x() == pytest.approx(page.axis.x(date(2024, 9, 10)))
    window.undo_action.trigger()
    assert page.scene.blocks == {}


def test_dragging_a_session_moves_its_date_and_undo_puts_it_back(window, sample_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit2 = _id(page, "2回目支援")
    start = _centre(page, visit2)
    drag(page.view, start, (start[0] + 7 * page.axis.px_per_day, start[1] + 30))
    assert page.document.timeline.session(visit2).day == date(2022, 12, 12)
    block = page.scene.blocks[visit2]
    assert block.x() == pytest.approx(page.axis.x(date(2022, 12, 12)))
    assert block.y() == pytest.approx(start[1] - BLOCK_HEIGHT / 2)  # stays in its lane
    assert page.panel.session_id == visit2
    window.undo_action.trigger()
    assert page.document.timeline.session(visit2).day == date(2022, 12, 5)


def test_clicking_a_session_opens_it_and_the_form_saves_fields(window, sample_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit3 = _id(page, "3回目支援")
    x, y = _centre(page, visit3)
    mouse(page.view, QMouseEvent.Type.MouseButtonPress, x, y)
    mouse(page.view, QMouseEvent.Type.MouseButtonRelease, x, y, buttons=Qt.MouseButton.NoButton)
    assert page.panel.session_id == visit3
    assert page.panel.heading.text().startswith("3回目支援　2023年2月13日（月）")
    form = page.panel.form
    form.venue_edit.clear()
    type_japanese(form.venue_edit, "喜連川公民館")
    qtbot.keyClick(form.venue_edit, Qt.Key.Key_Return)
    assert page.document.timeline.session(visit3).venue == "喜連川公民館"

    messages: list[str] = []
    page.status_message.connect(messages.append)
    form.end_edit.setTime(time(12, 0))
    form.end_edit.editingFinished.emit()
    assert page.document.timeline.session(visit3).end == time(16, 30)
    assert "終了時刻は開始時刻より後" in messages[-1]
    assert "終了時刻は開始時刻より後" in form.refusal.text()  # said next to the times too
    assert form.end_edit.time().toPython() == time(16, 30)  # the form shows the file again

    start = page.document.timeline.session(visit3).start
    length = datetime.combine(date.today(), time(16, 30)) - datetime.combine(date.today(), start)
    form.start_edit.setTime(time(14, 0))
    form.start_edit.editingFinished.emit()  # a later start keeps the session's length
    moved = page.document.timeline.session(visit3)
    assert (moved.start, moved.end) == (time(14, 0), (datetime(2023, 1, 1, 14) + length).time())
    assert form.refusal.text() == ""
    page.undo_stack.undo()  # one step puts both back
    back = page.document.timeline.session(visit3)
    assert (back.start, back.end) == (start, time(16, 30))

    page.wareki_action.trigger()
    assert "令和5年2月13日" in page.panel.heading.text()
    page.wareki_action.trigger()


def test_attendance_marks_newcomers_and_follows_ticks(window, sample_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    page.select_session(_id(page, "3回目支援"))
    tab = page.panel.attendance
    assert tab.summary.text().startswith("出席 9人（NEW 1人）")

    def row_of(name: str) -> int:
        return next(
            r
            for r in range(tab.table.rowCount())
            if (tab.table.item(r, 1) or None) and tab.table.item(r, 1).text() == name
        )

    ishii = row_of("石井 正")
    assert tab.table.item(ishii, 4).text() == "NEW"
    page.select_session(_id(page, "2回目支援"))
    ishii = row_of("石井 正")
    tab.table.item(ishii, 0).setCheckState(Qt.CheckState.Checked)  # a click on the box
    assert tab.table.item(row_of("石井 正"), 4).text() == "NEW"
    page.select_session(_id(page, "3回目支援"))
    assert tab.table.item(row_of("石井 正"), 4).text() == ""
    assert tab.summary.text().startswith("出席 9人（NEW 0人）")
    window.undo_action.trigger()
    assert tab.table.item(row_of("石井 正"), 4).text() == "NEW"


def test_agenda_times_follow_edits_and_reordering(window, sample_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit2 = _id(page, "2回目支援")
    page.select_session(visit2)
    agenda = page.panel.agenda
    table = agenda.table
    assert table.item(1, 0).text() == "13:45–14:30"
    assert "合計 170分／予定 180分" in agenda.total_label.text()

    table.setCurrentCell(0, 3)
    table.editItem(table.item(0, 3))
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: page.document.timeline.rows(AgendaItem, visit2)[0].minutes == 30)
    assert table.item(1, 0).text() == "14:00–14:45"
    assert agenda.total_label.text().startswith("合計 185分")
    assert agenda.total_label.text().endswith("5分超過")

    messages: list[str] = []
    page.status_message.connect(messages.append)
    table.item(1, 3).setText("-10")
    assert page.document.timeline.rows(AgendaItem, visit2)[1].minutes == 45
    assert messages[-1] == "分数にマイナスは使えません。"
    assert table.item(1, 3).text() == "45"

    table.selectRow(0)
    agenda.down_button.click()
    titles = [i.title for i in page.document.timeline.rows(AgendaItem, visit2)]
    assert titles[:2] == ["通所Cの位置付けと卒業後の姿", "1回目支援の振り返り"]
    assert table.item(0, 0).text() == "13:30–14:15"

    table.selectRow(5)  # drag the last item to the top
    target = table.visualItemRect(table.item(0, 2)).center()
    drop = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    table.dropEvent(drop)
    assert page.document.timeline.rows(AgendaItem, visit2)[0].title == "全体共有と振り返り"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert page.document.timeline.rows(AgendaItem, visit2)[0].title == "1回目支援の振り返り"


def test_decisions_actions_and_the_overdue_list(window, sample_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit2 = _id(page, "2回目支援")
    page.select_session(visit2)
    outcomes = page.panel.outcomes
    type_japanese(outcomes.decision_edit, "仕様書は包括と作る")
    qtbot.keyClick(outcomes.decision_edit, Qt.Key.Key_Return)
    assert [d.text for d in page.document.timeline.rows(Decision, visit2)][
        -1
    ] == "仕様書は包括と作る"

    messages: list[str] = []
    page.status_message.connect(messages.append)
    type_japanese(outcomes.action_edit, "民生委員へのフィードバック")
    type_japanese(outcomes.who_edit, "大野 健")
    qtbot.keyClicks(outcomes.due_edit, "2022/7/1")
    qtbot.keyClick(outcomes.due_edit, Qt.Key.Key_Return)
    assert "開始日（2022-08-01）より前" in messages[-1]
    outcomes.due_edit.clear()
    type_japanese(outcomes.due_edit, "令和4年12月1日")
    qtbot.keyClick(outcomes.due_edit, Qt.Key.Key_Return)
    added = page.document.timeline.rows(Action, visit2)[-1]
    assert (added.what, added.due) == ("民生委員へのフィードバック", date(2022, 12, 1))
    assert outcomes.action_edit.text() == ""

    # On 2022-12-05 the new action is already late: red here and in the open list.
    row = outcomes.action_table.rowCount() - 1
    assert outcomes.action_table.item(row, 0).background().color().name() == "#ffd9d6"
    assert page.actions_list.heading.text() == "未完了のアクション：4件（期限切れ 1件）"
    assert page.scene.blocks[visit2].overdue == 1
    outcomes.action_table.item(row, 3).setData(VALUE, "done")
    assert page.actions_list.heading.text() == "未完了のアクション：3件（期限切れ 0件）"
    assert page.scene.blocks[visit2].overdue == 0


def test_snapshot_at_the_end_of_a_session_and_comparing_visit_1_with_3(
    window, sample_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit1 = _id(page, "1回目支援")
    page.select_session(visit1)
    materials = page.panel.materials
    assert materials.snapshots.count() == 1
    assert "総合事業の三角形" in materials.snapshots.item(0).text()

    materials.snapshots.setCurrentRow(0)
    dialog = page.open_comparison(int(materials.snapshots.item(0).data(VALUE)))
    dialog.after.setCurrentIndex(dialog.after.findText("3回目支援（2023年2月13日）"))
    result = dialog.comparison
    assert [c.label for c in result.added] == ["移動販売車「まちかど号」", "自立支援型地域ケア会議"]
    assert [c.label for c in result.removed] == ["健康づくり教室（保健センター）"]
    assert [(c.old_zone, c.zone) for c in result.moved] == [("生活期", "移行期")]
    assert [c.label for c in result.relabelled] == ["通所型サービスC「パワーアップ教室」"]
    assert "追加 2・削除 1・移動 1・名称変更 1" in dialog.summary.text()
    QGuiApplication.clipboard().clear()
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "画像としてコピー")
    copy.click()  # the comparison, for the 報告会's slides
    picture = QGuiApplication.clipboard().image()
    assert (picture.width(), picture.height()) == (1920, 1080)
    dialog.close()

    def accept(snapshot_dialog) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("app.views.timeline.materials_tab.SnapshotDialog.exec", accept)
    materials.snapshot_button.click()  # the sheets linked to visit 1 come ticked
    titles = sorted(s.title for s in page.document.timeline.rows(Snapshot, visit1))
    assert titles == ["総合事業の三角形", "総合事業の三角形", "高齢者の三角形"]
    assert materials.snapshots.count() == 3
    window.undo_action.trigger()
    assert materials.snapshots.count() == 1


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2022, 12, 5, 13, 31)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def test_running_visit_2_with_the_timer_records_the_actual_times(
    window, sample_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit2 = _id(page, "2回目支援")
    page.select_session(visit2)
    clock = FakeClock()
    page.clock = clock
    page.panel.agenda.timer_button.click()
    timer = page.timer_window
    assert timer is not None and timer.isVisible()
    qtbot.addWidget(timer)
    assert timer.title_label.text() == "1回目支援の振り返り"
    assert timer.countdown.text() == "15:00"
    assert timer.next_label.text() == "次：通所Cの位置付けと卒業後の姿（45分）"

    timer.play_button.click()
    assert timer.ticker.isActive()
    clock.advance(10)
    timer.update_display()
    assert timer.countdown.text() == "5:00"
    assert "#f5f7fa" in timer.countdown.styleSheet()
    clock.advance(7)  # two minutes over: red, counting up
    timer.update_display()
    assert timer.countdown.text() == "+2:00"
    assert "#ff5252" in timer.countdown.styleSheet()

    timer.skip_button.click()
    items = page.document.timeline.rows(AgendaItem, visit2)
    assert items[0].actual_start == datetime(2022, 12, 5, 13, 31)
    assert items[0].actual_end == datetime(2022, 12, 5, 13, 48)
    assert items[1].actual_start == datetime(2022, 12, 5, 13, 48)
    assert page.panel.agenda.table.item(0, 5).text() == "13:31–13:48"
    assert timer.title_label.text() == "通所Cの位置付けと卒業後の姿"

    timer.play_button.click()  # pause: the countdown stands still
    clock.advance(5)
    timer.update_display()
    assert timer.countdown.text() == "45:00"
    timer.play_button.click()
    timer.more_button.click()
    assert timer.countdown.text() == "50:00"
    timer.back_button.click()
    assert timer.title_label.text() == "1回目支援の振り返り"
    items = page.document.timeline.rows(AgendaItem, visit2)
    assert items[1].actual_start is None
    timer.close()
    assert not timer.ticker.isActive()


def test_a_read_only_timeline_does_not_move_or_change(
    qtbot, settings, sample_path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import file_hash

    first, second = MainWindow(settings, tmp_path), MainWindow(settings, tmp_path)
    for win in (first, second):
        qtbot.addWidget(win)
        win.show()
    assert first.open_path(sample_path)
    page = _page(second, sample_path)  # the file is in use: opened read-only
    before = file_hash(sample_path)
    visit2 = _id(page, "2回目支援")
    start = _centre(page, visit2)
    drag(page.view, start, (start[0] + 20 * page.axis.px_per_day, start[1]))
    assert page.scene.blocks[visit2].x() == pytest.approx(start[0])
    assert not page.add_action.isEnabled() and not page.plan_action.isEnabled()
    page.select_session(visit2)
    attendance = page.panel.attendance
    row = next(r for r in range(attendance.table.rowCount()) if attendance.table.item(r, 4))
    attendance.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert attendance.table.item(row, 0).checkState() == Qt.CheckState.Checked
    assert not page.panel.agenda.add_button.isEnabled()
    assert page.document.timeline.session(visit2).day == date(2022, 12, 5)
    first.close()
    second.close()
    assert file_hash(sample_path) == before


def test_session_notes_save_as_typed_and_go_with_their_session(window, sample_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.views.autosave_text import SAVE_AFTER_MS

    page = _page(window, sample_path)
    visit2, visit3 = _id(page, "2回目支援"), _id(page, "3回目支援")
    page.panel.show_session(visit2, False)
    notes = page.panel.form.notes_edit
    notes.setFocus()
    notes.selectAll()
    type_japanese(notes, "次回は社協も参加")
    qtbot.wait(SAVE_AFTER_MS + 300)
    assert (
        page.document.timeline.session(visit2).notes == "次回は社協も参加"
    )  # the box still has focus

    qtbot.keyClicks(notes, " OK")
    page.panel.show_session(visit3, False)  # another session before the save was due
    assert page.document.timeline.session(visit2).notes == "次回は社協も参加 OK"
    assert "次回は社協" not in page.document.timeline.session(visit3).notes
    assert notes.toPlainText() == page.document.timeline.session(visit3).notes


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2023/8/30", date(2023, 8, 30)),
        ("R5.8.30", date(2023, 8, 30)),
        ("令和5年8月30日", date(2023, 8, 30)),
        ("８/３０", date(2022, 8, 30)),  # no year: the workshop's fiscal year (令和4年度)
        ("3/1", date(2023, 3, 1)),  # …which runs to March of the next calendar year
    ],
)
def test_a_date_is_typed_as_people_write_it(window, sample_path, qtbot, typed, day) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit3 = _id(page, "3回目支援")
    page.panel.show_session(visit3, False)
    field = page.panel.form.date_edit
    field.line.setFocus()
    field.line.selectAll()
    type_japanese(field.line, typed)
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert page.document.timeline.session(visit3).day == day


def test_a_date_that_does_not_exist_is_refused_next_to_the_field(
    window, sample_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit3 = _id(page, "3回目支援")
    page.panel.show_session(visit3, False)
    field = page.panel.form.date_edit
    field.line.selectAll()
    qtbot.keyClicks(field.line, "2023/2/30")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert page.document.timeline.session(visit3).day == date(2023, 2, 13)  # unchanged
    assert "2023/2/30" in field.refusal.text()
    assert field.line.text() == "2023-02-13"  # the field shows the date it has


def test_planning_starts_in_the_workshops_fiscal_year(window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.create_at(tmp_path / "town.wagamachi")
    window.workspace.profile_page.apply({"fiscal_year": 2022})  # 令和4年度, not this year
    window.workspace.show_section(SESSIONS)
    page = window.workspace.timeline_page
    page.today = lambda: date(2026, 12, 1)
    offered: list[date] = []

    def look(dialog) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        offered.append(dialog.first_visit.date())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr("app.views.timeline.plan_dialog.PlanDialog.exec", look)
    page.plan_action.trigger()
    assert offered == [date(2022, 12, 1)]  # today's day, in 令和4年度
    page.add_session()
    assert page.document.timeline.sessions()[0].day == date(2022, 12, 1)


def test_a_visit_splits_into_morning_and_afternoon_with_their_own_attendance(
    window, sample_path
) -> None:  # type: ignore[no-untyped-def]
    from app.models import Attendance, DayPart

    page = _page(window, sample_path)
    visit2 = _id(page, "2回目支援")
    before = page.document.timeline.session(visit2)
    attendees = set(page.document.timeline.attendance_of(visit2))
    page.select_session(visit2)
    page.split_action.trigger()
    parts = [m for m in page.document.timeline.sessions() if m.title == "2回目支援"]
    assert [m.part for m in parts] == [DayPart.MORNING, DayPart.AFTERNOON]
    assert {m.day for m in parts} == {before.day}  # the same day
    morning, afternoon = parts
    assert afternoon.id == visit2  # it was held in the afternoon: it stays that part
    assert (afternoon.start, afternoon.end) == (before.start, before.end)
    assert (morning.start, morning.end) == (time(9, 30), time(12, 0))
    assert set(page.document.timeline.attendance_of(afternoon.id)) == attendees
    someone = next(iter(attendees))
    row = page.document.timeline.attendance_of(afternoon.id)[someone]
    page.document.timeline.delete_rows(Attendance, [row])  # left after lunch
    assert someone in page.document.timeline.attendance_of(morning.id)  # separate lists
    page.undo_stack.undo()  # the split, in one step (the untick was not a command)
    page.undo_stack.undo()
    assert [m.part for m in page.document.timeline.sessions() if m.title == "2回目支援"] == [
        DayPart.WHOLE
    ]


def test_choosing_morning_sets_its_usual_hours_when_none_are_set(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.models import DayPart

    assert window.create_at(tmp_path / "town.wagamachi")
    window.workspace.show_section(SESSIONS)
    page = window.workspace.timeline_page
    page.add_session()
    (session,) = page.document.timeline.sessions()
    page.panel.show_session(session.id, False)
    form = page.panel.form
    form.part_combo.setCurrentIndex(form.part_combo.findData(DayPart.MORNING))
    form.part_combo.activated.emit(form.part_combo.currentIndex())
    chosen = page.document.timeline.session(session.id)
    assert (chosen.part, chosen.start, chosen.end) == (DayPart.MORNING, time(9, 30), time(12, 0))


def test_planning_takes_the_visits_days_as_typed(window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.create_at(tmp_path / "town.wagamachi")
    window.workspace.profile_page.apply({"fiscal_year": 2024})
    window.workspace.show_section(SESSIONS)
    page = window.workspace.timeline_page
    page.today = lambda: date(2024, 6, 3)

    def accept(dialog) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        dialog.pattern.setCurrentIndex(dialog.pattern.findData("three_visits"))
        first, second, third = dialog.visits
        for field, typed in ((first, "2024/9/10"), (second, "11/20"), (third, "R7.2.5")):
            field.line.setText(typed)
            field.line.editingFinished.emit()
        assert "2024-11-06　1.5次会議" in dialog.preview.text()  # two weeks before visit 2
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("app.views.timeline.plan_dialog.PlanDialog.exec", accept)
    page.plan_action.trigger()
    days = {m.title: m.day for m in page.document.timeline.sessions()}
    assert (days["1回目支援"], days["2回目支援"], days["3回目支援"]) == (
        date(2024, 9, 10),
        date(2024, 11, 20),
        date(2025, 2, 5),
    )
    assert days["2.5次会議"] == date(2025, 1, 22)


def test_the_open_actions_follow_a_renamed_session_but_not_a_moved_one(window, sample_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, sample_path)
    visit2 = _id(page, "2回目支援")
    table = page.actions_list.table
    sessions = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert "2回目支援" in sessions
    first_cell = table.item(0, 0)
    page.document.timeline.update_sessions({visit2: {"day": date(2022, 12, 6)}})
    assert table.item(0, 0) is first_cell  # a new day: the list was not filled again
    page.document.timeline.update_sessions({visit2: {"title": "2回目支援（延期）"}})
    sessions = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert "2回目支援（延期）" in sessions and "2回目支援" not in sessions


def test_the_timeline_scrolls_to_the_chosen_session(window, sample_path) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.open_path(sample_path)
    window.workspace.show_section(5)
    page = window.workspace.timeline_page
    QApplication.processEvents()

    def shown():  # type: ignore[no-untyped-def]
        return page.view.mapToScene(page.view.viewport().rect()).boundingRect()

    assert page.selected is not None
    assert shown().contains(page.scene.blocks[page.selected].sceneBoundingRect().center())
    page.view.resize(300, 200)  # a narrow timeline: choosing a session scrolls to it
    QApplication.processEvents()
    for session in page.document.timeline.sessions()[::3]:
        page.select_session(session.id)
        QApplication.processEvents()
        block = page.scene.blocks[session.id].sceneBoundingRect()
        assert shown().contains(block.center()), session.title
