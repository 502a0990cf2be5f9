"""Typing on a note in place: Enter keeps the text (and the page starts the next note),
Shift+Enter breaks the line, Esc drops it, and pasting several lines makes several notes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from app.models import Note, text_input
from app.models.text_limits import limit
from app.views.board.note_text import LARGEST, note_font
from app.views.canvas.text_editor import TextEditor

_FRAME = QPen(QColor("#1a73e8"), 6)


class NoteEditor(TextEditor):
    lines_pasted = Signal(list)

    def __init__(self, at: QPointF, width: float, text: str, colour: str) -> None:
        super().__init__(at, width, text, multiline=True, max_chars=limit(Note, "text"))
        self.setFont(note_font(LARGEST))
        self._fill = QColor(colour)

    def text(self) -> str:
        return "\n".join(text_input.lines(self.toPlainText()))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(_FRAME)
        painter.setBrush(self._fill)
        painter.drawRect(self.boundingRect())
        super(TextEditor, self).paint(painter, option, widget)  # type: ignore[arg-type]  # Qt takes no widget

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.textCursor().insertText("\n")
        elif enter:
            self.finish()
        elif event.matches(QKeySequence.StandardKey.Paste) and self._paste_lines():
            return
        else:
            super().keyPressEvent(event)

    def _paste_lines(self) -> bool:
        """Several lines on the clipboard become several notes; one line is pasted here."""
        lines = text_input.lines(QGuiApplication.clipboard().text())
        if len(lines) < 2:
            return False
        typed = self.text()
        self.cancel()
        self.lines_pasted.emit(([typed] if typed else []) + lines)
        return True
