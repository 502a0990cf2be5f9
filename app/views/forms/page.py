"""帳票, in the order the process uses them: the 市町村エントリーシート (with its 課題), 帳票1
事前情報 before the first visit, the 課題 followed through the visits, and 帳票5 at the end
(each staff member's view, tagged by the handbook's viewpoints and counted). The reflection
sheets (帳票2) are a session's, on its 振り返り tab."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.document import WorkshopDocument
from app.timeline.forms import FINAL, PRIOR, load_form
from app.views.forms.entry_tab import EntryTab
from app.views.forms.form_tab import FormTab
from app.views.forms.issue_grid import IssueGrid
from app.views.forms.summary_tab import SummaryTab
from app.views.when_seen import WhenSeen


class FormsPage(QWidget):
    def __init__(self, document: WorkshopDocument, undo_stack: QUndoStack) -> None:
        super().__init__()
        title = QLabel(self.tr("Forms"))
        title.setObjectName("pageTitle")
        self.entry = EntryTab(document, undo_stack)
        self.prior = FormTab(document, undo_stack, load_form(PRIOR))
        self.issues = IssueGrid(document, undo_stack)
        self.final = FormTab(document, undo_stack, load_form(FINAL))
        self.summary = SummaryTab(document, undo_stack)
        self.tabs = QTabWidget()  # in the order the process uses them
        self.tabs.addTab(self.entry, self.entry.answers.form.title)
        self.tabs.addTab(self.prior, self.prior.form.title)
        self.tabs.addTab(self.issues, self.tr("Issues over time"))
        self.tabs.addTab(self.final, self.final.form.title)
        self.tabs.addTab(self.summary, self.tr("Report meeting summary"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        when_seen = WhenSeen(self, self.refresh)
        for signal in (
            document.forms_changed,
            document.participants_added,
            document.participants_changed,
        ):
            signal.connect(when_seen)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        self.entry.refresh()
        self.prior.refresh()
        self.issues.refresh()
        self.final.refresh()
        self.summary.refresh()
