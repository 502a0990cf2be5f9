"""概要: the engagement and municipality profile, edited field by field.

Each field commits when editing finishes (Enter or leaving the field), as one
undoable command; the memo is saved as it is typed (one undo step per burst). The page
refreshes itself from the document's signal.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.commands import EditProfile
from app.document import WorkshopDocument
from app.messages import validation_error
from app.models import Workshop
from app.models.dates import fiscal_year_label
from app.models.rules import (
    PREFECTURES,
    ValidationError,
    implausible,
    population_share,
    prefecture_for_code,
)
from app.models.text_limits import limit
from app.views.autosave_text import AutosaveText
from app.views.field_messages import FieldMessages, Said
from app.views.number_fields import CountBox, DecimalBox
from app.views.text_fields import limited

_NONE = -1  # spin-box value shown as "—" for a figure not entered yet
_NUMBER_WIDTH = 220
_PERCENT_TYPED = 999.99  # what a percentage box lets one type; the rule says 0–100


class ProfilePage(QWidget):
    def __init__(self, document: WorkshopDocument, undo_stack: QUndoStack) -> None:
        super().__init__()
        self._document = document
        self._undo = undo_stack
        self._loading = False
        self._editors: dict[str, QWidget] = {}
        self._messages = FieldMessages(fallback="name")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._title = QLabel(self.tr("Overview"))
        self._title.setObjectName("pageTitle")

        self._add_line(form, "name", self.tr("Workshop name"))
        self._add_line(form, "municipality_name", self.tr("Municipality"))
        self._add_line(form, "municipality_code", self.tr("Local government code"))
        code = self._editors["municipality_code"]
        assert isinstance(code, QLineEdit)
        code.setPlaceholderText(self.tr("6 digits, e.g. 092142"))
        prefecture = QComboBox()
        prefecture.addItem("—", "")
        for name in PREFECTURES:
            prefecture.addItem(name, name)
        prefecture.activated.connect(lambda _i: self._commit("prefecture"))
        self._register(form, "prefecture", self.tr("Prefecture"), prefecture)

        year_row = QHBoxLayout()
        year = self._spin(1999, 2100, "fiscal_year")
        year.setSpecialValueText("—")
        year.setGroupSeparatorShown(False)
        self._year_label = QLabel()
        year_row.addWidget(year)
        year_row.addWidget(self._year_label)
        year_row.addWidget(self._messages.line("fiscal_year"), 1)
        self._editors["fiscal_year"] = year
        form.addRow(self.tr("Fiscal year"), year_row)

        self._add_count(form, "population", self.tr("Population"))
        self._add_count(form, "households", self.tr("Households"))
        self._shares: dict[str, QLabel] = {}
        self._add_count(form, "aged_65_count", self.tr("Aged 65 and over"), share=True)
        self._add_count(form, "aged_75_count", self.tr("Aged 75 and over"), share=True)
        rate_row = QHBoxLayout()
        rate = self._percent("aging_rate")
        self._editors["aging_rate"] = rate
        self._compute_rate = QPushButton(self.tr("Calculate from population"))
        self._compute_rate.clicked.connect(self._fill_aging_rate)
        rate_row.addWidget(rate)
        rate_row.addWidget(self._compute_rate)
        rate_row.addWidget(self._messages.line("aging_rate"), 1)
        form.addRow(self.tr("Ageing rate"), rate_row)
        self._register(
            form,
            "certification_rate",
            self.tr("Care-need certification rate"),
            self._percent("certification_rate"),
        )
        area = DecimalBox()
        area.setRange(-1, 100000)
        area.setDecimals(2)
        area.setSpecialValueText("—")
        area.setSuffix(" km²")
        area.setMaximumWidth(_NUMBER_WIDTH)
        area.editingFinished.connect(lambda: self._commit("area_km2"))
        self._register(form, "area_km2", self.tr("Land area"), area)
        self._add_count(form, "area_count", self.tr("Daily-life areas"))
        centres = QHBoxLayout()
        for key, text in (
            ("centres_direct", self.tr("run by the municipality")),
            ("centres_outsourced", self.tr("outsourced")),
        ):
            spin = self._count_box(key)
            self._editors[key] = spin
            centres.addWidget(QLabel(text))
            centres.addWidget(spin)
        self._centres_total = QLabel()
        centres.addWidget(self._centres_total)
        centres.addWidget(self._messages.line("centres_direct", "centres_outsourced"), 1)
        form.addRow(self.tr("Community general support centres"), centres)
        premium = self._count_box("care_premium")
        premium.setSuffix(self.tr(" yen"))
        premium.setToolTip(
            self.tr("The standard monthly long-term care premium of the current plan period")
        )
        self._register(form, "care_premium", self.tr("Care insurance premium (monthly)"), premium)
        self._add_line(form, "cap_status", self.tr("Spending cap status"))
        memo = AutosaveText(
            lambda _text, burst: self._commit("memo", burst), limit(Workshop, "memo")
        )
        memo.setMinimumHeight(90)
        self._register(form, "memo", self.tr("Memo"), memo)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self._title)
        inner.addLayout(form)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        document.profile_changed.connect(self.refresh)
        self.refresh()
        if document.file.read_only:
            for editor in self._editors.values():
                editor.setEnabled(False)
            self._compute_rate.setEnabled(False)

    # -- building ---------------------------------------------------------------
    def _register(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        """A row of one editor, with its message line beside it (not for the memo)."""
        editor.setObjectName(key)
        self._editors[key] = editor
        if isinstance(editor, AutosaveText):
            form.addRow(label, editor)
            return
        row = QHBoxLayout()
        row.addWidget(editor, 2 if isinstance(editor, QLineEdit | QComboBox) else 0)
        row.addWidget(self._messages.line(key), 1)
        form.addRow(label, row)

    def _add_line(self, form: QFormLayout, key: str, label: str) -> None:
        editor = limited(QLineEdit(), limit(Workshop, key))
        editor.editingFinished.connect(lambda: self._commit(key))
        self._register(form, key, label, editor)

    def _spin(self, low: int, high: int, key: str) -> CountBox:
        spin = CountBox()
        spin.setObjectName(key)
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(True)
        spin.editingFinished.connect(lambda: self._commit(key))
        return spin

    def _count_box(self, key: str, share: bool = False) -> CountBox:
        spin = self._spin(_NONE, 99_999_999, key)
        spin.share_typed.connect(lambda typed, k=key, s=share: self._share_typed(k, typed, s))
        spin.setSpecialValueText("—")
        spin.setMaximumWidth(_NUMBER_WIDTH)
        return spin

    def _add_count(self, form: QFormLayout, key: str, label: str, share: bool = False) -> None:
        spin = self._count_box(key, share)
        if not share:
            self._register(form, key, label, spin)
            return
        self._editors[key] = spin
        row = QHBoxLayout()
        row.addWidget(spin)
        self._shares[key] = QLabel()
        row.addWidget(self._shares[key])
        row.addWidget(self._messages.line(key), 1)
        form.addRow(label, row)

    def _percent(self, key: str) -> QDoubleSpinBox:
        spin = DecimalBox()
        spin.setObjectName(key)
        spin.setRange(_NONE, _PERCENT_TYPED)  # over 100 is refused aloud, not cut to 2 digits
        spin.setDecimals(2)
        spin.setSpecialValueText("—")
        spin.setSuffix(" %")
        spin.setMaximumWidth(_NUMBER_WIDTH)
        spin.editingFinished.connect(lambda: self._commit(key))
        return spin

    # -- document → editors ---------------------------------------------------------
    def refresh(self) -> None:
        profile = self._document.workshop().profile()
        self._loading = True
        try:
            for key, editor in self._editors.items():
                self._show(editor, profile[key])
        finally:
            self._loading = False
        for key, label in self._shares.items():
            share = population_share(profile["population"], profile[key])  # type: ignore[arg-type]
            label.setText(
                self.tr("(%1% of the population)").replace("%1", f"{share:.2f}")
                if share is not None
                else ""
            )
        warnings: dict[str, str] = {}
        for warning in implausible(profile):
            said = warnings.get(warning.field)
            text = "⚠ " + validation_error(warning)
            warnings[warning.field] = f"{said}　{text}" if said else text
        self._messages.replace(Said.WARNING, warnings)
        direct, outsourced = profile["centres_direct"], profile["centres_outsourced"]
        self._centres_total.setText(
            self.tr("%1 in all").replace("%1", str((direct or 0) + (outsourced or 0)))  # type: ignore[operator]
            if direct is not None or outsourced is not None
            else ""
        )
        year = profile["fiscal_year"]
        self._year_label.setText(
            fiscal_year_label(int(year), i18n.current_language()) if year else ""  # type: ignore[call-overload]
        )

    @staticmethod
    def _show(editor: QWidget, value: object) -> None:
        editor.blockSignals(True)
        if isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        elif isinstance(editor, AutosaveText):
            editor.show_text(str(value or ""))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value or "")))
        elif isinstance(editor, QSpinBox):
            editor.setValue(editor.minimum() if value is None else int(value))  # type: ignore[call-overload]
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(editor.minimum() if value is None else float(value))  # type: ignore[arg-type]
        editor.blockSignals(False)

    # -- editors → command ----------------------------------------------------------
    def value_of(self, key: str) -> object:
        editor = self._editors[key]
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return None if editor.value() == editor.minimum() else editor.value()
        raise KeyError(key)

    def _commit(self, key: str, burst: int | None = None) -> None:
        if self._loading or self._document.file.read_only:
            return
        changes: dict[str, object] = {key: self.value_of(key)}
        notice = ""
        if key == "municipality_code":
            notice = self._follow_prefecture(changes)
        if self.apply(changes, burst) and notice:
            self._messages.say(Said.NOTICE, "prefecture", notice)

    def _follow_prefecture(self, changes: dict[str, object]) -> str:
        """The prefecture the code names goes with it; say so when that changes one set."""
        try:
            code = self._document.clean_profile({"municipality_code": changes["municipality_code"]})
        except ValidationError:
            return ""  # apply() reports the error
        if not code["municipality_code"]:
            return ""
        named = prefecture_for_code(str(code["municipality_code"]))
        before = self.value_of("prefecture")
        if named == before:
            return ""
        changes["prefecture"] = named
        if not before:
            return ""
        return (
            self.tr("Prefecture changed from %1 to %2 to match the municipality code.")
            .replace("%1", str(before))
            .replace("%2", named)
        )

    def apply(self, changes: dict[str, object], burst: int | None = None) -> bool:
        """Push one command for ``changes``; show the rule broken instead if any."""
        try:
            command = EditProfile(self._document, changes, burst)
        except ValidationError as error:
            self._messages.say(Said.ERROR, error.field, validation_error(error))
            self.refresh()
            return False
        if not command.is_noop():  # a field left unchanged keeps what the page said
            self._messages.clear(Said.ERROR, Said.NOTICE)
            self._undo.push(command)
        else:
            self.refresh()  # show the normalised form (e.g. a 5-digit code completed)
        return True

    def _share_typed(self, key: str, share: float, of_population: bool) -> None:
        """A percentage typed where a count is asked: turned into people when it is a share
        of the population (shown, and entered only if confirmed), refused otherwise."""
        population = self.value_of("population")
        if not of_population:
            self._messages.say(Said.ERROR, key, self.tr("Enter a number here, not a percentage."))
            return
        if not population or not 0 <= share <= 100:
            self._messages.say(
                Said.ERROR, key, self.tr("Enter a number of people here, not a percentage.")
            )
            return
        count = round(int(population) * share / 100)  # type: ignore[call-overload]
        answer = QMessageBox.question(
            self,
            self.tr("A share of the population"),
            self.tr("%1% of the population (%2) is %3 people. Enter %3?")
            .replace("%1", f"{share:g}")
            .replace("%2", f"{int(population):,}")  # type: ignore[call-overload]
            .replace("%3", f"{count:,}"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply({key: count})

    def message(self, key: str) -> str:
        """What the page says beside ``key``'s field."""
        return self._messages.text(key)

    def _fill_aging_rate(self) -> None:
        rate = population_share(self.value_of("population"), self.value_of("aged_65_count"))  # type: ignore[arg-type]
        if rate is None:
            self._messages.say(
                Said.ERROR,
                "aging_rate",
                self.tr("Enter the population and the number aged 65 and over first."),
            )
            return
        self.apply({"aging_rate": rate})
