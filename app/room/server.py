"""The room server: aiohttp in a thread of its own, serving the phone page and its API.

It never reads or writes the file. A write a phone asks for becomes a
:class:`~app.room.requests.Request` handed to ``submit`` (the reception, which applies it on
the GUI thread and answers through a future); what the phones see is the
:class:`~app.room.state.RoomState` last handed to :meth:`RoomServer.publish`. Phones learn of
changes by long polling (``GET /api/state?since=N`` waits until the state is newer), which
every phone browser does, through hotspots that sleep, with nothing but HTTP.

``docs/room-api.md`` documents the endpoints.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from aiohttp import web

from app.room.addresses import DEFAULT_PORT
from app.room.devices import Device, Devices
from app.room.requests import MAX_BODY, MAX_REFLECTION_BODY, Refused, Request, device_id, parse
from app.room.state import RoomState, personal_view, shared_view

COOKIE = "wagamachi_device"
#: How long a poll waits for a change before answering with the same state.
POLL_S = 20.0
#: How long a write waits for the laptop before the phone is told to send again later.
ANSWER_S = 15.0

_FILES = {
    "room.js": "text/javascript",
    "room.css": "text/css",
}
_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}

Submit = Callable[[Request], "Future[dict[str, Any]]"]


def _refusal(error: Refused) -> web.Response:
    return web.json_response(
        {"error": error.code, "details": list(error.details)}, status=error.status
    )


class RoomServer:
    def __init__(self, submit: Submit, page: Path, token: str, pin: str) -> None:
        self.devices = Devices()
        self.token, self.pin = token, pin
        self._submit = submit
        self._page = page
        self._state = RoomState()
        self._shared = b"{}"  # the shared part of the state, encoded once per version
        self._loop: asyncio.AbstractEventLoop | None = None
        self._newer: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.host, self.port = "", 0
        self._hosts: set[str] = set()  # the Host headers that name this server

    # -- the GUI thread's side ----------------------------------------------------------
    def start(self, host: str, port: int = DEFAULT_PORT) -> int:
        """Listen on ``host`` (one address, never all) at ``port``, or at a free port when
        that one is taken; return the port. Raises OSError when nothing can be opened."""
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                self.port = loop.run_until_complete(self._open(host, port))
            except BaseException as error:  # noqa: BLE001 - handed to the caller
                failure.append(error)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._close())
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="room-server", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._loop = self._thread = None
            raise failure[0]
        self.host = host
        return self.port

    def stop(self) -> None:
        """Stop listening; every phone's next request fails and it keeps what it has not
        sent. Returns when the server's thread has ended."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        self._loop = self._thread = None
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def publish(self, state: RoomState) -> None:
        """What the phones see from now on (thread-safe; the state is never changed)."""
        shared = json.dumps(shared_view(state), ensure_ascii=False).encode()
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._take, state, shared)
        else:
            self._state, self._shared = state, shared

    # -- the server's thread ------------------------------------------------------------
    def _take(self, state: RoomState, shared: bytes) -> None:
        self._state, self._shared = state, shared
        if self._newer is not None:
            self._newer.set()
            self._newer = asyncio.Event()

    async def _open(self, host: str, port: int) -> int:
        self._newer = asyncio.Event()
        app = web.Application(client_max_size=MAX_REFLECTION_BODY, middlewares=[self._guard])
        app.add_routes(
            [
                web.get("/", self._index),
                web.get("/j/{token}", self._index),
                web.get("/static/{name}", self._static),
                web.post("/api/join", self._join),
                web.get("/api/state", self._state_for),
                web.post("/api/{kind}", self._write),
            ]
        )
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        for attempt in (port, 0):
            site = web.TCPSite(self._runner, host, attempt)
            try:
                await site.start()
            except OSError:
                if attempt == 0:
                    raise
                continue
            server = site._server
            assert server is not None
            bound = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
            shown = f"[{host}]" if ":" in host else host
            self._hosts = {f"{shown}:{bound}"}
            return bound
        raise OSError("no port")

    async def _close(self) -> None:
        if self._newer is not None:
            self._newer.set()  # every waiting poll answers now
        if self._runner is not None:
            await self._runner.cleanup()

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Every answer gets the strict headers; every write must come from the page itself
        (its own origin, a JSON body and the header the page adds, which a form or another
        site cannot send)."""
        try:
            if request.host not in self._hosts:  # another name for this address (DNS rebinding)
                raise Refused("forbidden", 403)
            if request.method == "POST":
                origin = request.headers.get("Origin")
                if origin is not None and origin != f"http://{request.host}":
                    raise Refused("forbidden", 403)
                if request.headers.get("X-Wagamachi") != "1":
                    raise Refused("forbidden", 403)
                if request.content_type != "application/json":
                    raise Refused("bad_request", 415)
            response = await handler(request)
        except Refused as error:
            response = _refusal(error)
        except web.HTTPRequestEntityTooLarge:
            response = _refusal(Refused("too_large", 413))
        except web.HTTPException as error:
            response = web.json_response({"error": "not_found"}, status=error.status)
        except Exception:  # noqa: BLE001 - a phone never gets a bare error without the headers
            response = _refusal(Refused("bad_request", 500))
        response.headers.update(_HEADERS)
        return response

    async def _index(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(self._page / "index.html", headers={"Content-Type": "text/html"})

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in _FILES:
            raise Refused("not_found", 404)
        return web.FileResponse(self._page / name, headers={"Content-Type": _FILES[name]})

    async def _body(self, request: web.Request) -> Any:
        raw = await request.read()
        limit = MAX_REFLECTION_BODY if request.path == "/api/reflection" else MAX_BODY
        if len(raw) > limit:
            raise Refused("too_large", 413)
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):
            raise Refused("bad_request") from None

    def _device(self, request: web.Request) -> Device:
        device = self.devices.seen(request.cookies.get(COOKIE, ""))
        if device is None:
            raise Refused("not_joined", 401)
        return device

    async def _join(self, request: web.Request) -> web.StreamResponse:
        body = await self._body(request)
        if not isinstance(body, dict):
            raise Refused("bad_request")
        phone = device_id(body.get("device"))
        address = request.remote or ""
        token, pin = body.get("token"), body.get("pin")
        if isinstance(token, str) and token:
            if not secrets.compare_digest(token.encode(), self.token.encode()):
                raise Refused("bad_token", 403)
        elif isinstance(pin, str):
            if self.devices.pin_blocked(address):
                raise Refused("pin_blocked", 429)
            if not secrets.compare_digest(pin.strip().encode(), self.pin.encode()):
                self.devices.wrong_pin(address)
                raise Refused("wrong_pin", 403)
        else:
            raise Refused("bad_request")
        device = self.devices.join(phone, address, request.headers.get("User-Agent", ""))
        if device is None:
            raise Refused("blocked", 403)
        response = web.json_response({"joined": True})
        response.set_cookie(COOKIE, device.cookie, httponly=True, samesite="Strict", path="/")
        return response

    async def _state_for(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        try:
            since = int(request.query.get("since", "-1"))
        except ValueError:
            raise Refused("bad_request") from None
        if self._state.version <= since and self._newer is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._newer.wait(), POLL_S)
            device = self._device(request)  # blocked or disconnected meanwhile: 401
        personal = json.dumps(personal_view(self._state, device), ensure_ascii=False)
        body = b'{"room":' + self._shared + b',"me":' + personal.encode() + b"}"
        return web.Response(body=body, content_type="application/json", charset="utf-8")

    async def _write(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        cookie = request.cookies[COOKIE]
        if not self.devices.spend(cookie):
            raise Refused("too_many", 429)
        wanted = parse(request.match_info["kind"], await self._body(request), device)
        try:
            answer = await asyncio.wait_for(asyncio.wrap_future(self._submit(wanted)), ANSWER_S)
        except TimeoutError:
            raise Refused("busy", 503) from None
        if wanted.kind == "name":
            self.devices.named(
                cookie,
                answer.get("participant"),
                str(answer.get("name", "")),
                wanted.anonymous,
            )
        elif not answer.get("again"):
            self.devices.sent(cookie)
        return web.json_response(answer)
