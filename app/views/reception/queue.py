"""承認待ち: with moderation on, notes and cards from phones wait here until the facilitator
takes them (承認) or leaves them out (見送る); the phones are told which."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reception.host import Reception

_ID = Qt.ItemDataRole.UserRole


class ModerationQueue(QWidget):
    def __init__(self, reception: Reception) -> None:
        super().__init__()
        self.reception = reception
        self.moderated = QCheckBox(self.tr("Check notes and cards from phones first"))
        self.moderated.setToolTip(
            self.tr("They wait here until you take them; the room sees them only then")
        )
        self.moderated.setChecked(reception.choices.moderated)
        self.moderated.toggled.connect(lambda on: reception.choose(moderated=on))
        self.items = QListWidget()
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Take"))
        self.accept_button.clicked.connect(lambda: self._decide(True, self._selected()))
        self.all_button = QPushButton(self.tr("Take all"))
        self.all_button.clicked.connect(lambda: self._decide(True, list(reception.pending)))
        self.decline_button = QPushButton(self.tr("Leave out"))
        self.decline_button.clicked.connect(lambda: self._decide(False, self._selected()))
        #: Items taken that no longer fit the room's rules (writing closed meanwhile …).
        self.said = QLabel(wordWrap=True)
        self.said.setStyleSheet("color: #b42318;")
        self.said.hide()
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.all_button, self.decline_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.moderated)
        layout.addWidget(self.items)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        reception.pending_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        pending = self.reception.pending
        self.items.clear()
        for client_id, request in pending.items():
            who = request.device.name or self.tr("(no name)")
            what = {"card": self.tr("Card"), "edit": self.tr("Edit")}.get(
                request.kind, self.tr("Note")
            )
            item = QListWidgetItem(f"{what}・{who}: {request.text}")
            item.setData(_ID, client_id)
            self.items.addItem(item)
        shown = bool(pending) or self.moderated.isChecked()
        self.items.setVisible(shown)
        for button in (self.accept_button, self.all_button, self.decline_button):
            button.setVisible(shown)
            button.setEnabled(bool(pending))
        self.all_button.setText(self.tr("Take all (%1)").replace("%1", str(len(pending))))

    def _selected(self) -> list[str]:
        return [item.data(_ID) for item in self.items.selectedItems()]

    def _decide(self, take: bool, client_ids: list[str]) -> None:
        if not client_ids:
            return
        self.said.hide()
        if not take:
            self.reception.decline(client_ids)
            return
        refused = self.reception.accept(client_ids)
        if refused:
            text = self.tr("%1 could not be taken under the room's rules now and were left out.")
            self.said.setText(text.replace("%1", str(len(refused))))
            self.said.show()
