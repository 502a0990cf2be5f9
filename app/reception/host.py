"""The reception: the room server's life and its one bridge to the document.

The server's thread hands each write over as a queued signal; it is applied here, on the
GUI thread, through the document (:mod:`app.reception.intake`), and the answer goes back
through a future. After every change the state the phones see is read again and
published: at once after a quiet spell, at most every :data:`PUBLISH_MS` in a burst, so
sixty phones writing at once do not make the laptop read the board for each note.
"""

from __future__ import annotations

import ipaddress
from collections import deque
from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from app.document import WorkshopDocument
from app.document.workshop_document import ReadOnlyDocument
from app.paths import resource_path
from app.reception.intake import Intake, Measure
from app.reception.room_state import RoomChoices, room_state
from app.room.addresses import DEFAULT_PORT
from app.room.devices import Device, new_pin, new_token
from app.room.requests import Refused, Request
from app.store.errors import StoreError

if TYPE_CHECKING:  # aiohttp is loaded when receiving first starts, not with the window
    from app.room.server import RoomServer

#: The longest a change waits before the phones hear of it.
PUBLISH_MS = 150
#: What moderation holds back until the facilitator takes it: what the room would see.
MODERATED = {"note", "card", "edit"}
#: The longest the reception applies phones' items before the window's own events.
SLICE_MS = 30


class Reception(QObject):
    started = Signal()
    stopped = Signal()
    #: A phone's item was applied: its kind ("note", "dot" …) and the device.
    received = Signal(str, object)
    #: Once a second while receiving, for the panel of who is connected.
    devices_changed = Signal()
    #: Items came into, or left, the moderation queue.
    pending_changed = Signal()
    _arrived = Signal(object, object)  # request, future: from the server's thread

    def __init__(
        self, document: WorkshopDocument, measure: Measure, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.choices = RoomChoices()
        self.intake = Intake(document, self.choices, measure)
        self.server: RoomServer | None = None
        self._version = 0
        self._publish = QTimer(self, singleShot=True, interval=PUBLISH_MS)
        self._publish.timeout.connect(self.publish)
        self._since_published = QElapsedTimer()
        self._since_published.start()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.devices_changed)
        #: Moderation: items waiting for the facilitator, in arrival order, and what was
        #: decided (client id → taken), so a resend is answered the same way.
        self.pending: dict[str, Request] = {}
        self._decided: dict[str, bool] = {}
        self._declined_by: dict[str, str] = {}
        self._waiting: deque[tuple[Request, Future[dict[str, Any]]]] = deque()
        self._drain = QTimer(self, singleShot=True, interval=0)
        self._drain.timeout.connect(self._apply_some)
        self._arrived.connect(self._queue, Qt.ConnectionType.QueuedConnection)
        document.changed.connect(self._changed)

    # -- starting and stopping ----------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self, host: str, port: int = DEFAULT_PORT) -> int:
        """Listen on ``host`` only; return the port (``port``, or a free one if taken).

        Raises :class:`ReadOnlyDocument` for a file opened read-only (nothing a phone sends
        could be kept) and OSError when the address cannot be listened on."""
        if self.document.read_only_reason is not None:
            raise ReadOnlyDocument(str(self.document.path))
        self.stop()
        from app.room.server import RoomServer

        server = RoomServer(self._submit, resource_path("room"), new_token(), new_pin())
        server.publish(self._state())
        port = server.start(host, port)
        self.server = server
        self._tick.start()
        self.started.emit()
        return port

    def stop(self) -> None:
        """Stop receiving: the server closes and every device must join again."""
        server, self.server = self.server, None
        if server is None:
            return
        self._tick.stop()
        server.stop()
        self.stopped.emit()

    # -- where phones join ---------------------------------------------------------------
    def _base(self) -> str:
        assert self.server is not None
        host = self.server.host
        if isinstance(ipaddress.ip_address(host), ipaddress.IPv6Address):
            host = f"[{host}]"
        return f"http://{host}:{self.server.port}"

    def join_address(self) -> str:
        """The QR code's address: joins at once, with the unguessable token."""
        assert self.server is not None
        return f"{self._base()}/j/{self.server.token}"

    def short_address(self) -> str:
        """The address to type by hand (then the PIN)."""
        return self._base().removeprefix("http://")

    @property
    def pin(self) -> str:
        return self.server.pin if self.server is not None else ""

    def devices(self) -> list[Device]:
        return self.server.devices.all() if self.server is not None else []

    def disconnect_device(self, device_id: str) -> None:
        if self.server is not None:
            self.server.devices.disconnect(device_id)
            self.devices_changed.emit()

    def block_device(self, device_id: str) -> None:
        if self.server is not None:
            self.server.devices.block(device_id)
            self.devices_changed.emit()

    # -- what the room does ---------------------------------------------------------------
    def choose(self, **changes: Any) -> None:
        """Change the facilitator's choices (board_id, writing_open, face_down …)."""
        for key, value in changes.items():
            if not hasattr(self.choices, key):
                raise AttributeError(key)
            setattr(self.choices, key, value)
        self.publish()

    def _changed(self, _change: object) -> None:
        """Publish soon: at once after a quiet spell, else at most every PUBLISH_MS."""
        if self.server is not None and not self._publish.isActive():
            self._publish.start(max(0, PUBLISH_MS - self._since_published.elapsed()))

    def _state(self) -> Any:
        self._version += 1
        state = room_state(self.document, self.choices, self._version)
        pending: dict[str, list[str]] = {}
        for client_id, request in self.pending.items():
            pending.setdefault(request.device.device_id, []).append(client_id)
        declined: dict[str, list[str]] = {}
        for client_id, device_id in self._declined_by.items():
            declined.setdefault(device_id, []).append(client_id)
        return replace(
            state,
            pending={d: tuple(ids) for d, ids in pending.items()},
            declined={d: tuple(ids) for d, ids in declined.items()},
        )

    # -- moderation -------------------------------------------------------------------------
    def _held(self, request: Request) -> dict[str, Any] | None:
        """The answer for an item moderation holds back, or None to apply it now."""
        if request.kind not in MODERATED:
            return None
        if self._decided.get(request.client_id) is False:
            return {"declined": True}
        if request.client_id in self.pending:
            return {"pending": True}
        if not self.choices.moderated or self.document.received.find(request.client_id):
            return None
        self.pending[request.client_id] = request
        self.pending_changed.emit()
        self._changed(None)
        return {"pending": True}

    def accept(self, client_ids: list[str]) -> list[Refused]:
        """Take these waiting items into the file, each as the phone's own change; the
        refusals of those that now break a rule (the round closed meanwhile …)."""
        refused: list[Refused] = []
        for client_id in client_ids:
            request = self.pending.pop(client_id, None)
            if request is None:
                continue
            try:
                self.intake.apply(request)
            except Refused as error:
                refused.append(error)
                self._decline(client_id, request)
            else:
                self._decided[client_id] = True
        self.pending_changed.emit()
        self.publish()
        return refused

    def decline(self, client_ids: list[str]) -> None:
        """Leave these waiting items out; their phones are told."""
        for client_id in client_ids:
            request = self.pending.pop(client_id, None)
            if request is not None:
                self._decline(client_id, request)
        self.pending_changed.emit()
        self.publish()

    def _decline(self, client_id: str, request: Request) -> None:
        self._decided[client_id] = False
        self._declined_by[client_id] = request.device.device_id

    def publish(self) -> None:
        """Read the state again and hand it to the server now."""
        self._publish.stop()
        self._since_published.restart()
        if self.server is not None:
            self.server.publish(self._state())

    # -- the bridge from the server's thread -----------------------------------------------
    def _submit(self, request: Request) -> Future[dict[str, Any]]:
        future: Future[dict[str, Any]] = Future()
        self._arrived.emit(request, future)
        return future

    def _queue(self, request: Request, future: Future[dict[str, Any]]) -> None:
        self._waiting.append((request, future))
        if not self._drain.isActive():
            self._drain.start()

    def _apply_some(self) -> None:
        """Apply what is waiting for at most :data:`SLICE_MS`, then let the window paint
        and take the facilitator's input before the rest: sixty phones joining at once
        never freeze the laptop."""
        clock = QElapsedTimer()
        clock.start()
        try:
            while self._waiting and clock.elapsed() < SLICE_MS:
                self._apply(*self._waiting.popleft())
        finally:  # the rest waits for the next turn, even when one item failed
            if self._waiting:
                self._drain.start()

    def _apply(self, request: Request, future: Future[dict[str, Any]]) -> None:
        if not future.set_running_or_notify_cancel():
            return  # the phone stopped waiting; it will send the same item again
        try:
            answer = self._held(request) or self.intake.apply(request)
        except Refused as error:
            future.set_exception(error)
        except ReadOnlyDocument:
            future.set_exception(Refused("read_only", 503))
        except StoreError:
            future.set_exception(Refused("not_saved", 503))
        except Exception as error:
            future.set_exception(Refused("not_saved", 500))
            raise error  # the window's error handler reports it
        else:
            if not (answer.get("again") or answer.get("pending") or answer.get("declined")):
                self.received.emit(request.kind, request.device)
            future.set_result(answer)
