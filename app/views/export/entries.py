"""The File menu's ways out of the app — PDF, 印刷, CSV, an Excel workbook — each loading its
code (reportlab, openpyxl) only when it is first asked for."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.document import WorkshopDocument


def pdf(parent: QWidget, document: WorkshopDocument | None, printing: bool = False) -> None:
    from app.views.export.export_dialog import ExportDialog

    if document is not None:
        ExportDialog(document, printing=printing, parent=parent).exec()


def csv(parent: QWidget, document: WorkshopDocument | None) -> None:
    from app.views.export.csv_files import export_csv

    if document is not None:
        export_csv(parent, document)


def workbook(parent: QWidget, document: WorkshopDocument | None) -> None:
    from app.views.export.workbook_file import export_workbook

    if document is not None:
        export_workbook(parent, document)
