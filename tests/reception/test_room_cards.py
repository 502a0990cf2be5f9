"""カードを出す: a phone proposes a resource for the worksheet the laptop shows; its card
waits in the parking area (未配置) for the room to place."""

from __future__ import annotations

from typing import Any

import pytest

from app.document import WorkshopDocument
from app.reception.host import Reception
from tests.reception.phone import Phone


@pytest.fixture
def sheet_id(document: WorkshopDocument, reception: Reception) -> int:
    sheet = next(
        s for s in document.sheets.all() if document.sheets.template_of(s.id).parking is not None
    )
    reception.choose(activity="sheet", sheet_id=sheet.id)
    return sheet.id


def test_a_new_resource_from_a_phone_waits_unplaced_with_who_and_where(
    phone: Phone, document: WorkshopDocument, sheet_id: int, look: Any
) -> None:
    zone = document.sheets.zones(sheet_id)[0]
    before = {c.id for c in document.sheets.cards(sheet_id)}
    status, made = phone.send("card", text="駅前の 朝市", kind_id="kayoi", zone_key=zone.key)
    assert (status, made["new"]) == (200, True)
    card = document.sheets.card(made["id"])
    resource = document.resource(card.resource_id)
    assert (resource.name, resource.kind_id, card.zone_key) == ("駅前の 朝市", "kayoi", None)
    assert "山田 花子" in resource.memo and zone.label in resource.memo
    assert document.roster.get(card.author_id).name == "山田 花子"
    template = document.sheets.template_of(sheet_id)
    parking = template.parking
    assert parking is not None
    assert parking.x <= card.x and card.x + card.width <= parking.x + parking.width
    assert {c.id for c in document.sheets.cards(sheet_id)} - before == {made["id"]}
    seen = look(phone)
    assert seen["room"]["activity"] == "sheet"
    assert {"id": made["id"], "zone": "", "name": "駅前の 朝市"} in seen["me"]["cards"]
    assert zone.key in [z["key"] for z in seen["room"]["zones"]]


def test_an_existing_resource_is_proposed_once_per_sheet(
    phone: Phone, document: WorkshopDocument, sheet_id: int
) -> None:
    placed = document.sheets.placed_resource_ids(sheet_id)
    on_sheet = next(r for r in document.resources() if r.id in placed)
    assert phone.send("card", text=on_sheet.name, kind_id="kayoi")[1]["error"] == "already_placed"
    elsewhere = next(r for r in document.resources() if r.id not in placed)
    count = len(document.resources())
    status, made = phone.send("card", text=elsewhere.name, kind_id=elsewhere.kind_id)
    assert (status, made["new"]) == (200, False)
    assert document.sheets.card(made["id"]).resource_id == elsewhere.id
    assert len(document.resources()) == count


def test_a_bad_kind_is_refused_and_nothing_is_added(
    phone: Phone, document: WorkshopDocument, sheet_id: int
) -> None:
    count = len(document.resources())
    assert phone.send("card", text="何か", kind_id="no_such_kind")[0] == 400
    assert phone.send("card", text="何か", kind_id="<b>")[0] == 400
    assert len(document.resources()) == count
