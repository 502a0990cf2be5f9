"""A phone for the tests: an HTTP client with its own cookie, run off the GUI thread so the
reception can answer it while the test waits."""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar
from typing import Any

_POOL = ThreadPoolExecutor(max_workers=8)


class Phone:
    def __init__(self, base: str, qtbot: Any = None) -> None:
        self.base = base
        self.device = secrets.token_hex(16)
        self.qtbot = qtbot
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def _send(self, method: str, path: str, body: bytes | None, headers: dict[str, str]):
        request = urllib.request.Request(
            self.base + path, data=body, method=method, headers=headers
        )
        try:
            with self._opener.open(request, timeout=30) as response:
                return response.status, json.loads(response.read() or b"{}"), dict(response.headers)
        except urllib.error.HTTPError as error:
            raw = error.read()
            try:
                data = json.loads(raw)
            except ValueError:
                data = {"raw": raw.decode("utf-8", "replace")}
            return error.code, data, dict(error.headers)

    def _wait(self, future: Any) -> Any:
        if self.qtbot is not None:  # let the GUI thread apply what the phone sent
            self.qtbot.waitUntil(future.done, timeout=30_000)
        return future.result()

    def raw(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any, dict[str, str]]:
        return self._wait(_POOL.submit(self._send, method, path, body, headers or {}))

    def post(self, path: str, body: object) -> tuple[int, Any]:
        headers = {"Content-Type": "application/json", "X-Wagamachi": "1"}
        status, data, _ = self.raw("POST", path, json.dumps(body).encode(), headers)
        return status, data

    def join(self, token: str = "", pin: str = "") -> tuple[int, Any]:
        body: dict[str, str] = {"device": self.device}
        if token:
            body["token"] = token
        else:
            body["pin"] = pin
        return self.post("/api/join", body)

    def send(self, kind: str, client_id: str | None = None, **fields: object) -> tuple[int, Any]:
        return self.post(
            f"/api/{kind}", {"client_id": client_id or secrets.token_hex(16), **fields}
        )

    def state(self, since: int = -1) -> dict[str, Any]:
        status, data, _ = self.raw("GET", f"/api/state?since={since}")
        assert status == 200, data
        return data
