"""Undoable commands: each calls document methods and keeps the old and new state.

Worksheet commands live in ``app.commands.worksheets``.
"""

from app.commands.profile import EditProfile
from app.commands.resources import AddResource, DeleteResources, EditResource

__all__ = ["AddResource", "DeleteResources", "EditProfile", "EditResource"]
