"""The command line: ``wagamachi [FILE]``, ``--sample PATH``, ``--export-pdf``/``--export-xlsx``,
``--room`` (the room server without a window), ``--version``, ``--lang``.

Bad arguments and unreadable files are reported in one clear sentence on
stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import app.preload  # noqa: F401 - before PySide6 (see there)

# isort: split
from PySide6.QtCore import QT_TRANSLATE_NOOP

from app import APP_NAME, APP_NAME_JA, __version__

if TYPE_CHECKING:
    from app.store.workshop_file import WorkshopFile

EXIT_USAGE = 2

# Sentences printed through cli_text(); marked here so that lupdate finds them.
_TEXTS = (
    QT_TRANSLATE_NOOP("CommandLine", "Invalid arguments: %1"),
    QT_TRANSLATE_NOOP("CommandLine", "Sample workshop written to %1"),
    QT_TRANSLATE_NOOP("CommandLine", "Report written to %1 (%2 pages)"),
    QT_TRANSLATE_NOOP("CommandLine", "--export-pdf needs the workshop file to export."),
    QT_TRANSLATE_NOOP("CommandLine", "--export-xlsx needs the workshop file to export."),
    QT_TRANSLATE_NOOP("CommandLine", "Workbook written to %1 (%2 sheets)"),
    QT_TRANSLATE_NOOP("CommandLine", "--room needs the workshop file to receive into."),
    QT_TRANSLATE_NOOP("CommandLine", "--import needs the workshop to import into (--into)."),
    QT_TRANSLATE_NOOP("CommandLine", "The workshop file is read-only: nothing was imported."),
    QT_TRANSLATE_NOOP("CommandLine", "row %1, %2: %3"),
    QT_TRANSLATE_NOOP("CommandLine", "row %1: skipped, already in the workshop (%2)"),
    QT_TRANSLATE_NOOP("CommandLine", "Imported %1 new, %2 updated; %3 skipped, %4 refused."),
    QT_TRANSLATE_NOOP("CommandLine", "new kind: %1"),
    QT_TRANSLATE_NOOP("CommandLine", "Receiving. Phones join by scanning the QR code or at %1"),
    QT_TRANSLATE_NOOP("CommandLine", "Or type the address %1 in the browser and the PIN %2"),
    QT_TRANSLATE_NOOP("CommandLine", "Press Ctrl+C to stop receiving."),
    QT_TRANSLATE_NOOP("CommandLine", "No board or worksheet is called %1 in this workshop."),
    QT_TRANSLATE_NOOP(
        "CommandLine", "This file is open read-only: nothing the phones send could be kept."
    ),
    QT_TRANSLATE_NOOP("CommandLine", "Cannot receive on the address %1: %2"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "The window needs system libraries that are missing. Install them with: %1",
    ),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "No display was found (DISPLAY or WAYLAND_DISPLAY is not set). Start the app from a "
        "desktop session.",
    ),
)


def _qt_missing_hint() -> str | None:
    """On Linux, the exact command to install the X11 libraries Qt's window needs."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    import ctypes.util

    needed = {
        "xcb-cursor": "libxcb-cursor0",
        "xcb-icccm": "libxcb-icccm4",
        "xcb-keysyms": "libxcb-keysyms1",
        "xkbcommon-x11": "libxkbcommon-x11-0",
    }
    missing = [pkg for lib, pkg in needed.items() if ctypes.util.find_library(lib) is None]
    if not missing:
        return None
    return "sudo apt-get install " + " ".join(missing)


_language: str | None = None


def _ensure_translation() -> None:
    """Set up Qt's translation for messages; only on paths that open no window."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n
    from app.gui import set_identity
    from app.settings import Settings

    if QCoreApplication.instance() is None:
        app = QCoreApplication([])
        set_identity(app)
        i18n.install(app, _language or Settings().language)


def _say(text: str, *, error: bool = True, arg: str = "") -> None:
    """Print a translated sentence on stderr (or stdout)."""
    from app.messages import cli_text

    _ensure_translation()
    print(cli_text(text).replace("%1", arg), file=sys.stderr if error else sys.stdout)


def _no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _can_show_window() -> bool:
    """A screen a person looks at: a bad file is then explained in a dialog (a file
    double-clicked in the file manager has no terminal to print to)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return False
    return _qt_missing_hint() is None and not _no_display()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        _say("Invalid arguments: %1", arg=message)
        raise SystemExit(EXIT_USAGE)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="wagamachi", description=f"{APP_NAME_JA} ({APP_NAME})")
    parser.add_argument("file", nargs="?", type=Path, help="workshop file (*.wagamachi) to open")
    parser.add_argument(
        "--sample", metavar="PATH", type=Path, help="write the sample workshop to PATH and exit"
    )
    parser.add_argument(
        "--export-pdf",
        metavar="OUT",
        type=Path,
        help="write the full report of FILE to the PDF file OUT without opening a window",
    )
    parser.add_argument(
        "--export-xlsx",
        metavar="OUT",
        type=Path,
        help="write every table of FILE to the Excel workbook OUT without opening a window",
    )
    parser.add_argument(
        "--paper",
        choices=("A3", "A4", "A2", "B2", "A1", "mozoshi"),
        default="A3",
        help="paper for worksheets in the PDF (A4: the A3 sheet over two pages)",
    )
    parser.add_argument(
        "--tiles",
        choices=("A4", "A3"),
        default="",
        help="print a poster size cut into pages of this paper, to glue together",
    )
    parser.add_argument(
        "--room",
        action="store_true",
        help="receive notes and dots from phones into FILE without opening a window",
    )
    parser.add_argument("--host", default="", help="the address to receive on (--room)")
    parser.add_argument("--port", type=int, help="the port to receive on (--room; default 8730)")
    parser.add_argument("--board", default="", help="the board phones write on (id or title)")
    parser.add_argument(
        "--sheet", default="", help="the worksheet phones propose cards for (id or title)"
    )
    parser.add_argument(
        "--session", type=int, help="the session whose reflection sheet phones fill in (id)"
    )
    parser.add_argument(
        "--import",
        dest="import_file",
        metavar="TABLE",
        type=Path,
        help="add the resources listed in TABLE (.xlsx or .csv) to the workshop --into",
    )
    parser.add_argument("--into", metavar="WORKSHOP", type=Path, help="the workshop to import into")
    parser.add_argument(
        "--kind-map", type=Path, help="JSON of the table's kind names to catalogue kind ids"
    )
    parser.add_argument(
        "--new-kinds",
        action="store_true",
        help="add kinds the table names that the catalogue lacks as new kinds (--import)",
    )
    parser.add_argument("--lang", choices=("ja", "en"), help="user-interface language")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def _export(
    args: argparse.Namespace, needs_file: str, write: Callable[[WorkshopFile], tuple[str, str]]
) -> int:
    """Write an export of FILE without a window: ``write(workshop_file)`` writes it and
    returns what to say (and what to warn of). Store errors propagate to :func:`main`."""
    from app.export.output import ExportError
    from app.messages import export_error
    from app.store.workshop_file import reading

    if args.file is None:
        _say(needs_file)
        return EXIT_USAGE
    _ensure_translation()
    try:
        with reading(args.file) as workshop_file:
            said, warned = write(workshop_file)
    except ExportError as error:
        print(export_error(error), file=sys.stderr)
        return EXIT_USAGE
    print(said)
    if warned:
        print(warned, file=sys.stderr)
    return 0


def _export_pdf(args: argparse.Namespace) -> int:
    from app.export.report import ExportRequest, export_pdf
    from app.messages import cli_text, unprintable_notice

    def write(workshop_file: WorkshopFile) -> tuple[str, str]:
        request = ExportRequest(paper=args.paper, tiles=args.tiles, lang=_language or "ja")
        result = export_pdf(workshop_file, args.export_pdf, request)
        said = cli_text("Report written to %1 (%2 pages)")
        said = said.replace("%1", str(args.export_pdf)).replace("%2", str(result.pages))
        return said, unprintable_notice(result.unprintable)

    return _export(args, "--export-pdf needs the workshop file to export.", write)


def _export_xlsx(args: argparse.Namespace) -> int:
    from app.export.workbook import write_workbook
    from app.messages import cli_text

    def write(workshop_file: WorkshopFile) -> tuple[str, str]:
        sheets = write_workbook(workshop_file, args.export_xlsx, _language or "ja")
        said = cli_text("Workbook written to %1 (%2 sheets)")
        return said.replace("%1", str(args.export_xlsx)).replace("%2", str(len(sheets))), ""

    return _export(args, "--export-xlsx needs the workshop file to export.", write)


def _room(args: argparse.Namespace) -> int:
    if args.file is None:
        _say("--room needs the workshop file to receive into.")
        return EXIT_USAGE
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the room server shows no window
    from PySide6.QtGui import QGuiApplication

    from app import fonts, i18n
    from app.gui import set_identity
    from app.messages import cli_text
    from app.reception.command_line import serve
    from app.settings import Settings
    from app.views.board.note_text import note_height

    app = QGuiApplication([])
    set_identity(app)
    fonts.register_fonts()
    i18n.install(app, _language or Settings().language)
    say = {
        "serving": "Receiving. Phones join by scanning the QR code or at %1",
        "by_hand": "Or type the address %1 in the browser and the PIN %2",
        "stop": "Press Ctrl+C to stop receiving.",
        "no_board": "No board or worksheet is called %1 in this workshop.",
        "read_only": "This file is open read-only: nothing the phones send could be kept.",
        "no_listen": "Cannot receive on the address %1: %2",
    }
    said = {k: cli_text(v) for k, v in say.items()}
    return serve(
        args.file, args.host, args.port, args.board, args.sheet, args.session, said, note_height
    )


def _import(args: argparse.Namespace) -> int:
    from app.import_command import run_import

    if args.into is None:
        _say("--import needs the workshop to import into (--into).")
        return EXIT_USAGE
    _ensure_translation()
    return run_import(args.import_file, args.into, args.kind_map, args.new_kinds)


def main(argv: list[str] | None = None) -> int:
    global _language
    args_list = sys.argv[1:] if argv is None else list(argv)
    if "--lang" in args_list[:-1]:
        _language = args_list[args_list.index("--lang") + 1]
    _language = next((a.split("=", 1)[1] for a in args_list if a.startswith("--lang=")), _language)
    args = _parser().parse_args(args_list)
    _language = args.lang

    if args.version:
        print(f"{APP_NAME_JA} ({APP_NAME}) {__version__}")
        return 0

    from app.store.errors import StoreError

    try:
        if args.sample is not None:
            from app.store.sample import write_sample

            write_sample(args.sample).close()
            _say("Sample workshop written to %1", error=False, arg=str(args.sample))
            return 0
        if args.export_pdf is not None:
            return _export_pdf(args)
        if args.export_xlsx is not None:
            return _export_xlsx(args)
        if args.room:
            return _room(args)
        if args.import_file is not None:
            return _import(args)
        if args.file is not None and not _can_show_window():
            # No window to show the message in (a terminal, a script): say it here.
            from app.store.workshop_file import check_workshop_file

            check_workshop_file(args.file)
    except StoreError as error:
        from app.messages import store_error

        _ensure_translation()
        print(store_error(error), file=sys.stderr)
        return EXIT_USAGE

    hint = _qt_missing_hint()
    if hint:
        _say("The window needs system libraries that are missing. Install them with: %1", arg=hint)
        return 1
    if _no_display():
        _say(
            "No display was found (DISPLAY or WAYLAND_DISPLAY is not set). Start the app from a "
            "desktop session."
        )
        return 1

    from app.gui import run_gui

    return run_gui(args.file, args.lang)
