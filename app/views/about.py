"""ヘルプ ▸ わがまちキャンバスについて: the version, what the app is, and the licences of
what it carries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME_JA, __version__


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Wagamachi Canvas"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>%1 (Wagamachi Canvas) %2</h3>"
            "<p>Worksheets, sticky-note boards and session records for community-building "
            "workshops in municipal elderly-care programmes.</p>"
            "<p>Every edit is saved in the workshop file at once.</p>"
            "<p>Font: BIZ UDPGothic, © The BIZ UDGothic Project Authors, "
            "SIL Open Font License 1.1. Characters it lacks: 花園明朝A (Hanazono Font "
            "License) and Symbola (free for any use).</p>"
            "<p>Icons: Material Design Icons (Pictogrammers, Apache License 2.0), "
            "from a cut of their font.</p>",
        )
        .replace("%1", APP_NAME_JA)
        .replace("%2", __version__),
    )
