"""ファイル ▸ PDFに書き出し… and 印刷…: choose the report or single parts, the paper, go.

Both make the same PDF with :mod:`app.export`; printing then sends its pages to the
printer chosen in Qt's print dialog. A progress bar runs while the pages are laid out;
after a PDF is written the dialog offers to open it or its folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME_JA, i18n
from app.document import WorkshopDocument
from app.export import fonts
from app.export.output import ExportError
from app.export.pages import Progress
from app.export.report import ExportRequest, export_pdf, render_pdf
from app.messages import export_error, unprintable_notice
from app.views.export.export_job import ExportCancelled, ExportJob
from app.views.export.paper_choice import PaperChoice
from app.views.export.printing import print_pdf
from app.views.export.selection import UNCHECKED, PartsTree

T = TypeVar("T")


class ExportDialog(QDialog):
    """``printing`` False: write a PDF; True: print through the system's printers."""

    def __init__(
        self, document: WorkshopDocument, printing: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.printing = printing
        self.written: Path | None = None
        self._job: ExportJob[object] | None = None
        self.setWindowTitle(self.tr("Print") if printing else self.tr("Export PDF"))
        self.resize(520, 620)

        self.parts = PartsTree(document)
        whole = QPushButton(self.tr("Whole report"))
        whole.clicked.connect(self.parts.whole_report)
        clear = QPushButton(self.tr("Clear all"))
        clear.clicked.connect(lambda: self.parts.set_all(UNCHECKED))
        presets = QHBoxLayout()
        presets.addWidget(whole)
        presets.addWidget(clear)
        presets.addStretch()

        self.paper = PaperChoice()
        self.zone_tables = QCheckBox(self.tr("Add a table of cards per zone after each sheet"))
        self.photos = QCheckBox(self.tr("Photos of sessions, boards and sheets"))
        self.photos.setChecked(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.open_button.clicked.connect(self.open_written)
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.clicked.connect(self.open_folder)
        done_row = QHBoxLayout()
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.folder_button)
        done_row.addStretch()
        for button in (self.open_button, self.folder_button):
            button.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.go = self.buttons.addButton(
            self.tr("Print…") if printing else self.tr("Export…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.go.setDefault(True)
        self.go.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What to include")))
        layout.addWidget(self.parts, 1)
        layout.addLayout(presets)
        layout.addWidget(self.paper)
        layout.addWidget(self.zone_tables)
        layout.addWidget(self.photos)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addLayout(done_row)
        layout.addWidget(self.buttons)

    def request(self) -> ExportRequest:
        self.paper.remember()
        return self.parts.request(
            self.paper.paper(),
            self.paper.tile_paper(),
            self.zone_tables.isChecked(),
            i18n.current_language(),
            photos=self.photos.isChecked(),
        )

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def _busy(self, busy: bool) -> None:
        self.go.setEnabled(not busy)
        self.parts.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _in_background(self, work: Callable[[Progress], T]) -> T:
        """Run ``work`` off the GUI thread with the progress bar; 中止 or Esc stops it."""
        job = ExportJob(work, self)
        self._job = job  # type: ignore[assignment]  # held only to be cancelled
        job.progressed.connect(self._progress)
        try:
            return job.outcome()
        finally:
            self._job = None

    def reject(self) -> None:
        """閉じる while an export runs stops it (nothing is written) and keeps the dialog."""
        if self._job is not None:
            self._job.cancel()
            return
        super().reject()

    def default_name(self) -> str:
        name = self.document.workshop().name or self.document.path.stem
        safe = "".join(c for c in name if c not in '\\/:*?"<>|').strip() or "report"
        return f"{safe}.pdf"

    def run(self) -> None:
        if self.parts.nothing_chosen():
            QMessageBox.information(self, APP_NAME_JA, self.tr("Choose at least one part."))
            return
        if self.printing:
            self.print_chosen()
            return
        start = self.document.path.parent / self.default_name()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(start), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_to(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def export_to(self, path: Path) -> bool:
        """Write the chosen parts to ``path``; report the outcome in the dialog."""
        request = self.request()
        self._busy(True)
        try:
            result = self._in_background(
                lambda progress: export_pdf(self.document.file, path, request, progress)
            )
        except ExportCancelled:
            self.result_label.setText(self.tr("Export stopped; nothing was written."))
            return False
        except ExportError as error:
            QMessageBox.warning(self, APP_NAME_JA, export_error(error))
            return False
        finally:
            self._busy(False)
        self.written = result.path
        written = (
            self.tr("Written: %1 (%2 pages)")
            .replace("%1", str(result.path))
            .replace("%2", str(result.pages))
        )
        notice = unprintable_notice(result.unprintable)
        self.result_label.setText(f"{written}\n{notice}" if notice else written)
        self.open_button.show()
        self.folder_button.show()
        return True

    def print_chosen(self, printer: QPrinter | None = None, ask: bool = True) -> int:
        """Lay the pages out, ask for a printer, print; returns the pages printed."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_name())
        if ask and QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return 0
        request = self.request()
        self._busy(True)
        try:
            pdf, unprintable = self._in_background(
                lambda progress: self._laid_out(request, progress)
            )
            printed = print_pdf(pdf, printer, self._printing_progress)
        except ExportCancelled:
            self.result_label.setText(self.tr("Printing stopped; nothing was sent."))
            return 0
        finally:
            self._busy(False)
        sent = self.tr("Sent %1 pages to the printer.").replace("%1", str(printed))
        notice = unprintable_notice(unprintable)
        self.result_label.setText(f"{sent}\n{notice}" if notice else sent)
        return printed

    def _laid_out(
        self, request: ExportRequest, progress: Progress
    ) -> tuple[bytes, tuple[str, ...]]:
        """The pages to print, and what on them could not be printed as written."""
        with self.document.file.read_session() as session, fonts.noting() as unprintable:
            pdf, _pages = render_pdf(session, request, progress=lambda f: progress(f * 0.5))
        return pdf, tuple(unprintable)

    def _printing_progress(self, done: int, total: int) -> None:
        # Printing paints on the GUI thread (QPrinter); keep the window drawn meanwhile.
        self._progress(0.5 + 0.5 * done / total)
        QCoreApplication.processEvents()

    def open_written(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
