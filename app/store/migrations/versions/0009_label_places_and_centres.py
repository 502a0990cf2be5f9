"""Where a link's label was dragged to; the profile's 地域包括支援センター and 介護保険料;
the notes of a run-off round.

``link.label_x``/``label_y``: the label's centre in sheet millimetres when the facilitator
put it somewhere; NULL (every existing link) lets the app place it clear of cards and other
labels. ``workshop.centres_direct``/``centres_outsourced``: how many 地域包括支援センター the
municipality runs itself (直営) and has outsourced (委託); ``workshop.care_premium``: the
介護保険料 基準額 (monthly, yen) of the current plan period, as the entry sheet asks.
``vote_round.eligible_notes``: notes a round is limited to one by one (a run-off between
tied notes); empty for every existing round.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("link", recreate="never") as batch:
        batch.add_column(sa.Column("label_x", sa.Float(), nullable=True))
        batch.add_column(sa.Column("label_y", sa.Float(), nullable=True))
    with op.batch_alter_table("workshop", recreate="never") as batch:
        batch.add_column(sa.Column("centres_direct", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("centres_outsourced", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("care_premium", sa.Integer(), nullable=True))
    with op.batch_alter_table("vote_round", recreate="never") as batch:
        batch.add_column(
            sa.Column("eligible_notes", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("vote_round", recreate="never") as batch:
        batch.drop_column("eligible_notes")
    with op.batch_alter_table("workshop", recreate="never") as batch:
        for column in ("care_premium", "centres_outsourced", "centres_direct"):
            batch.drop_column(column)
    with op.batch_alter_table("link", recreate="never") as batch:
        batch.drop_column("label_y")
        batch.drop_column("label_x")
