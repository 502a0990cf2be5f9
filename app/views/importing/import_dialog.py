"""The 取り込み dialog: which sheet, which column is which field (guessed from the headers,
changeable, remembered for the next file of the same layout), what to do with rows like an
existing resource and with unknown kinds, and a preview of every row's outcome. Nothing is
written until 取り込む; then the import is one change and one undo step."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.commands.importing import ImportParticipants, ImportResources
from app.document import WorkshopDocument
from app.importing.columns import FIELDS, PEOPLE_FIELDS, layout_key
from app.importing.people import prepare_people
from app.importing.plan import ERROR, NEW, NEW_KIND, SAME, UPDATE, counts
from app.importing.prepare import Prepared, prepare
from app.importing.reading import Sheet
from app.messages import IMPORT_CODES, import_refusal
from app.models import ParticipantSide
from app.views.importing.kind_delegate import KindDelegate
from app.views.importing.preview_model import PreviewModel, kind_text, value_text

_SETTINGS = "import/mappings"


class ImportDialog(QDialog):
    def __init__(
        self,
        document: WorkshopDocument,
        path: Path,
        sheets: list[Sheet],
        parent: QWidget | None,
        roster: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(980, 640)
        self.document, self.path, self.sheets = document, path, sheets
        #: A roster (参加者名簿) rather than a list of resources.
        self.roster = roster
        lang = i18n.current_language()
        kinds = {k.id: k.display_name(lang) for k in document.kinds()}
        reasons = {code: import_refusal(code, "%1") for code in IMPORT_CODES}
        reasons["unknown_kind"] = self.tr("unknown kind %1: choose a kind for such rows above")
        reasons["unknown_side"] = self.tr("unknown side %1 (市町村, 支援者 or 地域)")
        if roster:
            fields = PEOPLE_FIELDS
            self.field_names = {
                "name": self.tr("Name"),
                "furigana": self.tr("Furigana"),
                "organisation": self.tr("Organisation"),
                "role": self.tr("Role"),
                "side": self.tr("Side"),
                "table_name": self.tr("Table"),
            }
            sides = {s.value: s.label(lang) for s in ParticipantSide}
            shown = [
                (self.field_names["organisation"], value_text("organisation")),
                (self.field_names["side"], value_text("side", sides)),
            ]
        else:
            fields = FIELDS
            self.field_names = {
                "name": self.tr("Name"),
                "furigana": self.tr("Furigana"),
                "kind": self.tr("Kind"),
                "area": self.tr("Area"),
                "operator": self.tr("Operator"),
                "target": self.tr("For whom"),
                "status": self.tr("State"),
                "memo": self.tr("Memo"),
            }
            shown = [
                (self.field_names["kind"], kind_text(kinds)),
                (self.field_names["area"], value_text("area")),
            ]
        self.model = PreviewModel(shown, reasons, kinds=not roster)
        #: Kinds chosen row by row in the preview (row number → kind id).
        self.row_kinds: dict[int, str] = {}
        self.model.kind_chosen.connect(self._kind_chosen)
        self.sheet_box = QComboBox()
        for sheet in sheets:
            self.sheet_box.addItem(sheet.name)
        self.columns: dict[str, QComboBox] = {field: QComboBox() for field in fields}
        self.update_same = QCheckBox(self.tr("Update resources already in the file (else skip)"))
        self.default_kind = QComboBox()
        self.default_kind.addItem(self.tr("Do not import them"), None)
        self.default_kind.addItem(self.tr("Add each as a new kind"), NEW_KIND)
        for kind_id, name in kinds.items():
            self.default_kind.addItem(name, kind_id)
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        if not roster:
            self.table.setItemDelegateForColumn(
                PreviewModel.KIND_COLUMN, KindDelegate(kinds, self.table)
            )
            self.table.setToolTip(self.tr("Double-click a kind to choose another for that row"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        mapping = QFormLayout()
        if len(sheets) > 1:
            mapping.addRow(self.tr("Sheet"), self.sheet_box)
        for field, box in self.columns.items():
            mapping.addRow(self.field_names[field], box)
        for option in (self.update_same, self.default_kind):
            option.setVisible(not roster)
        options = QVBoxLayout()
        options.addWidget(self.update_same)
        kind_label = QLabel(self.tr("Rows whose kind is empty or unknown:"))
        kind_label.setVisible(not roster)
        options.addWidget(kind_label)
        options.addWidget(self.default_kind)
        options.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(mapping, 1)
        top.addLayout(options, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.prepared: Prepared | None = None
        self._filling = False
        self._plan(guess=True)
        self.sheet_box.currentIndexChanged.connect(lambda _i: self._other_sheet())
        for box in self.columns.values():
            box.currentIndexChanged.connect(lambda _i: self._plan())
        self.update_same.toggled.connect(lambda _on: self._plan())
        self.default_kind.currentIndexChanged.connect(lambda _i: self._plan())

    # -- planning -------------------------------------------------------------------------
    def _mapping(self) -> dict[str, int]:
        return {
            f: int(b.currentData()) for f, b in self.columns.items() if b.currentData() is not None
        }

    def _remembered(self, headers: list[str]) -> dict[str, int] | None:
        raw = QSettings().value(f"{_SETTINGS}/{layout_key(headers)}")
        try:
            found = json.loads(str(raw)) if raw else None
        except ValueError:
            return None
        if not isinstance(found, dict):
            return None
        return {str(k): int(v) for k, v in found.items() if isinstance(v, int) and v < len(headers)}

    def _fill_columns(self, headers: list[str], mapping: dict[str, int]) -> None:
        self._filling = True
        for field, box in self.columns.items():
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for index, header in enumerate(headers):
                box.addItem(header or self.tr("column %1").replace("%1", str(index + 1)), index)
            box.setCurrentIndex(box.findData(mapping[field]) if field in mapping else 0)
        self._filling = False

    def _plan(self, guess: bool = False) -> None:
        if self._filling:
            return
        sheet = self.sheets[max(0, self.sheet_box.currentIndex())]
        try:
            if self.roster:
                prepared = prepare_people(
                    self.path,
                    self.document.roster.all(),
                    sheet_name=sheet.name if len(self.sheets) > 1 else None,
                    mapping=None if guess else self._mapping(),
                    sheets=self.sheets,
                )
            else:
                prepared = prepare(
                    self.path,
                    self.document.kinds(),
                    self.document.resources(),
                    sheet_name=sheet.name if len(self.sheets) > 1 else None,
                    mapping=None if guess else self._mapping(),
                    update_same=self.update_same.isChecked(),
                    default_kind=self.default_kind.currentData(),
                    sheets=self.sheets,
                    row_kinds=self.row_kinds,
                )
        except ValueError:  # no name column chosen (yet)
            self.prepared = None
            self.model.set_plans([])
            self.summary.setText(self.tr("Choose the column that holds the names."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            if guess:
                self._fill_columns(sheet.rows[0] if sheet.rows else [], {})
            return
        if guess:
            mapping = self._remembered(prepared.headers) or prepared.mapping
            self._fill_columns(prepared.headers, mapping)
            if mapping != prepared.mapping:
                self._plan()
                return
        self.prepared = prepared
        self.model.set_plans(prepared.plans)
        found = counts(prepared.plans)
        text = self.tr("%1 new, %2 updated, %3 skipped, %4 not imported (of %5 rows).")
        for mark, key in (("%1", NEW), ("%2", UPDATE), ("%3", SAME), ("%4", ERROR)):
            text = text.replace(mark, str(found[key]))
        self.summary.setText(text.replace("%5", str(len(prepared.plans))))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(found[NEW] or found[UPDATE])
        )

    def _other_sheet(self) -> None:
        self.row_kinds.clear()  # row numbers of another sheet
        self._plan(guess=True)

    def _kind_chosen(self, number: int, kind_id: str) -> None:
        self.row_kinds[number] = kind_id
        self._plan()

    # -- the result -----------------------------------------------------------------------
    def command(self) -> ImportResources | ImportParticipants | None:
        """The import the user confirmed (remembering their columns for this layout)."""
        if self.prepared is None:
            return None
        QSettings().setValue(
            f"{_SETTINGS}/{layout_key(self.prepared.headers)}", json.dumps(self.prepared.mapping)
        )
        if self.roster:
            return ImportParticipants(self.document, self.prepared.plans)
        return ImportResources(self.document, self.prepared.plans)
