"""The engagement's other forms: ``form_answer`` holds the answers of 帳票1 事前情報 (the
municipality's) and 帳票5 (each staff member's), with the viewpoints an answer is tagged with.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=30), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.String(length=200), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("viewpoints", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_form_answer_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_answer")),
    )
    op.create_index(op.f("ix_form_answer_form"), "form_answer", ["form"])
    op.create_index(op.f("ix_form_answer_participant_id"), "form_answer", ["participant_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_form_answer_participant_id"), table_name="form_answer")
    op.drop_index(op.f("ix_form_answer_form"), table_name="form_answer")
    op.drop_table("form_answer")
