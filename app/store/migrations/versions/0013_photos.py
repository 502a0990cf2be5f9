"""Photos in the file: ``photo`` (what it belongs to, caption, order, size, rotation) and
``photo_image`` (the stored image and its thumbnail, read only when shown).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_OWNERS = ("session", "board", "worksheet", "resource")


def upgrade() -> None:
    owners = [sa.Column(f"{o}_id", sa.Integer(), nullable=True) for o in _OWNERS]
    op.create_table(
        "photo",
        sa.Column("id", sa.Integer(), nullable=False),
        *owners,
        sa.Column("caption", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("rotation", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(session_id IS NOT NULL) + (board_id IS NOT NULL) + (worksheet_id IS NOT NULL)"
            " + (resource_id IS NOT NULL) = 1",
            name=op.f("ck_photo_one_owner"),
        ),
        *[
            sa.ForeignKeyConstraint(
                [f"{o}_id"], [f"{o}.id"], name=op.f(f"fk_photo_{o}_id_{o}"), ondelete="CASCADE"
            )
            for o in _OWNERS
        ],
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
    )
    for o in _OWNERS:
        op.create_index(op.f(f"ix_photo_{o}_id"), "photo", [f"{o}_id"])
    op.create_table(
        "photo_image",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["id"], ["photo.id"], name=op.f("fk_photo_image_id_photo"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_image")),
    )


def downgrade() -> None:
    op.drop_table("photo_image")
    for o in _OWNERS:
        op.drop_index(op.f(f"ix_photo_{o}_id"), table_name="photo")
    op.drop_table("photo")
