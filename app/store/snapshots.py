"""Freezing a worksheet or a board into a snapshot's content, and reading it back.

The content is plain JSON so a snapshot stays readable whatever happens to its source:

- ``zones``: ``[{"key", "label"}]`` — a worksheet's zones (staves), a board's columns;
- ``items``: ``[{"key", "identity", "label", "zone", "x", "y", "w", "h", "colour"}]`` —
  cards (``identity`` is the resource) or notes (``identity`` is the note), in millimetres;
- ``links`` (worksheets): ``[{"source", "target", "label"}]`` by item key;
- ``template_id``, ``title`` and, for a board, each note's ``group`` title.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Board, Note, NoteGroup, Resource, Worksheet
from app.store import boards, worksheets

WORKSHEET = "worksheet"
BOARD = "board"


def capture(session: Session, source_kind: str, source_id: int) -> dict:
    if source_kind == WORKSHEET:
        return capture_worksheet(session, source_id)
    if source_kind == BOARD:
        return capture_board(session, source_id)
    raise ValueError(source_kind)


def capture_worksheet(session: Session, sheet_id: int) -> dict:
    sheet = session.get_one(Worksheet, sheet_id)
    names = {r.id: r.name for r in session.query(Resource)}
    cards = worksheets.cards(session, sheet_id)
    return {
        "kind": WORKSHEET,
        "template_id": sheet.template_id,
        "title": sheet.title,
        "zones": [{"key": z.key, "label": z.label} for z in worksheets.zones(session, sheet_id)],
        "items": [
            {
                "key": f"card:{c.id}",
                "identity": f"resource:{c.resource_id}",
                "label": names.get(c.resource_id, ""),
                "zone": c.zone_key or "",
                "x": c.x,
                "y": c.y,
                "w": c.width,
                "h": c.height,
                "colour": c.colour or "",
            }
            for c in cards
        ],
        "links": [
            {
                "source": f"card:{link.source_id}",
                "target": f"card:{link.target_id}",
                "label": link.label,
            }
            for link in worksheets.links(session, sheet_id)
        ],
    }


def capture_board(session: Session, board_id: int) -> dict:
    board = session.get_one(Board, board_id)
    titles = {
        c.id: c.title for c in session.query(NoteGroup).filter(NoteGroup.board_id == board_id)
    }
    notes = session.query(Note).filter(Note.board_id == board_id).order_by(Note.z, Note.id)
    return {
        "kind": BOARD,
        "template_id": board.template_id,
        "title": board.title,
        "zones": [
            {"key": f"column:{c.id}", "label": c.label} for c in boards.columns(session, board_id)
        ],
        "items": [
            {
                "key": f"note:{n.id}",
                "identity": f"note:{n.id}",
                "label": n.text,
                "zone": f"column:{n.column_id}" if n.column_id is not None else "",
                "group": titles.get(n.group_id, "") if n.group_id is not None else "",
                "x": n.x,
                "y": n.y,
                "w": n.width,
                "h": n.height,
                "colour": n.colour,
            }
            for n in notes
        ],
    }
