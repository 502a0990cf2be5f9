"""誰が入力中: who is typing at the laptop now, shared by the worksheets and the boards.

Several staff take turns at one laptop; each new card or note carries the name chosen
here. F7 opens the list from anywhere on the canvas (type the first letters of a name),
Shift+F7 goes back to the person who typed before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

from app.document import WorkshopDocument
from app.models import ParticipantSide

# Staff of the municipality type most often, then the support team, then the others.
_SIDE_ORDER = {
    ParticipantSide.MUNICIPALITY: 0,
    ParticipantSide.SUPPORTER: 1,
    ParticipantSide.COMMUNITY: 2,
}


class CurrentAuthor(QObject):
    """The participant typing now (None: nobody named), and the one before."""

    changed = Signal(object)  # participant id or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.participant_id: int | None = None
        self.previous: int | None = None

    def set(self, participant_id: int | None) -> None:
        if participant_id == self.participant_id:
            return
        self.previous, self.participant_id = self.participant_id, participant_id
        self.changed.emit(participant_id)

    def swap_back(self) -> None:
        self.set(self.previous)


class AuthorBox(QComboBox):
    """The roster as a list to pick the current author from; every box shows the same one."""

    def __init__(self, document: WorkshopDocument, author: CurrentAuthor) -> None:
        super().__init__()
        self.document = document
        self.author = author
        self.setMinimumWidth(150)
        self.setToolTip(
            self.tr("Who is typing now: new cards and notes carry this name (F7, Shift+F7)")
        )
        self.refill()
        self.activated.connect(lambda _index: self.author.set(self._chosen()))
        author.changed.connect(self._show)
        for signal in (
            document.participants_added,
            document.participants_changed,
            document.participants_removed,
        ):
            signal.connect(lambda _ids: self.refill())

    def _chosen(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def refill(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Anonymous"), None)
        roster = self.document.roster.all()  # in 50音順
        people = sorted(roster, key=lambda p: _SIDE_ORDER.get(p.side, 9))
        for person in people:
            self.addItem(person.name, person.id)
        self.blockSignals(False)
        known = self.findData(self.author.participant_id)
        if known < 0 and self.author.participant_id is not None:
            self.author.set(None)  # the person was taken off the roster
        self._show(self.author.participant_id)

    def _show(self, participant_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(participant_id)))

    def switching_actions(self, parent: QWidget) -> list[QAction]:
        """F7 opens this box's list; Shift+F7 swaps back to the author before."""
        pick = QAction(self.tr("Choose who is typing"), parent)
        pick.setShortcut(QKeySequence("F7"))
        pick.triggered.connect(self._pick)
        back = QAction(self.tr("Back to who typed before"), parent)
        back.setShortcut(QKeySequence("Shift+F7"))
        back.triggered.connect(self.author.swap_back)
        return [pick, back]

    def _pick(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.showPopup()
