"""ファイル ▸ CSVに書き出し…: the tables for Excel, written into a folder the user picks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import APP_NAME_JA, i18n
from app.document import WorkshopDocument
from app.export.csv_export import csv_paths, write_all
from app.export.output import ExportError
from app.messages import export_error


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
    try:
        paths = write_all(document.file, folder, stem, i18n.current_language())
    except ExportError as error:
        QMessageBox.warning(parent, APP_NAME_JA, export_error(error))
        return []
    QMessageBox.information(
        parent,
        APP_NAME_JA,
        QCoreApplication.translate("CsvExport", "Written (UTF-8 with BOM, for Excel):\n%1").replace(
            "%1", "\n".join(p.name for p in paths)
        ),
    )
    return paths
