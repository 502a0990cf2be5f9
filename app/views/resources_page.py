"""地域資源: the municipality's local resources — list, filter, add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.commands import AddResource, DeleteResources, EditResource
from app.commands.photos import PhotoChoice, with_photo
from app.document import WorkshopDocument
from app.messages import validation_error
from app.models import ResourceStatus
from app.models.rules import ValidationError
from app.views.importing.entry import dropped_tables, import_table
from app.views.kind_combo import fill_kind_combo
from app.views.resource_dialog import ResourceDialog
from app.views.resource_table import ID_ROLE, ResourceFilter, ResourceTableModel


class ResourcesPage(QWidget):
    status_message = Signal(str)

    def __init__(self, document: WorkshopDocument, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.setAcceptDrops(True)  # a town's list dropped here is imported
        self._document = document
        self._undo = undo_stack
        self.model = ResourceTableModel(document)
        self.proxy = ResourceFilter(document)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("Local resources"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        fill_kind_combo(self.kind_filter, document, with_groups=True)
        document.catalogue_changed.connect(self._refill_kinds)
        self.kind_filter.setMaxVisibleItems(24)
        self.area_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ResourceStatus:
            self.status_filter.addItem(status.label(i18n.current_language()), status.value)
        self._fill_areas()

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind_filter, 2)
        filters.addWidget(self.area_filter, 1)
        filters.addWidget(self.status_filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        # In 50音順 of the names, as a list of the town's resources is read.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths that leave the memo room on a 1366-pixel laptop; it takes what is left.
        for column, width in enumerate((260, 200, 110, 170, 90, 130)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.kind_filter, self.area_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.add_button.clicked.connect(self.add_resource)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.activated.connect(self.delete_selected)
        for signal in (document.resources_added, document.resources_removed):
            signal.connect(self._on_rows_changed)
        document.resource_changed.connect(self._on_rows_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)

        self._read_only = document.file.read_only
        self.add_button.setEnabled(not self._read_only)
        self._update_buttons()
        self._update_count()

    # -- filters ----------------------------------------------------------------
    def _fill_areas(self) -> None:
        current = self.area_filter.currentData()
        self.area_filter.blockSignals(True)
        self.area_filter.clear()
        self.area_filter.addItem(self.tr("All areas"), "")
        for area in self._document.area_names():
            self.area_filter.addItem(area, area)
        self.area_filter.setCurrentIndex(max(0, self.area_filter.findData(current or "")))
        self.area_filter.blockSignals(False)

    def _refill_kinds(self) -> None:
        """Kinds an import added (or its undo took back) in the filter; the choice stays."""
        chosen = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        fill_kind_combo(self.kind_filter, self._document, with_groups=True)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(chosen), 0))
        self.kind_filter.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            kind=self.kind_filter.currentData() or "",
            area=self.area_filter.currentData() or "",
            status=self.status_filter.currentData() or "",
            text=self.search.text(),
        )
        self._update_count()

    def _on_rows_changed(self, *_args: object) -> None:
        """A resource came, went or changed: the proxy has already held those rows against
        the filters; only a new or vanished area changes the area list."""
        areas = self._document.area_names()
        if areas != [self.area_filter.itemData(i) for i in range(1, self.area_filter.count())]:
            self._fill_areas()
            self._apply_filters()
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(
            self.tr("Showing %1 of %2")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _update_buttons(self, *_args: object) -> None:
        has = bool(self.selected_ids())
        self.edit_button.setEnabled(has and len(self.selected_ids()) == 1)
        self.delete_button.setEnabled(has and not self._read_only)

    # -- actions ------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(self.proxy.data(index, ID_ROLE)) for index in rows]

    def add_resource(self) -> None:
        dialog = ResourceDialog(self._document, parent=self)
        if self.kind_filter.currentData() and str(self.kind_filter.currentData()).startswith(
            "kind:"
        ):
            kind_id = str(self.kind_filter.currentData())[5:]
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind_id))
        if dialog.exec():
            self.push_add(dialog.values(), dialog.photo.choice)

    def push_add(self, values: dict[str, object], photo: PhotoChoice | None = None) -> int | None:
        try:
            command = AddResource(self._document, values)
        except ValidationError as error:
            self.status_message.emit(validation_error(error))
            return None
        self._undo.push(with_photo(self._document, command, None, photo))
        return command.resource_id

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        resource = self._document.resource(ids[0])
        dialog = ResourceDialog(self._document, resource.column_values(), parent=self)
        if self._read_only:
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).setEnabled(False)
        if dialog.exec():
            self.push_edit(ids[0], dialog.values(), dialog.photo.choice)

    def push_edit(
        self, resource_id: int, values: dict[str, object], photo: PhotoChoice | None = None
    ) -> bool:
        try:
            command = EditResource(self._document, resource_id, values)
        except ValidationError as error:
            self.status_message.emit(validation_error(error))
            return False
        if not command.is_noop() or photo is not None:
            self._undo.push(with_photo(self._document, command, resource_id, photo))
        return True

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self._read_only:
            return
        used = self._document.sheets.titles_using(ids)
        if used:
            answer = QMessageBox.question(
                self,
                self.tr("Delete resources"),
                self.tr(
                    "These resources have cards on the worksheets %1. Deleting them removes "
                    "those cards and their links too (Ctrl+Z brings them back). Delete?"
                ).replace("%1", "、".join(f"「{title}」" for title in used)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._undo.push(DeleteResources(self._document, ids))
        self.status_message.emit(
            self.tr("Deleted %1 resource(s). Undo with Ctrl+Z.").replace("%1", str(len(ids)))
        )

    # -- a town's list dropped from the file manager: 取り込み -----------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if dropped_tables(event) and not self._document.read_only_reason:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        tables = dropped_tables(event)
        if tables:
            event.acceptProposedAction()
            import_table(self, self._document, self._undo, tables[0])
