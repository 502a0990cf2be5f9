"""What every tab of the session panel shares: the session shown, a way to push a
command (refusals go to the status bar), and dates shown as the user chose."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from app import i18n
from app.document import WorkshopDocument
from app.models.dates import format_date
from app.models.rules import ValidationError

Push = Callable[[QUndoCommand], bool]
ShowError = Callable[[ValidationError], None]


class SessionTab(QWidget):
    def __init__(self, document: WorkshopDocument, push: Push, show_error: ShowError) -> None:
        super().__init__()
        self.document = document
        self._push = push
        self._show_error = show_error
        self.session_id: int | None = None
        self.wareki = False
        self.read_only = document.file.read_only

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.setEnabled(session_id is not None)
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def run(self, build: Callable[[], QUndoCommand | None]) -> bool:
        """Build a command and push it; a refusal is shown and the tab shows the file again."""
        try:
            command = build()
        except ValidationError as error:
            self._show_error(error)
            self.said(error)
            self.refresh()
            return False
        if command is None:
            return False
        pushed = self._push(command)
        if not pushed:
            self.refresh()
        return pushed

    def said(self, error: ValidationError) -> None:
        """A refusal to show within the tab too, beside the field it is about."""

    def date_text(self, day: date | None, weekday: bool = False) -> str:
        if day is None:
            return ""
        return format_date(day, self.wareki, i18n.current_language(), weekday)
