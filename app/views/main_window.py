"""The main window: menus, the open workshop or the start page, title and file location."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from app import APP_NAME_JA, memory
from app.document import WorkshopDocument
from app.messages import recovery_notice, store_error, validation_error
from app.models.rules import ValidationError
from app.settings import Settings
from app.store.errors import StoreError
from app.store.sample import write_sample
from app.store.workshop_file import SUFFIX, create_workshop, open_workshop
from app.views.about import show_about
from app.views.export import entries as exports
from app.views.image_export.menu import ImageMenu
from app.views.importing.entry import import_actions
from app.views.projection.controller import Projection
from app.views.projection.menu import ProjectionMenu
from app.views.reception.dock import ReceptionDock
from app.views.start_page import StartPage
from app.views.undo_stack import SafeUndoStack
from app.views.workspace import Workspace

SAMPLE_FILE_NAME = "sample-sakura" + SUFFIX
#: After a file opens, the garbage collector is settled (app/memory.py) this much later.
SETTLE_MS = 1500


class MainWindow(QMainWindow):
    document_changed = Signal()

    def __init__(self, settings: Settings, data_dir: Path) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir
        self.document: WorkshopDocument | None = None
        self.workspace: Workspace | None = None
        self.projection: Projection | None = None
        self.undo_stack = SafeUndoStack(self)
        self.undo_stack.write_failed.connect(self._write_failed)
        self._place_window()

        self.start_page = StartPage()
        self.start_page.new_requested.connect(self.new_workshop)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.sample_requested.connect(self.open_sample)
        self.start_page.recent_chosen.connect(self.open_path)
        self.central = QStackedWidget()
        self.central.addWidget(self.start_page)
        self.setCentralWidget(self.central)

        self.location = QLabel()
        self.location.setOpenExternalLinks(False)
        self.location.linkActivated.connect(lambda _link: self.show_file_location())
        self.statusBar().addPermanentWidget(self.location)

        self._build_menus()
        self._show_start()

    # -- menus ------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(
            self.tr("&New…"), QKeySequence.StandardKey.New, self.new_workshop
        )
        self.open_action = file_menu.addAction(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.tr("Open the &sample workshop"), self.open_sample)
        file_menu.addSeparator()
        self.save_as_action = file_menu.addAction(
            self.tr("Save &as…"), QKeySequence.StandardKey.SaveAs, self.save_as
        )
        self.location_action = file_menu.addAction(
            self.tr("Show file &location"), self.show_file_location
        )
        file_menu.addSeparator()
        self.export_pdf_action = file_menu.addAction(
            self.tr("Export &PDF…"),
            QKeySequence("Ctrl+E"),
            lambda: exports.pdf(self, self.document),
        )
        self.print_action = file_menu.addAction(
            self.tr("&Print…"),
            QKeySequence.StandardKey.Print,
            lambda: exports.pdf(self, self.document, printing=True),
        )
        self.export_csv_action = file_menu.addAction(self.tr("Export &CSV…"), self._csv)
        self.import_action, self.import_roster_action = import_actions(
            self, file_menu, self.undo_stack
        )
        self.export_xlsx_action = file_menu.addAction(
            self.tr("Export an &Excel workbook…"), lambda: exports.workbook(self, self.document)
        )
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # No mnemonic in these two: once the step's name is added to a text with one, Qt
        # cuts the menu item short (「元に戻す(…」) although the menu is wide enough.
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.image_menu = ImageMenu(self, file_menu, edit_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        self.projection_menu = ProjectionMenu(self, view_menu.addMenu(self.tr("&Projection")))
        self.reception_dock = ReceptionDock(self, view_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Wagamachi Canvas"), self.show_about)

    def _document_actions(self) -> list[QAction]:
        return [
            self.save_as_action,
            self.location_action,
            self.export_pdf_action,
            self.print_action,
            self.export_csv_action,
            self.export_xlsx_action,
            self.import_action,
            self.import_roster_action,
            *self.projection_menu.actions(),
            *self.image_menu.actions(),
        ]

    def _csv(self) -> None:
        exports.csv(self, self.document)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            self.recent_menu.addAction(str(path), partial(self.open_path, path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # -- opening and closing ------------------------------------------------------
    def _show_start(self) -> None:
        self.start_page.set_recent_files(self.settings.recent_files())
        self.central.setCurrentWidget(self.start_page)
        for action in self._document_actions():
            action.setEnabled(False)
        self.location.clear()
        self.setWindowTitle(APP_NAME_JA)

    def set_document(self, document: WorkshopDocument) -> None:
        self._close_document()
        self.document = document
        self.workspace = Workspace(document, self.undo_stack)
        self.workspace.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.central.addWidget(self.workspace)
        self.central.setCurrentWidget(self.workspace)
        self.workspace.restore(
            self.settings.file_section(document.path), self.settings.file_splitters(document.path)
        )
        self.projection = Projection(self.workspace, document.workshop().name or APP_NAME_JA)
        self.projection_menu.attach(self.projection)
        self.reception_dock.attach(self.workspace)
        document.profile_changed.connect(self._update_title)
        for action in self._document_actions():
            action.setEnabled(True)
        self.settings.add_recent_file(document.path)
        self._update_title()
        self.location.setText(f'<a href="#">{document.path}</a>')
        self.location.setToolTip(self.tr("Open the folder that holds this file"))
        self.document_changed.emit()
        QTimer.singleShot(SETTLE_MS, memory.settle)  # once the file is open and painted

    def _close_document(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # what is being typed is kept, as leaving the field keeps it
        self.projection_menu.attach(None)  # closes the wall of the file being closed
        self.reception_dock.attach(None)  # phones stop being received into it
        self.projection = None
        self.undo_stack.clear()
        if self.workspace is not None and self.document is not None:
            self.settings.set_file_view(
                self.document.path, self.workspace.section(), self.workspace.splitter_states()
            )
        if self.workspace is not None:
            self.central.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.document is not None:
            self.document.close()
            self.document = None

    def _update_title(self) -> None:
        if self.document is None:
            return
        name = self.document.workshop().name or self.document.path.stem
        suffix = self.tr(" [read-only]") if self.document.read_only_reason else ""
        self.setWindowTitle(f"{name} — {self.document.path.name}{suffix} — {APP_NAME_JA}")

    def _report(self, error: StoreError) -> None:
        QMessageBox.warning(self, APP_NAME_JA, store_error(error))

    def open_path(self, path: Path | str) -> bool:
        path = Path(path)
        if self.document is not None and self.document.path == path.absolute():
            return True
        try:
            workshop_file = open_workshop(path)
        except StoreError as error:
            self._report(error)
            if error.code == "missing":
                self.settings.remove_recent_file(path)
                self.start_page.set_recent_files(self.settings.recent_files())
            return False
        self.set_document(WorkshopDocument(workshop_file))
        if workshop_file.recovery is not None:
            QMessageBox.information(self, APP_NAME_JA, recovery_notice(workshop_file.recovery))
        return True

    def _write_failed(self, error: BaseException) -> None:
        """A change the file refused: it is not on the undo stack; say why."""
        if isinstance(error, StoreError):
            QMessageBox.warning(self, APP_NAME_JA, store_error(error))
        elif isinstance(error, ValidationError):  # the file's own guard (app/models/text_limits)
            QMessageBox.warning(self, APP_NAME_JA, validation_error(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workshop"), str(self._dialog_dir()), self._file_filter()
        )
        if path:
            self.open_path(self._chosen(path))

    def new_workshop(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New workshop"),
            str(self._dialog_dir() / (self.tr("workshop") + SUFFIX)),
            self._file_filter(),
        )
        if path:
            self.create_at(self._chosen(path))

    def create_at(self, path: Path) -> bool:
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if self.document is not None and self.document.path == path.absolute():
            QMessageBox.warning(
                self, APP_NAME_JA, self.tr("That file is open now. Choose another name.")
            )
            return False
        try:
            workshop_file = create_workshop(path, overwrite=True)
        except StoreError as error:
            self._report(error)
            return False
        self.set_document(WorkshopDocument(workshop_file))
        return True

    def save_as(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(self.document.path), self._file_filter()
        )
        if path:
            self.save_copy_as(self._chosen(path))

    def save_copy_as(self, path: Path) -> bool:
        """Copy the open workshop to ``path`` and go on working on the copy."""
        assert self.document is not None
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if path.absolute() == self.document.path:
            return True
        try:
            self.document.file.backup_to(path)
        except StoreError as error:
            self._report(error)
            return False
        return self.open_path(path)

    def sample_path(self) -> Path:
        return self.data_dir / SAMPLE_FILE_NAME

    def open_sample(self) -> bool:
        """Open the user's copy of the sample, writing it first if there is none."""
        path = self.sample_path()
        if not path.exists():
            try:
                self.data_dir.mkdir(parents=True, exist_ok=True)
                write_sample(path).close()
            except (StoreError, OSError) as error:
                if isinstance(error, StoreError):
                    self._report(error)
                return False
        return self.open_path(path)

    def _dialog_dir(self) -> Path:
        """Where a file dialog starts: the folder last chosen in one, else the open file's
        folder unless it is the app's own data folder, else the Documents folder."""
        last = self.settings.last_folder()
        if last is not None and last.is_dir():
            return last
        if (
            self.document is not None
            and self.document.path.parent != Path(self.data_dir).absolute()
        ):
            return self.document.path.parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _chosen(self, path: str) -> Path:
        """A path picked in a file dialog; its folder is where the next dialog starts."""
        chosen = Path(path)
        self.settings.set_last_folder(chosen.parent)
        return chosen

    def _file_filter(self) -> str:
        return self.tr("Workshop files (*%1)").replace("%1", SUFFIX)

    def show_file_location(self) -> None:
        if self.document is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.document.path.parent)))

    # -- settings and help ------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code
        QMessageBox.information(
            self,
            APP_NAME_JA,
            self.tr("The language changes the next time Wagamachi Canvas starts."),
        )

    def show_about(self) -> None:
        show_about(self)

    def _place_window(self) -> None:
        """Where the window was last time; on first start most of the screen, so a
        1920×1080 screen gives the canvas room and a 1366×768 laptop is used whole."""
        geometry = self.settings.window_geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is None or room.width() < 1280 or room.height() < 700:
            self.resize(1280, 800)  # a screen we cannot judge: the size every page fits
        elif room.width() <= 1400:
            self.resize(room.size())  # a laptop: all of it
        else:
            self.resize(int(room.width() * 0.9), int(room.height() * 0.9))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self._close_document()
        super().closeEvent(event)
