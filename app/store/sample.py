"""The bundled sample: a fictional engagement modelled on さくら市 (``resources/sample/``).

Resources, then the three handbook worksheets with cards placed by their centres, links
and the barrel's story and stave purposes; then the roster and the boards of visits 2 and 3;
then the engagement's sessions (``sample_timeline``).
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from app.models import Card, Link
from app.paths import resource_path
from app.store import repository, sample_boards, sample_timeline, worksheets
from app.store.workshop_file import WorkshopFile, create_workshop
from app.worksheets.sheet import zone_for_card, zone_shapes
from app.worksheets.template import Template, load_templates

SAMPLE_DATA = resource_path("sample", "sakura.json")


def write_sample(path: Path | str) -> WorkshopFile:
    """Create the sample workshop at ``path`` (which must not exist) and return it open."""
    data = json.loads(SAMPLE_DATA.read_text(encoding="utf-8"))
    workshop_file = create_workshop(path)
    with workshop_file.session() as session:
        repository.update_profile(session, data["profile"])
        repository.workshop(session).is_fictional = True
        ids = {}
        for item in data["resources"]:
            values = dict(item)
            values["kind_id"] = values.pop("kind")
            ids[values["name"]] = repository.insert_resource(session, values).id
        templates = load_templates(resource_path("templates"))
        for sheet in data.get("worksheets", []):
            _add_sheet(session, templates[sheet["template"]], sheet, ids)
        sample_boards.add_participants(session, data.get("participants", []))
        for board in data.get("boards", []):
            sample_boards.add_board(session, templates[board["template"]], board)
        if "engagement" in data:
            sample_timeline.add_engagement(session, data["engagement"], templates)
        sample_timeline.add_forms(session, data.get("forms", {}))
    return workshop_file


def _add_sheet(
    session: Session, template: Template, data: dict, resource_ids: dict[str, int]
) -> None:
    sheet = worksheets.create_worksheet(session, template)
    sheet.story = data.get("story", "")
    zones = worksheets.zones(session, sheet.id)
    for zone in zones:
        zone.purpose = data.get("purposes", {}).get(zone.key, "")
    shapes = zone_shapes(template, [z.key for z in zones])
    width, height = template.card_size
    cards = {}
    for z, (name, cx, cy) in enumerate(data["cards"]):
        x, y = cx - width / 2, cy - height / 2
        card = Card(
            worksheet_id=sheet.id,
            resource_id=resource_ids[name],
            x=x,
            y=y,
            width=width,
            height=height,
            z=z,
            zone_key=zone_for_card(shapes, x, y, width, height),
        )
        session.add(card)
        session.flush()
        cards[name] = card.id
    for source, target, label in data.get("links", []):
        session.add(
            Link(
                worksheet_id=sheet.id, source_id=cards[source], target_id=cards[target], label=label
            )
        )
    session.flush()
