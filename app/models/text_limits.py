"""How much text each field holds, counted in characters, and the guard that keeps it so.

A one-line field holds what its column says (``String(200)``: 200 characters, not bytes);
a multi-line one (``Text``) holds :data:`TEXT_CHARS` unless its column says otherwise in
``info={"max_chars": …}``. The editors show these limits and stop typing at them; the guard
below is the last word for every way text reaches the file (typing, pasting, the room's
phones, imports): control characters never enter it (:mod:`app.models.text_input`), and
text over the limit is refused with ``ValidationError("too_long")``, never cut short.
"""

from __future__ import annotations

import re

from sqlalchemy import Enum, String, Text, event

from app.models.base import Base
from app.models.rules import ValidationError

#: What a multi-line field (a memo, notes) holds when its column does not say.
TEXT_CHARS = 10_000

_LINE_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_TEXT_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # all but the line feed
_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85]")

_limits: dict[tuple[str, str], int] = {}


def limit(model: type[Base], field: str) -> int:
    """The most characters ``model.field`` holds."""
    return _limits[(model.__tablename__, field)]


def _column_limit(column: object) -> tuple[int, bool] | None:
    """(characters, multi-line) for a text column; None for any other."""
    kind = getattr(column, "type", None)
    info = getattr(column, "info", {})
    if isinstance(kind, Text):
        return int(info.get("max_chars", TEXT_CHARS)), True
    if isinstance(kind, String) and not isinstance(kind, Enum) and kind.length:
        return int(info.get("max_chars", kind.length)), False
    return None


def _guard(field: str, chars: int, multi: bool):
    def check(_target, value, _old, _initiator):
        if type(value) is not str:  # None, or an enum member
            return value
        if multi:
            value = _TEXT_CONTROLS.sub(" ", _BREAKS.sub("\n", value))
        else:
            value = _LINE_CONTROLS.sub(" ", value)
        if len(value) > chars:
            raise ValidationError("too_long", field, str(chars))
        return value

    return check


def install() -> None:
    """Put the guard on every text column of every model (once, when the models load)."""
    if _limits:
        return
    for mapper in Base.registry.mappers:
        table = mapper.local_table.name  # type: ignore[attr-defined]
        for prop in mapper.column_attrs:
            found = _column_limit(prop.columns[0])
            if found is None:
                continue
            chars, multi = found
            _limits[(table, prop.key)] = chars
            event.listen(
                getattr(mapper.class_, prop.key), "set", _guard(prop.key, chars, multi), retval=True
            )
