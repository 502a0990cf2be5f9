"""A canvas scene that shows at most one in-place text editor, perhaps over a "ghost" item
(a card or note not made yet). Shared by the worksheet and board scenes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.views.canvas.text_editor import TextEditor


class EditorScene(QGraphicsScene):
    """The scene both canvases stand on."""

    def __init__(self) -> None:
        super().__init__()
        self.text_editor: TextEditor | None = None
        self._ghost: QGraphicsItem | None = None

    @property
    def ident(self) -> int:
        """The sheet or board shown."""
        raise NotImplementedError

    def disconnect_document(self) -> None:
        """Stop following the document (the sheet or board was removed)."""
        raise NotImplementedError

    def content_rect(self) -> QRectF:
        """Where the cards or notes are: what a canvas opens on."""
        raise NotImplementedError

    def _open(self, editor: TextEditor) -> TextEditor:
        """Show ``editor`` and give it the keyboard (callers close any earlier one first)."""
        self.text_editor = editor
        self.addItem(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _show_ghost(self, item: QGraphicsItem, at: QPointF, z: float) -> None:
        """``item`` under the editor until the editor closes."""
        item.setPos(at)
        item.setZValue(z)
        self._ghost = item
        self.addItem(item)

    def close_editor(self) -> None:
        editor, self.text_editor = self.text_editor, None
        if editor is not None:
            editor.cancel()
            editor.hide()
            editor.deleteLater()  # it may be inside its own event handler
        if self._ghost is not None:
            self.removeItem(self._ghost)
            self._ghost = None

    def editing(self) -> bool:
        return self.text_editor is not None and self.text_editor.is_open()
