"""Every text reaching the file is held to its field's limit and has no control characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models import Note, Resource, Workshop, WorkshopSession
from app.models.rules import ValidationError
from app.models.text_limits import TEXT_CHARS, limit
from app.store import repository
from app.store.workshop_file import open_workshop
from tests.conftest import file_hash


def test_limits_are_counted_in_characters_from_the_schema() -> None:
    assert limit(Resource, "name") == 200  # String(200)
    assert limit(Workshop, "memo") == TEXT_CHARS  # Text
    assert limit(Note, "text") == 1000  # a sticky note
    assert limit(WorkshopSession, "notes") == TEXT_CHARS
    Resource(name="地" * 200)  # 600 bytes in UTF-8, 200 characters: fits


def test_too_long_text_is_refused_and_the_file_is_not_touched(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as wf:
        with wf.session() as s:
            repository.update_profile(s, {"name": "町"})
        wf.checkpoint()
        before = file_hash(workshop_path)
        with pytest.raises(ValidationError) as refused, wf.session() as s:
            repository.update_profile(s, {"municipality_name": "市"})
            repository.insert_resource(s, {"name": "x" * 201, "kind_id": "kayoi"})
        assert (refused.value.code, refused.value.detail) == ("too_long", "200")
        with wf.read_session() as s:
            assert repository.workshop(s).municipality_name == ""  # the whole change undone
            assert repository.resources(s) == []
    assert file_hash(workshop_path) == before


def test_control_characters_never_reach_the_file(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as wf:
        with wf.session() as s:
            repository.insert_resource(
                s,
                {
                    "name": "東\x07地区\x1bサロン",
                    "kind_id": "kayoi",
                    "memo": "一行目\r\n二\x0b行目\t。",
                },
            )
        with wf.read_session() as s:
            (resource,) = repository.resources(s)
            assert resource.name == "東 地区 サロン"
            assert resource.memo == "一行目\n二 行目 。"  # line breaks kept, as \n


@given(st.text(max_size=300))
def test_what_is_kept_has_no_controls_and_fits(text: str) -> None:
    try:
        resource = Resource(name=text)
    except ValidationError as error:
        assert error.code == "too_long" and len(text) > 200
        return
    assert len(resource.name) == len(text) <= 200  # replaced one for one, never cut
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in resource.name)
