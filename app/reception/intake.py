"""Applying what a phone sent: the same checks and the same writing methods as the laptop's
commands, recorded as one change with origin ``"phone"`` and the phone's person as author.

Not a command: nothing here goes on the laptop's undo stack, so Ctrl+Z never takes back
someone else's note. Every item is noted under the id its phone made in the same
transaction as what it made; a resend is answered with what the first one made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.boards.layout import NOTE_SIZE, free_slot
from app.boards.voting import check_dot
from app.commands.reflection import answer_rows, replace_sheet
from app.commands.voting import eligible
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.models.values import CardValues, NoteValues, VoteValues
from app.reception.room_state import RoomChoices, current_round
from app.room.requests import Refused, Request
from app.worksheets.geometry import Rect
from app.worksheets.slots import free_spots

PHONE = "phone"

#: The height a note needs for its text at the board's note width (the board's fitting).
Measure = Callable[[str], float]


class Intake:
    def __init__(self, document: WorkshopDocument, choices: RoomChoices, measure: Measure):
        self.document = document
        self.choices = choices
        self.measure = measure

    def apply(self, request: Request) -> dict[str, Any]:
        """Apply ``request``; raises :class:`Refused` (with the rule's code) when it may not."""
        earlier = self.document.received.find(request.client_id)
        if earlier is not None:
            if earlier.device != request.device.device_id:
                raise Refused("bad_request")
            if request.kind == "name" and earlier.row_id in self._people():
                person = self._people()[earlier.row_id]
                return {"again": True, "participant": person.id, "name": person.name}
            return {"again": True, "id": earlier.row_id}
        try:
            return getattr(self, "_" + request.kind)(request)
        except ValidationError as error:
            raise Refused(error.code, 409, *error.details) from error

    def _record(
        self, request: Request, perform: Callable[[], int | None], author: int | None = None
    ) -> int | None:
        made: list[int | None] = []

        def run() -> None:
            row = perform()
            made.append(row)
            self.document.received.add(
                {
                    "client_id": request.client_id,
                    "device": request.device.device_id,
                    "kind": request.kind,
                    "row_id": row,
                }
            )

        self.document.record(run, origin=PHONE, author=author)
        return made[0]

    # -- who is on the phone ------------------------------------------------------------
    def _name(self, request: Request) -> dict[str, Any]:
        if request.anonymous:
            if not self.choices.anonymous_allowed:
                raise Refused("no_anonymous", 403)
            return {"participant": None, "name": ""}
        if request.participant_id is not None:
            people = {p.id: p for p in self.document.roster.all()}
            person = people.get(request.participant_id)
            if person is None or not self.choices.roster_shown:
                raise Refused("not_found", 404)
            return {"participant": person.id, "name": person.name}
        name = " ".join(request.text.split())
        made_here = self.document.received.made_by(request.device.device_id, "name")
        same = [p for p in self.document.roster.all() if p.name == name and p.id in made_here]
        if same:  # this phone typing its name again: the person it made before, no twin
            return {"participant": same[0].id, "name": name}

        def add() -> int:
            order = len(self.document.roster.all())
            (pid,) = self.document.roster.add(
                [{"name": name, "joined_from_phone": True, "sort_order": order}]
            )
            return pid

        pid = self._record(request, add)
        return {"participant": pid, "name": name}

    def _people(self) -> dict[int, Any]:
        return {p.id: p for p in self.document.roster.all()}

    def _author(self, request: Request) -> tuple[int | None, str]:
        """The phone's person and their table; (None, "") when they are gone from the
        roster (deleted on the laptop meanwhile): the phone then writes unnamed."""
        person = self._people().get(request.device.participant_id or 0)
        return (person.id, person.table_name) if person is not None else (None, "")

    # -- notes --------------------------------------------------------------------------
    def _board(self) -> int:
        if self.choices.board_id is None:
            raise Refused("no_board", 409)
        if not self.choices.writing_open:
            raise Refused("writing_closed", 409)
        return self.choices.board_id

    def _mine(self, request: Request) -> int:
        board_id = self._board()
        owners = self.document.received.devices_of("note", [request.note_id])
        if owners.get(request.note_id) != request.device.device_id:
            raise Refused("not_yours", 403)
        self._on_board(board_id, request.note_id)
        return request.note_id

    def _on_board(self, board_id: int, note_id: int) -> None:
        found = self.document.boards.notes_by_id([note_id])
        if not found or found[0].board_id != board_id:
            raise Refused("not_found", 404)

    def _note(self, request: Request) -> dict[str, Any]:
        board_id = self._board()
        columns = [c.id for c in self.document.boards.columns(board_id)]
        if request.column_id is not None and request.column_id not in columns:
            raise Refused("not_found", 404)
        notes = self.document.boards.note_summaries(board_id)
        index = columns.index(request.column_id) if request.column_id is not None else None
        if index is None and columns:
            index = 0
        taken = [(n.x, n.y, n.width, n.height) for n in notes]
        x, y = free_slot(taken, index)
        author, table = self._author(request)
        row: NoteValues = {
            "text": request.text,
            "x": round(x, 2),
            "y": round(y, 2),
            "width": NOTE_SIZE[0],
            "height": max(NOTE_SIZE[1], self.measure(request.text)),
            "author_id": author,
            "table_name": table,
            "z": len(notes),
            "face_down": self.choices.face_down,
        }

        def add() -> int:
            return self.document.boards.add_notes(board_id, [row])[0]

        return {"id": self._record(request, add, author)}

    def _edit(self, request: Request) -> dict[str, Any]:
        note_id = self._mine(request)
        board_id = self._board()
        changes: NoteValues = {
            "text": request.text,
            "height": max(NOTE_SIZE[1], self.measure(request.text)),
        }

        def edit() -> int:
            self.document.boards.update_notes(board_id, {note_id: changes})
            return note_id

        return {"id": self._record(request, edit, request.device.participant_id)}

    def _withdraw(self, request: Request) -> dict[str, Any]:
        note_id = self._mine(request)

        def withdraw() -> int:
            self.document.boards.delete_notes([note_id])
            return note_id

        return {"id": self._record(request, withdraw, request.device.participant_id)}

    # -- cards on a worksheet -------------------------------------------------------------
    def _card(self, request: Request) -> dict[str, Any]:
        """A resource proposed for the sheet: a card in its parking area (未配置) for the
        room to place; an existing resource of the same name, or a new one."""
        sheet_id = self.choices.sheet_id
        if self.choices.activity != "sheet" or sheet_id is None:
            raise Refused("no_sheet", 409)
        if not self.choices.writing_open:
            raise Refused("writing_closed", 409)
        if self.document.kind(request.kind_id) is None:
            raise Refused("bad_request")
        template = self.document.sheets.template_of(sheet_id)
        if template.parking is None:
            raise Refused("no_parking", 409)
        zones = {z.key: z.label for z in self.document.sheets.zones(sheet_id)}
        if request.zone_key and request.zone_key not in zones:
            raise Refused("not_found", 404)
        name = " ".join(request.text.split())
        existing = self.document.resource_named(name)
        if existing is not None and existing.id in self.document.sheets.placed_resource_ids(
            sheet_id
        ):
            raise Refused("already_placed", 409)
        taken = [Rect(c.x, c.y, c.width, c.height) for c in self.document.sheets.cards(sheet_id)]
        ((x, y),) = free_spots(template.parking.polygon(), template.card_size, taken, 1)
        author = self._author(request)[0]
        who = self._people()[author].name if author is not None else ""
        meant = zones.get(request.zone_key, "")
        memo = QCoreApplication.translate("Reception", "Proposed from a phone (%1)").replace(
            "%1", who or QCoreApplication.translate("Reception", "no name")
        )
        if meant:
            memo += " " + QCoreApplication.translate("Reception", "for %1").replace("%1", meant)
        card: CardValues = {
            "x": round(x, 2),
            "y": round(y, 2),
            "width": template.card_size[0],
            "height": template.card_size[1],
            "author_id": author,
            "face_down": self.choices.face_down,
        }
        new = (
            None
            if existing is not None
            else self.document.clean_resource(
                {"name": name, "kind_id": request.kind_id, "memo": memo}
            )
        )

        def place() -> int:
            if new is not None:
                card["resource_id"] = self.document.add_resource(new)
            else:
                assert existing is not None
                card["resource_id"] = existing.id
            return self.document.sheets.place(sheet_id, [card])[0]

        return {"id": self._record(request, place, author), "new": new is not None}

    # -- the reflection sheet ------------------------------------------------------------
    def _reflection(self, request: Request) -> dict[str, Any]:
        """A participant's reflection sheet, replacing what they sent (or staff typed for
        them) before: the same rows as a sheet typed in from paper."""
        session_id = self.choices.session_id
        if self.choices.activity != "reflection" or session_id is None:
            raise Refused("no_reflection", 409)
        if not self.choices.writing_open:
            raise Refused("writing_closed", 409)
        person = self._author(request)[0]
        if person is None:
            raise Refused("name_needed", 403)
        rows = answer_rows(
            self.document, session_id, person, dict(request.answers), from_phone=True
        )

        def save() -> int:
            replace_sheet(self.document, session_id, person, rows)
            return session_id

        return {"id": self._record(request, save, person), "answers": len(rows)}

    # -- dots ---------------------------------------------------------------------------
    def _voter(self, request: Request) -> int:
        board_id = self.choices.board_id
        if board_id is None or current_round(self.document, board_id) != request.round_id:
            raise Refused("no_round", 409)
        voter = self._author(request)[0]
        if voter is None:
            raise Refused("name_needed", 403)
        return voter

    def _dot(self, request: Request) -> dict[str, Any]:
        voter = self._voter(request)
        round_id, note_id = request.round_id, request.note_id
        assert self.choices.board_id is not None  # _voter checked it
        self._on_board(self.choices.board_id, note_id)
        check_dot(
            self.document.boards.round(round_id),
            self.document.boards.votes(round_id),
            note_id,
            voter,
            eligible(self.document, round_id, note_id),
        )

        def vote() -> int:
            row: VoteValues = {"note_id": note_id, "participant_id": voter}
            return self.document.boards.add_votes(round_id, [row])[0]

        return {"id": self._record(request, vote, voter)}

    def _undot(self, request: Request) -> dict[str, Any]:
        voter = self._voter(request)
        round_id = request.round_id
        if self.document.boards.round(round_id).closed:
            raise Refused("round_closed", 409)
        mine = [
            v
            for v in self.document.boards.votes(round_id)
            if v.note_id == request.note_id and v.participant_id == voter
        ]
        if not mine:
            raise Refused("no_dot", 409)

        def withdraw() -> int:
            self.document.boards.delete_votes([mine[-1].id])
            return mine[-1].id

        return {"id": self._record(request, withdraw, voter)}
