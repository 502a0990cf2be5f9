"""The resource-kind catalogue and the municipality's local resources.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kind_group",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("name_ja", sa.String(100), nullable=False),
        sa.Column("name_en", sa.String(100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kind_group")),
    )
    op.create_table(
        "resource_kind",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("group_id", sa.String(40), nullable=False),
        sa.Column("name_ja", sa.String(100), nullable=False),
        sa.Column("name_en", sa.String(100), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("mark", sa.String(8), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["kind_group.id"], name=op.f("fk_resource_kind_group_id_kind_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_kind")),
    )
    op.create_table(
        "resource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind_id", sa.String(40), nullable=False),
        sa.Column("operator", sa.String(200), nullable=False),
        sa.Column("area", sa.String(100), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["resource_kind.id"], name=op.f("fk_resource_kind_id_resource_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource")),
    )
    op.create_index(op.f("ix_resource_kind_id"), "resource", ["kind_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_resource_kind_id"), table_name="resource")
    op.drop_table("resource")
    op.drop_table("resource_kind")
    op.drop_table("kind_group")
