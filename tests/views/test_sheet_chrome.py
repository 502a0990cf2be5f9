"""The sheet's chrome is one drawing: the screen and the paper make the same pen calls."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from app.export.sheet_content import from_worksheet
from app.paths import resource_path
from app.store import worksheets
from app.store.workshop_file import open_workshop
from app.views.canvas.layers import EDIT_TAG
from app.views.worksheet import background
from app.worksheets.chrome import SheetWords, draw_chrome
from app.worksheets.sheet import zone_shapes
from app.worksheets.template import load_templates


class RecordingPen:
    """Keeps every call it is given, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: self.calls.append((name, args, kwargs))


def _calls(words: SheetWords) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    pen = RecordingPen()
    draw_chrome(pen, words)
    return pen.calls


@pytest.mark.parametrize("key", ["undo_barrel", "sogo_triangle", "koreisha_triangle"])
def test_screen_and_paper_draw_each_sheet_with_the_same_calls(
    qapp, sample_path: Path, monkeypatch, key: str
) -> None:  # type: ignore[no-untyped-def]
    templates = load_templates(resource_path("templates"))
    wf = open_workshop(sample_path, read_only=True)
    with wf.session() as s:
        sheet = next(w for w in worksheets.worksheets(s) if w.template_id == key)
        template = templates[key]
        zones = worksheets.zones(s, sheet.id)
        shapes = zone_shapes(template, [z.key for z in zones])
        paper = from_worksheet(s, sheet, template)
        seen: list[SheetWords] = []
        monkeypatch.setattr(background, "draw_chrome", lambda pen, words, *a: seen.append(words))
        background.draw_background(QGraphicsScene(), template, sheet, zones, shapes, "ja")
    wf.close()
    screen_calls = _calls(seen[0])
    assert screen_calls == _calls(paper)
    texts = [args[0] for name, args, _ in screen_calls if name == "text"]
    assert sheet.title in texts


def _scene_texts(words: SheetWords, tag: tuple[str, int]) -> list[str]:
    scene = QGraphicsScene()
    group = scene.createItemGroup([])
    draw_chrome(background.ScenePen(group), words)
    items = [
        item
        for item in scene.items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.data(EDIT_TAG) == tag
    ]
    return [item.text() for item in sorted(items, key=lambda i: (i.y(), i.x()))]


def test_a_long_stave_name_ends_in_an_ellipsis_above_the_hoop_on_screen(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.export.sheet_content import blank

    template = load_templates(resource_path("templates"))["undo_barrel"]
    words = blank(template)
    long_zone = replace(words.zones[0], label="生活支援体制整備事業と協議体の取り組み全体", id=7)
    words = replace(words, zones=[long_zone, *words.zones[1:]])
    chars = _scene_texts(words, ("zone", 7))
    assert chars[-1] == "…"
    assert "".join(chars[:-1]) == long_zone.label[: len(chars) - 1]
    assert all(len(c) == 1 for c in chars)  # one character per line, reading downwards
    assert "".join(_scene_texts(words, ("aim", 0))) == words.aim  # the hoop, editable too


def test_stave_names_set_vertically_turn_the_long_vowel_and_brackets(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.export.sheet_content import blank

    template = load_templates(resource_path("templates"))["undo_barrel"]
    words = blank(template)
    zone = replace(words.zones[0], label="サービス（SC）", id=5)
    words = replace(words, zones=[zone, *words.zones[1:]])
    scene = QGraphicsScene()
    draw_chrome(background.ScenePen(scene.createItemGroup([])), words)
    turned = {
        item.text(): abs(item.transform().m12()) > 0.01
        for item in scene.items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.data(EDIT_TAG) == ("zone", 5)
    }
    assert turned["ー"] and turned["（"] and turned["）"]
    assert not turned["サ"] and not turned["S"]
