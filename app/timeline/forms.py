"""The engagement's forms (帳票) other than the reflection sheet, as data: the 市町村エントリー
シート (its free-text parts and the themes of its 課題), 帳票1 事前情報 (the municipality's,
before visit 1) and 帳票5 (each staff member's, at the end), with the handbook's viewpoints
an answer of 帳票5 may be tagged with. A prefecture may adapt the files
in ``resources/forms/``; a question is kept with each answer as it was asked."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.models import Workshop
from app.models.rules import ValidationError
from app.paths import resource_path

ENTRY, PRIOR, FINAL = "entry_sheet", "prior_information", "final_view"
SUMMARY = "report_meeting"  # the quote the facilitator chose for the 報告会's page
FORMS = (ENTRY, PRIOR, FINAL, SUMMARY)
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
    #: The themes a 課題 is filed under (the entry sheet's), editable in the data file.
    themes: tuple[str, ...] = ()


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
        themes=tuple(text(t) for t in data.get("themes", [])),
    )


def viewpoint_counts(form: Form, tagged: list[list[str]]) -> list[tuple[Viewpoint, int]]:
    """How many answers carry each of the form's viewpoints, in the form's order."""
    return [(v, sum(1 for tags in tagged if v.id in tags)) for v in form.viewpoints]


def entry_figures(workshop: Workshop) -> list[tuple[str, str]]:
    """The municipality's characteristics the entry sheet asks for, from the 概要 (前期高齢者
    are the 65–74 year-olds: those 65 and over less those 75 and over)."""
    w = workshop
    young_old = (
        w.aged_65_count - w.aged_75_count
        if w.aged_65_count is not None and w.aged_75_count is not None
        else None
    )

    def number(value: float | int | None, unit: str) -> str:
        if value is None:
            return "—"
        return f"{value:,}{unit}" if isinstance(value, int) else f"{value:.1f}{unit}"

    return [
        ("人口", number(w.population, "人")),
        ("高齢化率", number(w.aging_rate, "%")),
        ("前期高齢者数（65〜74歳）", number(young_old, "人")),
        ("後期高齢者数（75歳以上）", number(w.aged_75_count, "人")),
        ("要支援・要介護認定率", number(w.certification_rate, "%")),
        ("介護保険料（基準額・月）", number(w.care_premium, "円")),
    ]


def given_answers(
    asked: Sequence[str], answers: Mapping[str, str], most: int
) -> list[tuple[int, str, str]]:
    """(order, question, answer) for each question asked that has an answer, in the form's
    order, line ends made alike and ends trimmed. Raises :class:`ValidationError` for a
    question not asked or an answer longer than ``most``."""
    unknown = [q for q in answers if q not in asked]
    if unknown:
        raise ValidationError("unknown_question", "question", unknown[0])
    given = []
    for order, question in enumerate(asked):
        text = answers.get(question, "").replace("\r\n", "\n").strip()
        if len(text) > most:
            raise ValidationError("too_long", "answer", str(most))
        if text:
            given.append((order, question, text))
    return given
