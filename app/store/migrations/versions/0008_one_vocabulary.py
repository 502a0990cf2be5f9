"""One word per concept, from the file to the screen: a sheet holds cards, a board's notes
sit in groups, the table people sit at is their table, and the timeline holds sessions.

``placement`` becomes ``card``; ``note_cluster`` becomes ``note_group`` with ``note.group_id``
and ``vote_round.eligible_groups``; ``note.group_name`` becomes ``note.table_name`` (as on
``participant``); ``meeting`` becomes ``session`` and ``meeting_link`` ``session_link``,
with every ``meeting_id`` a ``session_id``. Renaming keeps every row and the foreign keys pointing at them (SQLite
rewrites the references); indexes are re-made under their new names.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = (
    ("placement", "card"),
    ("note_cluster", "note_group"),
    ("meeting", "session"),
    ("meeting_link", "session_link"),
)
SESSION_CHILDREN = ("attendance", "agenda_item", "decision", "action", "session_link", "snapshot")
COLUMNS = (
    ("note", "cluster_id", "group_id"),
    ("note", "group_name", "table_name"),
    ("vote_round", "eligible_clusters", "eligible_groups"),
    *((table, "meeting_id", "session_id") for table in SESSION_CHILDREN),
)
#: (old index, new index, table and column in the new names)
INDEXES = (
    ("ix_placement_worksheet_id", "ix_card_worksheet_id", "card", "worksheet_id"),
    ("ix_placement_resource_id", "ix_card_resource_id", "card", "resource_id"),
    ("ix_note_cluster_board_id", "ix_note_group_board_id", "note_group", "board_id"),
    ("ix_note_cluster_id", "ix_note_group_id", "note", "group_id"),
    *(
        (f"ix_{table}_meeting_id", f"ix_{table}_session_id", table, "session_id")
        for table in SESSION_CHILDREN
        if table != "session_link"
    ),
    ("ix_meeting_link_meeting_id", "ix_session_link_session_id", "session_link", "session_id"),
)


def upgrade() -> None:
    for old, new in TABLES:
        op.execute(f"ALTER TABLE {old} RENAME TO {new}")
    for table, old, new in COLUMNS:
        op.execute(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")
    for old_index, new_index, table, column in INDEXES:
        op.execute(f"DROP INDEX {old_index}")
        op.execute(f"CREATE INDEX {new_index} ON {table} ({column})")


def downgrade() -> None:
    for _old_index, new_index, _table, _column in INDEXES:
        op.execute(f"DROP INDEX {new_index}")
    for table, old, new in COLUMNS:
        op.execute(f"ALTER TABLE {table} RENAME COLUMN {new} TO {old}")
    for old, new in TABLES:
        op.execute(f"ALTER TABLE {new} RENAME TO {old}")
    for old_index, _new_index, table, column in INDEXES:
        old_table = dict((n, o) for o, n in TABLES).get(table, table)
        old_column = {n: o for t, o, n in COLUMNS if t == table}.get(column, column)
        op.execute(f"CREATE INDEX {old_index} ON {old_table} ({old_column})")
