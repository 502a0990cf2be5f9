"""The export dialog's paper for worksheets: A3, A4 (the A3 sheet over two pages), or a
poster size whole or cut into A4/A3 tiles; a line beneath says what will be printed."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.export.posters import OVERLAP, sheet_paper
from app.export.readable import NAME_PT

PAPER_KEY = "export/paper"
TILES_KEY = "export/tiles"
POSTERS = ("A2", "B2", "A1", "mozoshi")


class PaperChoice(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paper_size = QComboBox()
        self.paper_size.setObjectName("paperSize")
        for text, key in (
            (self.tr("A3 landscape (as in the handbook)"), "A3"),
            (self.tr("A4: the A3 sheet over two pages"), "A4"),
            (self.tr("A2 poster"), "A2"),
            (self.tr("B2 poster"), "B2"),
            (self.tr("A1 poster"), "A1"),
            (self.tr("Mozoshi poster (788 × 1091 mm)"), "mozoshi"),
        ):
            self.paper_size.addItem(text, key)
        self.tiles = QComboBox()
        self.tiles.setObjectName("paperTiles")
        self.tiles.addItem(self.tr("One sheet (print shop or plotter)"), "")
        self.tiles.addItem(self.tr("Cut into A4 pages to glue together"), "A4")
        self.tiles.addItem(self.tr("Cut into A3 pages to glue together"), "A3")
        settings = QSettings()
        self.paper_size.setCurrentIndex(
            max(0, self.paper_size.findData(settings.value(PAPER_KEY, "A3")))
        )
        self.tiles.setCurrentIndex(max(0, self.tiles.findData(settings.value(TILES_KEY, ""))))
        self.summary = QLabel()
        self.summary.setObjectName("paperSummary")
        self.summary.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Paper for worksheets"), self.paper_size)
        form.addRow(self.tr("Poster"), self.tiles)
        form.addRow("", self.summary)
        self.paper_size.currentIndexChanged.connect(self._follow)
        self.tiles.currentIndexChanged.connect(self._follow)
        self._follow()

    def paper(self) -> str:
        return str(self.paper_size.currentData())

    def tile_paper(self) -> str:
        return str(self.tiles.currentData()) if self.paper() in POSTERS else ""

    def remember(self) -> None:
        settings = QSettings()
        settings.setValue(PAPER_KEY, self.paper())
        settings.setValue(TILES_KEY, str(self.tiles.currentData()))

    def _follow(self) -> None:
        self.tiles.setEnabled(self.paper() in POSTERS)
        plan = sheet_paper(self.paper(), self.tile_paper())
        names = f"{NAME_PT:g}"
        if self.paper() == "A4":
            text = self.tr(
                "Each worksheet prints over 2 A4 pages side by side, glued into A3, so card "
                "names keep at least %1 pt."
            )
        elif plan.tiled:
            text = (
                self.tr(
                    "Each worksheet prints on %1 pages (%2 rows × %3 columns) with %4 mm of "
                    "overlap: cut on the dotted line and lay the crosses over each other."
                )
                .replace("%1", str(len(plan.tiles)))
                .replace("%2", str(plan.rows))
                .replace("%3", str(plan.cols))
                .replace("%4", f"{OVERLAP:g}")
            )
        else:
            text = self.tr(
                "Each worksheet prints on one page; card names at least %1 pt, grown and "
                "spread within their zones where the page needs it."
            )
        self.summary.setText(text.replace("%1", names))
