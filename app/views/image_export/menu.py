"""ファイル ▸ 画像として書き出し and 編集 ▸ 画像としてコピー: the sheet, board or timeline shown
as a picture, to files or straight to the clipboard (to paste into PowerPoint, Word, Excel
or a chat)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from app import i18n
from app.models.dates import format_date

if TYPE_CHECKING:  # drawing and saving pictures is loaded when first asked for
    from app.views.image_export.sources import Source


class ImageMenu(QObject):
    def __init__(self, window: QMainWindow, file_menu: QMenu, edit_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(self.tr("Export as &pictures…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export)
        items = file_menu.actions()  # with the other ways out, above the last part (終了)
        if len(items) >= 2:
            file_menu.insertAction(items[-2], self.export_action)
        else:
            file_menu.addAction(self.export_action)
        self.copy_action = edit_menu.addAction(
            self.tr("Copy as a picture"), QKeySequence("Ctrl+Shift+C"), self.copy
        )
        self.copy_action.setToolTip(
            self.tr("The sheet, board or timeline shown, to paste into slides or a chat")
        )

    def actions(self) -> list[QAction]:
        return [self.export_action, self.copy_action]

    def current(self) -> Source | None:
        """The sheet or board the window shows, if it shows one."""
        from app.views.image_export.sources import Source  # noqa: PLC0415

        workspace = getattr(self.window, "workspace", None)
        if workspace is None:
            return None
        if workspace.is_current("worksheets") and workspace.worksheets_page.scene is not None:
            sheet_id = workspace.worksheets_page.scene.sheet_id
            return Source("sheet", sheet_id, workspace.document.sheets.get(sheet_id).title)
        if workspace.is_current("boards") and workspace.boards_page.scene is not None:
            board_id = workspace.boards_page.scene.board_id
            return Source("board", board_id, workspace.document.boards.get(board_id).title)
        return None

    def picture(self) -> QImage | None:
        """What the window shows, drawn for a slide: a sheet, a board or the timeline."""
        from app.views.image_export.render import SCREEN, SLIDE, render  # noqa: PLC0415
        from app.views.image_export.sources import release, scene_for  # noqa: PLC0415

        workspace = getattr(self.window, "workspace", None)
        if workspace is None:
            return None
        today = format_date(date.today(), False, i18n.current_language())
        source = self.current()
        if source is not None:
            scene, page = scene_for(workspace.document, source, SCREEN)
            try:
                return render(scene, page, SLIDE, source.title, today, SCREEN)
            finally:
                release(scene)
        if workspace.is_current("sessions"):
            scene = workspace.timeline_page.scene
            town = workspace.document.workshop().municipality_name
            title = self.tr("Sessions of %1").replace("%1", town)
            return render(scene, scene.itemsBoundingRect(), SLIDE, title, today, SCREEN)
        return None

    def copy(self) -> None:
        image = self.picture()
        status = self.window.statusBar()
        if image is None:
            status.showMessage(self.tr("Show a sheet, a board or the sessions to copy them."), 5000)
            return
        QGuiApplication.clipboard().setImage(image)
        status.showMessage(
            self.tr("Copied as a picture (1920 × 1080): paste it into a slide."), 5000
        )

    def export(self) -> None:
        from app.views.image_export.image_dialog import ImageDialog  # noqa: PLC0415

        workspace = getattr(self.window, "workspace", None)
        if workspace is None:
            return
        if workspace.is_current("sessions"):
            self._save_timeline()
            return
        ImageDialog(workspace.document, self.current(), self.window).exec()

    def _save_timeline(self) -> None:
        """The sessions' timeline as a 1920×1080 picture, for the 報告会's slides."""
        from app.views.image_export.render import save_image  # noqa: PLC0415

        image = self.picture()
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export as a picture"), self.tr("sessions") + ".png", "*.png *.jpg"
        )
        if image is not None and name:
            path = Path(name) if Path(name).suffix else Path(name).with_suffix(".png")
            save_image(image, path)
