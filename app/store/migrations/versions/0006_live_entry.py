"""Live entry in the room: cards and notes can be written face-down and revealed later,
and a card remembers who put it up.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("placement") as batch:
        batch.add_column(
            sa.Column("face_down", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("author_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_placement_author_id_participant"),
            "participant",
            ["author_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("note") as batch:
        batch.add_column(
            sa.Column("face_down", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("note") as batch:
        batch.drop_column("face_down")
    with op.batch_alter_table("placement") as batch:
        batch.drop_constraint(op.f("fk_placement_author_id_participant"), type_="foreignkey")
        batch.drop_column("author_id")
        batch.drop_column("face_down")
