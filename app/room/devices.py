"""The phones and tablets that joined (端末): how they join, what they may still do.

A device joins with the unguessable token of the QR address or with the PIN; it then holds
a session cookie the server made. Five wrong PINs from one address block it for a minute.
Every device has a budget of requests that refills over time, so one phone cannot flood
the laptop. The registry is shared by the server's thread and the GUI thread (the panel of
who is connected), so every method takes its lock.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

#: Wrong PINs from one address before it is blocked, and for how long.
PIN_TRIES = 5
PIN_BLOCK_S = 60.0
#: Requests a device may make in a burst, and how many come back per second.
BURST = 20
REFILL_PER_S = 2.0


def new_token() -> str:
    """The join token of the QR address: 128 random bits."""
    return secrets.token_urlsafe(16)


def new_pin() -> str:
    """A four-digit PIN (easy to type; guessing is slowed by the block)."""
    return f"{secrets.randbelow(10_000):04d}"


@dataclass(frozen=True)
class Device:
    """What the laptop knows of one device; a copy, for the panel."""

    cookie: str
    device_id: str  # the id the phone keeps for itself
    address: str
    agent: str
    joined_at: float
    last_seen: float
    participant_id: int | None = None
    name: str = ""
    anonymous: bool = False
    items_sent: int = 0
    blocked: bool = False

    def label(self) -> str:
        """A short description of the device: its browser's platform, or its address."""
        agent = self.agent
        for word in ("iPhone", "iPad", "Android", "Windows", "Macintosh", "Linux"):
            if word in agent:
                return word
        return self.address


@dataclass
class _Budget:
    tokens: float = float(BURST)
    at: float = field(default_factory=time.monotonic)


class Devices:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._by_cookie: dict[str, Device] = {}
        self._blocked_ids: set[str] = set()
        self._wrong_pins: dict[str, list[float]] = {}
        self._budgets: dict[str, _Budget] = {}

    # -- joining ------------------------------------------------------------------------
    def pin_blocked(self, address: str) -> bool:
        with self._lock:
            return self._pin_blocked(address)

    def _pin_blocked(self, address: str) -> bool:
        now = self._clock()
        recent = [t for t in self._wrong_pins.get(address, []) if now - t < PIN_BLOCK_S]
        self._wrong_pins[address] = recent
        return len(recent) >= PIN_TRIES

    def wrong_pin(self, address: str) -> None:
        with self._lock:
            self._wrong_pins.setdefault(address, []).append(self._clock())

    def join(self, device_id: str, address: str, agent: str) -> Device | None:
        """A new session for a device; None for a device the facilitator blocked."""
        with self._lock:
            if device_id in self._blocked_ids:
                return None
            now = self._clock()
            earlier = [d for d in self._by_cookie.values() if d.device_id == device_id]
            for old in earlier:  # the same phone again (a rescan): one entry in the panel
                del self._by_cookie[old.cookie]
            device = Device(secrets.token_urlsafe(24), device_id, address, agent[:200], now, now)
            if earlier:
                kept = earlier[-1]
                device = replace(
                    device,
                    participant_id=kept.participant_id,
                    name=kept.name,
                    anonymous=kept.anonymous,
                    items_sent=kept.items_sent,
                )
            self._by_cookie[device.cookie] = device
            return device

    def named(self, cookie: str, participant_id: int | None, name: str, anonymous: bool) -> None:
        with self._lock:
            device = self._by_cookie.get(cookie)
            if device is not None:
                self._by_cookie[cookie] = replace(
                    device, participant_id=participant_id, name=name, anonymous=anonymous
                )

    # -- each request -------------------------------------------------------------------
    def seen(self, cookie: str) -> Device | None:
        """The device holding ``cookie``, marked as seen now; None if unknown or blocked."""
        with self._lock:
            device = self._by_cookie.get(cookie)
            if device is None or device.blocked:
                return None
            device = replace(device, last_seen=self._clock())
            self._by_cookie[cookie] = device
            return device

    def spend(self, cookie: str) -> bool:
        """Take one request from the device's budget; False when it is spent."""
        with self._lock:
            budget = self._budgets.setdefault(cookie, _Budget(at=self._clock()))
            now = self._clock()
            budget.tokens = min(BURST, budget.tokens + (now - budget.at) * REFILL_PER_S)
            budget.at = now
            if budget.tokens < 1:
                return False
            budget.tokens -= 1
            return True

    def sent(self, cookie: str) -> None:
        with self._lock:
            device = self._by_cookie.get(cookie)
            if device is not None:
                self._by_cookie[cookie] = replace(device, items_sent=device.items_sent + 1)

    # -- the facilitator ----------------------------------------------------------------
    def all(self) -> list[Device]:
        with self._lock:
            return sorted(self._by_cookie.values(), key=lambda d: d.joined_at)

    def disconnect(self, device_id: str) -> None:
        """End the device's session; it may join again with the QR or the PIN."""
        with self._lock:
            for cookie in [c for c, d in self._by_cookie.items() if d.device_id == device_id]:
                del self._by_cookie[cookie]

    def block(self, device_id: str) -> None:
        """End the device's session and refuse it until receiving starts again."""
        with self._lock:
            self._blocked_ids.add(device_id)
            for cookie, device in list(self._by_cookie.items()):
                if device.device_id == device_id:
                    self._by_cookie[cookie] = replace(device, blocked=True)
