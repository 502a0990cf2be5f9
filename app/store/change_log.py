"""What one transaction changed, row by row, and the statements that take it back.

SQLite's own recipe for undo: temporary triggers on every table write, for each row an
insert, update or delete touches, the statement that restores it (``quote()`` keeps every
value exact, reals included). Foreign-key actions (``ON DELETE CASCADE``, ``SET NULL``) fire
the triggers too, so a row a cascade changed is restored with the rest — nothing depends on
a hand-written list of what a delete takes with it.

A :class:`Change` is the log of one transaction: the rows it touched (for the views) and its
inverse. Running the inverse (:func:`replay`) is itself a recorded transaction whose inverse
is the original change again: undo and redo are the same operation. No Qt here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from app.models import Base

#: Tables whose rows are not the user's work: never logged, never undone.
_UNLOGGED = {"file_stamp", "received_item"}

#: The column naming what a row belongs to (its sheet, board, round or session), carried
#: with each touched row so the views know where to look.
SCOPES = {
    "worksheet_zone": "worksheet_id",
    "card": "worksheet_id",
    "link": "worksheet_id",
    "board_column": "board_id",
    "note_group": "board_id",
    "note": "board_id",
    "vote_round": "board_id",
    "vote": "round_id",
    "agenda_item": "session_id",
    "decision": "session_id",
    "action": "session_id",
    "attendance": "session_id",
    "session_link": "session_id",
    "snapshot": "session_id",
    "reflection": "session_id",
}


class Op(StrEnum):
    INSERTED = "i"
    UPDATED = "u"
    DELETED = "d"


_EVENTS = {Op.INSERTED: "INSERT", Op.UPDATED: "UPDATE", Op.DELETED: "DELETE"}


@dataclass(frozen=True)
class Touched:
    """One row a change inserted, updated or deleted."""

    table: str
    op: Op
    id: int
    scope: int | None  # the row's sheet, board, round or session (see SCOPES)


#: Where a change came from: typed on this laptop (and its undo and redo) unless said.
HERE = "here"


@dataclass
class Change:
    """One transaction's rows and the statements that undo it, in the order to run them;
    where it came from (``origin``: this laptop, a phone in the room, an import) and who
    made it (``author``: a participant's id, or None)."""

    touched: list[Touched] = field(default_factory=list)
    inverse: list[str] = field(default_factory=list)
    origin: str = HERE
    author: int | None = None

    def __bool__(self) -> bool:
        return bool(self.touched)

    def ids(self, table: str, op: Op | None = None) -> list[int]:
        return [t.id for t in self.touched if t.table == table and (op is None or t.op == op)]


def _logged_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in _UNLOGGED]


def _q(row: str, column: str) -> str:
    return f'quote({row}."{column}")'


def _triggers(table: Table) -> list[str]:
    name = table.name
    columns = [c.name for c in table.columns]
    scope = SCOPES.get(name)

    def log(op: Op, row: str, inverse: str) -> str:
        scope_value = f'{row}."{scope}"' if scope else "NULL"
        return (
            f'CREATE TEMP TRIGGER "log_{name}_{op.value}" AFTER {_EVENTS[op]} ON main."{name}" '
            f"BEGIN INSERT INTO change_log(tbl, op, row_id, scope, inverse) VALUES "
            f"('{name}', '{op.value}', {row}.rowid, {scope_value}, {inverse}); END"
        )

    listed = ", ".join(f'"{c}"' for c in columns)
    values = "||','||".join(_q("old", c) for c in columns)
    # Only the fields this update changed are set back, so taking it back leaves alone what
    # someone else (a phone in the room) changed on the same row since.
    settings = "||".join(
        f'CASE WHEN old."{c}" IS NOT new."{c}" THEN \',"{c}"=\'||{_q("old", c)} ELSE \'\' END'
        for c in columns
        if c != "id"
    )
    return [
        log(Op.INSERTED, "new", f"'DELETE FROM \"{name}\" WHERE id='||quote(new.id)"),
        log(Op.DELETED, "old", f"'INSERT INTO \"{name}\" ({listed}) VALUES ('||{values}||')'"),
        log(
            Op.UPDATED,
            "old",
            f"'UPDATE \"{name}\" SET \"id\"='||quote(old.id)||{settings}||' WHERE id='||quote(old.id)",
        ),
    ]


def _install(session: Session) -> None:
    """The log table and its triggers, once per connection (they are temporary)."""
    info = session.connection().connection.info
    if info.get("change_log"):
        return
    session.execute(
        text(
            "CREATE TEMP TABLE IF NOT EXISTS change_log (seq INTEGER PRIMARY KEY, tbl TEXT, "
            "op TEXT, row_id INTEGER, scope INTEGER, inverse TEXT)"
        )
    )
    for table in _logged_tables():
        for statement in _triggers(table):
            session.execute(text(statement))
    info["change_log"] = True


@contextlib.contextmanager
def recording(session: Session, origin: str = HERE, author: int | None = None) -> Iterator[Change]:
    """Log what the block writes in ``session``; the yielded change is filled when it ends."""
    _install(session)
    session.execute(text("DELETE FROM temp.change_log"))  # anything logged outside a recording
    change = Change(origin=origin, author=author)
    yield change
    session.flush()
    rows = session.execute(
        text("SELECT tbl, op, row_id, scope, inverse FROM temp.change_log ORDER BY seq")
    ).all()
    session.execute(text("DELETE FROM temp.change_log"))
    change.touched = [Touched(r[0], Op(r[1]), int(r[2]), r[3]) for r in rows]
    change.inverse = [r[4] for r in reversed(rows)]


def replay(session: Session, statements: list[str]) -> None:
    """Run a change's inverse. Rows come back parent and child in any order, so foreign keys
    are checked when the transaction commits, not statement by statement."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    connection = session.connection().connection.driver_connection
    for statement in statements:
        connection.execute(statement)  # type: ignore[union-attr]


def touched_so_far(session: Session) -> set[tuple[str, int]]:
    """The rows the recording open on ``session`` has logged until now."""
    session.flush()
    rows = session.execute(text("SELECT tbl, row_id FROM temp.change_log")).all()
    return {(r[0], int(r[1])) for r in rows}
