"""The photos of one session, board, worksheet or resource as a strip of thumbnails: add by
the file dialog, by dropping files from the file manager or by pasting; open one in the
viewer; delete with the Delete key (and undo)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QShortcut,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.photos import AttachPhotos, DeletePhotos
from app.document import WorkshopDocument
from app.models import Photo, PhotoOwner
from app.views.photos.add_dialog import AddPhotosDialog
from app.views.photos.intake_job import Outcome, PhotoIntake, Source
from app.views.photos.pictures import Thumbnails

Push = Callable[[QUndoCommand], bool]
_ID = Qt.ItemDataRole.UserRole + 1
#: What the file dialog offers and a drop accepts.
PICTURE_ENDINGS = (
    ".jpg",
    ".jpeg",
    ".png",
    ".heic",
    ".heif",
    ".webp",
    ".bmp",
    ".gif",
    ".tif",
    ".tiff",
)


class PhotoStrip(QWidget):
    def __init__(
        self, document: WorkshopDocument, push: Push, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.document = document
        self._push = push
        self.owner: PhotoOwner | None = None
        self.thumbnails = Thumbnails(document)
        self.intake: PhotoIntake | None = None
        self.add_dialog: AddPhotosDialog | None = None

        self.count = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.hide()
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Add the picture copied to the clipboard (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(150, 150))
        self.list.setGridSize(QSize(176, 200))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(self._open)
        self.list.setAcceptDrops(False)  # the strip takes the drop
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        self.HINT = self.tr(
            "Drop photos here, or paste one. Location and camera details are removed."
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self._reset_hint()

        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addWidget(self.hint, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.add_button)
        top.addWidget(self.paste_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        document.photos_changed.connect(self.refresh)
        self.set_owner(None)

    # -- what it shows ----------------------------------------------------------------
    def set_owner(self, owner: PhotoOwner | None) -> None:
        self.owner = owner
        writable = owner is not None and not self.document.file.read_only
        for button in (self.add_button, self.paste_button):
            button.setEnabled(writable)
        self.refresh()

    def photos(self) -> list[Photo]:
        return self.document.photos.of(self.owner) if self.owner is not None else []

    def refresh(self) -> None:
        chosen = {item.data(_ID) for item in self.list.selectedItems()}
        self.list.clear()
        photos = self.photos()
        for photo in photos:
            item = QListWidgetItem(
                QIcon(self.thumbnails.of(photo)), photo.caption or self.tr("(no caption)")
            )
            item.setData(_ID, photo.id)
            item.setToolTip(photo.caption)
            self.list.addItem(item)
            item.setSelected(photo.id in chosen)
        self.count.setText(self.tr("%1 photo(s)").replace("%1", str(len(photos))))

    def selected_ids(self) -> list[int]:
        return [int(item.data(_ID)) for item in self.list.selectedItems()]

    # -- adding ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        patterns = " ".join(f"*{e}" for e in PICTURE_ENDINGS)
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Pictures (%1)").replace("%1", patterns)
        )
        self.add_sources([Source(Path(n).name, path=Path(n)) for n in names])

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is None or self.owner is None:
            return
        if data.hasUrls():
            files = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
            self.add_sources([Source(p.name, path=p) for p in files])
        elif data.hasImage():
            image = QImage(data.imageData())
            self.add_sources([Source(self.tr("Pasted picture"), data=_png_bytes(image))])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if self.add_button.isEnabled() and any(_is_picture(u.toLocalFile()) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_sources([Source(p.name, path=p) for p in files])
        event.acceptProposedAction()

    def add_sources(self, sources: list[Source]) -> None:
        """Make the photos ready off the window's thread, then ask for their captions."""
        if not sources or self.owner is None or self.intake is not None:
            return
        owner = self.owner
        self.intake = PhotoIntake(sources, self)
        if len(sources) > 1:  # in the strip, not a window over it: the room goes on
            self.progress.setRange(0, len(sources))
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("Preparing photos… %v / %m"))
            self.progress.show()
            self.cancel_button.show()
            self.intake.progressed.connect(self._progressed)
        self.intake.finished.connect(lambda outcome: self._ready(owner, outcome))
        self.intake.start()

    def _progressed(self, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self.intake is not None:
            self.intake.cancel()

    def _ready(self, owner: PhotoOwner, outcome: Outcome) -> None:
        self.intake = None
        self.progress.hide()
        self.cancel_button.hide()
        if not outcome.ready and not outcome.refused:
            return  # cancelled
        if not outcome.ready:  # said beside the photos, not in a box that stops the room
            said = "\n".join(f"{s.name}: {r}" for s, r in outcome.refused)
            self.hint.setText(self.tr("Not added:") + "\n" + said)
            self.hint.setStyleSheet("color: #b3261e;")
            return
        self._reset_hint()
        dialog = AddPhotosDialog(outcome, self._file_bytes(), self)
        self.add_dialog = dialog

        def done(result: int) -> None:
            self.add_dialog = None
            if result == AddPhotosDialog.DialogCode.Accepted:
                prepared = [p for _s, p in outcome.ready]
                self._push(AttachPhotos(self.document, owner, prepared, dialog.caption_texts()))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _reset_hint(self) -> None:
        self.hint.setText(self.HINT)
        self.hint.setStyleSheet("color: #555;")

    def _file_bytes(self) -> int:
        try:
            return self.document.path.stat().st_size
        except OSError:
            return 0

    # -- the rest ---------------------------------------------------------------------------
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.document.file.read_only:
            self._push(DeletePhotos(self.document, ids))

    def _open(self, item: QListWidgetItem) -> None:
        from app.views.photos.viewer import PhotoViewer  # noqa: PLC0415 - when first opened

        photos = self.photos()
        index = next((i for i, p in enumerate(photos) if p.id == item.data(_ID)), 0)
        viewer = PhotoViewer(self.document, self._push, self.owner, index, self)
        viewer.show()


def _is_picture(name: str) -> bool:
    return name.lower().endswith(PICTURE_ENDINGS)


def _png_bytes(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes the format as str
    buffer.close()
    return bytes(array.data())
