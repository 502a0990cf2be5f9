"""Editing text where it sits on the sheet — card names, zone labels, the barrel's
purposes and story — with Japanese input methods."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from app.models import Resource
from app.models.text_input import multi_line, one_line
from app.models.text_limits import TEXT_CHARS, limit
from app.views.canvas.layers import EDITOR_Z
from app.views.canvas.text import SCALE, mm_font
from app.views.text_fields import say_too_long
from app.worksheets.card_style import CARD_TEXT_MM

_FRAME = QPen(QColor("#1a73e8"), 4)


class TextEditor(QGraphicsTextItem):
    """A text box on the sheet, ``width`` mm wide with its corner at ``at``. Enter (or
    Ctrl+Enter when ``multiline``) or clicking elsewhere keeps the text, Esc drops it.
    While it has focus it takes every key, so the sheet's shortcuts (Delete, arrows,
    Ctrl+A) act on the text, not on the cards. It takes at most ``max_chars`` characters
    (by default what a one-line name or a multi-line text holds in the file).
    """

    finished = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        at: QPointF,
        width: float,
        text: str,
        multiline: bool = False,
        max_chars: int | None = None,
    ) -> None:
        super().__init__()
        self._open = True
        self.multiline = multiline
        self.max_chars = max_chars or (TEXT_CHARS if multiline else limit(Resource, "name"))
        self.setFont(mm_font(CARD_TEXT_MM))
        self.setDefaultTextColor(QColor("#222222"))
        self.document().setDocumentMargin(4)
        self.setTextWidth(width * SCALE)
        self.setScale(1 / SCALE)
        self.setPos(at)
        self.setZValue(EDITOR_Z)
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)
        self._kept, self._kept_cursor = text, len(text)
        self.document().contentsChanged.connect(self._changed)

    def _changed(self) -> None:
        """Keep the text within ``max_chars``: what went past is taken back, aloud."""
        text = self.toPlainText()
        if len(text) <= self.max_chars:
            self._kept, self._kept_cursor = text, self.textCursor().position()
            return
        document = self.document()
        document.blockSignals(True)
        self.setPlainText(self._kept)
        document.blockSignals(False)
        cursor = self.textCursor()
        cursor.setPosition(min(self._kept_cursor, len(self._kept)))
        self.setTextCursor(cursor)
        say_too_long(QCursor.pos(), self.max_chars)

    def text(self) -> str:
        """The text as typed; on one line unless ``multiline``."""
        if self.multiline:
            return multi_line(self.toPlainText())
        return one_line(self.toPlainText())

    def finish(self) -> None:
        if self._open:
            self._open = False
            self.finished.emit(self.text())

    def cancel(self) -> None:
        if self._open:
            self._open = False
            self.cancelled.emit()

    def is_open(self) -> bool:
        return self._open

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(_FRAME)
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt takes no widget

    def sceneEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # every key goes to the text while editing
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if enter and (ctrl or not self.multiline):
            self.finish()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # an IME candidate list
            self.finish()
