"""The voting side panel: rounds of a board, who is voting and their dots left, sticker
counts keyed in per table, close and reveal, and the ranked results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from app.boards.voting import (
    dots_left,
    paper_doubts,
    paper_entries,
    ranking,
    run_off_places,
    tied_at_the_edge,
)
from app.commands.voting import (
    CastDot,
    SetTableCount,
    StartRound,
    WithdrawDot,
    close_round,
    reveal_round,
)
from app.document import WorkshopDocument
from app.messages import validation_error
from app.models import VoteRound
from app.models.rules import ValidationError
from app.models.values import RoundValues
from app.views.board.note_item import Dots
from app.views.board.results_list import fill_results
from app.views.board.round_dialog import RoundDialog

_ROUND = Qt.ItemDataRole.UserRole + 1
#: How long notes must stop changing before the results are read again.
NOTES_SETTLE_MS = 120


class VotingPanel(QWidget):
    status_message = Signal(str)
    dots_changed = Signal(object)  # {note id: Dots}
    vote_mode_changed = Signal(bool)

    def __init__(
        self,
        document: WorkshopDocument,
        push: Callable[[QUndoCommand], bool],
        selected_notes: Callable[[], list[int]],
    ) -> None:
        super().__init__()
        self.document = document
        self._push, self._selected = push, selected_notes
        self.board_id: int | None = None
        self.dots: dict[int, Dots] = {}

        self.round_combo = QComboBox()
        self.new_round_button = QPushButton(self.tr("New voting round…"))
        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.voter_combo = QComboBox()
        self.left_label = QLabel()
        self.left_label.setStyleSheet("font-size: 20pt; font-weight: bold; color: #b3261e;")
        self.vote_button = QPushButton(self.tr("Vote by clicking notes"))
        self.vote_button.setCheckable(True)
        self.vote_button.setToolTip(
            self.tr("Click a note for one dot; right-click to take it back")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")

        self.table_combo = QComboBox()
        self.table_combo.setEditable(True)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 999)
        self.count_button = QPushButton(self.tr("Enter for the selected note"))

        self.close_button = QPushButton(self.tr("Close voting"))
        self.reveal_button = QPushButton(self.tr("Reveal results"))
        self.run_off_button = QPushButton(self.tr("Run-off"))
        self.run_off_button.setToolTip(
            self.tr(
                "A new round between the notes tied at the edge of the best, or the selected notes"
            )
        )
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Rank"), self.tr("Note"), self.tr("Dots")])
        self.results.setRootIsDecorated(False)
        header = self.results.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

        self._build()
        self.round_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_round_button.clicked.connect(self.ask_round)
        self.voter_combo.currentIndexChanged.connect(lambda _i: self._show_left())
        self.vote_button.toggled.connect(self.vote_mode_changed)
        self.count_button.clicked.connect(self.enter_table_count)
        self.close_button.clicked.connect(lambda: self._edit_round(close_round))
        self.reveal_button.clicked.connect(lambda: self._edit_round(reveal_round))
        self.run_off_button.clicked.connect(self.start_run_off)
        d = document
        d.rounds_changed.connect(self._on_board_signal)
        d.votes_changed.connect(lambda _r: self.refresh())
        for signal in (d.participants_added, d.participants_changed, d.participants_removed):
            signal.connect(lambda _ids: self._fill_people())
        # Notes come and go in bursts (a pasted list, the room's phones): the ranking is
        # read again once the burst is over, not once per note.
        self._notes_later = QTimer(self, singleShot=True, interval=NOTES_SETTLE_MS)
        self._notes_later.timeout.connect(self.refresh)
        for signal in (d.notes_changed, d.notes_removed, d.notes_added):
            signal.connect(self._on_notes_signal)
        self._fill_people()
        self.refresh()

    def _build(self) -> None:
        rounds = QGroupBox(self.tr("Dot voting"))
        top_box = QVBoxLayout(rounds)
        top_box.addWidget(self.round_combo)
        top_box.addWidget(self.new_round_button)
        top_box.addWidget(self.rules_label)
        people = QGroupBox(self.tr("On this laptop"))
        form = QFormLayout(people)
        form.addRow(self.tr("Who is voting"), self.voter_combo)
        form.addRow(self.tr("Dots left"), self.left_label)
        form.addRow(self.vote_button)
        paper = QGroupBox(self.tr("Paper stickers"))
        paper_form = QFormLayout(paper)
        paper_form.addRow(self.tr("Table"), self.table_combo)
        paper_form.addRow(self.tr("Dots"), self.count_spin)
        paper_form.addRow(self.count_button)
        self.paper_entries = QLabel()  # tables entered so far: counts of notes, no totals
        self.paper_entries.setWordWrap(True)
        paper_form.addRow(self.paper_entries)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.run_off_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (rounds, people, paper):
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Results")))
        layout.addWidget(self.results, 1)

    # -- state --------------------------------------------------------------------------
    def set_board(self, board_id: int | None) -> None:
        self.board_id = board_id
        self._fill_rounds()

    def current_round(self) -> VoteRound | None:
        round_id = self.round_combo.currentData(_ROUND)
        return self.document.boards.round(int(round_id)) if round_id is not None else None

    def current_voter(self) -> int | None:
        data = self.voter_combo.currentData()
        return int(data) if data is not None else None

    def _on_notes_signal(self, board_id: int, _ids: list[int]) -> None:
        if board_id == self.board_id:
            self._notes_later.start()

    def _on_board_signal(self, board_id: int) -> None:
        if board_id == self.board_id:
            self._fill_rounds()

    def _fill_rounds(self, select: int | None = None) -> None:
        current = select if select is not None else self.round_combo.currentData(_ROUND)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        rounds = self.document.boards.rounds(self.board_id) if self.board_id is not None else []
        for round_ in reversed(rounds):  # newest first
            self.round_combo.addItem(round_.title)
            self.round_combo.setItemData(self.round_combo.count() - 1, round_.id, _ROUND)
        index = self.round_combo.findData(current, _ROUND) if current is not None else -1
        self.round_combo.setCurrentIndex(max(index, 0) if rounds else -1)
        self.round_combo.blockSignals(False)
        self.refresh()

    def _fill_people(self) -> None:
        voter = self.current_voter()
        people = self.document.roster.all()
        self.voter_combo.blockSignals(True)
        self.voter_combo.clear()
        for person in people:
            table = f"（{person.table_name}）" if person.table_name else ""
            self.voter_combo.addItem(person.name + table, person.id)
        index = self.voter_combo.findData(voter)
        self.voter_combo.setCurrentIndex(max(index, 0) if people else -1)
        self.voter_combo.blockSignals(False)
        tables = sorted({p.table_name for p in people if p.table_name})
        typed = self.table_combo.currentText()
        self.table_combo.clear()
        self.table_combo.addItems(tables or [self.tr("Table 1")])
        if typed:
            self.table_combo.setCurrentText(typed)
        self._show_left()

    def refresh(self) -> None:
        round_ = self.current_round()
        is_open = round_ is not None and not round_.closed
        for widget in (self.vote_button, self.count_button, self.close_button):
            widget.setEnabled(is_open)
        self.reveal_button.setEnabled(round_ is not None and not round_.revealed)
        self.run_off_button.setEnabled(round_ is not None)
        self.new_round_button.setEnabled(self.board_id is not None)
        if not is_open and self.vote_button.isChecked():
            self.vote_button.setChecked(False)
        self.rules_label.setText(self._rules(round_) if round_ else self.tr("No voting yet."))
        self._show_left()
        self._show_results(round_)
        self._show_paper_entries()

    def _rules(self, round_: VoteRound) -> str:
        text = self.tr("%1 dots per person, at most %2 on one note.")
        text = text.replace("%1", str(round_.dots_per_participant))
        text = text.replace("%2", str(round_.max_per_note))
        if round_.revealed:
            state = self.tr("Results revealed.")
        elif round_.closed:
            state = self.tr("Closed.")
        else:
            state = self.tr("Open for voting.")
        if round_.hidden and not round_.revealed:
            state += " " + self.tr("Results hidden until revealed.")
        state += " " + self.tr("The best %1 are highlighted.").replace("%1", str(round_.top_n))
        if round_.eligible_notes:
            state += " " + self.tr("Only %1 notes take part.").replace(
                "%1", str(len(round_.eligible_notes))
            )
        return f"{text}\n{state}"

    def _show_left(self) -> None:
        round_, voter = self.current_round(), self.current_voter()
        if round_ is None or voter is None:
            self.left_label.setText("–")
            return
        left = dots_left(round_, self.document.boards.votes(round_.id), voter)
        self.left_label.setText(f"{left} / {round_.dots_per_participant}")

    def _show_results(self, round_: VoteRound | None) -> None:
        dots = fill_results(self.results, self.document, round_)
        self.dots = dots  # what the board (and the wall, once it opens) shows
        self.dots_changed.emit(dots)

    # -- gestures -----------------------------------------------------------------------
    def ask_round(self) -> None:
        if self.board_id is None:
            return
        number = len(self.document.boards.rounds(self.board_id)) + 1
        title = self.tr("Vote %1").replace("%1", str(number))
        dialog = RoundDialog(
            title,
            self.document.boards.columns(self.board_id),
            self.document.boards.groups(self.board_id),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_round(dialog.values())

    def start_run_off(self) -> int | None:
        """A round between the notes tied at the edge of the best (once the results can be
        seen), or between the notes selected on the board: one dot each."""
        round_ = self.current_round()
        if round_ is None:
            return None
        self.message.clear()
        chosen = list(self._selected())
        places = 1
        if len(chosen) < 2 and (round_.revealed or not round_.hidden):
            ranked = ranking(self.document.boards.votes(round_.id))
            chosen = tied_at_the_edge(ranked, round_.top_n)
            places = run_off_places(ranked, round_.top_n)
        if len(chosen) < 2:
            self.message.setText(
                self.tr(
                    "No notes are tied at the edge of the best: select the notes for a run-off."
                )
            )
            return None
        values: RoundValues = {
            "title": self.tr("Run-off: %1").replace("%1", round_.title),
            "dots_per_participant": 1,
            "max_per_note": 1,
            "top_n": places,
            "hidden": round_.hidden,
            "eligible_notes": chosen,
        }
        return self.start_round(values)

    def start_round(self, values: RoundValues) -> int | None:
        assert self.board_id is not None
        board_id = self.board_id
        command = self._run(lambda: StartRound(self.document, board_id, values))
        if command is None:
            return None
        self._fill_rounds(select=command.round_id)  # type: ignore[attr-defined]
        return command.round_id  # type: ignore[attr-defined]

    def vote(self, note_id: int, withdraw: bool) -> None:
        """A click on a note in voting mode: a dot for the chosen person, or one back."""
        round_, voter = self.current_round(), self.current_voter()
        if round_ is None:
            self._refuse(ValidationError("no_round", "round"))
        elif voter is None:
            self._refuse(ValidationError("no_participant", "participant"))
        else:
            build = WithdrawDot if withdraw else CastDot
            self._run(lambda: build(self.document, round_.id, note_id, voter))

    def enter_table_count(self) -> None:
        round_ = self.current_round()
        notes = self._selected()
        if round_ is None or len(notes) != 1:
            self._refuse(ValidationError("nothing_selected", "notes"))
            return
        table, count = self.table_combo.currentText(), self.count_spin.value()
        table_people = [p.id for p in self.document.roster.all() if p.table_name == table.strip()]
        doubts = paper_doubts(
            round_, self.document.boards.votes(round_.id), table_people, table, notes[0], count
        )
        if doubts and not self._confirmed(doubts):
            return
        self._run(lambda: SetTableCount(self.document, round_.id, notes[0], table, count))

    def _confirmed(self, doubts: list[ValidationError]) -> bool:
        """A count that may be wrong is entered only when the facilitator says so."""
        answer = QMessageBox.question(
            self,
            self.tr("Check the count"),
            "\n".join(validation_error(d) for d in doubts) + "\n\n" + self.tr("Enter it anyway?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_paper_entries(self) -> None:
        """Which tables have keyed in their stickers, without showing any result."""
        round_ = self.current_round()
        tables = [self.table_combo.itemText(i) for i in range(self.table_combo.count())]
        if round_ is None or not tables:
            self.paper_entries.clear()
            return
        entered = paper_entries(self.document.boards.votes(round_.id), tables)
        not_yet = self.tr("not yet")
        self.paper_entries.setText(
            "\n".join(
                f"{table}  ✓ {count}" if count else f"{table}  {not_yet}"
                for table, count in entered.items()
            )
        )

    def _edit_round(self, build) -> None:
        round_ = self.current_round()
        if round_ is not None:
            self._run(lambda: build(self.document, round_.id))

    def _run(self, build: Callable[[], QUndoCommand]) -> QUndoCommand | None:
        """Build and push a command, or show in the panel why it was refused."""
        try:
            command = build()
        except ValidationError as error:
            self._refuse(error)
            return None
        self.message.clear()
        return command if self._push(command) else None

    def _refuse(self, error: ValidationError) -> None:
        text = validation_error(error)
        self.message.setText(text)
        self.status_message.emit(text)
