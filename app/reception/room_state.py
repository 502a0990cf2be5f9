"""What the room is doing (the facilitator's choices) and the state the phones are shown,
read from the document on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Row

from app.boards.voting import is_eligible, ranking
from app.document import WorkshopDocument
from app.room.state import PhoneCard, PhoneNote, PhoneRound, RoomState
from app.timeline.reflection import questions, title


@dataclass
class RoomChoices:
    """The facilitator's choices for the room, changed from the reception panel."""

    #: What phones work on: "board" (notes and dots on ``board_id``) or "sheet" (cards
    #: proposed for ``sheet_id``): the laptop's page last shown.
    activity: str = "board"
    board_id: int | None = None
    sheet_id: int | None = None
    #: "reflection": the reflection sheet of ``session_id``, chosen on the session's tab.
    session_id: int | None = None
    #: Phones may write notes, and edit or withdraw their own.
    writing_open: bool = True
    #: Notes from phones are written face-down.
    face_down: bool = False
    #: A phone may join without a name (its notes are anonymous; it cannot vote).
    anonymous_allowed: bool = True
    #: Phones may pick their name from the roster.
    roster_shown: bool = True
    #: Notes and cards from phones wait until the facilitator takes them.
    moderated: bool = False


def current_round(document: WorkshopDocument, board_id: int) -> int | None:
    """The round the room votes in: the board's latest."""
    rounds = document.boards.rounds(board_id)
    return rounds[-1].id if rounds else None


def _round(document: WorkshopDocument, board_id: int, notes: list[Row]) -> PhoneRound | None:
    round_id = current_round(document, board_id)
    if round_id is None:
        return None
    round_ = document.boards.round(round_id)
    votes = document.boards.votes(round_id)
    parents = {g.id: g.parent_id for g in document.boards.groups(board_id)}
    dots: dict[int, dict[int, int]] = {}
    for vote in votes:
        if vote.participant_id is not None:
            mine = dots.setdefault(vote.participant_id, {})
            mine[vote.note_id] = mine.get(vote.note_id, 0) + vote.count
    results = tuple((r.note_id, r.votes, r.rank) for r in ranking(votes)) if round_.revealed else ()
    return PhoneRound(
        id=round_.id,
        title=round_.title,
        dots_per_participant=round_.dots_per_participant,
        max_per_note=round_.max_per_note,
        closed=round_.closed,
        revealed=round_.revealed,
        eligible=frozenset(n.id for n in notes if is_eligible(round_, n, parents)),
        dots=dots,
        results=results,
    )


def room_state(document: WorkshopDocument, choices: RoomChoices, version: int) -> RoomState:
    people = document.roster.all()
    names = {p.id: p.name for p in people}
    roster = tuple((p.id, p.name, p.table_name) for p in people) if choices.roster_shown else ()
    base = RoomState(
        version=version,
        writing_open=choices.writing_open,
        face_down=choices.face_down,
        anonymous_allowed=choices.anonymous_allowed,
        roster=roster,
    )
    if choices.activity == "reflection" and choices.session_id is not None:
        return _reflection_state(document, choices.session_id, base)
    if choices.activity == "sheet":
        return _sheet_state(document, choices, base) if choices.sheet_id is not None else base
    if choices.board_id is None:
        return base
    board_id = choices.board_id
    board = document.boards.get(board_id)
    notes = document.boards.note_summaries(board_id)
    owners = document.received.devices_of("note", [n.id for n in notes])
    order = sorted(notes, key=lambda n: (n.y, n.x, n.id))
    return replace(
        base,
        activity="board",
        title=board.title,
        board_id=board_id,
        columns=tuple((c.id, c.label, c.colour) for c in document.boards.columns(board_id)),
        notes=tuple(
            PhoneNote(
                n.id,
                n.column_id,
                n.text,
                n.face_down,
                names.get(n.author_id, "") if n.author_id else "",
                owners.get(n.id),
            )
            for n in order
        ),
        round=_round(document, board_id, notes),
    )


def _sheet_state(document: WorkshopDocument, choices: RoomChoices, base: RoomState) -> RoomState:
    assert choices.sheet_id is not None
    sheet_id = choices.sheet_id
    sheet = document.sheets.get(sheet_id)
    zones = document.sheets.zones(sheet_id)
    labels = {z.key: z.label for z in zones}
    cards = document.sheets.cards(sheet_id)
    names = {r.id: r.name for r in document.resources_by_id([c.resource_id for c in cards])}
    owners = document.received.devices_of("card", [c.id for c in cards])
    groups = {g.id: g.display_name("ja") for g in document.kind_groups()}
    return replace(
        base,
        activity="sheet",
        title=sheet.title,
        sheet_id=sheet_id,
        zones=tuple((z.key, z.label) for z in zones),
        kinds=tuple(
            (k.id, k.display_name("ja"), groups.get(k.group_id, "")) for k in document.kinds()
        ),
        cards=tuple(
            PhoneCard(
                c.id,
                labels.get(c.zone_key or "", ""),
                names.get(c.resource_id, ""),
                c.face_down,
                owners.get(c.id),
            )
            for c in sorted(cards, key=lambda c: (c.zone_key or "~", c.y, c.x))
        ),
    )


def _reflection_state(document: WorkshopDocument, session_id: int, base: RoomState) -> RoomState:
    session = document.timeline.session(session_id)
    return replace(
        base,
        activity="reflection",
        title=f"{title()}：{session.title}",
        session_id=session_id,
        questions=tuple(questions(session.reflection_questions)),
    )
