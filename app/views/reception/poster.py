"""The join poster for the wall: the QR code as large as the screen allows, the address to
type and the PIN, in type people read from the back of the hall."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.views.reception.qr import qr_pixmap


class JoinPoster(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.setStyleSheet("background: white; color: #1d2433;")
        self.code = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self.tr("Join from your phone"), alignment=Qt.AlignmentFlag.AlignLeft)
        self.steps = QLabel(wordWrap=True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.address = QLabel()
        self.pin = QLabel()
        for label in (self.address, self.pin):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = QVBoxLayout()
        words.addStretch(1)
        for label in (self.heading, self.steps, self.address, self.pin):
            words.addWidget(label)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(48)
        layout.addWidget(self.code, 3)
        layout.addLayout(words, 2)
        self._join = ""

    def show_join(self, join_address: str, short_address: str, pin: str) -> None:
        self._join = join_address
        self.steps.setText(
            self.tr(
                "1. Join the Wi-Fi of this room.\n2. Scan the QR code with the phone's camera."
                "\n\nOr open the browser and type:"
            )
        )
        self.address.setText(short_address)
        self.pin.setText(self.tr("PIN %1").replace("%1", pin))
        self._fit()

    def _fit(self) -> None:
        height = max(400, self.height())
        side = int(min(height - 64, self.width() * 0.55))
        if self._join:
            self.code.setPixmap(qr_pixmap(self._join, side))
        for label, share in ((self.heading, 0.07), (self.steps, 0.04), (self.address, 0.07)):
            font = label.font()
            font.setPixelSize(max(16, int(height * share)))
            font.setBold(label is not self.steps)
            label.setFont(font)
        font = self.pin.font()
        font.setPixelSize(max(20, int(height * 0.09)))
        font.setBold(True)
        self.pin.setFont(font)

    def cover(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.close()
