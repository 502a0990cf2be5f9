"""What the window shows when no workshop is open: create, open, the sample, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME_JA


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        title = QLabel(APP_NAME_JA)
        title.setObjectName("startTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 28pt; font-weight: bold; color: #2d4a6b;")
        subtitle = QLabel(
            self.tr("Worksheets, sticky notes and session records for community building")
        )
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("New workshop…"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.sample_button = QPushButton(self.tr("Open the sample workshop"))
        self.recent = QListWidget()
        self.recent.setMaximumWidth(520)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(24)
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumWidth(320)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        self.recent_label = QLabel(self.tr("Recent files"))
        layout.addWidget(self.recent_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.recent, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_recent_files(self, files: list[Path]) -> None:
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(f"{path.name}    ({path.parent})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.recent_label.setVisible(bool(files))
