"""The reflection sheet (振り返りシート, 帳票2): its questions, as data.

The handbook's questions are in ``resources/forms/reflection.json`` (a prefecture may
adapt them); a session adds the facilitator's own after them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

from app.paths import resource_path

#: The longest answer kept.
MAX_ANSWER = 2000


@lru_cache(maxsize=1)
def _form() -> dict:
    return json.loads(resource_path("forms", "reflection.json").read_text(encoding="utf-8"))


def handbook_questions(lang: str = "ja") -> list[str]:
    return [q.get(lang) or q["ja"] for q in _form()["questions"]]


def questions(own: Sequence[str], lang: str = "ja") -> list[str]:
    """The session's questions: the handbook's, then the facilitator's own (no repeats)."""
    asked = handbook_questions(lang)
    return asked + [q for q in own if q and q not in asked]


def title(lang: str = "ja") -> str:
    text = _form()["title"]
    return str(text.get(lang) or text["ja"])
