"""What a phone may ask for, parsed strictly from the JSON it sends.

Each body becomes one :class:`Request` or is refused with :class:`Refused` and a code the
phone page words in Japanese. Text is kept exactly as typed (it is shown as text
everywhere, never as HTML); only its length is limited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.room.devices import Device

#: The largest body the server reads (413 beyond); a reflection sheet's answers are longer
#: (several answers of up to 2,000 characters, three bytes each in UTF-8).
MAX_BODY = 16 * 1024
MAX_REFLECTION_BODY = 128 * 1024
#: The longest note a phone may send.
MAX_NOTE = 500
MAX_NAME = 100
_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")

#: The kinds of request that write, and what each carries besides the client id.
KINDS = {
    "name": (),
    "note": ("text",),
    "edit": ("note_id", "text"),
    "withdraw": ("note_id",),
    "dot": ("round_id", "note_id"),
    "undot": ("round_id", "note_id"),
    "card": (),  # a name, a kind and the zone meant (below)
    "reflection": (),  # the answers (below)
}
#: The longest answer on a reflection sheet, and the most questions a sheet has.
MAX_ANSWER = 2000
MAX_QUESTIONS = 20


class Refused(ValueError):
    """A request the room will not take; ``code`` names why, ``status`` the HTTP status."""

    def __init__(self, code: str, status: int = 400, *details: str) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.details = details


@dataclass(frozen=True)
class Request:
    """One write a device asks for; the reception applies it on the GUI thread."""

    kind: str
    device: Device
    client_id: str = ""
    text: str = ""
    note_id: int = 0
    round_id: int = 0
    column_id: int | None = None
    kind_id: str = ""
    zone_key: str = ""
    #: A reflection sheet: (question, answer) pairs.
    answers: tuple[tuple[str, str], ...] = ()
    participant_id: int | None = None
    anonymous: bool = False


def device_id(value: object) -> str:
    """A phone's own id or a client id: 16–64 letters, digits, - and _."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise Refused("bad_request")
    return value


def _key(value: object) -> str:
    """A catalogue kind's id or a zone's key: short, plain letters and digits."""
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9_:-]{1,40}", value):
        raise Refused("bad_request")
    return value


def _int(body: dict[str, Any], key: str) -> int:
    value = body.get(key)
    if type(value) is not int or not 0 < value < 2**53:
        raise Refused("bad_request")
    return value


def _text(body: dict[str, Any], key: str, limit: int) -> str:
    value = body.get(key)
    if not isinstance(value, str):
        raise Refused("bad_request")
    value = value.replace("\r\n", "\n").strip()
    if not value:
        raise Refused("empty_text")
    if len(value) > limit:
        raise Refused("too_long", 400, str(limit))
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise Refused("bad_request")
    return value


def parse(kind: str, body: object, device: Device) -> Request:
    """The request a JSON body of ``kind`` asks for, or :class:`Refused`."""
    if kind not in KINDS or not isinstance(body, dict):
        raise Refused("bad_request")
    client_id = device_id(body.get("client_id"))
    if kind == "name":
        if body.get("anonymous") is True:
            return Request(kind, device, client_id, anonymous=True)
        if "participant_id" in body:
            return Request(kind, device, client_id, participant_id=_int(body, "participant_id"))
        return Request(kind, device, client_id, text=_text(body, "name", MAX_NAME))
    fields: dict[str, Any] = {}
    if "text" in KINDS[kind]:
        fields["text"] = _text(body, "text", MAX_NOTE)
    for key in ("note_id", "round_id"):
        if key in KINDS[kind]:
            fields[key] = _int(body, key)
    if kind == "note" and body.get("column_id") is not None:
        fields["column_id"] = _int(body, "column_id")
    if kind == "reflection":
        given = body.get("answers")
        if not isinstance(given, list) or len(given) > MAX_QUESTIONS:
            raise Refused("bad_request")
        pairs = []
        for item in given:
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise Refused("bad_request")
            answer = item.get("answer", "")
            if not isinstance(answer, str):
                raise Refused("bad_request")
            if len(answer) > MAX_ANSWER:
                raise Refused("too_long", 400, str(MAX_ANSWER))
            pairs.append((item["question"][:200], answer))
        fields["answers"] = tuple(pairs)
    if kind == "card":
        fields["text"] = _text(body, "text", MAX_NAME)
        fields["kind_id"] = _key(body.get("kind_id"))
        fields["zone_key"] = _key(body.get("zone_key", "")) if body.get("zone_key") else ""
    return Request(kind, device, client_id, **fields)
