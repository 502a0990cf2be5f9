"""The dialog for adding or editing one local resource."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.document import WorkshopDocument
from app.models import Resource, ResourceStatus
from app.models.furigana import suggest
from app.models.text_limits import limit
from app.views.kind_combo import fill_kind_combo
from app.views.photos.resource_photo import ResourcePhotoRow
from app.views.resource_labels import field_label
from app.views.text_fields import limit_hint, limited


class ResourceDialog(QDialog):
    def __init__(
        self,
        document: WorkshopDocument,
        values: dict[str, object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit resource") if values else self.tr("Add resource"))
        self.setMinimumWidth(480)
        values = values or {}
        lang = i18n.current_language()

        self.name = limited(QLineEdit(str(values.get("name", ""))), limit(Resource, "name"))
        self.name.setPlaceholderText(self.tr("e.g. East district hundred-year exercise"))
        self.furigana = limited(
            QLineEdit(str(values.get("furigana", ""))), limit(Resource, "furigana")
        )
        self.furigana.setPlaceholderText(self.tr("Filled in from the name; correct it if needed"))
        # The reading follows the name until the user types their own.
        reading = self.furigana.text()
        self._following = not reading or reading == suggest(self.name.text())
        self.furigana.textEdited.connect(self._reading_typed)
        self.name.textChanged.connect(self._follow_name)
        self.kind = QComboBox()
        self.kind.setMaxVisibleItems(20)
        fill_kind_combo(self.kind, document, with_groups=False)
        self.kind.setCurrentIndex(max(self.kind.findData(values.get("kind_id", "kayoi")), 0))
        self.status = QComboBox()
        for status in ResourceStatus:
            self.status.addItem(status.label(lang), status.value)
        current = values.get("status", ResourceStatus.ACTIVE)
        self.status.setCurrentIndex(self.status.findData(ResourceStatus(str(current)).value))
        self.operator = limited(
            QLineEdit(str(values.get("operator", ""))), limit(Resource, "operator")
        )
        self.area = QComboBox()
        self.area.setEditable(True)
        self.area.addItems([""] + document.area_names())
        area_line = self.area.lineEdit()
        if area_line is not None:
            limited(area_line, limit(Resource, "area"))
        self.area.setCurrentText(str(values.get("area", "")))
        self.target = limited(QLineEdit(str(values.get("target", ""))), limit(Resource, "target"))
        self.memo = QPlainTextEdit(str(values.get("memo", "")))
        self.memo.setMinimumHeight(80)

        self.photo = ResourcePhotoRow(document, values.get("id"), self)
        self.photo.busy.connect(lambda _busy: self._check())

        form = QFormLayout()
        for key, editor in (
            ("name", self.name),
            ("furigana", self.furigana),
            ("kind", self.kind),
            ("status", self.status),
            ("operator", self.operator),
            ("area", self.area),
            ("target", self.target),
            ("memo", self.memo),
        ):
            form.addRow(field_label(key), editor)
        form.addRow(self.tr("Photo"), self.photo)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.memo.textChanged.connect(self._check)
        self.memo.setToolTip(limit_hint(limit(Resource, "memo")))
        self.memo.setTabChangesFocus(True)
        self._check()

    def _reading_typed(self, text: str) -> None:
        self._following = not text  # emptied: it follows the name again

    def _follow_name(self, name: str) -> None:
        if self._following:
            self.furigana.setText(suggest(name))

    def _check(self) -> None:
        empty = not self.name.text().strip()
        memo_chars = limit(Resource, "memo")
        long_memo = len(self.memo.toPlainText()) > memo_chars
        if empty:
            self.error.setText(self.tr("Please enter a name."))
        elif long_memo:
            self.error.setText(
                self.tr("The memo can hold at most %1 characters (now %2).")
                .replace("%1", f"{memo_chars:,}")
                .replace("%2", f"{len(self.memo.toPlainText()):,}")
            )
        else:
            self.error.setText("")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not empty and not long_memo and not self.photo.preparing)

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "furigana": self.furigana.text() if not self._following else suggest(self.name.text()),
            "kind_id": self.kind.currentData(),
            "status": self.status.currentData(),
            "operator": self.operator.text(),
            "area": self.area.currentText(),
            "target": self.target.text(),
            "memo": self.memo.toPlainText(),
        }
