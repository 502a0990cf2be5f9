import json
from pathlib import Path

import pytest

from app.paths import resource_path
from app.worksheets.template import TemplateError, load_template, load_templates


def test_the_bundled_templates() -> None:
    templates = load_templates(resource_path("templates"))
    assert list(templates)[:3] == ["sogo_triangle", "koreisha_triangle", "undo_barrel"]
    assert {"resource_grid", "tsusho_c_pipeline", "strengths", "gap_analysis", "blank"} <= set(
        templates
    )
    sogo = templates["sogo_triangle"]
    assert sogo.caption.ja == "総合事業のデザインや事業内容の過不足を考えてみよう"
    assert [z.label.ja for z in sogo.zones] == ["集中介入期", "移行期", "生活期"]
    assert (sogo.page_width, sogo.page_height) == (420, 297)
    barrel = templates["undo_barrel"].barrel
    assert barrel is not None and len(barrel.staves) == 8
    assert "住み慣れた地域で自分らしい暮らしを人生の最後まで" in barrel.aim.ja
    pipeline = [z.label.ja for z in templates["tsusho_c_pipeline"].zones]
    assert pipeline == ["入口", "導入", "実施", "経過観察", "出口", "フォローアップ"]
    assert len(templates["resource_grid"].zones) == 18


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _valid() -> dict:
    return json.loads(resource_path("templates", "sogo_triangle.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format=2), "format: must be 1"),
        (
            lambda d: d["zones"][1].update(polygon=[[0, 0], [1, 1]]),
            "zones[1].polygon: needs at least 3 points",
        ),
        (
            lambda d: d["zones"][0].update(colour="red"),
            "zones[0].colour: must be a colour '#rrggbb'",
        ),
        (
            lambda d: d["zones"][2]["polygon"].append([500, 10]),
            "zones[2].polygon: point (500, 10) is outside",
        ),
        (lambda d: d["zones"][2].update(key="intensive"), "zones: zone keys must be unique"),
        (
            lambda d: d["zones"][0].update(label={"en": "Intensive"}),
            "zones[0].label: needs a Japanese text",
        ),
        (lambda d: d.update(layout="spiral"), "layout: must be one of zones, barrel"),
        (lambda d: d.update(parking=[1, 2, -3, 4]), "parking: width and height must be positive"),
    ],
)
def test_broken_templates_name_the_file_and_the_problem(
    tmp_path: Path, change, message: str
) -> None:  # type: ignore[no-untyped-def]
    data = _valid()
    change(data)
    with pytest.raises(TemplateError) as caught:
        load_template(_write(tmp_path, data))
    assert str(caught.value).startswith("broken.json: ")
    assert message in str(caught.value)


def test_invalid_json_and_encoding(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": 1,', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken.json: not valid JSON \(line 1"):
        load_template(bad)
    bad.write_bytes("{}".encode("utf-16"))
    with pytest.raises(TemplateError, match="not UTF-8"):
        load_template(bad)


def test_duplicate_ids_in_a_folder(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(_valid(), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TemplateError, match="id 'sogo_triangle' is used twice"):
        load_templates(tmp_path)
