"""The open workshop: one document, composed of parts, through which every change passes."""

from app.document.workshop_document import ReadOnlyDocument, WorkshopDocument

__all__ = ["ReadOnlyDocument", "WorkshopDocument"]
