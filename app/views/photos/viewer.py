"""A photo large: zoom (wheel, + and −, 0 for the whole photo), the previous and next one
(← →), a quarter turn (R), its caption, delete (Delete, and undo), and 壁に映す onto the
projection window when one is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QPixmap,
    QShowEvent,
    QUndoCommand,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.photos import DeletePhotos, EditPhoto
from app.document import WorkshopDocument
from app.models import Photo, PhotoOwner
from app.models.rules import ValidationError
from app.models.text_limits import limit
from app.views.photos.pictures import pixmap
from app.views.text_fields import limited

Push = Callable[[QUndoCommand], bool]


class Wall(Protocol):
    """The projection window's side the viewer uses (``app/views/projection/controller.py``)."""

    @property
    def is_open(self) -> bool: ...

    def show_photo(self, picture: QPixmap) -> None: ...


class _Picture(QGraphicsView):
    def __init__(self) -> None:
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        self.fitted = True
        #: What a key does while the photo has the focus (set by the viewer).
        self.keys: dict[Qt.Key, Callable[[], object]] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        action = self.keys.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        action()

    def fit(self) -> None:
        self.fitted = True
        self.scene().setSceneRect(self.item.boundingRect())
        self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.fitted = False
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        if self.fitted:
            self.fit()


class PhotoViewer(QDialog):
    def __init__(
        self,
        document: WorkshopDocument,
        push: Push,
        owner: PhotoOwner | None,
        index: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Photo"))
        self.resize(1000, 700)
        self.document = document
        self._push = push
        self.owner = owner
        self.index = index
        self.photos: list[Photo] = []
        writable = not document.file.read_only

        self.picture = _Picture()
        self.where = QLabel()
        self.caption = limited(QLineEdit(), limit(Photo, "caption"))
        self.caption.setPlaceholderText(self.tr("Caption"))
        self.caption.setReadOnly(not writable)
        self.caption.editingFinished.connect(self._caption_done)
        buttons = []
        for text, slot, keys in (
            (self.tr("◀ Previous"), lambda: self.step(-1), [Qt.Key.Key_Left, Qt.Key.Key_PageUp]),
            (self.tr("Next ▶"), lambda: self.step(1), [Qt.Key.Key_Right, Qt.Key.Key_PageDown]),
            (self.tr("Zoom in"), lambda: self.picture.zoom(1.25), [Qt.Key.Key_Plus]),
            (self.tr("Zoom out"), lambda: self.picture.zoom(0.8), [Qt.Key.Key_Minus]),
            (self.tr("Whole photo"), self.picture.fit, [Qt.Key.Key_0]),
            (self.tr("Turn right"), lambda: self.turn(90), [Qt.Key.Key_R]),
            (self.tr("Delete"), self.delete, [Qt.Key.Key_Delete]),
            (self.tr("Show on the wall"), self.project, []),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the photo the focus
            buttons.append(button)
            for key in keys:  # while the photo has the focus: typing a caption types letters
                self.picture.keys[key] = slot
        self.turn_button, self.delete_button, self.wall_button = buttons[5], buttons[6], buttons[7]
        self.turn_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.where)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        document.photos_changed.connect(self.reload)
        self.reload()

    def _projection(self) -> Wall | None:
        parent = self.parentWidget()
        top = parent.window() if parent is not None else None
        return getattr(top, "projection", None)

    # -- showing -----------------------------------------------------------------------------
    def reload(self) -> None:
        shown = self.photos[self.index].id if 0 <= self.index < len(self.photos) else None
        self.photos = self.document.photos.of(self.owner) if self.owner is not None else []
        if not self.photos:
            self.close()
            return
        ids = [p.id for p in self.photos]
        if shown in ids:
            self.index = ids.index(shown)
        self.index = max(0, min(self.index, len(self.photos) - 1))
        self.show_current()

    def show_current(self) -> None:
        photo = self.photos[self.index]
        self.picture.item.setPixmap(pixmap(self.document.photos.image(photo.id), photo.rotation))
        self.picture.fit()
        self.caption.setText(photo.caption)
        self.where.setText(f"{self.index + 1} / {len(self.photos)}")
        projection = self._projection()
        self.wall_button.setEnabled(projection is not None and projection.is_open)

    def step(self, offset: int) -> None:
        if self.photos:
            self.index = (self.index + offset) % len(self.photos)
            self.show_current()

    # -- changing ----------------------------------------------------------------------------
    def current(self) -> Photo | None:
        return self.photos[self.index] if 0 <= self.index < len(self.photos) else None

    def turn(self, degrees: int) -> None:
        photo = self.current()
        if photo is not None and not self.document.file.read_only:
            self._push(EditPhoto(self.document, photo.id, rotation=photo.rotation + degrees))

    def _caption_done(self) -> None:
        photo = self.current()
        text = self.caption.text()
        if photo is None or self.document.file.read_only or " ".join(text.split()) == photo.caption:
            return
        try:
            command = EditPhoto(self.document, photo.id, caption=text)
        except ValidationError:
            self.caption.setText(photo.caption)
            return
        self._push(command)

    def delete(self) -> None:
        photo = self.current()
        if photo is not None and not self.document.file.read_only:
            self._push(DeletePhotos(self.document, [photo.id]))

    def project(self) -> None:
        photo = self.current()
        projection = self._projection()
        if photo is not None and projection is not None and projection.is_open:
            projection.show_photo(pixmap(self.document.photos.image(photo.id), photo.rotation))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.picture.setFocus()  # the keys turn and step through the photos at once

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.caption.hasFocus():
            self.picture.setFocus()  # the caption is kept; Enter does not close the viewer
            return
        super().keyPressEvent(event)
