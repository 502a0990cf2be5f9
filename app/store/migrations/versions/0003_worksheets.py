"""Worksheets: template instances, their zones, placements and links.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "worksheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.String(40), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("aim", sa.Text(), nullable=False),
        sa.Column("lower_hoop", sa.Text(), nullable=False),
        sa.Column("story", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worksheet")),
    )
    op.create_table(
        "worksheet_zone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worksheet_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("hint", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["worksheet_id"],
            ["worksheet.id"],
            name=op.f("fk_worksheet_zone_worksheet_id_worksheet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worksheet_zone")),
        sa.UniqueConstraint("worksheet_id", "key", name=op.f("uq_worksheet_zone_worksheet_id")),
    )
    op.create_index(op.f("ix_worksheet_zone_worksheet_id"), "worksheet_zone", ["worksheet_id"])
    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worksheet_id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("height", sa.Float(), nullable=False),
        sa.Column("zone_key", sa.String(40), nullable=True),
        sa.Column("colour", sa.String(7), nullable=True),
        sa.Column("z", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["worksheet_id"],
            ["worksheet.id"],
            name=op.f("fk_placement_worksheet_id_worksheet"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["resource.id"],
            name=op.f("fk_placement_resource_id_resource"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    op.create_index(op.f("ix_placement_worksheet_id"), "placement", ["worksheet_id"])
    op.create_index(op.f("ix_placement_resource_id"), "placement", ["resource_id"])
    op.create_table(
        "link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worksheet_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["worksheet_id"],
            ["worksheet.id"],
            name=op.f("fk_link_worksheet_id_worksheet"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["placement.id"],
            name=op.f("fk_link_source_id_placement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["placement.id"],
            name=op.f("fk_link_target_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link")),
    )
    op.create_index(op.f("ix_link_worksheet_id"), "link", ["worksheet_id"])
    op.create_index(op.f("ix_link_source_id"), "link", ["source_id"])
    op.create_index(op.f("ix_link_target_id"), "link", ["target_id"])


def downgrade() -> None:
    op.drop_table("link")
    op.drop_table("placement")
    op.drop_table("worksheet_zone")
    op.drop_table("worksheet")
