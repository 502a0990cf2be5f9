"""The open workshop as a QObject: the profile and resources, and its parts —
``sheets``, ``boards``, ``roster`` and ``timeline`` (``app/document/*.py``).

Every writing method, of the document or of a part, writes in one recorded transaction
(:meth:`WorkshopDocument.change`); methods called while a change is open join it, so a
gesture made of several steps is still one transaction. Once committed, the rows the change
touched are announced as past-tense signals (``app/document/announce.py``); views mirror the
document through those signals. Commands (``app/commands``) are the only callers of the
writing methods; undo and redo replay a change's recorded inverse
(:meth:`WorkshopDocument.revert`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from app.document.announce import announce
from app.document.boards import Boards
from app.document.forms import Forms
from app.document.issues import Issues
from app.document.photos import Photos
from app.document.received import Received
from app.document.roster import Roster
from app.document.sheets import Sheets
from app.document.timeline import Timeline
from app.models import KindGroup, Resource, ResourceKind, Workshop
from app.models.rules import ValidationError, validate_profile, validate_resource
from app.models.values import ProfileValues, ResourceValues
from app.store import change_log, own_kinds, repository
from app.store import rows as table
from app.store.change_log import HERE, Change
from app.store.workshop_file import ReadOnlyReason, WorkshopFile


class ReadOnlyDocument(RuntimeError):
    """A write was attempted on a document opened read-only."""


class WorkshopDocument(QObject):
    profile_changed = Signal()
    catalogue_changed = Signal()  # kinds added (an import) or taken back
    photos_changed = Signal()  # a photo added, edited or removed, anywhere
    forms_changed = Signal(str)  # a sheet of 帳票1 or 帳票5 written (the form's id)
    resources_added = Signal(list)  # ids
    resource_changed = Signal(int)
    resources_removed = Signal(list)  # ids
    worksheet_added = Signal(int)
    worksheet_changed = Signal(int)  # title, caption, aim, story
    worksheet_removed = Signal(int)
    zones_changed = Signal(int)  # sheet id
    cards_added = Signal(int, list)  # sheet id, card ids
    cards_changed = Signal(int, list)
    cards_removed = Signal(int, list)
    links_added = Signal(int, list)  # sheet id, link ids
    links_changed = Signal(int, list)
    links_removed = Signal(int, list)
    participants_added = Signal(list)  # ids
    participants_changed = Signal(list)
    participants_removed = Signal(list)
    board_added = Signal(int)
    board_changed = Signal(int)  # title
    board_removed = Signal(int)
    board_columns_changed = Signal(int)  # board id
    notes_added = Signal(int, list)  # board id, note ids
    notes_changed = Signal(int, list)
    notes_removed = Signal(int, list)
    groups_changed = Signal(int)  # board id
    rounds_changed = Signal(int)  # board id: a round started, changed, closed or revealed
    votes_changed = Signal(int)  # round id
    sessions_changed = Signal(list)  # ids of sessions added or edited
    sessions_removed = Signal(list)
    session_content_changed = Signal(int, str)  # session id, table ("agenda_item", …)
    #: After the signals above: the whole change (rows, origin, author), for whoever keeps
    #: a record of what came from where.
    changed = Signal(object)

    def __init__(self, workshop_file: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = workshop_file
        self._open: Session | None = None  # the session of the change being made
        self.last_change = Change()
        self.reload_catalogue()
        self.sheets = Sheets(self)
        self.boards = Boards(self)
        self.roster = Roster(self)
        self.timeline = Timeline(self)
        self.received = Received(self)
        self.photos = Photos(self)
        self.forms = Forms(self)
        self.issues = Issues(self)

    def reload_catalogue(self) -> None:
        with self.file.read_session() as session:
            self._groups = repository.kind_groups(session)
            self._kinds = {k.id: k for k in repository.kinds(session)}

    # -- the file ---------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only_reason(self) -> ReadOnlyReason | None:
        return self.file.read_only_reason

    def close(self) -> None:
        self.file.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """The session of the change being made, or a new change for this one write."""
        if self._open is not None:
            yield self._open
            return
        with self.change() as session:
            yield session

    @contextlib.contextmanager
    def change(self, origin: str = HERE, author: int | None = None) -> Iterator[Session]:
        """One recorded transaction: every write of the block, committed together, then
        announced; :attr:`last_change` holds what it did and how to take it back.

        Every change takes this one path, whatever its ``origin`` (this laptop, a phone in
        the room, an import): the views hear of it the same way."""
        if self.file.read_only:
            raise ReadOnlyDocument(str(self.path))
        if self._open is not None:
            raise RuntimeError("a change is already being made")
        with (
            self.file.session() as session,
            change_log.recording(session, origin, author) as recorded,
        ):
            self._open = session
            try:
                yield session
            finally:
                self._open = None
        self.last_change = recorded
        announce(self, recorded)
        self.changed.emit(recorded)

    def record(
        self, perform: Callable[[], object], origin: str = HERE, author: int | None = None
    ) -> Change:
        """Run ``perform`` (calls of this document's writing methods) as one change."""
        with self.change(origin, author):
            perform()
        return self.last_change

    def revert(self, done: Change) -> Change:
        """Take back ``done`` exactly; the change returned takes the revert back again.

        A revert touches only the rows ``done`` touched. When taking it back would reach
        further — a board added here that a phone has since put notes on would take them
        with it — nothing is written and :class:`ValidationError` ``others_work`` says why:
        undo never removes someone else's work by surprise."""
        allowed = {(t.table, t.id) for t in done.touched}
        with self.change() as session:
            change_log.replay(session, done.inverse)
            if not change_log.touched_so_far(session) <= allowed:
                raise ValidationError("others_work", "undo")
        return self.last_change

    # -- reading ----------------------------------------------------------------
    def workshop(self) -> Workshop:
        with self.file.read_session() as session:
            return repository.workshop(session)

    def kind_groups(self) -> list[KindGroup]:
        return list(self._groups)

    def kinds(self) -> list[ResourceKind]:
        return list(self._kinds.values())

    def kind(self, kind_id: str) -> ResourceKind | None:
        return self._kinds.get(kind_id)

    def resources(self) -> list[Resource]:
        with self.file.read_session() as session:
            return repository.resources(session)

    def resources_by_id(self, ids: Sequence[int]) -> list[Resource]:
        with self.file.read_session() as session:
            return table.by_ids(session, Resource, ids)

    def resource(self, resource_id: int) -> Resource:
        with self.file.read_session() as session:
            return session.get_one(Resource, resource_id)

    def resource_named(self, name: str) -> Resource | None:
        with self.file.read_session() as session:
            return repository.resource_named(session, name)

    def area_names(self) -> list[str]:
        with self.file.read_session() as session:
            return repository.area_names(session)

    # -- validation without writing (commands check before they are pushed) -----
    def clean_profile(self, changes: Mapping[str, object]) -> ProfileValues:
        return validate_profile(changes)

    def clean_resource(self, values: Mapping[str, object]) -> ResourceValues:
        return validate_resource(values, set(self._kinds))

    # -- writing ----------------------------------------------------------------
    def update_profile(self, changes: ProfileValues) -> None:
        with self.writing() as session:
            repository.update_profile(session, changes)

    def add_resource(self, values: ResourceValues) -> int:
        return self.add_resources([values])[0]

    def add_resources(self, rows: Sequence[ResourceValues]) -> list[int]:
        """Several resources in one transaction (lines typed or pasted in quick add)."""
        with self.writing() as session:
            return repository.insert_resources(session, rows)

    def add_kinds(self, names: Sequence[str]) -> dict[str, str]:
        """Kinds a municipality's lists name that the catalogue lacks; name → kind id."""
        with self.writing() as session:
            return own_kinds.add_kinds(session, names)

    def update_resource(self, resource_id: int, changes: ResourceValues) -> None:
        with self.writing() as session:
            repository.update_resource(session, resource_id, changes)

    def delete_resources(self, ids: Sequence[int]) -> None:
        """Delete resources; their cards on every sheet and those cards' links go with them."""
        with self.writing() as session:
            repository.delete_resources(session, ids)
