"""Undoable board edits: the roster, boards, notes and clusters.

Each gesture is one command (one undo step). Voting lives in ``app.commands.voting``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.board_editing import RemovedParticipants
from app.commands.base import ValueChange
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.store.boards import RemovedBoard


def _count(text: str, count: int) -> str:
    return text.replace("%1", str(count))


def _named(values: Mapping[str, object], field: str = "name") -> dict[str, object]:
    """``values`` with ``field`` on one line and not empty."""
    clean = dict(values)
    clean[field] = " ".join(str(clean.get(field, "")).split())
    if not clean[field]:
        raise ValidationError("empty_name", field)
    return clean


class AddParticipants(QUndoCommand):
    def __init__(self, document: WorkshopDocument, rows: Sequence[Mapping[str, object]]) -> None:
        self._rows = [_named(r) for r in rows]
        super().__init__(
            _count(QCoreApplication.translate("Commands", "Add %1 participant(s)"), len(rows))
        )
        self._document = document
        self._ids: list[int] = []

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def redo(self) -> None:
        if self._ids:  # again, with the same ids
            rows = [dict(r, id=i) for r, i in zip(self._rows, self._ids, strict=True)]
            self._document.add_participants(rows)
        else:
            self._ids = self._document.add_participants(self._rows)

    def undo(self) -> None:
        self._document.delete_participants(self._ids)


class EditParticipant(ValueChange[dict[str, object]]):
    def __init__(
        self, document: WorkshopDocument, participant_id: int, changes: Mapping[str, object]
    ) -> None:
        new = _named(changes) if "name" in changes else dict(changes)
        current = document.participant(participant_id).column_values()
        old = {k: current[k] for k in new}
        super().__init__(QCoreApplication.translate("Commands", "Edit participant"), new, old)
        self._document, self._id = document, participant_id

    def apply(self, values: dict[str, object]) -> None:
        self._document.update_participants({self._id: values})


class DeleteParticipants(QUndoCommand):
    def __init__(self, document: WorkshopDocument, ids: Sequence[int]) -> None:
        super().__init__(
            _count(QCoreApplication.translate("Commands", "Delete %1 participant(s)"), len(ids))
        )
        self._document, self._ids = document, list(ids)
        self._removed = RemovedParticipants()

    def redo(self) -> None:
        self._removed = self._document.delete_participants(self._ids)

    def undo(self) -> None:
        self._document.restore_participants(self._removed)


class AddBoard(QUndoCommand):
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
        if template_id and template_id not in document.templates:
            raise ValidationError("unknown_template", "template_id", template_id)
        super().__init__(QCoreApplication.translate("Commands", "Add board"))
        self._document = document
        self._args = (title, template_id, labels, lang)
        self._removed: RemovedBoard | None = None
        self.board_id: int | None = None

    def redo(self) -> None:
        if self._removed is None:
            title, template_id, labels, lang = self._args
            self.board_id = self._document.add_board(title, template_id, labels, lang)
        else:
            self._document.restore_board(self._removed)

    def undo(self) -> None:
        assert self.board_id is not None
        self._removed = self._document.remove_board(self.board_id)


class DeleteBoard(QUndoCommand):
    def __init__(self, document: WorkshopDocument, board_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete board"))
        self._document, self._id = document, board_id
        self._removed: RemovedBoard | None = None

    def redo(self) -> None:
        self._removed = self._document.remove_board(self._id)

    def undo(self) -> None:
        assert self._removed is not None
        self._document.restore_board(self._removed)


class EditBoard(ValueChange[dict[str, object]]):
    def __init__(
        self, document: WorkshopDocument, board_id: int, changes: Mapping[str, object]
    ) -> None:
        new = _named(changes, "title") if "title" in changes else dict(changes)
        current = document.board(board_id).column_values()
        old = {k: current[k] for k in new}
        super().__init__(QCoreApplication.translate("Commands", "Edit board"), new, old)
        self._document, self._id = document, board_id

    def apply(self, values: dict[str, object]) -> None:
        self._document.update_board(self._id, values)


class EditColumns(ValueChange[dict[int, dict[str, object]]]):
    def __init__(
        self,
        document: WorkshopDocument,
        board_id: int,
        changes: Mapping[int, Mapping[str, object]],
    ) -> None:
        new = {cid: _named(v, "label") if "label" in v else dict(v) for cid, v in changes.items()}
        current = {c.id: c.column_values() for c in document.board_columns(board_id)}
        old = {cid: {k: current[cid][k] for k in v} for cid, v in new.items()}
        super().__init__(QCoreApplication.translate("Commands", "Edit columns"), new, old)
        self._document, self._board = document, board_id

    def apply(self, values: dict[int, dict[str, object]]) -> None:
        self._document.update_columns(self._board, values)


class AddNotes(QUndoCommand):
    """One note (a double-click, a shortcut) or several at once (a pasted list)."""

    def __init__(
        self, document: WorkshopDocument, board_id: int, rows: Sequence[Mapping[str, object]]
    ) -> None:
        super().__init__(
            _count(QCoreApplication.translate("Commands", "Add %1 note(s)"), len(rows))
        )
        self._document, self._board = document, board_id
        self._rows = [dict(r) for r in rows]
        self._ids: list[int] = []

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def redo(self) -> None:
        rows = self._rows
        if self._ids:  # again, with the same ids
            rows = [dict(r, id=i) for r, i in zip(self._rows, self._ids, strict=True)]
        self._ids = self._document.add_notes(self._board, rows)

    def undo(self) -> None:
        self._document.delete_notes(self._board, self._ids)


class UpdateNotes(ValueChange[dict[int, dict[str, object]]]):
    """Edit, move, recolour or re-attribute notes: one gesture, one step."""

    def __init__(
        self,
        document: WorkshopDocument,
        board_id: int,
        changes: Mapping[int, Mapping[str, object]],
        text: str,
    ) -> None:
        old = {}
        for note_id, values in changes.items():
            current = document.note(note_id).column_values()
            old[note_id] = {k: current[k] for k in values}
        super().__init__(text, {nid: dict(v) for nid, v in changes.items()}, old)
        self._document, self._board = document, board_id

    def apply(self, values: dict[int, dict[str, object]]) -> None:
        self._document.update_notes(self._board, values)


def move_notes(
    document: WorkshopDocument, board_id: int, positions: Mapping[int, tuple[float, float]]
) -> UpdateNotes:
    text = _count(QCoreApplication.translate("Commands", "Move %1 note(s)"), len(positions))
    changes = {nid: {"x": round(x, 2), "y": round(y, 2)} for nid, (x, y) in positions.items()}
    return UpdateNotes(document, board_id, changes, text)


class DeleteNotes(QUndoCommand):
    def __init__(self, document: WorkshopDocument, board_id: int, ids: Sequence[int]) -> None:
        super().__init__(
            _count(QCoreApplication.translate("Commands", "Delete %1 note(s)"), len(ids))
        )
        self._document, self._board, self._ids = document, board_id, list(ids)
        self._rows: list[dict[str, object]] = []
        self._votes: list[dict[str, object]] = []

    def redo(self) -> None:
        self._rows, self._votes = self._document.delete_notes(self._board, self._ids)

    def undo(self) -> None:
        self._document.restore_notes(self._board, self._rows, self._votes)


class GroupNotes(QUndoCommand):
    """Put notes (and whole clusters, nested one level) into a new titled cluster."""

    def __init__(
        self,
        document: WorkshopDocument,
        board_id: int,
        note_ids: Sequence[int],
        title: str,
        cluster_ids: Sequence[int] = (),
    ) -> None:
        clusters = {c.id: c for c in document.clusters(board_id)}
        for cid in cluster_ids:
            inner = [c for c in clusters.values() if c.parent_id == cid]
            if clusters[cid].parent_id is not None or inner:
                raise ValidationError("cluster_depth", "cluster")
        if not note_ids and not cluster_ids:
            raise ValidationError("nothing_selected", "notes")
        super().__init__(QCoreApplication.translate("Commands", "Group notes"))
        self._document, self._board = document, board_id
        self._title = " ".join(title.split())
        self._notes = {nid: document.note(nid).cluster_id for nid in note_ids}
        self._clusters = list(cluster_ids)
        self.cluster_id: int | None = None

    def redo(self) -> None:
        row: dict[str, object] = {"title": self._title}
        if self.cluster_id is not None:
            row["id"] = self.cluster_id
        self.cluster_id = self._document.add_clusters(self._board, [row])[0]
        if self._clusters:
            self._document.update_clusters(
                self._board, {cid: {"parent_id": self.cluster_id} for cid in self._clusters}
            )
        if self._notes:
            self._document.update_notes(
                self._board, {nid: {"cluster_id": self.cluster_id} for nid in self._notes}
            )

    def undo(self) -> None:
        assert self.cluster_id is not None
        if self._notes:
            self._document.update_notes(
                self._board, {nid: {"cluster_id": old} for nid, old in self._notes.items()}
            )
        if self._clusters:
            self._document.update_clusters(
                self._board, {cid: {"parent_id": None} for cid in self._clusters}
            )
        self._document.delete_clusters(self._board, [self.cluster_id])


class Ungroup(QUndoCommand):
    """Dissolve a cluster: its notes and inner clusters go to the cluster around it."""

    def __init__(self, document: WorkshopDocument, board_id: int, cluster_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Ungroup notes"))
        self._document, self._board, self._id = document, board_id, cluster_id
        clusters = document.clusters(board_id)
        self._row = next(c for c in clusters if c.id == cluster_id).column_values()
        self._inner = [c.id for c in clusters if c.parent_id == cluster_id]
        self._notes = [n.id for n in document.notes(board_id) if n.cluster_id == cluster_id]

    def redo(self) -> None:
        outer = self._row["parent_id"]
        if self._notes:
            self._document.update_notes(
                self._board, {nid: {"cluster_id": outer} for nid in self._notes}
            )
        if self._inner:
            self._document.update_clusters(
                self._board, {cid: {"parent_id": None} for cid in self._inner}
            )
        self._document.delete_clusters(self._board, [self._id])

    def undo(self) -> None:
        self._document.add_clusters(self._board, [self._row])
        if self._inner:
            self._document.update_clusters(
                self._board, {cid: {"parent_id": self._id} for cid in self._inner}
            )
        if self._notes:
            self._document.update_notes(
                self._board, {nid: {"cluster_id": self._id} for nid in self._notes}
            )


class RenameCluster(ValueChange[str]):
    def __init__(
        self, document: WorkshopDocument, board_id: int, cluster_id: int, title: str
    ) -> None:
        old = next(c.title for c in document.clusters(board_id) if c.id == cluster_id)
        text = QCoreApplication.translate("Commands", "Rename group")
        super().__init__(text, " ".join(title.split()), old)
        self._document, self._board, self._id = document, board_id, cluster_id

    def apply(self, values: str) -> None:
        self._document.update_clusters(self._board, {self._id: {"title": values}})
