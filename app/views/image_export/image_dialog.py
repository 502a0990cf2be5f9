"""画像として書き出し: the sheet or board shown (or every one, into a folder) as PNG or JPEG,
for a slide (1920×1080) or for print (a DPI of the page), in the screen's look or the
projector's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.document import WorkshopDocument
from app.models.dates import format_date
from app.views.image_export.render import PROJECTOR, SCREEN, SLIDE, Size, render, save_image
from app.views.image_export.sources import Source, release, scene_for, sources

SIZES = [
    (SLIDE, "slide"),
    (Size(1280, 720), "small slide"),
    (Size(dpi=150), "150 dpi"),
    (Size(dpi=300), "300 dpi"),
]


def file_name(source: Source, ending: str) -> str:
    safe = "".join(c if c not in '\\/:*?"<>|' else "_" for c in source.title).strip() or source.kind
    return f"{safe}.{ending}"


def write_picture(
    document: WorkshopDocument, source: Source, path: Path, size: Size, look: str
) -> Path:
    """``source`` drawn and saved to ``path`` (PNG or JPEG by its ending); raises OSError."""
    scene, page = scene_for(document, source, look)
    try:
        today = format_date(date.today(), False, i18n.current_language())
        image = render(scene, page, size, source.title, today, look)
    finally:
        release(scene)
    return save_image(image, path)


class ImageDialog(QDialog):
    def __init__(
        self, document: WorkshopDocument, current: Source | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export as pictures"))
        self.document = document
        self.current = current
        self.written: list[Path] = []
        self.this_one = QRadioButton(
            self.tr("This one: %1").replace("%1", current.title) if current else ""
        )
        self.every_one = QRadioButton(self.tr("Every sheet and board, into a folder"))
        (self.this_one if current else self.every_one).setChecked(True)
        self.this_one.setVisible(current is not None)
        self.size_box = QComboBox()
        labels = {
            "slide": self.tr("Slide, 1920 × 1080"),
            "small slide": self.tr("Slide, 1280 × 720"),
            "150 dpi": self.tr("Print, 150 dpi of the page"),
            "300 dpi": self.tr("Print, 300 dpi of the page"),
        }
        for size, key in SIZES:
            self.size_box.addItem(labels[key], size)
        self.look_box = QComboBox()
        self.look_box.addItem(self.tr("As on screen (white)"), SCREEN)
        self.look_box.addItem(self.tr("Projector (dark)"), PROJECTOR)
        self.format_box = QComboBox()
        self.format_box.addItem("PNG", "png")
        self.format_box.addItem("JPEG", "jpg")
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Size"), self.size_box)
        form.addRow(self.tr("Look"), self.look_box)
        form.addRow(self.tr("Format"), self.format_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.go = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.go.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.this_one)
        layout.addWidget(self.every_one)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[Size, str, str]:
        return (
            self.size_box.currentData(),
            self.look_box.currentData(),
            self.format_box.currentData(),
        )

    def run(self) -> None:
        if self.this_one.isChecked() and self.current is not None:
            ending = self.chosen()[2]
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as a picture"), file_name(self.current, ending), f"*.{ending}"
            )
            if name:
                self.write([self.current], None, Path(name))
        else:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the pictures"))
            if folder:
                self.write(sources(self.document), Path(folder), None)

    def write(self, chosen: list[Source], folder: Path | None, path: Path | None) -> list[Path]:
        size, look, ending = self.chosen()
        self.written = []
        try:
            for source in chosen:
                target = (
                    path if path is not None else (folder or Path()) / file_name(source, ending)
                )
                if target.suffix.lower() not in (".png", ".jpg", ".jpeg"):
                    target = target.with_suffix(f".{ending}")
                self.written.append(write_picture(self.document, source, target, size, look))
        except OSError as error:
            self.message.setText(self.tr("Could not write %1.").replace("%1", str(error)))
            return self.written
        self.message.setText(
            self.tr("%1 picture(s) written: %2")
            .replace("%1", str(len(self.written)))
            .replace("%2", str(self.written[0].parent if folder else self.written[0]))
        )
        return self.written
