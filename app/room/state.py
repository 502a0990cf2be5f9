"""What the phones are shown, and what each one may see of it.

The reception builds a :class:`RoomState` on the GUI thread after every change and hands it
to the server; the server only reads it (it is immutable), so no thread ever reads the file
but the GUI's. :func:`phone_view` cuts it down for one device: never the profile, the
resources, other sessions or the file; a face-down note reaches only the phone that wrote
it; the results of a hidden round only once the facilitator reveals them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.room.devices import Device


@dataclass(frozen=True)
class PhoneNote:
    id: int
    column_id: int | None
    text: str
    face_down: bool
    author: str  # the author's name, "" for anonymous
    device: str | None  # the id of the phone that wrote it, None for the laptop's


@dataclass(frozen=True)
class PhoneCard:
    id: int
    zone: str  # the zone's label, "" when not yet placed
    name: str
    face_down: bool
    device: str | None


@dataclass(frozen=True)
class PhoneRound:
    id: int
    title: str
    dots_per_participant: int
    max_per_note: int
    closed: bool
    revealed: bool
    eligible: frozenset[int]  # ids of the notes that may get dots
    #: Each participant's dots: participant id → note id → count.
    dots: dict[int, dict[int, int]] = field(default_factory=dict)
    #: Once revealed: (note id, dots, rank), best first.
    results: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class RoomState:
    version: int = 0
    #: What the room is working on: "board" (notes and dots), "sheet" (cards proposed for
    #: a worksheet) or "" before anything opens.
    activity: str = ""
    title: str = ""
    board_id: int | None = None
    sheet_id: int | None = None
    zones: tuple[tuple[str, str], ...] = ()  # key, label
    #: The catalogue's kinds for a new resource: id, label, group label.
    kinds: tuple[tuple[str, str, str], ...] = ()
    cards: tuple[PhoneCard, ...] = ()
    #: "reflection": the session's reflection sheet (振り返りシート)
    session_id: int | None = None
    questions: tuple[str, ...] = ()
    #: Moderation: the client ids waiting for the facilitator, and those not taken, by
    #: the device that sent them.
    pending: dict[str, tuple[str, ...]] = field(default_factory=dict)
    declined: dict[str, tuple[str, ...]] = field(default_factory=dict)
    columns: tuple[tuple[int, str, str], ...] = ()  # id, label, colour
    notes: tuple[PhoneNote, ...] = ()
    #: The facilitator lets phones write (and edit or withdraw their own notes).
    writing_open: bool = True
    #: Notes are written face-down: the room sees them when the facilitator turns them.
    face_down: bool = False
    anonymous_allowed: bool = True
    #: The roster's names for phones to pick from; empty when the facilitator hides it.
    roster: tuple[tuple[int, str, str], ...] = ()  # id, name, table
    round: PhoneRound | None = None


def _note(note: PhoneNote) -> dict[str, object]:
    return {
        "id": note.id,
        "column": note.column_id,
        "text": note.text,
        "face_down": note.face_down,
        "author": note.author,
    }


def shared_view(state: RoomState) -> dict[str, object]:
    """What every joined device sees alike: the same for all, so sent from one encoding."""
    round_ = state.round
    return {
        "version": state.version,
        "activity": state.activity,
        "title": state.title,
        "columns": [{"id": i, "label": label, "colour": c} for i, label, c in state.columns],
        "notes": [_note(n) for n in state.notes if not n.face_down],
        "zones": [{"key": k, "label": label} for k, label in state.zones],
        "questions": list(state.questions),
        "kinds": [{"id": i, "label": label, "group": g} for i, label, g in state.kinds],
        "cards": [
            {"id": c.id, "zone": c.zone, "name": c.name} for c in state.cards if not c.face_down
        ],
        "hidden_notes": sum(1 for n in state.notes if n.face_down),
        "writing_open": state.writing_open,
        "face_down": state.face_down,
        "anonymous_allowed": state.anonymous_allowed,
        "roster": [{"id": i, "name": name, "table": t} for i, name, t in state.roster],
        "round": None
        if round_ is None
        else {
            "id": round_.id,
            "title": round_.title,
            "dots_per_person": round_.dots_per_participant,
            "max_per_note": round_.max_per_note,
            "closed": round_.closed,
            "revealed": round_.revealed,
            "eligible": sorted(round_.eligible),
            "results": [{"note": n, "dots": d, "rank": r} for n, d, r in round_.results]
            if round_.revealed
            else [],
        },
    }


def personal_view(state: RoomState, device: Device) -> dict[str, object]:
    """What only this device sees: who it is, its own notes (face-down ones with their
    text), its dots."""
    mine = [n for n in state.notes if n.device is not None and n.device == device.device_id]
    round_ = state.round
    dots = {}
    if round_ is not None and device.participant_id is not None:
        dots = round_.dots.get(device.participant_id, {})
    return {
        "name": device.name,
        "participant": device.participant_id,
        "anonymous": device.anonymous,
        "named": device.participant_id is not None or device.anonymous,
        "notes": [n.id for n in mine],
        "cards": [
            {"id": c.id, "zone": c.zone, "name": c.name}
            for c in state.cards
            if c.device is not None and c.device == device.device_id
        ],
        "face_down_notes": [_note(n) for n in mine if n.face_down],
        "dots": {str(k): v for k, v in dots.items() if v},
        "pending": list(state.pending.get(device.device_id, ())),
        "declined": list(state.declined.get(device.device_id, ())),
        "dots_left": 0
        if round_ is None or device.participant_id is None
        else max(0, round_.dots_per_participant - sum(dots.values())),
    }
