"""Naming a card where it sits: an editor over the card's name area."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from app.views.canvas.text_editor import TextEditor
from app.worksheets.card_style import GLYPH_MM, STRIPE_MM


def card_name_editor(card: QRectF, text: str) -> TextEditor:
    """An editor over the name area of the card at ``card``."""
    left = STRIPE_MM + 0.6 + GLYPH_MM
    return TextEditor(
        QPointF(card.x() + left - 0.4, card.y() + 0.5), card.width() - left - 0.5, text
    )
