"""Link labels sit on the page, clear of the cards, the hoops and each other; a label put
by hand stays where it was put."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.export.link_layout import LinkPlan, lay_out
from app.export.sheet_content import from_worksheet
from app.paths import resource_path
from app.store import worksheets
from app.store.workshop_file import open_workshop
from app.worksheets.chrome import fixed_texts
from app.worksheets.geometry import Rect
from app.worksheets.link_labels import LabelRequest, place_labels
from app.worksheets.template import load_templates

PAGE = Rect(0, 0, 420, 297)


def test_the_sample_barrels_labels_cover_no_card_no_hoop_and_no_other_label(
    sample_path: Path,
) -> None:
    template = load_templates(resource_path("templates"))["undo_barrel"]
    with open_workshop(sample_path, read_only=True) as wf, wf.session() as s:
        sheet = next(w for w in worksheets.worksheets(s) if w.template_id == "undo_barrel")
        content = from_worksheet(s, sheet, template)
    plans = [LinkPlan(a.key, a.source, a.target, a.label) for a in content.arrows]
    cards = [c.box for c in content.cards]
    boxes = [d.box for d in lay_out(plans, cards, template).values() if d.box is not None]
    assert len(boxes) == sum(1 for a in content.arrows if a.label) >= 6
    page = Rect(0, 0, template.page_width, template.page_height)
    for i, box in enumerate(boxes):
        assert box.overlap(page) == pytest.approx(box.width * box.height)  # on the page
        assert all(box.overlap(card) == 0 for card in cards)
        assert all(box.overlap(text) == 0 for text in fixed_texts(template))
        assert all(box.overlap(other) == 0 for other in boxes[i + 1 :])


def test_the_midpoint_would_have_piled_them_up(sample_path: Path) -> None:
    """The sample is a real test of the placement: at their links' middles, labels overlap."""
    template = load_templates(resource_path("templates"))["undo_barrel"]
    with open_workshop(sample_path, read_only=True) as wf, wf.session() as s:
        sheet = next(w for w in worksheets.worksheets(s) if w.template_id == "undo_barrel")
        content = from_worksheet(s, sheet, template)
    drawn = lay_out(
        [LinkPlan(a.key, a.source, a.target, a.label) for a in content.arrows],
        [c.box for c in content.cards],
        template,
    )
    middles = [
        d.box.around(((d.start[0] + d.end[0]) / 2, (d.start[1] + d.end[1]) / 2))
        for d in drawn.values()
        if d.box is not None
    ]
    cards = [c.box for c in content.cards]
    crowded = sum(1 for m in middles for c in cards if m.overlap(c) > 0) + sum(
        1 for i, m in enumerate(middles) for o in middles[i + 1 :] if m.overlap(o) > 0
    )
    assert crowded >= 3


rects = st.builds(
    Rect,
    st.floats(0, 380),
    st.floats(0, 260),
    st.floats(10, 40),
    st.floats(5, 15),
)


@settings(max_examples=100, deadline=None)
@given(
    cards=st.lists(rects, max_size=30),
    links=st.lists(
        st.tuples(rects, rects, st.floats(5, 40), st.booleans()), min_size=1, max_size=12
    ),
)
def test_every_label_gets_a_box_of_its_size_and_pinned_ones_stay(cards, links) -> None:  # type: ignore[no-untyped-def]
    requests = [
        LabelRequest(
            key=i,
            start=a.centre(),
            end=b.centre(),
            width=w,
            height=4.5,
            pinned=(a.x + 3, a.y + 3) if pin else None,
        )
        for i, (a, b, w, pin) in enumerate(links)
    ]
    kept = {0: Rect(1, 1, 10, 4.5)} if len(requests) > 1 else {}
    boxes = place_labels(requests, cards, PAGE, kept)
    assert set(boxes) == {r.key for r in requests}
    assert boxes.get(0) == kept.get(0, boxes[0])
    for request in requests:
        box = boxes[request.key]
        assert (round(box.width, 6), round(box.height, 6)) == (
            round(request.width, 6) if request.key not in kept else 10,
            4.5,
        )
        if request.pinned is not None and request.key not in kept:
            assert box.centre() == pytest.approx(request.pinned)


def test_a_label_set_apart_gets_a_leader_to_its_link() -> None:
    from app.worksheets.link_labels import leader

    on_the_line = Rect(40, 48, 20, 4)  # the link runs along y = 50 through the box
    assert leader(on_the_line, (0, 50), (100, 50)) is None
    apart = Rect(40, 80, 20, 4)
    start, end = leader(apart, (0, 50), (100, 50))  # type: ignore[misc]
    assert end == (50, 50)  # the nearest point of the link
    assert start == (50, 80)  # from the box's edge towards it
