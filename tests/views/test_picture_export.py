"""画像として書き出し and 画像としてコピー: a sheet as a 1920×1080 slide with its title in
Japanese (not boxes), print sizes by DPI, the projector's look, every sheet and board into a
folder, and a picture on the clipboard to paste into slides."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QGuiApplication, QImage

from app.views.image_export import render as render_module
from app.views.image_export.image_dialog import ImageDialog, write_picture
from app.views.image_export.render import PROJECTOR, SCREEN, SLIDE, Size
from app.views.image_export.sources import sources
from app.views.main_window import MainWindow


def _band(image: QImage) -> QImage:
    return image.copy(QRect(0, 0, image.width() // 2, round(image.height() * 0.1)))


def _ink(image: QImage) -> int:
    """How many pixels of ``image`` differ from its top-left corner's colour."""
    corner = image.pixelColor(0, 0)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y) != corner
    )


def test_a_sheet_becomes_a_slide_with_its_japanese_title(
    window: MainWindow, sample_path: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    window.open_path(sample_path)
    sheet = sources(window.document)[0]
    assert sheet.kind == "sheet" and sheet.title == "総合事業の三角形"
    path = write_picture(window.document, sheet, tmp_path / "sheet.png", SLIDE, SCREEN)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1920, 1080)
    assert _ink(image.copy(QRect(200, 200, 1500, 800))) > 5000  # the sheet is drawn

    def boxes(point_size: float | None = None) -> QFont:  # a font with no Japanese, no fallback
        font = QFont("DejaVu Sans")
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        return font

    monkeypatch.setattr(render_module, "ui_font", boxes)
    tofu = QImage(str(write_picture(window.document, sheet, tmp_path / "tofu.png", SLIDE, SCREEN)))
    assert _ink(_band(image)) > 400
    assert _band(image) != _band(tofu), "the title is drawn in the bundled Japanese font"


def test_print_sizes_the_projector_look_and_jpeg(
    window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    window.open_path(sample_path)
    sheet = sources(window.document)[0]
    big = QImage(
        str(write_picture(window.document, sheet, tmp_path / "a3.png", Size(dpi=300), SCREEN))
    )
    assert big.width() == round(420 / 25.4 * 300)  # the A3 sheet at 300 dpi
    dark = QImage(
        str(write_picture(window.document, sheet, tmp_path / "wall.jpg", SLIDE, PROJECTOR))
    )
    corner = dark.pixelColor(3, dark.height() - 3)
    assert corner.lightness() < 60 and (dark.width(), dark.height()) == (1920, 1080)
    assert (tmp_path / "wall.jpg").read_bytes()[:2] == b"\xff\xd8"  # a JPEG


def test_every_sheet_and_board_goes_into_a_folder(
    window: MainWindow, sample_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(sample_path)
    dialog = ImageDialog(window.document, None, window)
    qtbot.addWidget(dialog)
    assert dialog.every_one.isChecked()
    written = dialog.write(sources(window.document), tmp_path, None)
    expected = len(window.document.sheets.all()) + len(window.document.boards.all())
    assert len(written) == expected == len(list(tmp_path.glob("*.png")))
    assert "枚" in dialog.message.text()


def test_copy_as_a_picture_puts_the_sheet_or_the_timeline_on_the_clipboard(
    window: MainWindow, sample_path: Path
) -> None:
    window.open_path(sample_path)
    QGuiApplication.clipboard().clear()
    window.workspace.show_section(2)  # ワークシート
    window.image_menu.copy_action.trigger()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1920, 1080)
    window.workspace.show_section(5)  # セッション
    QGuiApplication.clipboard().clear()
    window.image_menu.copy_action.trigger()
    timeline = QGuiApplication.clipboard().image()
    assert timeline.width() == 1920 and _ink(timeline.copy(QRect(100, 150, 1700, 800))) > 2000
    window.workspace.show_section(0)  # 概要: nothing to copy, and it says so
    window.image_menu.copy_action.trigger()
    assert "コピー" in window.statusBar().currentMessage()


def test_the_timeline_saves_as_a_picture(
    window: MainWindow, sample_path: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.open_path(sample_path)
    window.workspace.show_section(5)
    target = tmp_path / "流れ"  # no ending: a PNG is written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.image_menu.export_action.trigger()
    written = QImage(str(target.with_suffix(".png")))
    assert (written.width(), written.height()) == (1920, 1080)
