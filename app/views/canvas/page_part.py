"""What a part of a canvas page (its card operations, its note entry …) stands on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from app.views.canvas.editor_host import EditorScene

if TYPE_CHECKING:
    from app.views.canvas.page import CanvasPage

S = TypeVar("S", bound=EditorScene)


class PagePart(Generic[S]):
    """A part of a page: it works on the page's document, scene and undo stack."""

    page: CanvasPage[S]  # each part names its own page's class

    def __init__(self, page: CanvasPage[S]) -> None:
        self.page = page

    @property
    def scene(self) -> S:
        """The sheet or board shown: gestures and menus only come from one on screen."""
        shown = self.page.scene
        if shown is None:
            raise LookupError("no sheet or board shown")
        return shown
