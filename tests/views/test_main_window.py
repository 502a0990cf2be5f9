"""The main window driven as a facilitator would: open, edit, undo, reopen."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox

from app.store import repository
from app.views.main_window import MainWindow
from tests.conftest import file_hash
from tests.helpers import type_japanese


def test_first_run_opens_a_copy_of_the_sample(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_sample()
    assert window.document is not None
    assert window.document.path == tmp_path / "data" / "sample-sakura.wagamachi"
    assert "さくら市" in window.windowTitle()
    assert "sample-sakura.wagamachi" in window.windowTitle()
    assert window.workspace is not None
    assert window.workspace.section_titles() == [
        "概要",
        "地域資源",
        "ワークシート",
        "付箋ボード",
        "参加者",
        "セッション",
        "帳票",
    ]
    assert str(window.document.path) in window.location.text()


def test_menus_are_japanese(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"]
    file_actions = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert "名前を付けて保存(&A)…" in file_actions
    assert "最近使ったファイル(&R)" in file_actions


def test_profile_edit_by_typing_persists_and_undoes(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    page = window.workspace.profile_page
    name = page.findChild(QLineEdit, "municipality_name")
    name.selectAll()
    type_japanese(name, "さくら市（テスト）")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.document.workshop().municipality_name == "さくら市（テスト）"
    assert window.undo_action.text() == "元に戻す 概要を編集"  # no mnemonic: Qt would cut it short

    population = page.findChild(QSpinBox, "population")
    population.selectAll()
    qtbot.keyClicks(population, "45000")
    qtbot.keyClick(population, Qt.Key.Key_Return)
    assert window.document.workshop().population == 45000

    window.undo_action.trigger()
    assert window.document.workshop().population == 43878
    assert population.value() == 43878  # the page mirrors the document
    window.redo_action.trigger()

    window.close()
    reopened = MainWindow(window.settings, window.data_dir)
    qtbot.addWidget(reopened)
    assert reopened.open_path(sample_path)
    w = reopened.document.workshop()
    assert (w.municipality_name, w.population) == ("さくら市（テスト）", 45000)
    reopened.close()


def test_a_mistyped_code_is_explained_and_not_saved(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_path)
    page = window.workspace.profile_page
    code = page.findChild(QLineEdit, "municipality_code")
    code.selectAll()
    qtbot.keyClicks(code, "092143")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert "検査数字が一致しません" in page.message("municipality_code")
    assert "2" in page.message("municipality_code")
    assert window.document.workshop().municipality_code == "092142"
    assert code.text() == "092142"


def test_five_digit_code_fills_check_digit_and_prefecture(
    window: MainWindow, workshop_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(workshop_path)
    code = window.workspace.profile_page.findChild(QLineEdit, "municipality_code")
    qtbot.keyClicks(code, "19364")  # 山梨県 富士川町
    qtbot.keyClick(code, Qt.Key.Key_Return)
    w = window.document.workshop()
    assert w.municipality_code[:5] == "19364" and len(w.municipality_code) == 6
    assert w.prefecture == "山梨県"
    window.undo_action.trigger()
    assert window.document.workshop().prefecture == ""


def test_bad_files_are_refused_with_a_japanese_message(
    window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    bad = tmp_path / "議事録.wagamachi"
    bad.write_text("これはワークショップファイルではありません", encoding="utf-8")
    before = file_hash(bad)
    assert not window.open_path(bad)
    assert (
        messages
        and "「議事録.wagamachi」はわがまちキャンバスのワークショップファイルではありません"
        in messages[0]
    )
    assert "変更していません" in messages[0]
    assert file_hash(bad) == before
    assert window.document is None
    assert window.central.currentWidget() is window.start_page


def test_second_window_on_the_same_file_is_read_only(
    qtbot, settings, sample_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(settings, tmp_path)
    second = MainWindow(settings, tmp_path)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.show()
    second.show()
    assert first.open_path(sample_path)
    assert second.open_path(sample_path)
    assert second.workspace.banner.isVisible()
    assert "別のわがまちキャンバスのウィンドウで開かれています" in second.workspace.banner.text()
    assert "[読み取り専用]" in second.windowTitle()
    assert not second.workspace.resources_page.add_button.isEnabled()
    assert not first.workspace.banner.isVisible()
    first.close()
    second.close()


def test_save_as_continues_on_the_copy(
    window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    window.open_path(sample_path)
    before = file_hash(sample_path)
    copy = tmp_path / "copy"
    assert window.save_copy_as(copy)
    assert window.document.path == tmp_path / "copy.wagamachi"
    window.workspace.profile_page.apply({"municipality_name": "コピー側"})
    assert file_hash(sample_path) == before
    assert window.settings.recent_files()[0] == tmp_path / "copy.wagamachi"


def test_new_workshop_starts_empty(window: MainWindow, tmp_path: Path) -> None:
    assert window.create_at(tmp_path / "新しい町")
    assert window.document.path.name == "新しい町.wagamachi"
    assert window.document.resources() == []
    assert os.path.exists(tmp_path / "新しい町.wagamachi")


def test_english_with_the_setting(qtbot, qapp, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app import i18n

    settings.language = "en"
    i18n.install(qapp, settings.language)
    try:
        win = MainWindow(settings, tmp_path)
        qtbot.addWidget(win)
        assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
        win.close()
    finally:
        i18n.install(qapp, "ja")


def test_opening_a_file_with_changes_left_by_a_crash_says_they_were_restored(
    window: MainWindow, workshop_path: Path, tmp_path: Path, messages: list[str]
) -> None:
    import shutil

    from app.store.workshop_file import open_workshop

    crashed = tmp_path / "crashed" / workshop_path.name
    crashed.parent.mkdir()
    with open_workshop(workshop_path) as writer:
        with writer.session() as session:
            repository.update_profile(session, {"municipality_name": "保存途中の町"})
        shutil.copyfile(workshop_path, crashed)
        shutil.copyfile(f"{workshop_path}-wal", f"{crashed}-wal")
    assert window.open_path(crashed)
    assert window.document.workshop().municipality_name == "保存途中の町"
    assert len(messages) == 1 and "前回の終了時に保存途中だった変更を復元しました" in messages[0]
    copy = next(crashed.parent.glob("town.before-recovery-*.wagamachi"))
    assert copy.name in messages[0]


def test_the_window_and_each_files_page_and_panels_are_remembered(
    window: MainWindow, sample_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSplitter

    window.open_path(sample_path)
    window.resize(1366, 740)  # not the first-start size (1280×800 on this test screen)
    window.workspace.show_section(2)  # ワークシート
    splitter = window.workspace.findChild(QSplitter, "canvas_sheets")
    splitter.setSizes([120, 700, 380])
    sizes = splitter.sizes()
    window.workspace.show_section(5)  # セッション: the page to come back to
    window.close()

    again = MainWindow(window.settings, window.data_dir)
    qtbot.addWidget(again)
    again.show()
    assert again.height() == 740  # the test screen (800×600) may narrow what was saved
    assert again.open_path(sample_path)
    assert again.workspace.section() == 5
    # ワークシート is built only when visited, with the sizes it was left at
    assert again.workspace.findChild(QSplitter, "canvas_sheets") is None
    again.close()  # closing without visiting it keeps its sizes for next time

    third = MainWindow(window.settings, window.data_dir)
    qtbot.addWidget(third)
    third.show()
    assert third.open_path(sample_path)
    third.workspace.show_section(2)
    restored = third.workspace.findChild(QSplitter, "canvas_sheets").sizes()
    assert restored[0] == sizes[0] != 150  # the list kept its width (150 when never moved)
    third.close()


def test_file_dialogs_start_in_documents_then_where_the_user_last_was(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    assert window.open_sample()  # the sample lives in the app's own data folder
    offered: list[str] = []
    towns = tmp_path / "towns"
    towns.mkdir()

    def save(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(towns / f"town{len(offered)}.wagamachi"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.new_workshop()
    assert Path(offered[0]).parent == documents  # not the hidden data folder
    window.new_workshop()
    assert Path(offered[1]).parent == towns  # where the user went last time


def test_qts_own_file_dialog_speaks_japanese(qtbot) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    words = [re.sub(r"\(&\w\)|&", "", text) for text in texts]  # accelerators aside
    assert words and [w for w in words if re.search(r"[A-Za-z]", w)] == []


def test_a_file_opens_building_only_the_page_it_shows(
    window: MainWindow, sample_path: Path
) -> None:
    """Each section's page is built on its first visit, from the file as it is then."""
    from app.commands.resources import AddResource
    from app.models.values import ResourceValues

    window.open_path(sample_path)
    workspace = window.workspace
    assert workspace.built("overview") is not None
    assert [
        key
        for key in ("resources", "worksheets", "boards", "sessions", "forms")
        if workspace.built(key)
    ] == []
    window.undo_stack.push(
        AddResource(window.document, ResourceValues(name="新しい通いの場", kind_id="kayoi"))
    )
    workspace.show_section(1)
    assert workspace.current_page() is workspace.built("resources")
    model = workspace.resources_page.model
    names = [model.resource_at(row).name for row in range(model.rowCount())]
    assert "新しい通いの場" in names
    assert workspace.built("worksheets") is None
