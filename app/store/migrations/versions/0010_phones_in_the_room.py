"""Phones in the room: the items they sent, and who joined from a phone.

``received_item``: one row per item a phone sent (a note, a dot, an edit …), keyed by the id
the phone made for it, written in the same transaction as what it made; a resend finds it
and nothing lands twice. ``participant.joined_from_phone``: the person added themselves to
the roster from a phone (false for everyone already on it).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_item")),
        sa.UniqueConstraint("client_id", name=op.f("uq_received_item_client_id")),
    )
    op.create_index(op.f("ix_received_item_device"), "received_item", ["device"])
    with op.batch_alter_table("participant", recreate="never") as batch:
        batch.add_column(
            sa.Column("joined_from_phone", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("participant", recreate="never") as batch:
        batch.drop_column("joined_from_phone")
    op.drop_index(op.f("ix_received_item_device"), table_name="received_item")
    op.drop_table("received_item")
