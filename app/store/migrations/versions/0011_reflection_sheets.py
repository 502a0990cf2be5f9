"""Reflection sheets (振り返りシート, 帳票2): one row per answer of a participant for a
session, and the facilitator's own questions on a session.

``reflection``: the session, the participant (NULL once they leave the roster), the question
as it was asked, the answer, its order, and whether it came from a phone.
``session.reflection_questions``: the questions the facilitator adds after the handbook's
(an empty list for every existing session).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.String(length=200), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("from_phone", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_reflection_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_reflection_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
    )
    op.create_index(op.f("ix_reflection_session_id"), "reflection", ["session_id"])
    op.create_index(op.f("ix_reflection_participant_id"), "reflection", ["participant_id"])
    with op.batch_alter_table("session", recreate="never") as batch:
        batch.add_column(
            sa.Column("reflection_questions", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("session", recreate="never") as batch:
        batch.drop_column("reflection_questions")
    op.drop_index(op.f("ix_reflection_participant_id"), table_name="reflection")
    op.drop_index(op.f("ix_reflection_session_id"), table_name="reflection")
    op.drop_table("reflection")
