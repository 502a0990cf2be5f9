"""Column layouts for boards, taken from the worksheet templates of the same name so the
six 通所C stages, the strengths categories and あるべき姿・現状・課題 read alike on both."""

from __future__ import annotations

from app.worksheets.template import Template

BOARD_TEMPLATES = ("tsusho_c_pipeline", "strengths", "gap_analysis")


def columns_of(template: Template, lang: str = "ja") -> list[dict[str, object]]:
    return [
        {"label": z.label.get(lang), "hint": z.hint.get(lang), "colour": z.colour, "sort_order": i}
        for i, z in enumerate(template.zones)
    ]
