"""The migrations build exactly the schema the models describe."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.models import Base
from app.store.workshop_file import open_workshop


def test_models_and_migrations_agree(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as wf, wf.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
