import pytest

from app.paths import resource_path
from app.worksheets.geometry import Rect, area, contains, stave_polygons, zone_at
from app.worksheets.template import load_templates

TEMPLATES = load_templates(resource_path("templates"))


def _zones(template_id: str) -> list:
    return [(z.key, z.polygon) for z in TEMPLATES[template_id].zones]


@pytest.mark.parametrize(
    ("point", "zone"),
    [
        ((200, 100), "intensive"),
        ((200, 160), "transition"),
        ((200, 260), "daily_life"),
        ((100, 270), "daily_life"),
        ((300, 270), "daily_life"),
    ],
)
def test_points_inside_each_band_of_the_sogo_triangle(point, zone) -> None:  # type: ignore[no-untyped-def]
    assert zone_at(_zones("sogo_triangle"), point) == zone


def test_a_point_on_a_shared_border_goes_to_the_zone_listed_first() -> None:
    # the border between 集中介入期 and 移行期 is at a third of the height
    border_y = 42 + (280 - 42) / 3
    assert zone_at(_zones("sogo_triangle"), (200, border_y)) == "intensive"
    assert zone_at(_zones("sogo_triangle"), (200, border_y + 0.2)) == "transition"


def test_points_outside_every_zone_belong_to_none() -> None:
    zones = _zones("sogo_triangle")
    assert zone_at(zones, (80, 60)) is None  # beside the apex
    assert zone_at(zones, (370, 100)) is None  # the parking area
    assert zone_at(zones, (200, 290)) is None  # below the base
    assert zone_at(zones, (-5, -5)) is None


def test_bands_tile_the_triangle_without_gaps() -> None:
    zones = TEMPLATES["koreisha_triangle"].zones
    triangle = 0.5 * 250 * 238
    assert sum(area(z.polygon) for z in zones) == pytest.approx(triangle, rel=1e-3)
    assert [z.label.ja for z in zones] == ["要介護", "要支援・事業対象者", "フレイル・虚弱", "元気"]


def test_polygon_contains_its_edge_and_corners() -> None:
    square = Rect(0, 0, 10, 10).polygon()
    assert contains(square, (0, 0)) and contains(square, (10, 5)) and contains(square, (5, 5))
    assert not contains(square, (10.2, 5))


def test_staves_fill_the_barrel_and_follow_its_bulge() -> None:
    body = Rect(45, 58, 250, 214)
    staves = stave_polygons(body, 8)
    assert len(staves) == 8
    keys = [(str(i), p) for i, p in enumerate(staves)]
    assert zone_at(keys, (46, 165)) == "0"
    assert zone_at(keys, (294, 165)) == "7"
    assert zone_at(keys, (40, 165)) == "0"  # inside the bulge, left of the body's rectangle
    assert zone_at(keys, (40, 59)) is None  # no bulge at the rim
    widths = {round(area(p)) for p in staves[1:-1]}
    assert len(widths) == 1  # inner staves share the width equally
    assert zone_at(keys, (170, 300)) is None
    assert stave_polygons(body, 0) == []
