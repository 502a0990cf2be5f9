"""The みんなで参加 panel: choose the network, start and stop receiving, show the QR code, the
address and the PIN, the room's choices, and who is connected (切断 / ブロック)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document.workshop_document import ReadOnlyDocument
from app.reception.host import Reception
from app.reception.interfaces import addresses
from app.room.addresses import DEFAULT_PORT
from app.views.reception.qr import qr_pixmap
from app.views.reception.queue import ModerationQueue

QR_SIZE = 220


class ReceptionPanel(QWidget):
    #: The facilitator asked for the join poster on the wall.
    poster_wanted = Signal()

    def __init__(self, reception: Reception) -> None:
        super().__init__()
        self.reception = reception
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start())
        self.pages.addWidget(self._build_running())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)
        reception.started.connect(self._show_state)
        reception.stopped.connect(self._show_state)
        reception.devices_changed.connect(self._fill_devices)
        reception.received.connect(lambda _kind, _device: self._fill_devices())
        self.refresh_addresses()
        self._show_state()

    # -- before receiving ---------------------------------------------------------------
    def _build_start(self) -> QWidget:
        page = QWidget()
        self.intro = QLabel(
            self.tr(
                "Phones and tablets in the room write notes and vote from their browser. "
                "Open the laptop's mobile hotspot or join the hall's Wi-Fi first; no internet "
                "is needed."
            ),
            wordWrap=True,
        )
        self.address_box = QComboBox()
        self.address_box.setToolTip(self.tr("Phones reach the laptop on this network only"))
        self.port_box = QSpinBox(minimum=1024, maximum=65535, value=DEFAULT_PORT)
        self.port_box.setToolTip(self.tr("If the port is taken, a free one is used"))
        self.start_button = QPushButton(self.tr("Start receiving"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.refusal = QLabel(wordWrap=True)
        self.refusal.setStyleSheet("color: #b42318;")
        self.refusal.hide()
        form = QFormLayout()
        form.addRow(self.tr("Network"), self.address_box)
        form.addRow(self.tr("Port"), self.port_box)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.start_button)
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        return page

    def refresh_addresses(self) -> None:
        self.address_box.clear()
        for address in addresses():
            label = f"{address.interface} — {address.ip}"
            if address.loopback:
                label += self.tr(" (this laptop only)")
            self.address_box.addItem(label, address.ip)

    def start(self) -> None:
        host = self.address_box.currentData()
        if not host:
            self._refuse(self.tr("No network is connected. Open the hotspot or join the Wi-Fi."))
            return
        try:
            self.reception.start(host, self.port_box.value())
        except ReadOnlyDocument:
            self._refuse(
                self.tr("This file is open read-only: nothing the phones send could be kept.")
            )
        except OSError as error:
            self._refuse(
                self.tr("Cannot receive on %1: %2")
                .replace("%1", host)
                .replace("%2", error.strerror or str(error))
            )

    def _refuse(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.show()

    # -- while receiving ----------------------------------------------------------------
    def _build_running(self) -> QWidget:
        page = QWidget()
        self.code = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.code.setMinimumSize(QR_SIZE, QR_SIZE)
        self.address = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        for label, size in ((self.address, 13), (self.pin, 20)):
            font = label.font()
            font.setPointSize(size)
            font.setBold(True)
            label.setFont(font)
        wall = QPushButton(self.tr("Show on the wall"))
        wall.clicked.connect(self.poster_wanted)
        stop = QPushButton(self.tr("Stop receiving"))
        stop.clicked.connect(self.reception.stop)
        buttons = QHBoxLayout()
        buttons.addWidget(wall)
        buttons.addWidget(stop)

        self.writing = QCheckBox(self.tr("Phones may write (and edit their own notes)"))
        self.face_down = QCheckBox(self.tr("Notes from phones arrive face down"))
        self.anonymous = QCheckBox(self.tr("Allow joining without a name"))
        self.roster = QCheckBox(self.tr("Phones may pick their name from the roster"))
        for box, key in (
            (self.writing, "writing_open"),
            (self.face_down, "face_down"),
            (self.anonymous, "anonymous_allowed"),
            (self.roster, "roster_shown"),
        ):
            box.toggled.connect(lambda on, k=key: self.reception.choose(**{k: on}))

        self.queue = ModerationQueue(self.reception)
        self.devices_title = QLabel()
        self.devices = QTableWidget(0, 4)
        self.devices.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Device"), self.tr("Seen"), self.tr("Sent")]
        )
        self.devices.verticalHeader().hide()
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.devices.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.setToolTip(self.tr("The device may join again with the QR code"))
        self.disconnect_button.clicked.connect(lambda: self._on_selected("disconnect"))
        self.block_button = QPushButton(self.tr("Block"))
        self.block_button.setToolTip(self.tr("The device cannot join again until you restart"))
        self.block_button.clicked.connect(lambda: self._on_selected("block"))
        device_buttons = QHBoxLayout()
        device_buttons.addWidget(self.disconnect_button)
        device_buttons.addWidget(self.block_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code)
        layout.addWidget(self.address)
        layout.addWidget(self.pin)
        layout.addLayout(buttons)
        for box in (self.writing, self.face_down, self.anonymous, self.roster):
            layout.addWidget(box)
        layout.addWidget(self.queue)
        layout.addWidget(self.devices_title)
        layout.addWidget(self.devices, 1)
        layout.addLayout(device_buttons)
        return page

    def _show_state(self) -> None:
        running = self.reception.running
        self.pages.setCurrentIndex(1 if running else 0)
        if not running:
            read_only = self.reception.document.read_only_reason is not None
            self.start_button.setEnabled(not read_only)
            if read_only:
                self._refuse(
                    self.tr("This file is open read-only: nothing the phones send could be kept.")
                )
            return
        self.refusal.hide()
        self.code.setPixmap(qr_pixmap(self.reception.join_address(), QR_SIZE))
        self.code.setToolTip(self.reception.join_address())
        self.address.setText(self.reception.short_address())
        self.pin.setText(self.tr("PIN %1").replace("%1", self.reception.pin))
        choices = self.reception.choices
        for box, on in (
            (self.writing, choices.writing_open),
            (self.face_down, choices.face_down),
            (self.anonymous, choices.anonymous_allowed),
            (self.roster, choices.roster_shown),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self._fill_devices()

    def _fill_devices(self) -> None:
        devices = self.reception.devices()
        now = time.monotonic()
        self.devices_title.setText(
            self.tr("Connected devices: %1").replace("%1", str(len(devices)))
        )
        selected = self._selected_id()
        self.devices.setRowCount(len(devices))
        for row, device in enumerate(devices):
            name = device.name or (
                self.tr("(no name)") if device.anonymous else self.tr("(joining)")
            )
            seen = self.tr("blocked") if device.blocked else self._ago(now - device.last_seen)
            for column, text in enumerate((name, device.label(), seen, str(device.items_sent))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, device.device_id)
                self.devices.setItem(row, column, item)
            if device.device_id == selected:
                self.devices.selectRow(row)

    def _ago(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("%1 s ago").replace("%1", str(int(seconds)))
        return self.tr("%1 min ago").replace("%1", str(int(seconds // 60)))

    def _selected_id(self) -> str | None:
        items = self.devices.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _on_selected(self, what: str) -> None:
        device_id = self._selected_id()
        if device_id is None:
            return
        if what == "block":
            self.reception.block_device(device_id)
        else:
            self.reception.disconnect_device(device_id)
