"""The reception's place in the window: a dock beside the workspace, opened from the board
page's みんなで参加 button or 表示 ▸ みんなで参加; one reception per open file, stopped when
the file closes or the app quits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolButton

from app.reception.host import Reception
from app.views import icons
from app.views.board.note_text import note_height
from app.views.reception.panel import ReceptionPanel
from app.views.reception.poster import JoinPoster
from app.views.workspace import Workspace


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
        self.action: QAction = self.dock.toggleViewAction()
        self.action.setText(self.tr("Join from phones"))
        menu.addAction(self.action)
        self.reception: Reception | None = None
        self.panel: ReceptionPanel | None = None
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
        """Receive into ``workspace``'s file, or stop when it closes."""
        if self.reception is not None:
            self.reception.stop()
            self.reception.deleteLater()
            self.reception = None
        if self.poster is not None:
            self.poster.close()
            self.poster = None
        if self.panel is not None:
            self.panel.deleteLater()  # the dock's widget goes with it
            self.panel = None
        self.action.setEnabled(workspace is not None)
        self.status.hide()
        if workspace is None:
            self.dock.hide()
            return
        boards, sheets = workspace.boards_page, workspace.worksheets_page
        reception = Reception(workspace.document, note_height, self)
        board, sheet = boards.scene, sheets.scene
        reception.choose(
            activity="sheet" if workspace.current_page() is sheets else "board",
            board_id=board.board_id if board is not None else None,
            sheet_id=sheet.sheet_id if sheet is not None else None,
            face_down=boards.quick_bar.face_down.isChecked(),
        )
        # the phones work on what the laptop shows: the board or the sheet shown last
        boards.board_shown.connect(lambda i: reception.choose(activity="board", board_id=i))
        sheets.sheet_shown.connect(lambda i: reception.choose(activity="sheet", sheet_id=i))
        for page in (boards, sheets):
            page.reception_action.triggered.connect(self.show)
        workspace.timeline_page.panel.reflection.phones_wanted.connect(self.reflect_on)
        self.reception = reception
        self.panel = ReceptionPanel(reception)
        self.panel.poster_wanted.connect(self.show_poster)
        reception.stopped.connect(self._close_poster)
        for signal in (reception.started, reception.stopped, reception.devices_changed):
            signal.connect(self._update_status)
        self.dock.setWidget(self.panel)

    def reflect_on(self, session_id: int) -> None:
        """Phones show the reflection sheet of ``session_id``; the panel opens."""
        if self.reception is not None:
            self.reception.choose(activity="reflection", session_id=session_id)
        self.show()

    def show(self) -> None:
        """Open the panel, floating over the window's right edge the first time: on a
        laptop's screen the workspace needs all of its width. Closing the panel does not
        stop receiving; the status bar's 受付中 opens it again."""
        if self.panel is not None and not self.reception_running():
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
        return self.reception is not None and self.reception.running

    def _update_status(self) -> None:
        """受付中 · 3台 in the status bar while receiving; a click opens the panel."""
        if not self.reception_running():
            self.status.hide()
            return
        assert self.reception is not None
        count = len(self.reception.devices())
        self.status.setText(self.tr("Receiving · %1 devices").replace("%1", str(count)))
        self.status.show()

    def show_poster(self) -> None:
        """The join poster full screen on the wall (the screen this window is not on)."""
        if self.reception is None or not self.reception.running:
            return
        if self.poster is None:
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
