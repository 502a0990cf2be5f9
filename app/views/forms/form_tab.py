"""One form typed in from paper with the keyboard: a box per question (Tab between them),
on a form per person whose sheet it is and the handbook's viewpoints; Ctrl+Enter saves the
sheet as one undo step and, per person, goes on to the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.commands.forms import SaveFormSheet
from app.document import WorkshopDocument
from app.messages import validation_error
from app.models import ParticipantSide
from app.models.rules import ValidationError
from app.timeline.forms import Form, viewpoint_counts


class FormTab(QWidget):
    """One form: a box per question (and, on 帳票5, whose sheet and its viewpoints)."""

    def __init__(self, document: WorkshopDocument, stack: QUndoStack, form: Form) -> None:
        super().__init__()
        self.document, self.stack, self.form = document, stack, form
        read_only = document.file.read_only
        self.person = QComboBox()
        self.person.setToolTip(self.tr("Whose sheet you are typing in"))
        self.person.currentIndexChanged.connect(lambda _i: self.show_sheet())
        self.editors: dict[str, QPlainTextEdit] = {}
        fields = QFormLayout()
        for question in form.questions:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(60)
            fields.addRow(QLabel(question, wordWrap=True), editor)
            self.editors[question] = editor
        self.viewpoints: dict[str, QCheckBox] = {}
        tags = QHBoxLayout()
        for viewpoint in form.viewpoints:
            box = QCheckBox(viewpoint.name)
            box.setToolTip(viewpoint.group)
            self.viewpoints[viewpoint.id] = box
            tags.addWidget(box)
        tags.addStretch(1)
        label = (
            self.tr("Save and next (Ctrl+Enter)")
            if form.per_person
            else self.tr("Save (Ctrl+Enter)")
        )
        self.save_button = QPushButton(label)
        self.save_button.clicked.connect(self.save)
        self.said = QLabel()
        self.listed = QTreeWidget()
        self.listed.setHeaderLabels([self.tr("Who"), self.tr("Answer"), self.tr("Viewpoints")])
        self.listed.setWordWrap(True)
        self.listed.setRootIsDecorated(False)
        header = self.listed.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.counts = QLabel()
        self.counts.setWordWrap(True)

        entry = QWidget()
        column = QVBoxLayout(entry)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(form.when, wordWrap=True))
        if form.per_person:
            column.addWidget(self.person)
        column.addLayout(fields, 1)
        if form.viewpoints:
            column.addWidget(QLabel(self.tr("The handbook's viewpoints this answer speaks of")))
            column.addLayout(tags)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.said, 1)
        column.addLayout(row)
        layout = QVBoxLayout(self)
        if form.per_person:
            side = QWidget()
            side_layout = QVBoxLayout(side)
            side_layout.setContentsMargins(0, 0, 0, 0)
            side_layout.addWidget(self.counts)
            side_layout.addWidget(self.listed, 1)
            split = QSplitter(Qt.Orientation.Horizontal)
            split.addWidget(entry)
            split.addWidget(side)
            split.setStretchFactor(1, 1)
            layout.addWidget(split)
        else:
            layout.addWidget(entry)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), entry, self.save)
        for control in (self.save_button, *self.editors.values(), *self.viewpoints.values()):
            control.setEnabled(not read_only)

    def refresh(self) -> None:
        if self.form.per_person:
            chosen = self.person.currentData()
            self.person.blockSignals(True)
            self.person.clear()
            order = {ParticipantSide.MUNICIPALITY: 0}
            people = sorted(self.document.roster.all(), key=lambda p: order.get(p.side, 1))
            for person in people:
                self.person.addItem(f"{person.name}（{person.side.label()}）", person.id)
            self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
            self.person.blockSignals(False)
            self._list()
        self.show_sheet()

    def writer(self) -> int | None:
        return self.person.currentData() if self.form.per_person else None

    def show_sheet(self) -> None:
        """The chosen writer's sheet as saved (empty boxes for one not typed in yet)."""
        mine = [
            a
            for a in self.document.forms.answers(self.form.id)
            if a.participant_id == self.writer()
        ]
        given = {a.question: a for a in mine}
        for question, editor in self.editors.items():
            editor.setPlainText(given[question].answer if question in given else "")
        tagged = set(mine[0].viewpoints) if mine else set()
        for key, box in self.viewpoints.items():
            box.setChecked(key in tagged)

    def save(self) -> None:
        answers = {q: e.toPlainText() for q, e in self.editors.items()}
        tags = [k for k, box in self.viewpoints.items() if box.isChecked()]
        try:
            command: QUndoCommand = SaveFormSheet(
                self.document, self.form.id, self.writer(), answers, tags
            )
        except ValidationError as error:
            self.said.setText(validation_error(error))
            return
        self.stack.push(command)
        self.said.setText(self.tr("Saved."))
        if self.form.per_person and self.person.currentIndex() < self.person.count() - 1:
            self.person.setCurrentIndex(self.person.currentIndex() + 1)  # the next sheet
            first = next(iter(self.editors.values()))
            first.setFocus()

    def _list(self) -> None:
        people = {p.id: p for p in self.document.roster.all()}
        answers = self.document.forms.answers(self.form.id)
        self.listed.clear()
        for answer in answers:
            person = people.get(answer.participant_id or 0)
            names = [v.name for v in self.form.viewpoints if v.id in answer.viewpoints]
            who = person.name if person else self.tr("No name")
            item = QTreeWidgetItem([who, answer.answer, "・".join(names)])
            item.setToolTip(1, answer.answer)
            self.listed.addTopLevelItem(item)
        counts = viewpoint_counts(self.form, [a.viewpoints for a in answers])
        self.counts.setText("　".join(f"{v.name} {n}" for v, n in counts) if counts else "")
