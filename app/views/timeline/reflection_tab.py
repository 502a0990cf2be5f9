"""振り返り: the session's reflection sheets (帳票2). Staff type the paper sheets in one after
another with the keyboard only (choose the person, type, Ctrl+Enter, the next person comes
up); phones fill them in too (スマホで記入してもらう). Both land in the same place and are
listed here by question, with who wrote each answer, their side and NEW."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.commands.reflection import SaveReflection
from app.commands.timeline import EditSession
from app.models import Reflection
from app.timeline.attendance import newcomers
from app.timeline.reflection import questions
from app.views.timeline.session_tab import SessionTab


class ReflectionTab(SessionTab):
    #: The facilitator asked phones to fill in this session's sheet.
    phones_wanted = Signal(int)

    def __init__(self, document, push, show_error) -> None:
        super().__init__(document, push, show_error)
        self.phones_button = QPushButton(self.tr("Fill in on phones"))
        self.phones_button.setToolTip(
            self.tr("Phones in the room show this sheet (みんなで参加 must be receiving)")
        )
        self.phones_button.clicked.connect(self._phones)
        self.print_button = QPushButton(self.tr("Print blank sheets…"))
        self.print_button.setToolTip(
            self.tr(
                "A4 sheets with the session and each expected person's name, to fill in by hand"
            )
        )
        self.print_button.clicked.connect(self.print_blank)
        self.person = QComboBox()
        self.person.setToolTip(self.tr("Whose paper sheet you are typing in"))
        self.fields = QFormLayout()
        self.save_button = QPushButton(self.tr("Save and next (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.new_question = QLineEdit()
        self.new_question.setPlaceholderText(self.tr("A question of your own, then Enter"))
        self.new_question.setMaxLength(200)
        self.new_question.returnPressed.connect(self.add_question)
        self.answers = QTreeWidget()
        self.answers.setHeaderLabels([self.tr("Who"), self.tr("Answer")])
        self.answers.setWordWrap(True)
        header = self.answers.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel()

        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet of")))
        top.addWidget(self.person, 1)
        top.addWidget(self.phones_button)
        top.addWidget(self.print_button)
        entry_layout.addLayout(top)
        entry_layout.addLayout(self.fields)
        entry_layout.addWidget(self.save_button)
        entry_layout.addWidget(self.new_question)
        listed = QWidget()
        listed_layout = QVBoxLayout(listed)
        listed_layout.setContentsMargins(0, 0, 0, 0)
        listed_layout.addWidget(self.count)
        listed_layout.addWidget(self.answers, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(entry)
        split.addWidget(listed)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), entry, self.save)
        self._asked: list[str] = []
        self._editors: dict[str, QPlainTextEdit] = {}
        for control in (self.save_button, self.new_question, self.person):
            control.setEnabled(not self.read_only)

    def print_blank(self) -> None:
        """The export dialog with only this session's blank sheets chosen."""
        from app.views.export.export_dialog import ExportDialog  # noqa: PLC0415

        if self.session_id is None:
            return
        dialog = ExportDialog(self.document, parent=self)
        dialog.parts.only_blank_sheets_of(self.session_id)
        self.export_dialog = dialog  # for whoever drives it (a test)
        dialog.exec()

    # -- what the session asks -------------------------------------------------------------
    def _questions(self) -> list[str]:
        assert self.session_id is not None
        return questions(self.document.timeline.session(self.session_id).reflection_questions)

    def _build_fields(self, asked: list[str]) -> None:
        if asked == self._asked:
            return
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self._editors = {}
        for question in asked:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(72)
            label = QLabel(question, wordWrap=True)
            self.fields.addRow(label, editor)
            self._editors[question] = editor
        self._asked = asked

    def add_question(self) -> None:
        text = " ".join(self.new_question.text().split())
        if not text or self.session_id is None:
            return
        own = list(self.document.timeline.session(self.session_id).reflection_questions)
        if text in self._questions():
            return
        session_id = self.session_id
        if self.run(
            lambda: EditSession(self.document, session_id, {"reflection_questions": own + [text]})
        ):
            self.new_question.clear()

    # -- typing in a paper sheet -------------------------------------------------------------
    def save(self) -> None:
        if self.session_id is None or self.read_only:
            return
        answers = {q: e.toPlainText() for q, e in self._editors.items()}
        if not any(a.strip() for a in answers.values()):
            return
        session_id, person = self.session_id, self.person.currentData()
        if self.run(lambda: SaveReflection(self.document, session_id, person, answers)):
            for editor in self._editors.values():
                editor.clear()
            self.person.setCurrentIndex(
                (self.person.currentIndex() + 1) % max(1, self.person.count())
            )
            if self._asked:
                self._editors[self._asked[0]].setFocus()

    def _phones(self) -> None:
        if self.session_id is not None:
            self.phones_wanted.emit(self.session_id)

    # -- the sheets so far -------------------------------------------------------------------
    def refresh(self) -> None:
        if self.session_id is None:
            return
        asked = self._questions()
        self._build_fields(asked)
        lang = i18n.current_language()
        people = {p.id: p for p in self.document.roster.all()}
        chosen = self.person.currentData()
        self.person.clear()
        here = {p for s, p in self.document.timeline.attendance_pairs() if s == self.session_id}
        for person in sorted(people.values(), key=lambda p: p.id not in here):  # who came first
            self.person.addItem(person.name, person.id)
        self.person.addItem(self.tr("(no name)"), None)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(max(0, index))
        new = newcomers(
            self.document.timeline.sessions(), self.document.timeline.attendance_pairs()
        )
        new_here = new.get(self.session_id, set())
        rows = self.document.timeline.rows(Reflection, self.session_id)
        self.answers.clear()
        writers = {r.participant_id for r in rows}
        self.count.setText(self.tr("%1 sheets").replace("%1", str(len(writers))))
        by_question: dict[str, list[Reflection]] = {}
        for row in rows:
            by_question.setdefault(row.question, []).append(row)
        for question in asked + [q for q in by_question if q not in asked]:
            if question not in by_question:
                continue
            top = QTreeWidgetItem([question])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.answers.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for row in by_question[question]:
                found = people.get(row.participant_id) if row.participant_id else None
                who = self.tr("(no name)")
                if found is not None:
                    who = f"{found.name}（{found.side.label(lang)}）"
                    if found.id in new_here:
                        who += " NEW"
                if row.from_phone:
                    who += self.tr(" (phone)")
                answer = QTreeWidgetItem([who, row.answer])
                answer.setToolTip(1, row.answer)  # the whole answer where the column cuts it
                top.addChild(answer)
            top.setExpanded(True)
