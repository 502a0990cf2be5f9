"""From what a change did to the rows to the document's past-tense signals.

Every write of the document is one recorded transaction (``app/store/change_log.py``); once
it is committed, this turns the rows it touched into the signals the views listen to, the
same way whether the change was typed, undone, redone or came from elsewhere. Rows of a
sheet, board, round or session that was itself added or removed by the change are not
announced one by one: the view rebuilds that whole thing from its own signal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.store.change_log import SCOPES, Change, Op, Touched

if TYPE_CHECKING:
    from app.document import WorkshopDocument

#: Parents before children: additions and edits are announced in this order, removals in
#: the reverse one (a card's links go before the card, the card before its resource).
ORDER = [
    "workshop",
    "kind_group",
    "resource_kind",
    "resource",
    "participant",
    "worksheet",
    "worksheet_zone",
    "card",
    "link",
    "board",
    "board_column",
    "note_group",
    "note",
    "vote_round",
    "vote",
    "session",
    "agenda_item",
    "decision",
    "action",
    "attendance",
    "session_link",
    "snapshot",
    "reflection",
    "photo",
    "form_answer",
    "issue",
    "issue_step",
]

_PARENT = {  # the table a scope column points into
    "worksheet_id": "worksheet",
    "board_id": "board",
    "round_id": "vote_round",
    "session_id": "session",
}


def net(change: Change) -> dict[tuple[str, int], Touched]:
    """One entry per row: added (even if then edited), removed, or edited; a row both added
    and removed by the change is left out."""
    first: dict[tuple[str, int], Touched] = {}
    last: dict[tuple[str, int], Touched] = {}
    for touched in change.touched:
        key = (touched.table, touched.id)
        first.setdefault(key, touched)
        last[key] = touched
    result: dict[tuple[str, int], Touched] = {}
    for key, start in first.items():
        end = last[key]
        if start.op is Op.INSERTED and end.op is Op.DELETED:
            continue
        op = Op.INSERTED if start.op is Op.INSERTED else end.op
        scope = end.scope if end.scope is not None else start.scope
        result[key] = Touched(start.table, op, start.id, scope)
    return result


def announce(document: WorkshopDocument, change: Change) -> None:
    rows = net(change)
    whole = {(t.table, t.id) for t in rows.values() if t.op is not Op.UPDATED}
    by_table: dict[str, dict[Op, dict[int | None, list[int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for touched in rows.values():
        parent = _PARENT.get(SCOPES.get(touched.table, ""))
        if parent and (parent, touched.scope) in whole:
            continue  # its sheet, board, round or session is announced whole
        by_table[touched.table][touched.op][touched.scope].append(touched.id)
    if "kind_group" in by_table or "resource_kind" in by_table:
        document.reload_catalogue()
        document.catalogue_changed.emit()
    for table in reversed(ORDER):
        for scope, ids in by_table[table][Op.DELETED].items():
            _signal(document, table, Op.DELETED)(scope, ids)
    for table in ORDER:
        for op in (Op.INSERTED, Op.UPDATED):
            for scope, ids in by_table[table][op].items():
                _signal(document, table, op)(scope, ids)


Emit = Callable[[int | None, list[int]], None]


def _signal(d: WorkshopDocument, table: str, op: Op) -> Emit:
    def each(signal) -> Emit:
        def emit(_scope: int | None, ids: list[int]) -> None:
            for i in ids:
                signal.emit(i)

        return emit

    def ids_only(signal) -> Emit:
        return lambda _scope, ids: signal.emit(ids)

    def scoped(signal) -> Emit:
        return lambda scope, ids: signal.emit(scope, ids)

    def scope_only(signal) -> Emit:
        return lambda scope, _ids: signal.emit(scope)

    def content(scope: int | None, _ids: list[int]) -> None:
        d.session_content_changed.emit(scope, table)

    added, changed, removed = Op.INSERTED, Op.UPDATED, Op.DELETED
    table_signals: dict[str, dict[Op, Emit]] = {
        "workshop": {changed: lambda _s, _i: d.profile_changed.emit()},
        "resource": {
            added: ids_only(d.resources_added),
            changed: each(d.resource_changed),
            removed: ids_only(d.resources_removed),
        },
        "participant": {
            added: ids_only(d.participants_added),
            changed: ids_only(d.participants_changed),
            removed: ids_only(d.participants_removed),
        },
        "worksheet": {
            added: each(d.worksheet_added),
            changed: each(d.worksheet_changed),
            removed: each(d.worksheet_removed),
        },
        "card": {
            added: scoped(d.cards_added),
            changed: scoped(d.cards_changed),
            removed: scoped(d.cards_removed),
        },
        "link": {
            added: scoped(d.links_added),
            changed: scoped(d.links_changed),
            removed: scoped(d.links_removed),
        },
        "board": {
            added: each(d.board_added),
            changed: each(d.board_changed),
            removed: each(d.board_removed),
        },
        "note": {
            added: scoped(d.notes_added),
            changed: scoped(d.notes_changed),
            removed: scoped(d.notes_removed),
        },
        "photo": {op: lambda _s, _i: d.photos_changed.emit() for op in (added, changed, removed)},
        "form_answer": {
            op: lambda _s, _i: d.forms_changed.emit("") for op in (added, changed, removed)
        },
        "issue": {
            op: lambda _s, _i: d.forms_changed.emit("issue") for op in (added, changed, removed)
        },
        "issue_step": {
            op: lambda _s, _i: d.forms_changed.emit("issue") for op in (added, changed, removed)
        },
        "session": {
            added: ids_only(d.sessions_changed),
            changed: ids_only(d.sessions_changed),
            removed: ids_only(d.sessions_removed),
        },
    }
    whole_scope = {
        "worksheet_zone": d.zones_changed,
        "board_column": d.board_columns_changed,
        "note_group": d.groups_changed,
        "vote_round": d.rounds_changed,
        "vote": d.votes_changed,
    }
    if table in table_signals:
        return table_signals[table].get(op, lambda _s, _i: None)
    if table in whole_scope:
        return scope_only(whole_scope[table])
    if SCOPES.get(table) == "session_id":
        return content
    return lambda _s, _i: None
