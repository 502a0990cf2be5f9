"""The engagement's forms (帳票) other than the reflection sheet, as data: 帳票1 事前情報 (the
municipality's, before visit 1) and 帳票5 (each staff member's, at the end), with the
handbook's viewpoints an answer of 帳票5 may be tagged with. A prefecture may adapt the files
in ``resources/forms/``; a question is kept with each answer as it was asked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from app.paths import resource_path

PRIOR, FINAL = "prior_information", "final_view"
FORMS = (PRIOR, FINAL)
#: The longest answer kept: a page or more of writing flows over pages when printed.
MAX_ANSWER = 30_000


@dataclass(frozen=True)
class Viewpoint:
    id: str
    group: str
    name: str


@dataclass(frozen=True)
class Form:
    id: str
    number: int
    title: str
    when: str
    per_person: bool  # one sheet per person (帳票5) or one for the municipality (帳票1)
    questions: tuple[str, ...]
    viewpoints: tuple[Viewpoint, ...]


@lru_cache(maxsize=8)
def load_form(form_id: str, lang: str = "ja") -> Form:
    if form_id not in FORMS:
        raise KeyError(form_id)
    data = json.loads(resource_path("forms", f"{form_id}.json").read_text(encoding="utf-8"))

    def text(value: dict) -> str:
        return str(value.get(lang) or value["ja"])

    return Form(
        id=form_id,
        number=int(data["number"]),
        title=text(data["title"]),
        when=text(data.get("when", {"ja": ""})),
        per_person=data.get("who") == "person",
        questions=tuple(text(q) for q in data["questions"]),
        viewpoints=tuple(
            Viewpoint(v["id"], text(v["group"]), text(v)) for v in data.get("viewpoints", [])
        ),
    )


def viewpoint_counts(form: Form, tagged: list[list[str]]) -> list[tuple[Viewpoint, int]]:
    """How many answers carry each of the form's viewpoints, in the form's order."""
    return [(v, sum(1 for tags in tagged if v.id in tags)) for v in form.viewpoints]
