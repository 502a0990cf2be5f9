"""The reception's place in the window: a dock beside the workspace, opened from the board
page's みんなで参加 button or 表示 ▸ みんなで参加; one reception per open file, stopped when
the file closes or the app quits."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolButton

from app.views import icons
from app.views.workspace import Workspace

if TYPE_CHECKING:  # the reception is loaded when first wanted
    from app.reception.host import Reception
    from app.views.board.page import BoardsPage
    from app.views.reception.panel import ReceptionPanel
    from app.views.reception.poster import JoinPoster
    from app.views.worksheet.page import WorksheetsPage


class ReceptionDock(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.dock = QDockWidget(self.tr("Join from phones"), window)
        self.dock.setObjectName("reception")
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.dock.setMinimumWidth(300)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_shown)
        self.action: QAction = self.dock.toggleViewAction()
        self.action.setText(self.tr("Join from phones"))
        menu.addAction(self.action)
        self.workspace: Workspace | None = None
        self._reception: Reception | None = None
        self._panel: ReceptionPanel | None = None
        self.poster: JoinPoster | None = None
        self._placed = False
        self.status = QToolButton()
        self.status.setAutoRaise(True)
        icons.put(self.status, "reception")
        self.status.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status.setToolTip(self.tr("Phones are being received: show the panel"))
        self.status.clicked.connect(self.show)
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)

    def attach(self, workspace: Workspace | None) -> None:
        """Receive into ``workspace``'s file, or stop when it closes. The reception and its
        panel are made when first wanted: most sessions never open them."""
        if self._reception is not None:
            self._reception.stop()
            self._reception.deleteLater()
            self._reception = None
        if self.poster is not None:
            self.poster.close()
            self.poster = None
        if self._panel is not None:
            self._panel.deleteLater()  # the dock's widget goes with it
            self._panel = None
        self.workspace = workspace
        self.action.setEnabled(workspace is not None)
        self.status.hide()
        if workspace is None:
            self.dock.hide()
            return
        # the phones work on what the laptop shows: the board or the sheet shown last
        workspace.on_page("boards", self._follow_boards)
        workspace.on_page("worksheets", self._follow_sheets)
        workspace.on_page(
            "sessions",
            lambda timeline: timeline.panel.reflection.phones_wanted.connect(self.reflect_on),
        )

    def _follow_boards(self, boards: BoardsPage) -> None:
        boards.board_shown.connect(lambda i: self._choose(activity="board", board_id=i))
        boards.reception_action.triggered.connect(self.show)

    def _follow_sheets(self, sheets: WorksheetsPage) -> None:
        sheets.sheet_shown.connect(lambda i: self._choose(activity="sheet", sheet_id=i))
        sheets.reception_action.triggered.connect(self.show)

    def _choose(self, **changes: object) -> None:
        if self._reception is not None:
            self._reception.choose(**changes)

    @property
    def reception(self) -> Reception:
        """The open file's reception, made on first use with what the laptop shows."""
        if self._reception is None:
            from app.reception.host import Reception  # noqa: PLC0415
            from app.views.board.note_text import note_height  # noqa: PLC0415

            workspace = self.workspace
            assert workspace is not None, "no file is open"
            reception = Reception(workspace.document, note_height, self)
            boards = cast("BoardsPage | None", workspace.built("boards"))
            sheets = cast("WorksheetsPage | None", workspace.built("worksheets"))
            reception.choose(
                activity="sheet" if workspace.is_current("worksheets") else "board",
                board_id=boards.scene.board_id if boards and boards.scene else None,
                sheet_id=sheets.scene.sheet_id if sheets and sheets.scene else None,
                face_down=boards.quick_bar.face_down.isChecked() if boards else False,
            )
            reception.stopped.connect(self._close_poster)
            for signal in (reception.started, reception.stopped, reception.devices_changed):
                signal.connect(self._update_status)
            self._reception = reception
        return self._reception

    @property
    def panel(self) -> ReceptionPanel:
        """The dock's panel: starting, the address and PIN, the devices, moderation."""
        if self._panel is None:
            from app.views.reception.panel import ReceptionPanel  # noqa: PLC0415

            self._panel = ReceptionPanel(self.reception)
            self._panel.poster_wanted.connect(self.show_poster)
            self.dock.setWidget(self._panel)
        return self._panel

    def _dock_shown(self, visible: bool) -> None:
        if visible and self.workspace is not None:
            self.panel  # noqa: B018 - made when the dock first shows

    def reflect_on(self, session_id: int) -> None:
        """Phones show the reflection sheet of ``session_id``; the panel opens."""
        self.reception.choose(activity="reflection", session_id=session_id)
        self.show()

    def show(self) -> None:
        """Open the panel, floating over the window's right edge the first time: on a
        laptop's screen the workspace needs all of its width. Closing the panel does not
        stop receiving; the status bar's 受付中 opens it again."""
        if self.workspace is None:
            return
        if not self.reception_running():
            self.panel.refresh_addresses()
        if not self.dock.isVisible() and not self._placed:
            self._placed = True
            self.dock.setFloating(True)
            frame = self.window.geometry()
            width, height = 340, min(680, frame.height() - 80)
            self.dock.setGeometry(frame.right() - width - 16, frame.top() + 60, width, height)
        self.dock.show()
        self.dock.raise_()

    def reception_running(self) -> bool:
        return self._reception is not None and self._reception.running

    def _update_status(self) -> None:
        """受付中 · 3台 in the status bar while receiving; a click opens the panel."""
        if not self.reception_running():
            self.status.hide()
            return
        count = len(self.reception.devices())
        self.status.setText(self.tr("Receiving · %1 devices").replace("%1", str(count)))
        self.status.show()

    def show_poster(self) -> None:
        """The join poster full screen on the wall (the screen this window is not on)."""
        if not self.reception_running():
            return
        if self.poster is None:
            from app.views.reception.poster import JoinPoster  # noqa: PLC0415

            self.poster = JoinPoster(self.tr("Join from phones"))
        self.poster.show_join(
            self.reception.join_address(), self.reception.short_address(), self.reception.pin
        )
        others = [s for s in QGuiApplication.screens() if s is not self.window.screen()]
        self.poster.cover(others[0] if others else self.window.screen())

    def _close_poster(self) -> None:
        if self.poster is not None:
            self.poster.close()

    def stop(self) -> None:
        """The app is quitting: stop receiving."""
        self.attach(None)
