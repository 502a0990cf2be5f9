"""A resource's one photo in its dialog (the 通いの場 as the municipality wants it on the
card): chosen from a file, made ready off the window's thread, or taken away; kept until the
dialog's OK, then stored with the resource's edit as one step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.commands.photos import PhotoChoice
from app.document import WorkshopDocument
from app.models import OwnerKind, PhotoOwner
from app.views.photos.intake_job import Outcome, PhotoIntake, Source
from app.views.photos.photo_strip import PICTURE_ENDINGS
from app.views.photos.pictures import pixmap

_SIDE = 96


class ResourcePhotoRow(QWidget):
    busy = Signal(bool)  # a photo is being made ready (the dialog waits for it)

    def __init__(self, document: WorkshopDocument, resource_id: object, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.choice: PhotoChoice | None = None  # None: as it was
        self.preparing = False
        self.intake: PhotoIntake | None = None
        self.picture = QLabel()
        self.picture.setFixedSize(_SIDE, _SIDE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px solid #c8ced6; color: #777;")
        self.choose = QPushButton(self.tr("Choose a photo…"))
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self.take_away)
        self.said = QLabel()
        self.said.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        layout.addWidget(self.said, 1)
        writable = not document.file.read_only
        self.choose.setEnabled(writable)
        photos = []
        if isinstance(resource_id, int):
            photos = document.photos.of(PhotoOwner(OwnerKind.RESOURCE, resource_id))
        if photos:
            shown = photos[0]
            self._show(pixmap(document.photos.thumbnail(shown.id), shown.rotation))
        else:
            self._show(None)
        self.remove.setEnabled(writable and bool(photos))

    def _show(self, picture: QPixmap | None) -> None:
        if picture is None:
            self.picture.clear()
            self.picture.setText(self.tr("No photo"))
            return
        self.picture.setPixmap(
            picture.scaled(
                _SIDE,
                _SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose_file(self) -> None:
        patterns = " ".join(f"*{e}" for e in PICTURE_ENDINGS)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Photo of the resource"),
            "",
            self.tr("Pictures (%1)").replace("%1", patterns),
        )
        if name:
            self.take(Path(name))

    def take(self, path: Path) -> None:
        """Make ``path`` ready as the resource's photo (off the window's thread)."""
        self.preparing = True
        self.busy.emit(True)
        self.said.setText(self.tr("Preparing the photo…"))
        self.intake = PhotoIntake([Source(path.name, path=path)], self)
        self.intake.finished.connect(self._ready)
        self.intake.start()

    def _ready(self, outcome: Outcome) -> None:
        self.intake = None
        self.preparing = False
        if outcome.ready:
            _source, photo = outcome.ready[0]
            self.choice = PhotoChoice(photo)
            self._show(pixmap(photo.thumbnail))
            self.said.setText(self.tr("Location and camera details are removed."))
            self.remove.setEnabled(True)
        elif outcome.refused:
            self.said.setText(outcome.refused[0][1])
        self.busy.emit(False)

    def take_away(self) -> None:
        self.choice = PhotoChoice(None)
        self._show(None)
        self.said.setText("")
        self.remove.setEnabled(False)
