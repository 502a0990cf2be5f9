"""ファイル ▸ 取り込み…: choose a table, read it (a bad one is explained in one sentence and
nothing changes), confirm in the dialog, and push the import as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QDropEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app import APP_NAME_JA
from app.document import WorkshopDocument
from app.importing.reading import Unreadable, read_table
from app.messages import import_refusal

#: What a dropped file must end with to be taken for a table to import.
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv")


def dropped_tables(event: QDropEvent) -> list[Path]:
    """The tables (.xlsx, .csv) among the files dragged in from the file manager."""
    found = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
    return [p for p in found if p.suffix.lower() in TABLE_SUFFIXES]


def import_table(
    parent: QWidget,
    document: WorkshopDocument | None,
    stack: QUndoStack,
    path: Path | None = None,
    roster: bool = False,
) -> bool:
    """Import a table of resources (or, ``roster``, of people) into ``document``; True when
    something was imported."""
    from app.views.importing.import_dialog import ImportDialog

    if document is None or document.read_only_reason is not None:
        return False
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Importing", "Import a roster")
            if roster
            else QCoreApplication.translate("Importing", "Import a list of resources"),
            "",
            QCoreApplication.translate("Importing", "Tables (*.xlsx *.csv)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        sheets = read_table(path)
    except Unreadable as error:
        QMessageBox.warning(parent, APP_NAME_JA, import_refusal(error.code, error.detail))
        return False
    dialog = ImportDialog(document, path, sheets, parent, roster=roster)
    if not dialog.exec():
        return False
    command = dialog.command()
    if command is None or command.is_noop():
        return False
    stack.push(command)
    return not command.isObsolete()


def import_actions(window: QWidget, menu: QMenu, stack: QUndoStack) -> tuple[QAction, QAction]:
    """ファイル ▸ 地域資源の一覧を取り込む and 参加者の名簿を取り込む, into the window's open
    workshop (its ``document``)."""
    resources = menu.addAction(
        QCoreApplication.translate("MainWindow", "&Import a list of resources…"),
        lambda: import_table(window, getattr(window, "document", None), stack),
    )
    roster = menu.addAction(
        QCoreApplication.translate("MainWindow", "Import a &roster…"),
        lambda: import_table(window, getattr(window, "document", None), stack, roster=True),
    )
    return resources, roster
