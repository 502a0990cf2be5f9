"""ファイル ▸ CSVに書き出し…: the tables for Excel (UTF-8) or older tools (Shift_JIS), written
into a folder the user picks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app import APP_NAME_JA, i18n
from app.document import WorkshopDocument
from app.export.csv_export import SHIFT_JIS, UTF8, Unencodable, csv_paths, write_all
from app.export.output import ExportError
from app.messages import export_error


def _encoding(parent: QWidget) -> str | None:
    """UTF-8 (for Excel, the default) or Shift_JIS (for older tools); None to stop."""
    choices = [
        (QCoreApplication.translate("CsvExport", "UTF-8 with BOM (Excel; recommended)"), UTF8),
        (QCoreApplication.translate("CsvExport", "Shift_JIS (older tools)"), SHIFT_JIS),
    ]
    text, ok = QInputDialog.getItem(
        parent,
        APP_NAME_JA,
        QCoreApplication.translate("CsvExport", "Character encoding of the CSV files"),
        [label for label, _ in choices],
        0,
        False,
    )
    return next((code for label, code in choices if label == text), None) if ok else None


def export_csv(parent: QWidget, document: WorkshopDocument) -> list:
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("CsvExport", "Choose a folder for the CSV files"),
        str(document.path.parent),
    )
    if not folder:
        return []
    stem = document.path.stem
    existing = [p.name for p in csv_paths(folder, stem) if p.exists()]
    if existing:
        answer = QMessageBox.question(
            parent,
            APP_NAME_JA,
            QCoreApplication.translate(
                "CsvExport", "These files exist and will be replaced:\n%1"
            ).replace("%1", "\n".join(existing)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return []
    encoding = _encoding(parent)
    if encoding is None:
        return []
    try:
        paths = write_all(document.file, folder, stem, i18n.current_language(), encoding)
    except ExportError as error:
        QMessageBox.warning(parent, APP_NAME_JA, export_error(error))
        return []
    except Unencodable as error:
        QMessageBox.warning(
            parent,
            APP_NAME_JA,
            QCoreApplication.translate(
                "CsvExport",
                "Shift_JIS has no code for these characters, so nothing was written: %1\n"
                "Write the files in UTF-8, or change those characters first.",
            ).replace("%1", "、".join(f"{c}（U+{ord(c):04X}）" for c in error.characters)),
        )
        return []
    written = (
        QCoreApplication.translate("CsvExport", "Written (UTF-8 with BOM, for Excel):\n%1")
        if encoding == UTF8
        else QCoreApplication.translate("CsvExport", "Written (Shift_JIS):\n%1")
    )
    QMessageBox.information(
        parent, APP_NAME_JA, written.replace("%1", "\n".join(p.name for p in paths))
    )
    return paths
