"""Moderation: with it on, notes from phones wait for the facilitator; taken, they land as
the phone's own change; left out, the phone is told; a resend never doubles either."""

from __future__ import annotations

from typing import Any

from app.document import WorkshopDocument
from app.reception.host import Reception
from app.views.reception.queue import ModerationQueue
from tests.reception.phone import Phone


def test_waiting_notes_land_only_when_taken_and_the_phone_hears_of_both(
    reception: Reception, phone: Phone, document: WorkshopDocument, board_id: int, look: Any
) -> None:
    queue = ModerationQueue(reception)
    queue.moderated.setChecked(True)
    before = len(document.boards.notes(board_id))
    assert phone.send("note", client_id="k" * 32, text="確かめてから出す案")[1] == {"pending": True}
    assert phone.send("note", client_id="k" * 32, text="確かめてから出す案")[1] == {"pending": True}
    assert phone.send("note", client_id="x" * 32, text="出さない案")[1] == {"pending": True}
    assert len(document.boards.notes(board_id)) == before
    assert queue.items.count() == 2 and "確かめてから出す案" in queue.items.item(0).text()
    me = look(phone)["me"]
    assert sorted(me["pending"]) == ["k" * 32, "x" * 32]

    queue.items.item(0).setSelected(True)
    queue.accept_button.click()
    queue.items.item(0).setSelected(True)
    queue.decline_button.click()
    texts = [n.text for n in document.boards.notes(board_id)]
    assert texts.count("確かめてから出す案") == 1 and "出さない案" not in texts
    me = look(phone)["me"]
    assert (me["pending"], me["declined"]) == ([], ["x" * 32])
    assert phone.send("note", client_id="k" * 32, text="確かめてから出す案")[1]["again"] is True
    assert phone.send("note", client_id="x" * 32, text="出さない案")[1] == {"declined": True}
    assert len(document.boards.notes(board_id)) == before + 1
    assert queue.items.count() == 0
