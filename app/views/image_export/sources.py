"""What can become a picture, and the scene that draws it: a worksheet or a board in the
screen's look (the page's own scene) or the projector's (the wall's), made for the picture
and let go after it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from app.document import WorkshopDocument
from app.views.image_export.render import PROJECTOR


@dataclass(frozen=True)
class Source:
    kind: str  # "sheet" or "board"
    id: int
    title: str


def sources(document: WorkshopDocument) -> list[Source]:
    """Every sheet and board, in the order the pages list them."""
    sheets = [Source("sheet", s.id, s.title) for s in document.sheets.all()]
    boards = [Source("board", b.id, b.title) for b in document.boards.all()]
    return sheets + boards


def scene_for(
    document: WorkshopDocument, source: Source, look: str
) -> tuple[QGraphicsScene, QRectF]:
    """A scene of ``source`` and its page; the caller keeps it only while drawing."""
    if look == PROJECTOR:
        from app.views.projection.board_room import BoardRoom  # noqa: PLC0415
        from app.views.projection.sheet_room import SheetRoom  # noqa: PLC0415

        room = (
            SheetRoom(document, source.id)
            if source.kind == "sheet"
            else BoardRoom(document, source.id)
        )
        return room, room.page_rect()
    if source.kind == "sheet":
        from app.views.worksheet.scene import WorksheetScene  # noqa: PLC0415

        sheet = WorksheetScene(document, source.id)
        return sheet, sheet.page_rect()
    from app.views.board.scene import BoardScene  # noqa: PLC0415

    board = BoardScene(document, source.id)
    return board, board.page_rect()


def release(scene: QGraphicsScene) -> None:
    """Stop a scene made for a picture from following the document, then let it go."""
    scene.disconnect_document()  # type: ignore[attr-defined]  # every scene above has it
    scene.deleteLater()
