"""The join address as a QR code (segno), drawn for Qt."""

from __future__ import annotations

import io

from PySide6.QtGui import QPixmap


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A QR code of ``text`` about ``size`` pixels square, black on white with its quiet zone."""
    import segno  # loaded when a code is first drawn

    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
