"""課題 followed through the engagement: ``issue`` (named on the entry sheet or first at a
session, under a theme) and ``issue_step`` (what became of it at a session: 変化, 深化,
細分化, 解決 or 新規, with a note).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=40), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("raised_at_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["raised_at_id"],
            ["session.id"],
            name=op.f("fk_issue_raised_at_id_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue")),
    )
    op.create_index(op.f("ix_issue_raised_at_id"), "issue", ["raised_at_id"])
    op.create_table(
        "issue_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("mark", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issue.id"],
            name=op.f("fk_issue_step_issue_id_issue"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_issue_step_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_step")),
        sa.UniqueConstraint("issue_id", "session_id", name="once_a_session"),
    )
    op.create_index(op.f("ix_issue_step_issue_id"), "issue_step", ["issue_id"])
    op.create_index(op.f("ix_issue_step_session_id"), "issue_step", ["session_id"])


def downgrade() -> None:
    op.drop_table("issue_step")
    op.drop_index(op.f("ix_issue_raised_at_id"), table_name="issue")
    op.drop_table("issue")
