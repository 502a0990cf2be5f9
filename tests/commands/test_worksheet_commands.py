"""Worksheet commands: redo applies, undo restores exactly, zones follow the geometry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from app.commands import DeleteResources
from app.commands.worksheets import (
    AddLink,
    AddStave,
    AddWorksheet,
    DeleteCards,
    DeleteWorksheet,
    EditLink,
    EditWorksheet,
    EditZones,
    PlaceCards,
    RemoveStave,
    move_cards,
    move_stave,
)
from app.document import WorkshopDocument
from app.models.rules import ValidationError
from app.store.workshop_file import open_workshop

CARD = {"width": 34.0, "height": 13.0}


@pytest.fixture
def document(sample_path: Path, qapp) -> Iterator[WorkshopDocument]:  # type: ignore[no-untyped-def]
    doc = WorkshopDocument(open_workshop(sample_path))
    yield doc
    doc.close()


def _sheet(document: WorkshopDocument, stack: QUndoStack, template: str) -> int:
    command = AddWorksheet(document, template)
    stack.push(command)
    assert command.sheet_id is not None
    return command.sheet_id


def _resource(document: WorkshopDocument, kind: str) -> int:
    return next(r.id for r in document.resources() if r.kind_id == kind)


def _centred(x: float, y: float) -> dict:
    return {"x": x - CARD["width"] / 2, "y": y - CARD["height"] / 2, **CARD}


def test_add_and_delete_worksheet(document: WorkshopDocument, stack: QUndoStack) -> None:
    sheet = _sheet(document, stack, "sogo_triangle")
    assert document.sheets.get(sheet).title == "総合事業の三角形"
    assert [z.label for z in document.sheets.zones(sheet)] == ["集中介入期", "移行期", "生活期"]
    stack.push(
        PlaceCards(
            document, sheet, [dict(_centred(200, 260), resource_id=_resource(document, "salon"))]
        )
    )
    stack.push(DeleteWorksheet(document, sheet))
    assert sheet not in [w.id for w in document.sheets.all()]
    stack.undo()
    assert len(document.sheets.cards(sheet)) == 1
    stack.undo()
    stack.undo()
    assert sheet not in [w.id for w in document.sheets.all()]
    stack.redo()
    assert [z.label for z in document.sheets.zones(sheet)] == ["集中介入期", "移行期", "生活期"]


def test_cards_get_the_zone_under_their_centre(
    document: WorkshopDocument, stack: QUndoStack
) -> None:
    sheet = _sheet(document, stack, "sogo_triangle")
    rows = [
        dict(_centred(200, 100), resource_id=_resource(document, "tsusho_c")),
        dict(_centred(200, 160), resource_id=_resource(document, "houmon_a")),
        dict(_centred(200, 260), resource_id=_resource(document, "hyakusai")),
        dict(_centred(370, 100), resource_id=_resource(document, "salon")),  # parking area
    ]
    place = PlaceCards(document, sheet, rows)
    stack.push(place)
    assert [c.zone_key for c in document.sheets.cards(sheet)] == [
        "intensive",
        "transition",
        "daily_life",
        None,
    ]
    assert stack.undoText() == "カードを4枚配置"

    stack.push(move_cards(document, sheet, {place.ids[2]: (183, 93.5)}))
    assert document.sheets.card(place.ids[2]).zone_key == "intensive"
    assert stack.undoText() == "カードを1枚移動"
    stack.undo()
    assert document.sheets.card(place.ids[2]).zone_key == "daily_life"
    stack.undo()
    assert document.sheets.cards(sheet) == []


def test_a_new_resource_placed_from_a_kind(document: WorkshopDocument, stack: QUndoStack) -> None:
    sheet = _sheet(document, stack, "sogo_triangle")
    before = len(document.resources())
    command = PlaceCards(
        document,
        sheet,
        [_centred(200, 100)],
        new_resources=[{"name": "訪問型C（新設）", "kind_id": "houmon_c"}],
    )
    stack.push(command)
    assert len(document.resources()) == before + 1
    card = document.sheets.cards(sheet)[0]
    assert (
        document.resource(card.resource_id).name == "訪問型C（新設）"
        and card.zone_key == "intensive"
    )
    stack.undo()
    assert len(document.resources()) == before and document.sheets.cards(sheet) == []
    stack.redo()
    assert document.sheets.cards(sheet)[0].id == card.id


def test_links_follow_their_cards_through_delete_and_undo(
    document: WorkshopDocument, stack: QUndoStack
) -> None:
    sheet = _sheet(document, stack, "undo_barrel")
    place = PlaceCards(
        document,
        sheet,
        [
            dict(_centred(60, 170), resource_id=_resource(document, "houkatsu_itaku")),
            dict(_centred(92, 190), resource_id=_resource(document, "tsusho_c")),
        ],
    )
    stack.push(place)
    link = AddLink(document, sheet, place.ids[0], place.ids[1], "包括の保健師がつなぐ")
    stack.push(link)
    stack.push(EditLink(document, sheet, link.link_id, "包括の保健師"))
    assert document.sheets.link(link.link_id).label == "包括の保健師"
    stack.push(DeleteCards(document, [place.ids[0]]))
    assert document.sheets.links(sheet) == []
    stack.undo()
    assert [(lk.source_id, lk.label) for lk in document.sheets.links(sheet)] == [
        (place.ids[0], "包括の保健師")
    ]
    stack.push(DeleteCards(document, [], [link.link_id]))
    stack.undo()
    assert len(document.sheets.links(sheet)) == 1
    with pytest.raises(ValidationError):
        AddLink(document, sheet, place.ids[0], place.ids[0])


def test_deleting_a_resource_takes_its_cards_and_undo_restores_them(
    document: WorkshopDocument, stack: QUndoStack
) -> None:
    sheet = _sheet(document, stack, "undo_barrel")
    rid = _resource(document, "tsusho_c")
    place = PlaceCards(
        document,
        sheet,
        [
            dict(_centred(92, 190), resource_id=rid),
            dict(_centred(150, 200), resource_id=_resource(document, "sc_1")),
        ],
    )
    stack.push(place)
    stack.push(AddLink(document, sheet, place.ids[0], place.ids[1], "卒業後はSCが通いの場へ"))
    stack.push(DeleteResources(document, [rid]))
    assert [c.id for c in document.sheets.cards(sheet)] == [place.ids[1]]
    assert document.sheets.links(sheet) == []
    stack.undo()
    assert sorted(c.id for c in document.sheets.cards(sheet)) == sorted(place.ids)
    assert document.sheets.links(sheet)[0].label == "卒業後はSCが通いの場へ"


def test_staves_add_rename_reorder_remove_and_cards_follow(
    document: WorkshopDocument, stack: QUndoStack
) -> None:
    sheet = _sheet(document, stack, "undo_barrel")
    zones = document.sheets.zones(sheet)
    assert len(zones) == 8 and zones[0].label == "介護予防ケアマネジメント"
    card = PlaceCards(
        document, sheet, [dict(_centred(60, 170), resource_id=_resource(document, "yobo_cm"))]
    )
    stack.push(card)
    assert document.sheets.card(card.ids[0]).zone_key == "care_management"

    stack.push(
        EditZones(
            document, sheet, {zones[0].id: {"label": "ケアマネジメント", "purpose": "自立支援"}}
        )
    )
    assert document.sheets.zones(sheet)[0].purpose == "自立支援"
    stack.push(move_stave(document, sheet, zones[0].id, +1))
    assert [z.key for z in document.sheets.zones(sheet)][:2] == ["short_term", "care_management"]
    assert (
        document.sheets.card(card.ids[0]).zone_key == "short_term"
    )  # the card stays, the stave moved
    stack.undo()
    assert document.sheets.card(card.ids[0]).zone_key == "care_management"

    add = AddStave(document, sheet, "介護予防・日常生活支援（独自）")
    stack.push(add)
    assert len(document.sheets.zones(sheet)) == 9
    stack.push(RemoveStave(document, sheet, add.zone_id))
    assert len(document.sheets.zones(sheet)) == 8
    stack.undo()
    assert document.sheets.zones(sheet)[-1].label == "介護予防・日常生活支援（独自）"
    assert move_stave(document, sheet, document.sheets.zones(sheet)[0].id, -1) is None
    with pytest.raises(ValidationError):
        EditZones(document, sheet, {zones[1].id: {"label": " "}})


def test_barrel_texts(document: WorkshopDocument, stack: QUndoStack) -> None:
    sheet = _sheet(document, stack, "undo_barrel")
    assert "住み慣れた地域" in document.sheets.get(sheet).aim
    stack.push(EditWorksheet(document, sheet, {"story": "短期集中で元気を取り戻した人が…"}))
    assert document.sheets.get(sheet).story.startswith("短期集中")
    stack.undo()
    assert document.sheets.get(sheet).story == ""


def test_everything_is_there_after_reopening(document: WorkshopDocument, stack: QUndoStack) -> None:
    sheet = _sheet(document, stack, "koreisha_triangle")
    place = PlaceCards(
        document,
        sheet,
        [dict(_centred(200, 90), resource_id=_resource(document, "day_service"), colour="#ffcc00")],
    )
    stack.push(place)
    stack.push(EditWorksheet(document, sheet, {"caption": "わがまちの全体像"}))
    before = [c.column_values() for c in document.sheets.cards(sheet)]
    path = document.path
    document.close()
    reopened = WorkshopDocument(open_workshop(path))
    try:
        assert [c.column_values() for c in reopened.sheets.cards(sheet)] == before
        assert reopened.sheets.cards(sheet)[0].zone_key == "care_needed"
        assert reopened.sheets.get(sheet).caption == "わがまちの全体像"
    finally:
        reopened.close()
