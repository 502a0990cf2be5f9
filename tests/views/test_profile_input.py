"""What the 概要 page does with what is typed: saved as typed, limits said, figures checked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox

from app.models import Workshop
from app.models.text_limits import limit
from app.store import repository
from app.store.workshop_file import open_workshop
from app.views.autosave_text import SAVE_AFTER_MS, AutosaveText
from app.views.main_window import MainWindow
from tests.conftest import ROOT
from tests.helpers import type_japanese


def _memo(window: MainWindow) -> AutosaveText:
    memo = window.workspace.profile_page.findChild(AutosaveText, "memo")
    assert memo is not None
    return memo


def _stored(path: Path) -> Workshop:
    """The profile as another reader of the file sees it: only what was committed."""
    with open_workshop(path, read_only=True) as wf, wf.read_session() as s:
        workshop = repository.workshop(s)
        s.expunge(workshop)
        return workshop


def test_the_memo_is_saved_while_typing_as_one_undo_step(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    window.workspace.show_section(0)
    memo = _memo(window)
    memo.setFocus()
    memo.selectAll()
    qtbot.keyClicks(memo, "Day 1 ")
    type_japanese(memo, "通いの場を見学")
    assert _stored(sample_path).memo != "Day 1 通いの場を見学"  # not yet: typing goes on
    qtbot.wait(SAVE_AFTER_MS + 300)
    assert memo.hasFocus()
    assert _stored(sample_path).memo == "Day 1 通いの場を見学"  # saved without leaving

    steps = window.undo_stack.count()
    qtbot.keyClicks(memo, " AB CD")
    qtbot.wait(SAVE_AFTER_MS + 300)
    assert _stored(sample_path).memo == "Day 1 通いの場を見学 AB CD"
    assert window.undo_stack.count() == steps  # the same burst: merged into one step

    qtbot.keyClick(memo, Qt.Key.Key_Tab)  # Tab leaves the box, as in every field
    assert not memo.hasFocus()
    assert "\t" not in window.document.workshop().memo
    window.undo_action.trigger()
    assert memo.toPlainText() == _stored(sample_path).memo
    assert "通いの場" not in memo.toPlainText()  # one undo took the whole burst back


def test_leaving_the_memo_saves_at_once_and_ends_the_burst(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    memo = _memo(window)
    memo.setFocus()
    memo.selectAll()
    qtbot.keyClicks(memo, "first")
    window.workspace.profile_page.findChild(QLineEdit, "name").setFocus()
    assert _stored(sample_path).memo == "first"
    steps = window.undo_stack.count()
    memo.setFocus()
    qtbot.keyClicks(memo, " second")
    memo.clearFocus()
    assert window.undo_stack.count() == steps + 1  # a new burst is a new step
    window.undo_action.trigger()
    assert window.document.workshop().memo == "first"


def test_the_memo_refuses_text_past_its_limit(window: MainWindow, sample_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    memo = _memo(window)
    chars = limit(Workshop, "memo")
    memo.setFocus()
    memo.selectAll()
    memo.insertPlainText("あ" * (chars - 2))
    memo.insertPlainText("いいいい")  # two too many: refused whole, not cut
    assert memo.toPlainText() == "あ" * (chars - 2)
    memo.insertPlainText("いい")
    memo.clearFocus()
    assert window.document.workshop().memo == "あ" * (chars - 2) + "いい"
    assert f"{chars:,}" in memo.toolTip()


def test_a_killed_app_keeps_the_memo_typed_a_second_before(sample_path: Path) -> None:
    """A crash while the memo still has the focus loses nothing the screen showed."""
    child = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.settings import Settings
from app.views.autosave_text import AutosaveText
from app.views.main_window import MainWindow
app = QApplication([])
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), sys.argv[3])
window.show()
window.open_path(sys.argv[1])
memo = window.workspace.profile_page.findChild(AutosaveText, "memo")
memo.setFocus()
memo.selectAll()
QTest.keyClicks(memo, "kept after kill -9")
print("typed", flush=True)
app.exec()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [
            sys.executable,
            "-c",
            child,
            str(sample_path),
            str(sample_path.with_name("s.ini")),
            str(sample_path.with_name("data")),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app.stdout is not None
    assert app.stdout.readline().strip() == "typed"
    time.sleep(SAVE_AFTER_MS / 1000 + 1.0)
    app.send_signal(signal.SIGKILL)
    app.communicate(timeout=30)
    assert app.returncode == -signal.SIGKILL
    with open_workshop(sample_path) as wf, wf.read_session() as s:
        assert repository.workshop(s).memo == "kept after kill -9"


def test_full_width_digits_count_as_digits(window: MainWindow, sample_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    population = window.workspace.profile_page.findChild(QSpinBox, "population")
    population.setFocus()
    population.selectAll()
    type_japanese(population.lineEdit(), "４５，０１２")  # an IME in full-width mode
    qtbot.keyClick(population, Qt.Key.Key_Return)
    assert _stored(sample_path).population == 45012


def test_an_ageing_rate_over_100_is_refused_not_cut(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    page = window.workspace.profile_page
    before = window.document.workshop().aging_rate
    rate = page.findChild(QDoubleSpinBox, "aging_rate")
    rate.setFocus()
    rate.selectAll()
    qtbot.keyClicks(rate, "150")
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    assert _stored(sample_path).aging_rate == before  # not 15.0
    assert "0〜100" in page.message("aging_rate")
    assert "150" in page.message("aging_rate")


def test_implausible_figures_are_kept_and_pointed_out(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    page = window.workspace.profile_page
    fields = ("aged_65_count", "households", "aging_rate")
    assert [page.message(key) for key in fields] == ["", "", ""]  # the sample's figures fit
    assert page.apply({"aged_65_count": 500_000})
    assert page.apply({"households": 900_000})
    assert _stored(sample_path).aged_65_count == 500_000  # kept as typed, not refused
    assert "65歳以上の人数が総人口より多く" in page.message("aged_65_count")
    assert "世帯数が人口より多く" in page.message("households")
    assert "高齢化率が人口の数字から求めた値" in page.message("aging_rate")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [page.message(key) for key in fields] == ["", "", ""]


@pytest.mark.parametrize(("code", "prefecture"), [("401307", "福岡県"), ("13101", "東京都")])
def test_the_prefecture_follows_a_changed_code_and_says_so(
    window: MainWindow, sample_path: Path, qtbot, code: str, prefecture: str
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    page = window.workspace.profile_page
    assert window.document.workshop().prefecture == "栃木県"
    field = page.findChild(QLineEdit, "municipality_code")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _stored(sample_path).prefecture == prefecture
    notice = page.message("prefecture")
    assert "栃木県" in notice and prefecture in notice
    window.undo_action.trigger()  # code and prefecture were one change
    stored = _stored(sample_path)
    assert (stored.municipality_code, stored.prefecture) == ("092142", "栃木県")


def test_names_stop_at_the_files_limit_and_say_it(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    name = window.workspace.profile_page.findChild(QLineEdit, "name")
    name.setFocus()
    name.selectAll()
    name.insert("長" * 10_000)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    chars = limit(Workshop, "name")
    assert _stored(sample_path).name == "長" * chars
    assert len(window.windowTitle()) < chars + 60
    assert "200" in name.toolTip()


def test_a_share_typed_into_a_count_is_turned_into_people_once_confirmed(
    window: MainWindow, sample_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    window.open_path(sample_path)
    page = window.workspace.profile_page
    aged = page.findChild(QSpinBox, "aged_75_count")
    aged.setFocus()
    aged.selectAll()
    qtbot.keyClicks(aged, "15.2%")
    qtbot.keyClick(aged, Qt.Key.Key_Return)
    people = round(43_878 * 15.2 / 100)
    assert asked and f"{people:,}" in asked[0] and "15.2%" in asked[0]
    assert _stored(sample_path).aged_75_count == people  # not 152


def test_a_share_where_no_share_makes_sense_is_refused(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    page = window.workspace.profile_page
    households = page.findChild(QSpinBox, "households")
    before = _stored(sample_path).households
    households.setFocus()
    households.selectAll()
    qtbot.keyClicks(households, "12.5%")
    qtbot.keyClick(households, Qt.Key.Key_Return)
    assert _stored(sample_path).households == before
    assert "割合" in page.message("households")


def test_a_message_appearing_does_not_move_the_fields(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    page = window.workspace.profile_page
    population = page.findChild(QSpinBox, "population")
    before = population.mapTo(page, population.rect().topLeft())
    assert page.apply({"aged_65_count": 500_000})  # a warning appears
    page.apply({"aging_rate": 150})  # and an error
    QApplication.processEvents()
    assert population.mapTo(page, population.rect().topLeft()) == before


def test_a_message_appears_beside_its_field(window: MainWindow, sample_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show()
    window.open_path(sample_path)
    window.workspace.show_section(window.workspace.pages.indexOf(window.workspace.profile_page))
    page = window.workspace.profile_page
    page.apply({"aging_rate": 150})
    QApplication.processEvents()
    rate = page.findChild(QDoubleSpinBox, "aging_rate")
    line = page.findChild(QLabel, "aging_rateMessage")
    assert "0〜100" in line.text() and line.isVisible()
    field = rate.geometry().translated(rate.parentWidget().mapTo(page, rate.pos()) - rate.pos())
    shown = line.geometry().translated(line.parentWidget().mapTo(page, line.pos()) - line.pos())
    assert field.top() <= shown.center().y() <= field.bottom()  # in the field's own row
    assert shown.left() > field.right()  # to its right, not over it
    assert shown.right() <= page.width()


def test_support_centres_and_the_premium_are_entered_and_printed(
    window: MainWindow, sample_path: Path, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    page = window.workspace.profile_page
    for key, typed in (
        ("centres_direct", "１"),
        ("centres_outsourced", "3"),
        ("care_premium", "５，９００"),
    ):
        box = page.findChild(QSpinBox, key)
        box.setFocus()
        box.selectAll()
        type_japanese(box.lineEdit(), typed)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    stored = _stored(sample_path)
    assert (stored.centres_direct, stored.centres_outsourced, stored.care_premium) == (1, 3, 5900)
    assert "4" in page._centres_total.text()

    premium = page.findChild(QSpinBox, "care_premium")
    premium.setFocus()
    premium.selectAll()
    qtbot.keyClicks(premium, "12%")
    qtbot.keyClick(premium, Qt.Key.Key_Return)
    assert _stored(sample_path).care_premium == 5900
    assert "割合" in page.message("care_premium")

    from app.export.report import export_pdf
    from tests.export.pdf_reading import read, text_of

    out = tmp_path / "report.pdf"
    window.close()
    with open_workshop(sample_path, read_only=True) as wf:
        export_pdf(wf, out)
    cover = text_of(read(out), 0)
    assert "地域包括支援センター（委託）" in cover and "5,900円" in cover
