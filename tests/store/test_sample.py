from pathlib import Path

from app.store import repository
from app.store.workshop_file import open_workshop


def test_sample_is_a_fictional_sakura_engagement(sample_path: Path) -> None:
    with open_workshop(sample_path) as wf, wf.session() as s:
        w = repository.workshop(s)
        resources = repository.resources(s)
        group_of = {k.id: k.group_id for k in repository.kinds(s)}
    assert w.is_fictional
    assert "架空" in w.memo
    assert (w.municipality_name, w.municipality_code, w.prefecture) == (
        "さくら市",
        "092142",
        "栃木県",
    )
    assert (w.population, w.households, w.aged_65_count, w.aged_75_count) == (
        43878,
        18005,
        11883,
        5797,
    )
    assert w.fiscal_year == 2022 and w.area_count == 7
    assert len(resources) >= 25
    assert len({group_of[r.kind_id] for r in resources}) >= 6
    assert {r.status.value for r in resources} == {
        "active",
        "not_functioning",
        "planned",
        "suspended",
    }
    assert any(r.kind_id == "tsusho_c" for r in resources)
    assert not any(r.kind_id == "houmon_c" for r in resources)  # the gap the town discovers


def test_sample_has_the_three_handbook_sheets_filled(sample_path: Path) -> None:
    from app.store import worksheets

    with open_workshop(sample_path) as wf, wf.session() as s:
        sheets = {sh.template_id: sh for sh in worksheets.worksheets(s)}
        assert list(sheets) == ["sogo_triangle", "koreisha_triangle", "undo_barrel"]
        for sheet in sheets.values():
            assert len(worksheets.placements(s, sheet.id)) >= 12
        sogo = worksheets.placements(s, sheets["sogo_triangle"].id)
        intensive = [c for c in sogo if c.zone_key == "intensive"]
        assert len(intensive) == 1  # the town finds the intensive band almost empty
        resources = {r.id: r for r in repository.resources(s)}
        statuses = {resources[c.resource_id].status.value for c in sogo}
        assert {"active", "not_functioning", "planned"} <= statuses
        barrel = sheets["undo_barrel"]
        links = worksheets.links(s, barrel.id)
        assert len(links) >= 6 and all(link.label for link in links)
        assert barrel.story and "パワーアップ教室" in barrel.story
        assert all(z.purpose for z in worksheets.zones(s, barrel.id))
        assert {c.zone_key for c in worksheets.placements(s, barrel.id)} >= {
            "care_management",
            "short_term",
        }
