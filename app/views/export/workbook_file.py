"""ファイル ▸ Excelに書き出し…: the workbook of every table, saved where the user picks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import APP_NAME_JA, i18n
from app.document import WorkshopDocument
from app.export.output import ExportError
from app.messages import export_error


def export_workbook(parent: QWidget, document: WorkshopDocument) -> Path | None:
    from app.export.workbook import write_workbook  # openpyxl: when asked for

    start = document.path.with_suffix(".xlsx")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WorkbookExport", "Export an Excel workbook"),
        str(start),
        QCoreApplication.translate("WorkbookExport", "Excel workbooks (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    try:
        sheets = write_workbook(document.file, path, i18n.current_language())
    except ExportError as error:
        QMessageBox.warning(parent, APP_NAME_JA, export_error(error))
        return None
    QMessageBox.information(
        parent,
        APP_NAME_JA,
        QCoreApplication.translate("WorkbookExport", "Written: %1\nSheets: %2")
        .replace("%1", str(path))
        .replace("%2", "、".join(sheets)),
    )
    return path
