"""表示 ▸ 投影: present on this screen, project on the second screen or a chosen one, pin
what the wall shows, close the projection."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QMainWindow, QMenu

from app.views.projection.controller import Projection


class ProjectionMenu(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.projection: Projection | None = None
        self.present_action = menu.addAction(
            self.tr("&Present on this screen"), QKeySequence("F5"), self.present
        )
        self.project_action = menu.addAction(
            self.tr("Project on the &second screen"), QKeySequence("Shift+F5"), self.project
        )
        self.screens_menu = menu.addMenu(self.tr("Project on screen"))
        self.screens_menu.aboutToShow.connect(self._fill_screens_menu)
        menu.addSeparator()
        self.pin_action = menu.addAction(self.tr("P&in what the wall shows"))
        self.pin_action.setCheckable(True)
        self.pin_action.setToolTip(
            self.tr("The wall keeps showing this sheet or board while you work elsewhere")
        )
        self.pin_action.toggled.connect(self._pin)
        self.stop_action = menu.addAction(
            self.tr("&Close the projection"), QKeySequence("Ctrl+Shift+F5"), self.stop
        )

    def actions(self) -> list[QAction]:
        """What needs an open workshop."""
        return [
            self.present_action,
            self.project_action,
            self.screens_menu.menuAction(),
            self.pin_action,
            self.stop_action,
        ]

    def attach(self, projection: Projection | None) -> None:
        """Follow ``projection`` (the open workshop's), or none when it closes."""
        if self.projection is not None:
            self.projection.close()
        self.projection = projection
        if projection is not None:
            projection.opened.connect(self._opened)
            projection.pinned_changed.connect(self._pinned_elsewhere)
        self._opened(False)

    def _pinned_elsewhere(self, on: bool) -> None:
        """The menu's tick follows a pin made by showing a photo on the wall."""
        self.pin_action.blockSignals(True)
        self.pin_action.setChecked(on)
        self.pin_action.blockSignals(False)

    def present(self) -> None:
        """Presentation mode: the wall's view full screen on this screen; Esc leaves."""
        if self.projection is not None:
            self.projection.open_on(self.window.screen(), presenting=True)

    def project(self, screen: QScreen | None = None) -> None:
        """The projection window full screen on ``screen``, by default the screen this
        window is not on (the projector); the laptop keeps the full app."""
        if self.projection is None:
            return
        if screen is None:
            others = [s for s in QGuiApplication.screens() if s is not self.window.screen()]
            screen = others[0] if others else self.window.screen()
        self.projection.open_on(screen, presenting=screen is self.window.screen())

    def stop(self) -> None:
        if self.projection is not None:
            self.projection.close()

    def _fill_screens_menu(self) -> None:
        self.screens_menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()
            text = f"{number}: {screen.name()} ({size.width()}×{size.height()})"
            self.screens_menu.addAction(text, partial(self.project, screen))

    def _pin(self, on: bool) -> None:
        if self.projection is not None:
            self.projection.set_pinned(on)

    def _opened(self, is_open: bool) -> None:
        self.stop_action.setEnabled(is_open)
        self.pin_action.setEnabled(is_open)
        if not is_open:
            self.pin_action.setChecked(False)
            self.window.activateWindow()
