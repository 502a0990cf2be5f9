"""写真 on the board and worksheet pages: a small window beside the canvas with the photos of
the board or sheet shown (the table's 模造紙, the whiteboard), following the page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.document import WorkshopDocument
from app.models import PhotoOwner
from app.views.photos.photo_strip import PhotoStrip

Push = Callable[[QUndoCommand], bool]


class PhotoPanel(QDialog):
    def __init__(self, document: WorkshopDocument, push: Push, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setWindowTitle(self.tr("Photos"))
        self.resize(560, 440)
        self.strip = PhotoStrip(document, push, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip)

    def follow(self, owner: PhotoOwner | None, title: str) -> None:
        self.setWindowTitle(
            self.tr("Photos — %1").replace("%1", title) if title else self.tr("Photos")
        )
        self.strip.set_owner(owner)
