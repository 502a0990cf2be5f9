"""``wagamachi --room FILE [--host ADDR] [--port N] [--board ID | --sheet ID | --session ID]``:
the room server without a window, for a second laptop, for tests and for the benchmarks.

It opens the file as the app does, serves the same page and API on one address, prints the
join address and PIN (and the QR code, in the terminal), and stops on Ctrl+C.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from app.document import WorkshopDocument
from app.document.workshop_document import ReadOnlyDocument
from app.models import Board, Worksheet
from app.reception.host import Reception
from app.reception.intake import Measure
from app.reception.interfaces import addresses
from app.room.addresses import DEFAULT_PORT
from app.store.workshop_file import open_workshop


def _named(items: Sequence[Board | Worksheet], wanted: str) -> int | None:
    """The board or sheet whose id or title is ``wanted``; the first when nothing is."""
    if not wanted:
        return items[0].id if items else None
    for item in items:
        if str(item.id) == wanted or item.title == wanted:
            return int(item.id)
    raise LookupError(wanted)


def serve(
    path: Path,
    host: str,
    port: int | None,
    board: str,
    sheet: str,
    session: int | None,
    say: dict[str, str],
    measure: Measure,
) -> int:
    """Serve ``path`` until Ctrl+C; ``say`` holds the translated sentences to print,
    ``measure`` the height a note needs for its text (the board's own fitting). Phones
    fill in the reflection sheet of ``session`` when it is given, else work on ``sheet``
    when it is given, else on ``board``."""
    document = WorkshopDocument(open_workshop(path))
    try:
        board_id = _named(document.boards.all(), board)
        sheet_id = _named(document.sheets.all(), sheet) if sheet else None
    except LookupError as missing:
        print(say["no_board"].replace("%1", str(missing)), file=sys.stderr)
        document.close()
        return 2
    if not host:
        offered = addresses()
        host = offered[0].ip if offered else "127.0.0.1"
    reception = Reception(document, measure)
    activity = "reflection" if session else "sheet" if sheet_id is not None else "board"
    reception.choose(activity=activity, board_id=board_id, sheet_id=sheet_id, session_id=session)
    try:
        reception.start(host, DEFAULT_PORT if port is None else port)
    except ReadOnlyDocument:
        print(say["read_only"], file=sys.stderr)
        document.close()
        return 2
    except OSError as error:
        print(say["no_listen"].replace("%1", host).replace("%2", str(error)), file=sys.stderr)
        document.close()
        return 2
    import segno

    print(say["serving"].replace("%1", reception.join_address()), flush=True)
    print(say["by_hand"].replace("%1", reception.short_address()).replace("%2", reception.pin))
    segno.make(reception.join_address(), error="m").terminal(compact=True)
    print(say["stop"], flush=True)

    app = QCoreApplication.instance()
    assert app is not None
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    wake = QTimer(interval=200)  # lets Python see Ctrl+C while Qt's loop runs
    wake.timeout.connect(lambda: None)
    wake.start()
    app.exec()
    reception.stop()
    document.close()
    return 0
