"""報告会のまとめ: the quote the facilitator picks from the reflection sheets (or writes), and
the town's one page for the report meeting, as a PDF (A4 landscape) or a PNG slide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.document import WorkshopDocument
from app.export.output import ExportError
from app.export.report import ExportRequest, export_pdf
from app.export.slide import summary_png
from app.messages import export_error
from app.models import Reflection
from app.timeline.forms import SUMMARY, load_form
from app.views.export.export_job import ExportJob
from app.views.forms.form_tab import FormTab


class SummaryTab(QWidget):
    def __init__(self, document: WorkshopDocument, stack: QUndoStack) -> None:
        super().__init__()
        self.document = document
        self.quote = FormTab(document, stack, load_form(SUMMARY))
        self.chooser = QComboBox()
        self.chooser.setToolTip(self.tr("Pick an answer from the reflection sheets as the quote"))
        self.chooser.activated.connect(self._picked)
        self.pdf_button = QPushButton(self.tr("Summary as PDF (A4 landscape)…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.png_button = QPushButton(self.tr("Summary as a slide (PNG)…"))
        self.png_button.clicked.connect(self.save_png)
        self.said = QLabel()
        self.said.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.png_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("From the reflection sheets")))
        layout.addWidget(self.chooser)
        layout.addWidget(self.quote, 1)
        layout.addLayout(row)
        layout.addWidget(self.said)

    def refresh(self) -> None:
        self.quote.refresh()
        people = {p.id: p.name for p in self.document.roster.all()}
        self.chooser.clear()
        self.chooser.addItem(self.tr("(choose an answer)"), "")
        for session in self.document.timeline.sessions():
            for row in self.document.timeline.rows(Reflection, session.id):
                who = people.get(row.participant_id or 0, "")
                self.chooser.addItem(f"{session.title}　{who}：{row.answer}", row.answer)

    def _picked(self, index: int) -> None:
        text = self.chooser.itemData(index)
        if text:
            editor = next(iter(self.quote.editors.values()))
            editor.setPlainText(str(text))
            self.quote.save()

    def _run(self, work: Callable[[Path], object], path: Path) -> None:
        try:
            ExportJob(lambda _progress: work(path), self).outcome()
        except ExportError as error:
            self.said.setText(export_error(error))
            return
        except OSError as error:
            self.said.setText(str(error))
            return
        self.said.setText(self.tr("Written: %1").replace("%1", str(path)))

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Summary as PDF"), self.tr("report meeting") + ".pdf", "*.pdf"
        )
        if name:
            request = ExportRequest.single(summary=True)
            self._run(lambda p: export_pdf(self.document.file, p, request), _ending(name, ".pdf"))

    def save_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Summary as a slide"), self.tr("report meeting") + ".png", "*.png"
        )
        if name:
            self._run(lambda p: summary_png(self.document.file, p), _ending(name, ".png"))


def _ending(name: str, ending: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == ending else path.with_suffix(ending)
