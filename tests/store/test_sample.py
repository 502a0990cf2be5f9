from datetime import date
from pathlib import Path

from app.models import Participant, Snapshot
from app.store import repository, timeline
from app.store.sample import write_sample
from app.store.workshop_file import open_workshop
from app.timeline.attendance import newcomers
from app.timeline.compare import compare


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
            assert len(worksheets.cards(s, sheet.id)) >= 12
        sogo = worksheets.cards(s, sheets["sogo_triangle"].id)
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
        assert {c.zone_key for c in worksheets.cards(s, barrel.id)} >= {
            "care_management",
            "short_term",
        }


def test_sample_has_the_visit_2_vote_and_the_visit_3_strengths(sample_path: Path) -> None:
    from app.boards.voting import ranking
    from app.store import boards

    with open_workshop(sample_path) as wf, wf.session() as s:
        people = boards.participants(s)
        visit2, visit3 = boards.boards(s)
        columns = {b.id: boards.columns(s, b.id) for b in (visit2, visit3)}
        notes = {b.id: boards.notes(s, b.id) for b in (visit2, visit3)}
        (round_,) = boards.rounds(s, visit2.id)
        ranked = ranking(boards.votes(s, round_.id))
    assert len(people) >= 6 and {p.side.value for p in people} >= {"municipality", "community"}
    assert [c.label for c in columns[visit2.id]] == [
        "入口",
        "導入",
        "実施",
        "経過観察",
        "出口",
        "フォローアップ",
    ]
    assert {n.column_id for n in notes[visit2.id]} == {c.id for c in columns[visit2.id]}
    text = {n.id: n.text for n in notes[visit2.id]}
    assert "循環" in text[ranked[0].note_id] and ranked[0].rank == 1
    assert ranked[1].rank == ranked[2].rank == 2  # a tie for second
    assert round_.revealed and round_.hidden
    assert [c.label for c in columns[visit3.id]] == ["人", "地理", "環境", "関係", "その他"]
    assert {n.column_id for n in notes[visit3.id]} == {c.id for c in columns[visit3.id]}


def test_the_sample_engagement_grows_visit_by_visit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    workshop_file = write_sample(tmp_path / "sample.wagamachi")
    with workshop_file.session() as session:
        sessions = timeline.sessions(session)
        visits = {m.title: m for m in sessions if m.kind == "visit"}
        assert [v.day for v in visits.values()] == [
            date(2022, 9, 20),
            date(2022, 12, 5),
            date(2023, 2, 13),
        ]
        new = newcomers(sessions, timeline.attendance_pairs(session))
        names = {p.id: p.name for p in session.query(Participant)}
        assert "森田 由美" in {names[i] for i in new[visits["2回目支援"].id]}  # 社協 from visit 2
        assert {names[i] for i in new[visits["3回目支援"].id]} == {"石井 正"}  # the provider
        sheets = [s for s in timeline.children(session, Snapshot) if s.source_kind == "worksheet"]
        assert [s.session_id for s in sheets] == [visits["1回目支援"].id, visits["3回目支援"].id]
        change = compare(sheets[0].content, sheets[1].content)
        assert [c.label for c in change.relabelled] == ["通所型サービスC「パワーアップ教室」"]
    workshop_file.close()


def test_the_sample_has_reflection_sheets_for_the_three_visits(sample_path: Path) -> None:
    from app.models import Reflection, WorkshopSession
    from app.timeline.reflection import handbook_questions

    with open_workshop(sample_path, read_only=True) as wf, wf.read_session() as s:
        titles = {m.id: m.title for m in s.query(WorkshopSession)}
        rows = s.query(Reflection).all()
    by_visit: dict[str, set[int | None]] = {}
    for row in rows:
        by_visit.setdefault(titles[row.session_id], set()).add(row.participant_id)
        assert row.question in handbook_questions() and row.answer
    assert {k: len(v) for k, v in by_visit.items()} == {
        "1回目支援": 3,
        "2回目支援": 4,
        "3回目支援": 4,
    }
