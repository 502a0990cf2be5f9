"""The bundled sample: a fictional engagement modelled on さくら市 (``resources/sample/``)."""

from __future__ import annotations

import json
from pathlib import Path

from app.paths import resource_path
from app.store import repository
from app.store.workshop_file import WorkshopFile, create_workshop

SAMPLE_DATA = resource_path("sample", "sakura.json")


def write_sample(path: Path | str) -> WorkshopFile:
    """Create the sample workshop at ``path`` (which must not exist) and return it open."""
    data = json.loads(SAMPLE_DATA.read_text(encoding="utf-8"))
    workshop_file = create_workshop(path)
    with workshop_file.session() as session:
        repository.update_profile(session, data["profile"])
        repository.workshop(session).is_fictional = True
        for item in data["resources"]:
            values = dict(item)
            values["kind_id"] = values.pop("kind")
            repository.insert_resource(session, values)
    return workshop_file
