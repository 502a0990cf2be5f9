"""The open workshop: side navigation between sections and a read-only notice.

A section's page is built the first time it is shown (or asked for), so opening a file
builds only the page it opens on; the rest, and the modules they need, wait for their
first visit. Whoever needs a page wired up asks :meth:`Workspace.on_page`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

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

if TYPE_CHECKING:
    from app.views.board.page import BoardsPage
    from app.views.forms.page import FormsPage
    from app.views.profile_page import ProfilePage
    from app.views.resources_page import ResourcesPage
    from app.views.roster_page import RosterPage
    from app.views.timeline.page import TimelinePage
    from app.views.worksheet.page import WorksheetsPage

#: The sections in the navigation's order, by the name of their icon.
SECTIONS = ("overview", "resources", "worksheets", "boards", "roster", "sessions", "forms")


class Workspace(QWidget):
    status_message = Signal(str)

    def __init__(self, document: WorkshopDocument, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.document = document
        self.undo_stack = undo_stack
        self.current_author = CurrentAuthor(self)
        self._built: dict[str, QWidget] = {}
        self._waiting: dict[str, list[Callable[[Any], None]]] = {}
        self._splitters: dict[str, QByteArray] = {}  # restored sizes of pages not built yet
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
        titles = (
            self.tr("Overview"),
            self.tr("Local resources"),
            self.tr("Worksheets"),
            self.tr("Sticky-note boards"),
            self.tr("Participants"),
            self.tr("Sessions"),
            self.tr("Forms"),
        )
        for key, title in zip(SECTIONS, titles, strict=True):
            self._add_section(title, key)
        self.navigation.currentRowChanged.connect(self._show_row)
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

    def _add_section(self, title: str, key: str) -> None:
        item = QListWidgetItem(title)
        both = QIcon()  # the blue icon, and a white one on the selected section
        both.addPixmap(icons.icon(key).pixmap(48), QIcon.Mode.Normal)
        both.addPixmap(icons.icon(key, icons.ON_DARK).pixmap(48), QIcon.Mode.Selected)
        item.setIcon(both)
        self.navigation.addItem(item)
        self.pages.addWidget(QWidget())  # stands in until the page is first shown

    # -- pages, built when first needed ----------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The section's page, built now if it has not been yet."""
        built = self._built.get(key)
        if built is not None:
            return built
        page = self._make(key)
        self._built[key] = page
        index = SECTIONS.index(key)
        stand_in = self.pages.widget(index)
        assert stand_in is not None
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        status = getattr(page, "status_message", None)
        if status is not None:
            status.connect(self.status_message)
        for splitter in page.findChildren(QSplitter):
            state = self._splitters.pop(splitter.objectName(), None)
            if state is not None:
                splitter.restoreState(state)
        for callback in self._waiting.pop(key, []):
            callback(page)
        return page

    def built(self, key: str) -> QWidget | None:
        """The section's page if it has been built, without building it."""
        return self._built.get(key)

    def on_page(self, key: str, callback: Callable[[Any], None]) -> None:
        """Call ``callback`` with the section's page: now if it is built, else when it is."""
        page = self._built.get(key)
        if page is not None:
            callback(page)
        else:
            self._waiting.setdefault(key, []).append(callback)

    def _make(self, key: str) -> QWidget:
        document, stack = self.document, self.undo_stack
        if key == "overview":
            from app.views.profile_page import ProfilePage

            return ProfilePage(document, stack)
        if key == "resources":
            from app.views.resources_page import ResourcesPage

            return ResourcesPage(document, stack)
        if key == "worksheets":
            from app.views.worksheet.page import WorksheetsPage

            return WorksheetsPage(document, stack, self.current_author)
        if key == "boards":
            from app.views.board.page import BoardsPage

            return BoardsPage(document, stack, self.current_author)
        if key == "roster":
            from app.views.roster_page import RosterPage

            return RosterPage(document, stack)
        if key == "sessions":
            from app.views.timeline.page import TimelinePage

            timeline = TimelinePage(document, stack)
            timeline.open_requested.connect(self._open_material)
            return timeline
        from app.views.forms.page import FormsPage

        return FormsPage(document, stack)

    @property
    def profile_page(self) -> ProfilePage:
        return cast("ProfilePage", self.page("overview"))

    @property
    def resources_page(self) -> ResourcesPage:
        return cast("ResourcesPage", self.page("resources"))

    @property
    def worksheets_page(self) -> WorksheetsPage:
        return cast("WorksheetsPage", self.page("worksheets"))

    @property
    def boards_page(self) -> BoardsPage:
        return cast("BoardsPage", self.page("boards"))

    @property
    def roster_page(self) -> RosterPage:
        return cast("RosterPage", self.page("roster"))

    @property
    def timeline_page(self) -> TimelinePage:
        return cast("TimelinePage", self.page("sessions"))

    @property
    def forms_page(self) -> FormsPage:
        return cast("FormsPage", self.page("forms"))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.pages.setCurrentWidget(self.page(SECTIONS[row]))

    def _open_material(self, kind: str, source_id: int) -> None:
        """A worksheet or board double-clicked in a session's list."""
        if kind == "worksheet":
            self.show_section(SECTIONS.index("worksheets"))
            self.worksheets_page.show_sheet(source_id)
        else:
            self.show_section(SECTIONS.index("boards"))
            self.boards_page.show_board(source_id)

    def show_section(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def section_titles(self) -> list[str]:
        return [self.navigation.item(i).text() for i in range(self.navigation.count())]

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def is_current(self, key: str) -> bool:
        """Whether the section's page is the one shown."""
        page = self._built.get(key)
        return page is not None and page is self.pages.currentWidget()

    # -- how the facilitator left it ------------------------------------------------------
    def section(self) -> int:
        return self.navigation.currentRow()

    def splitter_states(self) -> dict[str, QByteArray]:
        """The named splitters' sizes (canvas side panels, the timeline's parts), with those
        of pages not visited this time as they were restored."""
        states = dict(self._splitters)
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                states[splitter.objectName()] = splitter.saveState()
        return states

    def restore(self, section: int | None, splitters: dict[str, QByteArray]) -> None:
        self._splitters = dict(splitters)
        for splitter in self.findChildren(QSplitter):
            state = self._splitters.pop(splitter.objectName(), None)
            if state is not None:
                splitter.restoreState(state)
        if section is not None and 0 <= section < self.navigation.count():
            self.show_section(section)
