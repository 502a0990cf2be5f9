"""ワークシート・スナップショット: the worksheets and boards a session used, and the
read-only copies frozen at its end (「セッション終了時に保存」), with the comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.session_rows import delete_rows, link_source
from app.commands.timeline import TakeSnapshots
from app.models import SessionLink, Snapshot
from app.views.timeline.session_tab import Push, SessionTab, ShowError

_ID = Qt.ItemDataRole.UserRole + 1


class SnapshotDialog(QDialog):
    """Which worksheets and boards to freeze; those used in the session come ticked."""

    def __init__(
        self, sources: list[tuple[str, int, str]], ticked: set[tuple[str, int]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save at the end of the session"))
        self.choices = QListWidget()
        for kind, source_id, title in sources:
            item = QListWidgetItem(title)
            item.setData(_ID, (kind, source_id))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if (kind, source_id) in ticked else Qt.CheckState.Unchecked
            )
            self.choices.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Read-only copies of the ticked worksheets and boards are kept with the session."
                )
            )
        )
        layout.addWidget(self.choices)
        layout.addWidget(buttons)

    def chosen(self) -> list[tuple[str, int]]:
        items = (self.choices.item(i) for i in range(self.choices.count()))
        return [tuple(i.data(_ID)) for i in items if i.checkState() == Qt.CheckState.Checked]


class MaterialsTab(SessionTab):
    compare_requested = Signal(int)  # snapshot id
    open_requested = Signal(str, int)  # "worksheet"/"board", id

    def __init__(self, document, push: Push, show_error: ShowError) -> None:
        super().__init__(document, push, show_error)
        self.links = QListWidget()
        self.link_button = QToolButton()
        self.link_button.setText(self.tr("Link…"))
        self.link_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.link_menu = QMenu(self.link_button)
        self.link_button.setMenu(self.link_menu)
        self.link_menu.aboutToShow.connect(self._fill_link_menu)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.snapshots = QListWidget()
        self.snapshot_button = QPushButton(self.tr("Save at the end of the session…"))
        self.snapshot_button.setStyleSheet("font-weight: bold;")
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.delete_snapshot = QPushButton(self.tr("Delete snapshot"))

        link_row = QHBoxLayout()
        link_row.addWidget(QLabel(self.tr("Worksheets and boards used")), 1)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        snap_row = QHBoxLayout()
        snap_row.addWidget(QLabel(self.tr("Snapshots")), 1)
        snap_row.addWidget(self.snapshot_button)
        snap_row.addWidget(self.compare_button)
        snap_row.addWidget(self.delete_snapshot)
        layout = QVBoxLayout(self)
        layout.addLayout(link_row)
        layout.addWidget(self.links, 1)
        layout.addLayout(snap_row)
        layout.addWidget(self.snapshots, 1)

        self.unlink_button.clicked.connect(self._unlink)
        self.snapshot_button.clicked.connect(self.take_snapshots)
        self.compare_button.clicked.connect(self._compare)
        self.snapshots.itemDoubleClicked.connect(lambda _item: self._compare())
        self.links.itemDoubleClicked.connect(self._open_link)
        self.delete_snapshot.clicked.connect(self._delete_snapshot)
        for button in (
            self.link_button,
            self.unlink_button,
            self.snapshot_button,
            self.delete_snapshot,
        ):
            button.setEnabled(not self.read_only)

    def sources(self) -> list[tuple[str, int, str]]:
        sheets = [("worksheet", s.id, s.title) for s in self.document.sheets.all()]
        return sheets + [("board", b.id, b.title) for b in self.document.boards.all()]

    def refresh(self) -> None:
        if self.session_id is None:
            return
        titles = {(k, i): t for k, i, t in self.sources()}
        self.links.clear()
        for link in self.document.timeline.rows(SessionLink, self.session_id):
            key = (
                ("worksheet", link.worksheet_id) if link.worksheet_id else ("board", link.board_id)
            )
            prefix = self.tr("Worksheet") if key[0] == "worksheet" else self.tr("Board")
            item = QListWidgetItem(f"{prefix}：{titles.get(key, '')}")
            item.setData(_ID, (link.id, key[0], key[1]))
            self.links.addItem(item)
        self.snapshots.clear()
        for snap in self.document.timeline.rows(Snapshot, self.session_id):
            prefix = self.tr("Worksheet") if snap.source_kind == "worksheet" else self.tr("Board")
            count = len(snap.content.get("items", []))
            text = f"{prefix}：{snap.title}　{self.date_text(snap.taken_at.date())} {snap.taken_at:%H:%M}"
            text += "　" + self.tr("%1 item(s)").replace("%1", str(count))
            item = QListWidgetItem(text)
            item.setData(_ID, snap.id)
            self.snapshots.addItem(item)
        has = self.snapshots.count() > 0
        self.compare_button.setEnabled(has)

    def _fill_link_menu(self) -> None:
        self.link_menu.clear()
        for kind, source_id, title in self.sources():
            prefix = self.tr("Worksheet") if kind == "worksheet" else self.tr("Board")
            action = self.link_menu.addAction(f"{prefix}：{title}")
            action.triggered.connect(lambda _c=False, k=kind, i=source_id: self._link(k, i))

    def _link(self, kind: str, source_id: int) -> None:
        if self.session_id is not None:
            session_id = self.session_id
            self.run(lambda: link_source(self.document, session_id, kind, source_id))

    def _unlink(self) -> None:
        item = self.links.currentItem()
        if item is not None:
            link_id = item.data(_ID)[0]
            self.run(lambda: delete_rows(self.document, SessionLink, [link_id]))

    def _open_link(self, item: QListWidgetItem) -> None:
        _link_id, kind, source_id = item.data(_ID)
        self.open_requested.emit(kind, source_id)

    def take_snapshots(self) -> None:
        if self.session_id is None:
            return
        used = set()
        for link in self.document.timeline.rows(SessionLink, self.session_id):
            used.add(
                ("worksheet", link.worksheet_id) if link.worksheet_id else ("board", link.board_id)
            )
        dialog = SnapshotDialog(self.sources(), used, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        session_id, chosen = self.session_id, dialog.chosen()
        self.run(lambda: TakeSnapshots(self.document, session_id, chosen))

    def _compare(self) -> None:
        item = self.snapshots.currentItem() or self.snapshots.item(0)
        if item is not None:
            self.compare_requested.emit(int(item.data(_ID)))

    def _delete_snapshot(self) -> None:
        item = self.snapshots.currentItem()
        if item is not None:
            snapshot_id = int(item.data(_ID))
            self.run(lambda: delete_rows(self.document, Snapshot, [snapshot_id]))
