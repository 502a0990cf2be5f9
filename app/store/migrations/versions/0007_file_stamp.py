"""A stamp that ties the write-ahead log to the state of the file it was written for.

Each window that opens the file for writing moves ``current`` to ``base`` and sets a new
random ``current``. A ``-wal`` left by a crash belongs to the file beside it only if the
file's own ``current`` is the log's ``base`` or ``current``; otherwise it was written for
another copy or another state (an older backup copied over, a sibling copy's log).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_stamp",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("base", sa.String(32), nullable=False, server_default=""),
        sa.Column("current", sa.String(32), nullable=False, server_default=""),
        sa.CheckConstraint("id = 1", name=op.f("ck_file_stamp_one_row")),
    )
    op.execute("INSERT INTO file_stamp (id, base, current) VALUES (1, '', '')")


def downgrade() -> None:
    op.drop_table("file_stamp")
