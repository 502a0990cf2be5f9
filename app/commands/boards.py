"""Undoable board edits: the roster, boards, notes and groups.

Each gesture is one command: one undo step, one transaction each way. Voting lives in
``app.commands.voting``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication

from app.commands.base import Recorded, ValueChange
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.models.values import (
    BoardValues,
    ColumnValues,
    NoteValues,
    ParticipantValues,
    Values,
    present,
)


def _count(text: str, count: int) -> str:
    return text.replace("%1", str(count))


def _named(values: Values, field: str = "name") -> Values:
    """``values`` with ``field`` on one line and not empty."""
    clean = dict(values)
    clean[field] = " ".join(str(clean.get(field, "")).split())
    if not clean[field]:
        raise ValidationError("empty_name", field)
    return cast(Values, clean)


class AddParticipants(Recorded):
    def __init__(self, document: WorkshopDocument, rows: Sequence[ParticipantValues]) -> None:
        self._rows = [_named(r) for r in rows]
        super().__init__(
            _count(QCoreApplication.translate("Commands", "Add %1 participant(s)"), len(rows)),
            document,
        )
        self.ids: list[int] = []

    def perform(self) -> None:
        self.ids = self.document.roster.add(self._rows)


class EditParticipant(ValueChange[ParticipantValues]):
    def __init__(
        self, document: WorkshopDocument, participant_id: int, changes: ParticipantValues
    ) -> None:
        new = _named(changes) if "name" in changes else changes.copy()
        old = present(document.roster.get(participant_id), new)
        super().__init__(QCoreApplication.translate("Commands", "Edit participant"), new, old)
        self._document, self._id = document, participant_id

    def apply(self, values: ParticipantValues) -> None:
        self._document.roster.update({self._id: values})


class DeleteParticipants(Recorded):
    """People, with their dots and attendance; what they wrote stays, without a name."""

    def __init__(self, document: WorkshopDocument, ids: Sequence[int]) -> None:
        super().__init__(
            _count(QCoreApplication.translate("Commands", "Delete %1 participant(s)"), len(ids)),
            document,
        )
        self._ids = list(ids)

    def perform(self) -> None:
        self.document.roster.delete(self._ids)


class AddBoard(Recorded):
    """A board from a column template, with columns the facilitator names, or free."""

    def __init__(
        self,
        document: WorkshopDocument,
        title: str,
        template_id: str = "",
        column_labels: Sequence[str] = (),
        lang: str = "ja",
    ) -> None:
        title = " ".join(title.split())
        if not title:
            raise ValidationError("empty_name", "title")
        labels = [" ".join(label.split()) for label in column_labels]
        if any(not label for label in labels):
            raise ValidationError("empty_name", "column")
        if template_id and template_id not in document.sheets.templates:
            raise ValidationError("unknown_template", "template_id", template_id)
        super().__init__(QCoreApplication.translate("Commands", "Add board"), document)
        self._args = (title, template_id, labels, lang)
        self.board_id: int | None = None

    def perform(self) -> None:
        title, template_id, labels, lang = self._args
        self.board_id = self.document.boards.add(title, template_id, labels, lang)


class DeleteBoard(Recorded):
    def __init__(self, document: WorkshopDocument, board_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete board"), document)
        self._id = board_id

    def perform(self) -> None:
        self.document.boards.remove(self._id)


class EditBoard(ValueChange[BoardValues]):
    def __init__(self, document: WorkshopDocument, board_id: int, changes: BoardValues) -> None:
        new = _named(changes, "title") if "title" in changes else changes.copy()
        old = present(document.boards.get(board_id), new)
        super().__init__(QCoreApplication.translate("Commands", "Edit board"), new, old)
        self._document, self._id = document, board_id

    def apply(self, values: BoardValues) -> None:
        self._document.boards.update(self._id, values)


class EditColumns(ValueChange[dict[int, ColumnValues]]):
    def __init__(
        self,
        document: WorkshopDocument,
        board_id: int,
        changes: Mapping[int, ColumnValues],
    ) -> None:
        new = {cid: _named(v, "label") if "label" in v else v.copy() for cid, v in changes.items()}
        columns = {c.id: c for c in document.boards.columns(board_id)}
        old = {cid: present(columns[cid], v) for cid, v in new.items()}
        super().__init__(QCoreApplication.translate("Commands", "Edit columns"), new, old)
        self._document, self._board = document, board_id

    def apply(self, values: dict[int, ColumnValues]) -> None:
        self._document.boards.update_columns(self._board, values)


class AddNotes(Recorded):
    """One note (a double-click, a shortcut) or several at once (a pasted list)."""

    def __init__(
        self, document: WorkshopDocument, board_id: int, rows: Sequence[NoteValues]
    ) -> None:
        super().__init__(
            _count(QCoreApplication.translate("Commands", "Add %1 note(s)"), len(rows)), document
        )
        self._board = board_id
        self._rows = [r.copy() for r in rows]
        self.ids: list[int] = []

    def perform(self) -> None:
        self.ids = self.document.boards.add_notes(self._board, self._rows)


class UpdateNotes(ValueChange[dict[int, NoteValues]]):
    """Edit, move, recolour or re-attribute notes: one gesture, one step."""

    def __init__(
        self,
        document: WorkshopDocument,
        board_id: int,
        changes: Mapping[int, NoteValues],
        text: str,
    ) -> None:
        notes = {n.id: n for n in document.boards.notes_by_id(list(changes))}
        old = {note_id: present(notes[note_id], values) for note_id, values in changes.items()}
        super().__init__(text, {nid: v.copy() for nid, v in changes.items()}, old)
        self._document, self._board = document, board_id

    def apply(self, values: dict[int, NoteValues]) -> None:
        self._document.boards.update_notes(self._board, values)


def move_notes(
    document: WorkshopDocument, board_id: int, positions: Mapping[int, tuple[float, float]]
) -> UpdateNotes:
    text = _count(QCoreApplication.translate("Commands", "Move %1 note(s)"), len(positions))
    changes: dict[int, NoteValues] = {
        nid: {"x": round(x, 2), "y": round(y, 2)} for nid, (x, y) in positions.items()
    }
    return UpdateNotes(document, board_id, changes, text)


class DeleteNotes(Recorded):
    """Notes, with the dots on them."""

    def __init__(self, document: WorkshopDocument, ids: Sequence[int]) -> None:
        super().__init__(
            _count(QCoreApplication.translate("Commands", "Delete %1 note(s)"), len(ids)), document
        )
        self._ids = list(ids)

    def perform(self) -> None:
        self.document.boards.delete_notes(self._ids)


class GroupNotes(Recorded):
    """Put notes (and whole groups, nested one level) into a new titled group."""

    def __init__(
        self,
        document: WorkshopDocument,
        board_id: int,
        note_ids: Sequence[int],
        title: str,
        group_ids: Sequence[int] = (),
    ) -> None:
        groups = {c.id: c for c in document.boards.groups(board_id)}
        for cid in group_ids:
            inner = [c for c in groups.values() if c.parent_id == cid]
            if groups[cid].parent_id is not None or inner:
                raise ValidationError("group_depth", "group")
        if not note_ids and not group_ids:
            raise ValidationError("nothing_selected", "notes")
        super().__init__(QCoreApplication.translate("Commands", "Group notes"), document)
        self._board = board_id
        self._title = " ".join(title.split())
        self._notes = list(note_ids)
        self._groups = list(group_ids)
        self.group_id: int | None = None

    def perform(self) -> None:
        self.group_id = self.document.boards.add_groups(self._board, [{"title": self._title}])[0]
        if self._groups:
            self.document.boards.update_groups(
                self._board, {cid: {"parent_id": self.group_id} for cid in self._groups}
            )
        if self._notes:
            self.document.boards.update_notes(
                self._board, {nid: {"group_id": self.group_id} for nid in self._notes}
            )


class Ungroup(Recorded):
    """Dissolve groups: their notes and inner groups go to the group around them."""

    def __init__(self, document: WorkshopDocument, board_id: int, group_ids: Sequence[int]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Ungroup notes"), document)
        self._board, self._ids = board_id, list(group_ids)
        parents = {c.id: c.parent_id for c in document.boards.groups(board_id)}
        gone = set(self._ids)

        def outer(cid: int | None) -> int | None:  # the nearest group that stays
            while cid is not None and cid in gone:
                cid = parents[cid]
            return cid

        self._notes = {
            n.id: outer(n.group_id) for n in document.boards.notes(board_id) if n.group_id in gone
        }
        self._inner = {c: outer(p) for c, p in parents.items() if p in gone and c not in gone}

    def perform(self) -> None:
        if self._notes:
            self.document.boards.update_notes(
                self._board, {nid: {"group_id": to} for nid, to in self._notes.items()}
            )
        if self._inner:
            self.document.boards.update_groups(
                self._board, {cid: {"parent_id": to} for cid, to in self._inner.items()}
            )
        self.document.boards.delete_groups(self._ids)


class RenameGroup(ValueChange[str]):
    def __init__(
        self, document: WorkshopDocument, board_id: int, group_id: int, title: str
    ) -> None:
        old = next(c.title for c in document.boards.groups(board_id) if c.id == group_id)
        text = QCoreApplication.translate("Commands", "Rename group")
        super().__init__(text, " ".join(title.split()), old)
        self._document, self._board, self._id = document, board_id, group_id

    def apply(self, values: str) -> None:
        self._document.boards.update_groups(self._board, {self._id: {"title": values}})
