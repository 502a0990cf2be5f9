"""Alembic plumbing: which schema revisions exist and bringing a connection up to head.

Opening a file only asks whether it is at head. That is read from the migration scripts'
own ``revision``/``down_revision`` lines, without importing Alembic (a quarter of a second
at start-up); Alembic is loaded when a file has to be created or upgraded. A test keeps the
two readings equal.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from app.paths import bundle_path

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

#: ``revision = "0009"`` and ``down_revision = '0008'`` (or None, or a merge's tuple).
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(bundle_path("app", "store", "migrations")))
    return cfg


@cache
def _chain() -> dict[str, tuple[str, ...]]:
    """Each revision and the ones it follows, from the scripts' text."""
    chain: dict[str, tuple[str, ...]] = {}
    for script in sorted(bundle_path("app", "store", "migrations", "versions").glob("*.py")):
        found = {
            name: tuple(_QUOTED.findall(value))
            for name, value in _ASSIGNMENT.findall(script.read_text("utf-8"))
        }
        if found.get("revision"):
            chain[found["revision"][0]] = found.get("down_revision", ())
    return chain


@cache
def head_revision() -> str:
    chain = _chain()
    followed = {down for downs in chain.values() for down in downs}
    (head,) = [revision for revision in chain if revision not in followed]
    return head


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(_chain())


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``connection`` (in its transaction)."""
    from alembic import command

    cfg = _config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)
