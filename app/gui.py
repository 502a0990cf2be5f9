"""Starting the desktop app: Qt application, fonts, language, the main window."""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME, APP_NAME_JA, __version__, fonts, i18n
from app.settings import Settings
from app.views.style import STYLE_SHEET

ORGANISATION = "Wagamachi"
APPLICATION = "WagamachiCanvas"
log = logging.getLogger(__name__)


def set_identity(app: QCoreApplication) -> None:
    """Names that decide where settings and the user's data folder are."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)


def data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def _install_error_dialog(log_dir: Path) -> None:
    """Show unexpected errors as a dialog and write the details to a log, never a bare traceback."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            with (log_dir / "errors.log").open("a", encoding="utf-8") as f:
                f.write(details + "\n")
        except OSError:
            pass
        QMessageBox.critical(
            None,
            APP_NAME_JA,
            QCoreApplication.translate(
                "Messages",
                "Something went wrong. Everything committed before this is safe in the file. "
                "Details were written to %1.",
            ).replace("%1", str(log_dir / "errors.log")),
        )

    sys.excepthook = hook


def create_application(language: str | None = None) -> tuple[QApplication, Settings]:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    set_identity(app)
    app.setApplicationDisplayName(APP_NAME_JA)
    settings = Settings()
    i18n.install(app, language or settings.language)
    fonts.register_fonts()
    fonts.apply_ui_font(app)
    app.setStyleSheet(STYLE_SHEET)
    return app, settings


def end_on_signals(app: QApplication, window: QWidget) -> None:
    """SIGTERM (a logout, a shutdown, ``kill``) and SIGINT close the window as 終了 does:
    what is being typed is kept, the file is closed and its lock released.

    Python only runs signal handlers between bytecodes, so a timer wakes the interpreter
    while Qt's event loop waits. The window closes from the event loop: a signal that comes
    while a file is still being opened (before the loop runs, where quitting would be lost)
    closes the window as soon as the loop starts."""

    def close_window() -> None:
        window.close()
        app.quit()

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, close_window)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(250)


def run_gui(path: Path | None, language: str | None) -> int:
    from app.views.main_window import MainWindow

    app, settings = create_application(language)
    _install_error_dialog(data_dir())
    window = MainWindow(settings, data_dir())
    window.show()
    end_on_signals(app, window)
    if path is not None:
        window.open_path(path)  # a bad file is explained in a dialog over the start page
    else:
        recent = [p for p in settings.recent_files() if p.exists()]
        if not (recent and window.open_path(recent[0])):
            window.open_sample()
    log.info("%s %s started", APP_NAME, __version__)
    return app.exec()
