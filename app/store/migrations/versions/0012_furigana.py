"""ふりがな: a reading for every resource and person, so lists sort in 50音順.

``resource.furigana`` and ``participant.furigana``: the reading in kana, suggested from the
name and changeable. Existing rows get the suggestion, as new rows do.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from app.models.furigana import suggest

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_TABLES = {"resource": 200, "participant": 100}


def upgrade() -> None:
    bind = op.get_bind()
    for name, length in _TABLES.items():
        with op.batch_alter_table(name, recreate="never") as batch:
            batch.add_column(
                sa.Column("furigana", sa.String(length=length), nullable=False, server_default="")
            )
        rows = bind.execute(sa.text(f"SELECT id, name FROM {name}")).all()
        readings = [{"id": row_id, "furigana": suggest(str(text))} for row_id, text in rows]
        if readings:
            bind.execute(
                sa.text(f"UPDATE {name} SET furigana = :furigana WHERE id = :id"), readings
            )


def downgrade() -> None:
    for name in _TABLES:
        with op.batch_alter_table(name, recreate="never") as batch:
            batch.drop_column("furigana")
