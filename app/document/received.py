"""The document's record of what phones sent (``document.received``): every item under the
id its phone made, written in the same change as what it made, so a resend is recognised."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from app.document.part import Part
from app.models import ReceivedItem
from app.models.values import ReceivedValues
from app.store import rows as table


class Received(Part):
    def find(self, client_id: str) -> ReceivedItem | None:
        with self.file.read_session() as s:
            return s.scalars(
                select(ReceivedItem).where(ReceivedItem.client_id == client_id)
            ).first()

    def devices_of(self, kind: str, row_ids: Sequence[int]) -> dict[int, str]:
        """For rows a phone made (notes, say), the id of the phone that made each."""
        wanted = set(row_ids)
        with self.file.read_session() as s:
            rows = s.execute(
                select(ReceivedItem.row_id, ReceivedItem.device).where(ReceivedItem.kind == kind)
            ).all()
        return {r[0]: r[1] for r in rows if r[0] in wanted}

    def made_by(self, device: str, kind: str) -> set[int]:
        """The rows a phone made of one kind (the people it added to the roster …)."""
        with self.file.read_session() as s:
            rows = s.scalars(
                select(ReceivedItem.row_id).where(
                    ReceivedItem.device == device, ReceivedItem.kind == kind
                )
            ).all()
        return {r for r in rows if r is not None}

    def add(self, row: ReceivedValues) -> None:
        """Note an item as received; joins the change that applies it."""
        with self._writing() as s:
            table.insert_rows(s, ReceivedItem, [row])
