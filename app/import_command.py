"""``wagamachi --import FILE --into WORKSHOP [--kind-map MAP.json]``: a town's list into a
workshop without a window, as one change. Prints what was added, skipped and refused, with
row numbers; a bad file or workshop is one sentence and exit 2, and nothing is written."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.commands.importing import ImportResources
from app.document import WorkshopDocument
from app.importing.plan import ERROR, NEW, NEW_KIND, SAME, UPDATE, counts
from app.importing.prepare import prepare
from app.importing.reading import Unreadable, read_table
from app.messages import import_refusal
from app.store.workshop_file import open_workshop

EXIT_USAGE = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("CommandLine", text)


def _kind_map(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise Unreadable("bad_kind_map", str(path)) from None
    if not isinstance(found, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in found.items()
    ):
        raise Unreadable("bad_kind_map", str(path))
    return found


def run_import(source: Path, into: Path, kind_map: Path | None, new_kinds: bool = False) -> int:
    """Import ``source`` into ``into``, saying what happened to every row."""
    try:
        chosen = _kind_map(kind_map)
        sheets = read_table(source)  # a bad table is refused before the workshop is opened
    except Unreadable as error:
        print(import_refusal(error.code, error.detail), file=sys.stderr)
        return EXIT_USAGE
    document = WorkshopDocument(open_workshop(into))
    try:
        if document.read_only_reason is not None:
            print(_t("The workshop file is read-only: nothing was imported."), file=sys.stderr)
            return EXIT_USAGE
        try:
            prepared = prepare(
                source,
                document.kinds(),
                document.resources(),
                kind_map=chosen,
                sheets=sheets,
                default_kind=NEW_KIND if new_kinds else None,
            )
        except Unreadable as error:
            print(import_refusal(error.code, error.detail), file=sys.stderr)
            return EXIT_USAGE
        for plan in prepared.plans:
            if plan.outcome == ERROR:
                line = _t("row %1, %2: %3").replace("%1", str(plan.number))
                reason = import_refusal(plan.reason, plan.detail)
                print(line.replace("%2", plan.column).replace("%3", reason), file=sys.stderr)
            elif plan.outcome == SAME:
                said = _t("row %1: skipped, already in the workshop (%2)")
                print(said.replace("%1", str(plan.number)).replace("%2", plan.values["name"]))
        command = ImportResources(document, prepared.plans)
        if not command.is_noop():
            command.redo()
        for name in dict.fromkeys(p.new_kind for p in prepared.plans if p.new_kind):
            print(_t("new kind: %1").replace("%1", name))
        found = counts(prepared.plans)
        said = _t("Imported %1 new, %2 updated; %3 skipped, %4 refused.")
        for mark, key in (("%1", NEW), ("%2", UPDATE), ("%3", SAME), ("%4", ERROR)):
            said = said.replace(mark, str(found[key]))
        print(said)
        return 0
    finally:
        document.close()
