"""Sticky-note boards: participants, boards, columns, clusters, notes, vote rounds, votes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "board",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "layout",
            sa.Enum("free", "columns", name="boardlayout", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("template_id", sa.String(length=40), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board")),
    )
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "municipality",
                "supporter",
                "community",
                name="participantside",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    op.create_table(
        "board_column",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("hint", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["board.id"],
            name=op.f("fk_board_column_board_id_board"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_column")),
    )
    op.create_index(op.f("ix_board_column_board_id"), "board_column", ["board_id"], unique=False)
    op.create_table(
        "note_cluster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["board.id"],
            name=op.f("fk_note_cluster_board_id_board"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["note_cluster.id"],
            name=op.f("fk_note_cluster_parent_id_note_cluster"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_cluster")),
    )
    op.create_index(op.f("ix_note_cluster_board_id"), "note_cluster", ["board_id"], unique=False)
    op.create_table(
        "vote_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("dots_per_participant", sa.Integer(), nullable=False),
        sa.Column("max_per_note", sa.Integer(), nullable=False),
        sa.Column("eligible_columns", sa.JSON(), nullable=False),
        sa.Column("eligible_clusters", sa.JSON(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("revealed", sa.Boolean(), nullable=False),
        sa.Column("top_n", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["board.id"],
            name=op.f("fk_vote_round_board_id_board"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_round")),
    )
    op.create_index(op.f("ix_vote_round_board_id"), "vote_round", ["board_id"], unique=False)
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("column_id", sa.Integer(), nullable=True),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("group_name", sa.String(length=40), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("height", sa.Float(), nullable=False),
        sa.Column("z", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["participant.id"],
            name=op.f("fk_note_author_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_note_board_id_board"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["note_cluster.id"],
            name=op.f("fk_note_cluster_id_note_cluster"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["column_id"],
            ["board_column.id"],
            name=op.f("fk_note_column_id_board_column"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    op.create_index(op.f("ix_note_board_id"), "note", ["board_id"], unique=False)
    op.create_index(op.f("ix_note_cluster_id"), "note", ["cluster_id"], unique=False)
    op.create_table(
        "vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_vote_note_id_note"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_vote_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["vote_round.id"],
            name=op.f("fk_vote_round_id_vote_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
    )
    op.create_index(op.f("ix_vote_note_id"), "vote", ["note_id"], unique=False)
    op.create_index(op.f("ix_vote_round_id"), "vote", ["round_id"], unique=False)


def downgrade() -> None:
    for table in (
        "vote",
        "note",
        "vote_round",
        "note_cluster",
        "board_column",
        "participant",
        "board",
    ):
        op.drop_table(table)
