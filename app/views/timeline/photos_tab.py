"""写真: the session's photos — the 模造紙 a table filled, the whiteboard, a graphic
recording — kept with its record and printed in its 議事録."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from app.document import WorkshopDocument
from app.models import OwnerKind, PhotoOwner
from app.views.photos.photo_strip import PhotoStrip
from app.views.timeline.session_tab import Push, SessionTab, ShowError


class PhotosTab(SessionTab):
    def __init__(self, document: WorkshopDocument, push: Push, show_error: ShowError) -> None:
        super().__init__(document, push, show_error)
        self.strip = PhotoStrip(document, push, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip)

    def refresh(self) -> None:
        owner = PhotoOwner(OwnerKind.SESSION, self.session_id) if self.session_id else None
        if owner != self.strip.owner:
            self.strip.set_owner(owner)
