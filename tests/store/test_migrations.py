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


def test_a_file_from_before_furigana_gets_a_reading_for_every_name(
    sample_path: Path, tmp_path: Path
) -> None:
    import shutil

    from alembic import command
    from sqlalchemy import create_engine, text

    from app.models import Participant, Resource
    from app.models.furigana import suggest
    from app.store import migrate

    old = tmp_path / "old.wagamachi"
    with open_workshop(sample_path):
        pass
    shutil.copy(sample_path, old)
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
        columns = [r[1] for r in connection.execute(text("PRAGMA table_info(resource)"))]
        assert "furigana" not in columns
    engine.dispose()
    with open_workshop(old) as wf, wf.read_session() as s:
        resources = s.query(Resource).all()
        people = s.query(Participant).all()
        assert resources and people
        assert all(r.furigana == suggest(r.name) and r.furigana for r in resources)
        assert all(p.furigana == suggest(p.name) and p.furigana for p in people)
