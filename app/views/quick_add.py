"""Quick add: keyboard-first entry for staff putting items up live.

Pick a zone (or column), type, Enter: the item appears there and the line is ready for
the next one. Tab and Shift+Tab cycle the zones; pasting several lines makes one item
per line. "Face-down" writes items the room sees only as blank backs until revealed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.models import text_input


class EntryLine(QLineEdit):
    """A line that reports Tab, Shift+Tab and multi-line pastes instead of handling them."""

    tab_pressed = Signal(int)  # +1 forward, -1 back
    lines_pasted = Signal(list)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                back = key == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
                )
                self.tab_pressed.emit(-1 if back else 1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste) and self._paste_lines():
            return
        super().keyPressEvent(event)

    def _paste_lines(self) -> bool:
        """Several lines on the clipboard: hand them over, one item per line."""
        lines = text_input.lines(QGuiApplication.clipboard().text())
        if len(lines) < 2:
            return False
        self.lines_pasted.emit(lines)
        return True


def compact(combo: QComboBox, chars: int = 7) -> QComboBox:
    """A combo box that asks for room for ``chars`` characters, not for its longest item,
    so the bar fits a 1280-pixel screen; its list still opens wide enough to read."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setStyleSheet("QComboBox QAbstractItemView { min-width: 18em; }")
    return combo


class QuickAddBar(QWidget):
    """The entry line with the place it writes to, and extra pickers a page adds."""

    submitted = Signal(object, list)  # place data (zone key or column index), texts

    def __init__(self, place_label: str, placeholder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setObjectName("quickAdd")
        self.places = compact(QComboBox(), 8)
        self.line = EntryLine()
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(True)
        self.face_down = QCheckBox(self.tr("Face-down"))
        self.face_down.setToolTip(
            self.tr("New items show only their back on the projection until you reveal them")
        )
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 3, 6, 3)
        self._layout.addWidget(QLabel(self.tr("Quick add")))
        self._layout.addWidget(QLabel(place_label))
        self._layout.addWidget(self.places)
        self._layout.addWidget(self.line, 1)
        self._layout.addWidget(self.face_down)
        self.line.returnPressed.connect(self._enter)
        self.line.tab_pressed.connect(self.cycle)
        self.line.lines_pasted.connect(lambda lines: self._submit(lines))

    def add_picker(self, label: str, widget: QWidget) -> None:
        """A further choice before the line (the kind of a new resource)."""
        at = self._layout.indexOf(self.line)
        if isinstance(widget, QComboBox):
            compact(widget)
        self._layout.insertWidget(at, QLabel(label))
        self._layout.insertWidget(at + 1, widget)

    def set_places(self, places: list[tuple[str, object]]) -> None:
        """The zones or columns to choose from, keeping the current one when it stays."""
        current = self.places.currentData()
        self.places.blockSignals(True)
        self.places.clear()
        for text, data in places:
            self.places.addItem(text, data)
        self.places.blockSignals(False)
        index = self.places.findData(current)
        self.places.setCurrentIndex(index if index >= 0 else 0 if places else -1)

    def place(self) -> object:
        return self.places.currentData()

    def choose_place(self, data: object) -> None:
        index = self.places.findData(data)
        if index >= 0:
            self.places.setCurrentIndex(index)

    def cycle(self, step: int) -> None:
        count = self.places.count()
        if count:
            self.places.setCurrentIndex((self.places.currentIndex() + step) % count)

    def start(self) -> None:
        """Focus the line, ready to type."""
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def _enter(self) -> None:
        text = " ".join(self.line.text().split())
        if text:
            self._submit([text])

    def _submit(self, texts: list[str]) -> None:
        if self.places.count() == 0:
            return
        self.submitted.emit(self.place(), texts)
        self.line.clear()
