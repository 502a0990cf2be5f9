"""写真を追加: the photos made ready, each with a caption to type, what could not be added
and why, and a word on privacy; nothing is stored until 追加."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models import Photo
from app.models.text_limits import limit
from app.views.photos.intake_job import Outcome
from app.views.photos.pictures import pixmap
from app.views.text_fields import limited

#: Above this size of a workshop file, the dialog says so before photos make it larger.
WARN_BYTES = 300 * 1024 * 1024
_PREVIEW = 120


class AddPhotosDialog(QDialog):
    def __init__(self, outcome: Outcome, file_bytes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add photos"))
        self.setMinimumWidth(560)
        self.captions: list[QLineEdit] = []
        grid = QGridLayout()
        for row, (_source, photo) in enumerate(outcome.ready):
            preview = QLabel()
            preview.setPixmap(
                pixmap(photo.thumbnail).scaled(
                    _PREVIEW,
                    _PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            caption = limited(QLineEdit(photo.caption), limit(Photo, "caption"))
            caption.setPlaceholderText(self.tr("Caption (e.g. Table 2's sheet)"))
            caption.selectAll()
            self.captions.append(caption)
            grid.addWidget(preview, row, 0)
            grid.addWidget(caption, row, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(min(420, 40 + (_PREVIEW + 8) * max(1, len(outcome.ready))))

        layout = QVBoxLayout(self)
        if outcome.ready:
            layout.addWidget(scroll, 1)
        for source, reason in outcome.refused:
            refused = QLabel(
                self.tr("Not added: %1 — %2").replace("%1", source.name).replace("%2", reason)
            )
            refused.setWordWrap(True)
            refused.setStyleSheet("color: #b3261e;")
            layout.addWidget(refused)
        privacy = QLabel(
            self.tr(
                "The place, the camera and the time a photo was taken are removed before it is "
                "stored. Photos of residents and their homes: check that those in them agree."
            )
        )
        privacy.setWordWrap(True)
        layout.addWidget(privacy)
        adding = sum(len(p.image) + len(p.thumbnail) for _s, p in outcome.ready)
        if file_bytes + adding > WARN_BYTES:
            large = QLabel(
                self.tr(
                    "The workshop file will be about %1 MB: copying it to a USB stick or sending "
                    "it will take longer."
                ).replace("%1", f"{(file_bytes + adding) / 1024 / 1024:,.0f}")
            )
            large.setWordWrap(True)
            large.setStyleSheet("color: #8a5a00; font-weight: bold;")
            layout.addWidget(large)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add %1 photo(s)").replace("%1", str(len(outcome.ready))))
        ok.setEnabled(bool(outcome.ready))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def caption_texts(self) -> list[str]:
        return [c.text() for c in self.captions]
