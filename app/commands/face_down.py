"""Turning cards and notes face-down or face-up: what the room may read, and when.

Written face-down, a card or note shows its back on the projection until the facilitator
reveals it, one at a time, a column at a time, or all at once. Each reveal is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.commands.boards import UpdateNotes
from app.commands.worksheets import UpdateCards
from app.document import WorkshopDocument
from app.models.values import CardValues, NoteValues

_TEXTS = {
    (True, True): QT_TRANSLATE_NOOP("Commands", "Turn %1 card(s) face down"),
    (True, False): QT_TRANSLATE_NOOP("Commands", "Reveal %1 card(s)"),
    (False, True): QT_TRANSLATE_NOOP("Commands", "Turn %1 note(s) face down"),
    (False, False): QT_TRANSLATE_NOOP("Commands", "Reveal %1 note(s)"),
}


def _text(cards: bool, face_down: bool, count: int) -> str:
    source = _TEXTS[(cards, face_down)]
    return QCoreApplication.translate("Commands", str(source)).replace("%1", str(count))


def turn_cards(
    document: WorkshopDocument, sheet_id: int, ids: Sequence[int], face_down: bool
) -> UpdateCards:
    """Cards of a sheet turned; those already so are left out of the step."""
    wanted = set(ids)
    changes: dict[int, CardValues] = {
        card.id: {"face_down": face_down}
        for card in document.sheets.cards(sheet_id)
        if card.id in wanted and card.face_down != face_down
    }
    return UpdateCards(document, sheet_id, changes, _text(True, face_down, len(changes)))


def turn_notes(
    document: WorkshopDocument, board_id: int, ids: Sequence[int], face_down: bool
) -> UpdateNotes:
    """Notes of a board turned; those already so are left out of the step."""
    changes: dict[int, NoteValues] = {
        note.id: {"face_down": face_down}
        for note in document.boards.notes_by_id(list(ids))
        if note.board_id == board_id and note.face_down != face_down
    }
    return UpdateNotes(document, board_id, changes, _text(False, face_down, len(changes)))
