"""The command line, run as a user would run it: exit codes and messages, never a traceback.

Most cases call the entry point in this process (``here``); a few run ``main.py`` as a new
process end to end (``run``): the language from the command line, no display, a signal,
and one whole export.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import __version__
from app.store import repository
from app.store.workshop_file import open_workshop
from tests.conftest import ROOT, file_hash


def run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def here(capsys):  # type: ignore[no-untyped-def]
    """The command line's entry point, called in this process with these arguments."""
    from app import cli

    def call(*args: str) -> Outcome:
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:  # argparse leaves this way on a usage error
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return Outcome(code, out, err)

    return call


def test_version(here) -> None:  # type: ignore[no-untyped-def]
    result = here("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout and "わがまちキャンバス" in result.stdout


def test_sample_is_written(here, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "さくら市サンプル.wagamachi"
    result = here("--sample", str(target))
    assert result.returncode == 0, result.stderr
    assert "書き出しました" in result.stdout
    with open_workshop(target) as wf, wf.session() as s:
        assert len(repository.resources(s)) >= 25


def test_sample_never_overwrites(here, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mine.wagamachi"
    target.write_text("大事なメモ", encoding="utf-8")
    before = file_hash(target)
    result = here("--sample", str(target))
    assert result.returncode == 2
    assert "既に存在します" in result.stderr
    assert "Traceback" not in result.stderr
    assert file_hash(target) == before


def test_unknown_option_is_a_clear_error(here) -> None:  # type: ignore[no-untyped-def]
    result = here("--frobnicate")
    assert result.returncode == 2
    assert "引数が正しくありません" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_file_is_refused_before_any_window(here, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "photo.wagamachi"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    before = file_hash(bad)
    result = here(str(bad))
    assert result.returncode == 2
    assert "ワークショップファイルではありません" in result.stderr
    assert "Traceback" not in result.stderr
    assert file_hash(bad) == before


def test_a_missing_file_in_english(tmp_path: Path) -> None:
    result = run("--lang", "en", str(tmp_path / "gone.wagamachi"))
    assert result.returncode == 2
    assert "was not found" in result.stderr


def test_missing_window_libraries_give_the_install_command(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ctypes.util

    from app import cli

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    present = {"xcb-icccm", "xcb-keysyms"}
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: name if name in present else None)
    assert cli._qt_missing_hint() == "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0"
    present.update({"xcb-cursor", "xkbcommon-x11"})
    assert cli._qt_missing_hint() is None


def test_no_display_is_explained() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, ctypes.util; ctypes.util.find_library = lambda n: n; "
            "from app.cli import main; sys.exit(main([]))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 1
    assert "ディスプレイ" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_pdf_writes_the_full_report(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    before = file_hash(sample_path)
    result = run("--export-pdf", str(out), str(sample_path))
    assert result.returncode == 0, result.stderr
    assert "書き出しました" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert len(reader.pages) > 15
    assert f"{len(reader.pages)}ページ" in result.stdout
    assert file_hash(sample_path) == before


def test_export_pdf_refuses_a_bad_file_and_writes_nothing(here, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.wagamachi"
    bad.write_text("not a workshop", encoding="utf-8")
    out = tmp_path / "report.pdf"
    result = here("--export-pdf", str(out), str(bad))
    assert result.returncode == 2
    assert "ワークショップファイルではありません" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()

    result = here("--export-pdf", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_export_pdf_to_a_missing_folder_is_a_clear_error(
    here, sample_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "no such folder" / "report.pdf"
    result = here("--export-pdf", str(out), str(sample_path))
    assert result.returncode == 2
    assert "フォルダ" in result.stderr and "Traceback" not in result.stderr
    assert not out.parent.exists()


def test_export_pdf_reads_an_older_file_without_changing_it(here, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.store.test_workshop_file import _make_revision_0001_file

    old = tmp_path / "old.wagamachi"
    _make_revision_0001_file(old)
    before = file_hash(old)
    out = tmp_path / "old.pdf"
    result = here("--export-pdf", str(out), str(old))
    assert result.returncode == 0, result.stderr
    assert file_hash(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf", "old.wagamachi"]


@pytest.mark.parametrize("after", [0.0, 0.5])
def test_sigterm_closes_the_app_like_quit(sample_path: Path, after: float) -> None:
    """A logout or shutdown sends SIGTERM: the file is closed whole and its lock released,
    also when it comes while the file is still being opened (``after`` 0: at once)."""
    import signal
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [sys.executable, "main.py", str(sample_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = sample_path.with_name(sample_path.name + ".lock")
    deadline = time.monotonic() + 60
    while not lock.exists() and time.monotonic() < deadline and app.poll() is None:
        time.sleep(0.1)
    assert lock.exists(), "the app did not open the file as its writer"
    time.sleep(after)
    app.send_signal(signal.SIGTERM)
    _out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert not lock.exists()  # released, not left to the OS
    assert not Path(f"{sample_path}-wal").exists()  # closed: the log moved into the file
    with open_workshop(sample_path) as again:
        assert again.read_only_reason is None


def test_a_bad_file_with_a_screen_is_explained_in_the_window(tmp_path: Path, monkeypatch) -> None:
    """Double-clicked in a file manager there is no terminal: the window says what is wrong."""
    from app import cli, gui

    bad = tmp_path / "photo.wagamachi"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    opened: list[Path | None] = []
    monkeypatch.setattr(cli, "_can_show_window", lambda: True)
    monkeypatch.setattr(gui, "run_gui", lambda path, _lang: opened.append(path) or 0)
    assert cli.main([str(bad)]) == 0
    assert opened == [bad]


def test_the_window_shows_why_a_bad_file_did_not_open(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from app.settings import Settings
    from app.views.main_window import MainWindow

    bad = tmp_path / "photo.wagamachi"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert not window.open_path(bad)
    assert shown and "ワークショップファイルではありません" in shown[0]
    assert window.central.currentWidget() is window.start_page  # 開く… and サンプル are here


def test_export_xlsx_writes_the_workbook(sample_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "town.xlsx"
    result = run("--export-xlsx", str(out), str(sample_path))
    assert result.returncode == 0, result.stderr
    assert "（9シート）" in result.stdout and str(out) in result.stdout  # 振り返りシート too
    assert "地域資源" in load_workbook(out).sheetnames
    missing = run("--export-xlsx", str(tmp_path / "x.xlsx"))
    assert missing.returncode == 2 and "--export-xlsx" in missing.stderr
