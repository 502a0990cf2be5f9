"""The document's roster (``document.roster``): the people of the workshop, shared by the
boards (who wrote, who voted) and the timeline (who attended)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.document.part import Part
from app.models import Participant
from app.models.values import ParticipantValues
from app.store import boards as store
from app.store import rows as table


class Roster(Part):
    def all(self) -> list[Participant]:
        with self.file.read_session() as s:
            return store.participants(s)

    def get(self, participant_id: int) -> Participant:
        with self.file.read_session() as s:
            return s.get_one(Participant, participant_id)

    def add(self, rows: Sequence[ParticipantValues]) -> list[int]:
        with self._writing() as s:
            return store.add_participants(s, rows)

    def update(self, changes: Mapping[int, ParticipantValues]) -> None:
        with self._writing() as s:
            store.update_participants(s, changes)

    def delete(self, ids: Sequence[int]) -> None:
        """Delete people; their dots and attendance go, what they wrote stays anonymous."""
        with self._writing() as s:
            table.delete_rows(s, Participant, ids)
