"""The open workshop: side navigation between sections and a read-only notice."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.document import WorkshopDocument
from app.messages import read_only_notice
from app.views import icons
from app.views.author_choice import CurrentAuthor
from app.views.board.page import BoardsPage
from app.views.forms.page import FormsPage
from app.views.profile_page import ProfilePage
from app.views.resources_page import ResourcesPage
from app.views.roster_page import RosterPage
from app.views.timeline.page import TimelinePage
from app.views.worksheet.page import WorksheetsPage


class Workspace(QWidget):
    status_message = Signal(str)

    def __init__(self, document: WorkshopDocument, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.document = document
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 8px; border-bottom: 1px solid #e0c060;"
        )
        reason = document.read_only_reason
        self.banner.setText(read_only_notice(reason) if reason else "")
        self.banner.setVisible(reason is not None)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 12pt; background: #eef2f6; border: none; }"
            "QListWidget::item { padding: 10px 12px; }"
            "QListWidget::item:selected { background: #2d4a6b; color: white; }"
        )
        self.pages = QStackedWidget()
        self.profile_page = ProfilePage(document, undo_stack)
        self.resources_page = ResourcesPage(document, undo_stack)
        self.current_author = CurrentAuthor(self)
        self.worksheets_page = WorksheetsPage(document, undo_stack, self.current_author)
        self.boards_page = BoardsPage(document, undo_stack, self.current_author)
        self.roster_page = RosterPage(document, undo_stack)
        self.timeline_page = TimelinePage(document, undo_stack)
        self.forms_page = FormsPage(document, undo_stack)
        for page in (
            self.resources_page,
            self.worksheets_page,
            self.boards_page,
            self.roster_page,
            self.timeline_page,
        ):
            page.status_message.connect(self.status_message)
        self.add_section(self.tr("Overview"), self.profile_page, "overview")
        self.add_section(self.tr("Local resources"), self.resources_page, "resources")
        self.add_section(self.tr("Worksheets"), self.worksheets_page, "worksheets")
        self.add_section(self.tr("Sticky-note boards"), self.boards_page, "boards")
        self.add_section(self.tr("Participants"), self.roster_page, "roster")
        self.add_section(self.tr("Sessions"), self.timeline_page, "sessions")
        self.add_section(self.tr("Forms"), self.forms_page, "forms")
        self.timeline_page.open_requested.connect(self._open_material)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def add_section(self, title: str, page: QWidget, icon: str) -> None:
        item = QListWidgetItem(title)
        both = QIcon()  # the blue icon, and a white one on the selected section
        both.addPixmap(icons.icon(icon).pixmap(48), QIcon.Mode.Normal)
        both.addPixmap(icons.icon(icon, icons.ON_DARK).pixmap(48), QIcon.Mode.Selected)
        item.setIcon(both)
        self.navigation.addItem(item)
        self.pages.addWidget(page)

    def _open_material(self, kind: str, source_id: int) -> None:
        """A worksheet or board double-clicked in a session's list."""
        if kind == "worksheet":
            self.show_section(self.pages.indexOf(self.worksheets_page))
            self.worksheets_page.show_sheet(source_id)
        else:
            self.show_section(self.pages.indexOf(self.boards_page))
            self.boards_page.show_board(source_id)

    def show_section(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def section_titles(self) -> list[str]:
        return [self.navigation.item(i).text() for i in range(self.navigation.count())]

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    # -- how the facilitator left it ------------------------------------------------------
    def section(self) -> int:
        return self.navigation.currentRow()

    def splitter_states(self) -> dict[str, QByteArray]:
        """The named splitters' sizes (canvas side panels, the timeline's parts)."""
        return {
            s.objectName(): s.saveState() for s in self.findChildren(QSplitter) if s.objectName()
        }

    def restore(self, section: int | None, splitters: dict[str, QByteArray]) -> None:
        for splitter in self.findChildren(QSplitter):
            state = splitters.get(splitter.objectName())
            if state is not None:
                splitter.restoreState(state)
        if section is not None and 0 <= section < self.navigation.count():
            self.show_section(section)
