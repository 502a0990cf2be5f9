"""Alembic plumbing: which schema revisions exist and bringing a connection up to head."""

from __future__ import annotations

from functools import cache

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from app.paths import bundle_path


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(bundle_path("app", "store", "migrations")))
    return cfg


@cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions())


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``connection`` (in its transaction)."""
    cfg = _config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)
