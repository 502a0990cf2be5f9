"""Undoable dot voting: start a round, cast and withdraw dots, key in paper counts,
close and reveal. The rules themselves are in :mod:`app.boards.voting`."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication

from app.boards.voting import check_dot, check_table_count, is_eligible
from app.commands.base import Recorded, ValueChange
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.models.values import RoundValues, VoteValues, present

ROUND_FIELDS = (
    "title",
    "dots_per_participant",
    "max_per_note",
    "eligible_columns",
    "eligible_groups",
    "eligible_notes",
    "hidden",
    "top_n",
)


def eligible(document: WorkshopDocument, round_id: int, note_id: int) -> bool:
    """Whether the note may get dots in the round (the same test for a phone's dot)."""
    round_ = document.boards.round(round_id)
    note = document.boards.note(note_id)
    if note.board_id != round_.board_id:
        return False
    parents = {c.id: c.parent_id for c in document.boards.groups(round_.board_id)}
    return is_eligible(round_, note, parents)


class StartRound(Recorded):
    def __init__(self, document: WorkshopDocument, board_id: int, values: RoundValues) -> None:
        row = cast(RoundValues, {k: values[k] for k in ROUND_FIELDS if k in values})  # type: ignore[literal-required]
        row["title"] = " ".join(row.get("title", "").split())
        if not row["title"]:
            raise ValidationError("empty_name", "title")
        for key in ("dots_per_participant", "max_per_note", "top_n"):
            if key in row and not 1 <= row[key] <= 99:
                raise ValidationError("dot_range", key)
        super().__init__(QCoreApplication.translate("Commands", "Start voting round"), document)
        self._board, self._row = board_id, row
        self.round_id: int | None = None

    def perform(self) -> None:
        self.round_id = self.document.boards.add_round(self._board, self._row)


class CastDot(Recorded):
    """One participant's dot on one note, within their budget and the note's maximum."""

    def __init__(
        self, document: WorkshopDocument, round_id: int, note_id: int, participant_id: int
    ) -> None:
        check_dot(
            document.boards.round(round_id),
            document.boards.votes(round_id),
            note_id,
            participant_id,
            eligible(document, round_id, note_id),
        )
        super().__init__(QCoreApplication.translate("Commands", "Vote"), document)
        self._round = round_id
        self._row: VoteValues = {"note_id": note_id, "participant_id": participant_id}

    def perform(self) -> None:
        self.document.boards.add_votes(self._round, [self._row])


class WithdrawDot(Recorded):
    """Take back a participant's last dot on a note while the round is open."""

    def __init__(
        self, document: WorkshopDocument, round_id: int, note_id: int, participant_id: int
    ) -> None:
        if document.boards.round(round_id).closed:
            raise ValidationError("round_closed", "round")
        mine = [
            v
            for v in document.boards.votes(round_id)
            if v.note_id == note_id and v.participant_id == participant_id
        ]
        if not mine:
            raise ValidationError("no_dot", "note")
        super().__init__(QCoreApplication.translate("Commands", "Withdraw vote"), document)
        self._vote = mine[-1].id

    def perform(self) -> None:
        self.document.boards.delete_votes([self._vote])


class SetTableCount(Recorded):
    """Paper stickers: "table 2 put 5 dots on this note", replacing an earlier count."""

    def __init__(
        self,
        document: WorkshopDocument,
        round_id: int,
        note_id: int,
        table_name: str,
        count: int,
    ) -> None:
        table_name = " ".join(table_name.split())
        if not table_name:
            raise ValidationError("empty_name", "table_name")
        check_table_count(
            document.boards.round(round_id), count, eligible(document, round_id, note_id)
        )
        super().__init__(QCoreApplication.translate("Commands", "Enter table votes"), document)
        self._round = round_id
        earlier = [
            v
            for v in document.boards.votes(round_id)
            if v.note_id == note_id and v.participant_id is None and v.table_name == table_name
        ]
        self._old_ids = [v.id for v in earlier]
        self._old_counts = [v.count for v in earlier]
        self._new: VoteValues = {
            "note_id": note_id,
            "participant_id": None,
            "table_name": table_name,
            "count": count,
        }

    def is_noop(self) -> bool:
        return self._old_counts == [self._new["count"]]

    def perform(self) -> None:  # the old count out, the new one in: one change
        if self._old_ids:
            self.document.boards.delete_votes(self._old_ids)
        if self._new.get("count"):
            self.document.boards.add_votes(self._round, [self._new])


class EditRound(ValueChange[RoundValues]):
    """Close, reopen or reveal a round, or change how many to highlight."""

    def __init__(
        self, document: WorkshopDocument, round_id: int, changes: RoundValues, text: str
    ) -> None:
        old = present(document.boards.round(round_id), changes)
        super().__init__(text, changes.copy(), old)
        self._document, self._id = document, round_id

    def apply(self, values: RoundValues) -> None:
        self._document.boards.update_round(self._id, values)


def close_round(document: WorkshopDocument, round_id: int) -> EditRound:
    text = QCoreApplication.translate("Commands", "Close voting round")
    return EditRound(document, round_id, {"closed": True}, text)


def reveal_round(document: WorkshopDocument, round_id: int) -> EditRound:
    """Reveal the results; revealing also closes the round."""
    text = QCoreApplication.translate("Commands", "Reveal results")
    return EditRound(document, round_id, {"closed": True, "revealed": True}, text)
