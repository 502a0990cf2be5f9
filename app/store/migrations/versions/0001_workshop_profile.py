"""The workshop and its municipality profile.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("municipality_name", sa.String(100), nullable=False),
        sa.Column("municipality_code", sa.String(6), nullable=True),
        sa.Column("prefecture", sa.String(10), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("households", sa.Integer(), nullable=True),
        sa.Column("aged_65_count", sa.Integer(), nullable=True),
        sa.Column("aged_75_count", sa.Integer(), nullable=True),
        sa.Column("aging_rate", sa.Float(), nullable=True),
        sa.Column("certification_rate", sa.Float(), nullable=True),
        sa.Column("area_km2", sa.Float(), nullable=True),
        sa.Column("area_count", sa.Integer(), nullable=True),
        sa.Column("cap_status", sa.Text(), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("is_fictional", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_workshop_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
    )


def downgrade() -> None:
    op.drop_table("workshop")
