"""ファイル ▸ PDFに書き出し / 印刷 / CSVに書き出し, driven as a facilitator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from app.views.export.export_dialog import ExportDialog
from app.views.export.selection import CHECKED, UNCHECKED
from app.views.main_window import MainWindow
from tests.export.pdf_reading import A4_PORTRAIT, outline, read, size, text_of


def _dialog(window: MainWindow, qtbot, printing: bool = False) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(window.document, printing=printing, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click_check(dialog: ExportDialog, item) -> None:  # type: ignore[no-untyped-def]
    """Tick or untick an item as a user does, through the tree's model."""
    state = UNCHECKED if item.checkState(0) == CHECKED else CHECKED
    item.setCheckState(0, state)


def test_menu_entries_need_an_open_workshop(window: MainWindow, sample_path: Path) -> None:
    actions = (
        window.export_pdf_action,
        window.print_action,
        window.export_csv_action,
        window.export_xlsx_action,
    )
    assert not any(a.isEnabled() for a in actions)
    assert window.open_path(sample_path)
    assert all(a.isEnabled() for a in actions)


def test_one_sheet_on_a4_through_the_dialog(
    window: MainWindow, sample_path: Path, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_path)
    dialog = _dialog(window, qtbot)
    # start from nothing, then tick the second worksheet only
    dialog.parts.set_all(UNCHECKED)
    assert dialog.parts.nothing_chosen()
    _click_check(dialog, dialog.parts.sheets.child(1))
    dialog.paper.paper_size.setCurrentIndex(dialog.paper.paper_size.findData("A4"))
    assert "2" in dialog.paper.summary.text() and "12" in dialog.paper.summary.text()
    assert not dialog.paper.tiles.isEnabled()  # A4 is not a poster
    out = tmp_path / "高齢者の三角形.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)

    reader = read(out)
    assert len(reader.pages) == 2  # the A3 sheet over two A4 pages
    assert all(size(p) == pytest.approx(A4_PORTRAIT, abs=0.1) for p in reader.pages)
    assert "高齢者の三角形" in text_of(reader, 0)
    assert seen and max(seen) == 100  # the progress bar ran to the end
    assert dialog.open_button.isVisible() and "2" in dialog.result_label.text()
    assert dialog.written == out


def test_whole_report_button_and_an_empty_choice(
    window: MainWindow, sample_path: Path, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_path)
    dialog = _dialog(window, qtbot)
    dialog.parts.set_all(UNCHECKED)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert told and "選んで" in told[0]

    whole = next(b for b in dialog.findChildren(type(dialog.go)) if b.text() == "報告書全体")
    qtbot.mouseClick(whole, Qt.MouseButton.LeftButton)
    out = tmp_path / "report.pdf"
    assert dialog.export_to(out)
    sections = [title for level, title, _ in outline(read(out)) if level == 0]
    assert sections[0] == "目次" and "白紙のワークシート" not in sections
    assert "未完了のアクション" in sections


def test_an_unwritable_target_is_reported_in_japanese(
    window: MainWindow, sample_path: Path, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_path)
    dialog = _dialog(window, qtbot)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert not dialog.export_to(tmp_path / "missing" / "r.pdf")
    assert warned and "フォルダがありません" in warned[0]
    assert dialog.go.isEnabled() and not dialog.open_button.isVisible()


def test_printing_sends_the_same_pages_to_the_printer(
    window: MainWindow, sample_path: Path, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_path)
    dialog = _dialog(window, qtbot, printing=True)
    dialog.parts.set_all(UNCHECKED)
    _click_check(dialog, dialog.parts.sheets.child(0))
    _click_check(dialog, dialog.parts.records.child(4))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed_file = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_file))
    exported = tmp_path / "exported.pdf"
    assert dialog.export_to(exported)

    printed = dialog.print_chosen(printer, ask=False)
    assert printed == len(read(exported).pages) >= 2
    assert len(read(printed_file).pages) == printed


def test_print_dialog_cancelled_prints_nothing(
    window: MainWindow, sample_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_path)
    dialog = _dialog(window, qtbot, printing=True)
    monkeypatch.setattr(
        "app.views.export.export_dialog.QPrintDialog.exec",
        lambda _self: QDialog.DialogCode.Rejected,
    )
    assert dialog.print_chosen() == 0


def _answer_csv_dialogs(monkeypatch, folder: Path, encoding: int) -> tuple[Path, list[str]]:  # type: ignore[no-untyped-def]
    """The CSV export's folder and encoding (0 UTF-8, 1 Shift_JIS) chosen; its messages kept."""
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[encoding], True)
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    return folder, told


def test_csv_export_writes_four_files(
    window: MainWindow, sample_path: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_path)
    folder, told = _answer_csv_dialogs(monkeypatch, tmp_path / "csv", encoding=0)
    window.export_csv_action.trigger()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 4 and all(n.startswith("sample_") for n in names)
    assert told and "Excel" in told[0]

    asked: list[str] = []

    def refuse(_p, _t, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    window.export_csv_action.trigger()
    assert asked and "置き換えます" in asked[0]
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def _slow_export(seconds: float):  # type: ignore[no-untyped-def]
    """An export whose read of the file lasts ``seconds``, stepping its progress meanwhile."""
    import time

    from app.export import report

    def slow(workshop_file, out, request=None, progress=None):  # type: ignore[no-untyped-def]
        with workshop_file.read_session() as session:
            report.repository.workshop(session)  # the read has begun
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                time.sleep(0.02)
                if progress is not None:
                    progress(0.5)
        return report.export_pdf(workshop_file, out, request, progress)

    return slow


def test_edits_made_while_an_export_runs_are_saved(
    window: MainWindow, sample_path: Path, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit

    from app.store.workshop_file import open_workshop
    from app.views.export import export_dialog

    assert window.open_path(sample_path)
    monkeypatch.setattr(export_dialog, "export_pdf", _slow_export(2.0))
    dialog = _dialog(window, qtbot)
    dialog.parts.set_all(UNCHECKED)
    _click_check(dialog, dialog.parts.sheets.child(0))
    name = window.workspace.profile_page.findChild(QLineEdit, "name")
    took: list[float] = []

    def edit_while_exporting() -> None:
        assert dialog.progress.isVisible()  # the export is still running
        start = time.monotonic()
        name.setText("みどり町 地域づくり")
        name.editingFinished.emit()
        took.append(time.monotonic() - start)

    QTimer.singleShot(400, edit_while_exporting)
    out = tmp_path / "sheet.pdf"
    assert dialog.export_to(out)
    assert out.exists()
    assert took and took[0] < 1.0  # the edit did not wait for the export's read
    assert window.document.workshop().name == "みどり町 地域づくり"
    window.close()
    with open_workshop(sample_path, read_only=True) as reopened:
        assert reopened.read_session  # the file itself has the new name
        from app.store import repository

        with reopened.read_session() as session:
            assert repository.workshop(session).name == "みどり町 地域づくり"


def test_close_while_exporting_stops_the_export_and_writes_nothing(
    window: MainWindow, sample_path: Path, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from app.views.export import export_dialog

    assert window.open_path(sample_path)
    monkeypatch.setattr(export_dialog, "export_pdf", _slow_export(5.0))
    dialog = _dialog(window, qtbot)
    close = dialog.buttons.button(dialog.buttons.StandardButton.Close)
    texts: list[str] = []

    def press_close() -> None:
        texts.append(close.text())
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, press_close)
    out = tmp_path / "report.pdf"
    assert not dialog.export_to(out)
    assert texts == ["中止"]
    assert not out.exists() and list(tmp_path.glob(".report.pdf.*")) == []
    assert dialog.isVisible()  # stopping does not close the dialog
    assert "中止" in dialog.result_label.text()
    assert close.text() == "閉じる"


def test_what_cannot_be_printed_is_named_after_export_and_after_printing(
    window: MainWindow, sample_path: Path, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_path)
    resource = window.document.resources()[0]
    page = window.workspace.resources_page
    assert page.push_edit(resource.id, {"name": "\U0001d800 の会"})  # a character no font has
    for printing in (False, True):
        dialog = _dialog(window, qtbot, printing=printing)
        dialog.parts.set_all(UNCHECKED)
        _click_check(dialog, dialog.parts.resource_list)
        if printing:
            printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "printed.pdf"))
            assert dialog.print_chosen(printer, ask=False) >= 1
        else:
            assert dialog.export_to(tmp_path / "list.pdf")
        said = dialog.result_label.text()
        assert "〓" in said and "U+1D800" in said, said


def test_the_file_menu_writes_an_excel_workbook(
    window: MainWindow, sample_path: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    assert window.open_path(sample_path)
    out = tmp_path / "さくら市"  # no suffix typed: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert window.export_xlsx_action.isEnabled()
    window.export_xlsx_action.trigger()
    written = out.with_suffix(".xlsx")
    assert told and "出席" in told[0] and str(written) in told[0]
    assert load_workbook(written).sheetnames[0] == "地域資源"


def test_csv_in_shift_jis_for_older_tools_or_nothing_when_a_character_has_no_code(
    window: MainWindow, sample_path: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_path)
    folder, told = _answer_csv_dialogs(monkeypatch, tmp_path / "sjis", encoding=1)
    window.export_csv_action.trigger()
    resources = next(folder.glob("*_地域資源.csv"))
    text = resources.read_bytes().decode("cp932")  # Shift_JIS, no byte-order mark
    assert "いきいき百歳体操" in text and told and "Shift_JIS" in told[0]

    for path in folder.iterdir():
        path.unlink()
    first = window.document.resources()[0]
    assert window.workspace.resources_page.push_edit(first.id, {"name": "𠮷田サロン"})
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.export_csv_action.trigger()
    assert warned and "𠮷" in warned[0] and "U+20BB7" in warned[0]
    assert list(folder.iterdir()) == []  # nothing written, not a ? in a name
