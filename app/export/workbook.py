"""ファイル ▸ Excelに書き出し: one workbook, a sheet per table, in the form staff pass on.

Each sheet has a bold frozen header row with a filter, columns as wide as their text (a
Japanese character counts double), the bundled font's name, and real dates and times that
Excel sorts and formats (with 和暦 as an option). A text that begins with = + - @ is stored
as text, never as a formula (a resource named 「=HYPERLINK(…)」 stays a name).
"""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Sequence
from datetime import date, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from app.export import csv_export, session_tables
from app.export.output import write_atomic
from app.paths import resource_path
from app.store.workshop_file import WorkshopFile
from app.worksheets.template import load_templates

FONT = "BIZ UDPGothic"
DATE = "yyyy/m/d"
WAREKI = '[$-411]ggge"年"m"月"d"日"'  # Excel's Japanese era
TIME = "h:mm"
WIDEST = 60  # characters; longer texts wrap in Excel's own way
#: What an A4 landscape page holds at 10 pt, in Excel characters, and the narrowest a column
#: is made to get there.
PAGE_CHARS = 125
NARROWEST = 10
HEADING_CHARS = 10
LINE_POINTS = 13.5  # a line of 10 pt text
MOST_LINES = 12  # a row grows to this many lines; the rest of a long memo is in the cell
HEAD_FILL = PatternFill("solid", fgColor="E8EDF3")
FORMULA_STARTS = ("=", "+", "-", "@")


def tables(session: Session, lang: str = "ja") -> list[tuple[str, csv_export.Rows]]:
    """Each sheet's name and rows, header first."""
    templates = load_templates(resource_path("templates"))
    named = [
        ("地域資源", csv_export.resources(session, lang)),
        ("ゾーン別の配置", csv_export.cards(session, templates, lang)),
        ("付箋と投票", csv_export.notes(session)),
        ("投票の内訳", csv_export.votes(session)),
        ("出席", session_tables.attendance(session, lang)),
        ("次第", session_tables.agendas(session, lang)),
        ("決定事項", session_tables.decisions(session)),
        ("アクション", session_tables.actions(session, lang)),
    ]
    reflections = session_tables.reflections(session, lang)
    if len(reflections) > 1:  # only when some session has its sheets
        named.append(("振り返りシート", reflections))
    return named


def workbook_bytes(
    named_rows: Sequence[tuple[str, csv_export.Rows]], wareki: bool = False
) -> bytes:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, rows in named_rows:
        _sheet(book.create_sheet(name), rows, wareki)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def _sheet(sheet: Worksheet, rows: csv_export.Rows, wareki: bool) -> None:
    plain, bold = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
    widths: dict[int, int] = {}
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if value is None or value == "":
                continue
            cell.value = value  # type: ignore[assignment]
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                cell.data_type = "s"  # text, not a formula
            elif isinstance(value, date):
                cell.number_format = WAREKI if wareki else DATE
            elif isinstance(value, time):
                cell.number_format = TIME
            cell.font = bold if r == 1 else plain
            cell.alignment = TOP  # a row's cells read from the same line when one wraps
            needed = _width(value, wareki)  # a long heading wraps rather than widen its column
            widths[c] = max(widths.get(c, 0), min(needed, HEADING_CHARS) if r == 1 else needed)
    columns = _fitted({c: min(WIDEST, widths.get(c, 4) + 2) for c in range(1, len(rows[0]) + 1)})
    for c, width in columns.items():
        head = sheet.cell(row=1, column=c)
        head.font, head.fill = bold, HEAD_FILL
        sheet.column_dimensions[get_column_letter(c)].width = width
    for r, cells in enumerate(sheet.iter_rows(), start=1):
        lines = 1
        for c, cell in enumerate(cells, start=1):
            value, width = cell.value, columns.get(c, WIDEST) - 1
            if not isinstance(value, str):
                continue
            needed = sum(_lines(line, width, wareki) for line in value.splitlines())
            if needed > 1:
                cell.alignment = WRAPPED  # a long text wraps in its column, not cut off
                lines = max(lines, needed)
        if lines > 1:  # set, since not every program fits a row to wrapped text on opening
            sheet.row_dimensions[r].height = LINE_POINTS * min(lines, MOST_LINES)
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(1, len(rows[0])))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows))}"
    _print_setup(sheet)


def _lines(text: str, width: int, wareki: bool) -> int:
    """How many lines ``text`` takes in a column ``width`` wide, at most: a row a little
    too tall prints better than one that cuts its text."""
    return max(1, math.ceil(_width(text, wareki) / width))


def _fitted(widths: dict[int, int]) -> dict[int, int]:
    """Column widths narrowed, the widest first, until the sheet fits an A4 landscape page
    at a readable size (long texts then wrap)."""
    fitted = dict(widths)
    while sum(fitted.values()) > PAGE_CHARS:
        widest = max(fitted, key=lambda c: fitted[c])
        if fitted[widest] <= NARROWEST:
            break
        fitted[widest] -= 1
    return fitted


def _print_setup(sheet: Worksheet) -> None:
    """Printed from Excel or LibreOffice: A4 landscape, every column on the page's width,
    the header row on every page, the sheet's name above and page numbers below."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    if sheet.sheet_properties.pageSetUpPr is not None:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    header, footer = sheet.oddHeader, sheet.oddFooter
    if header is not None and footer is not None:
        header.left.text = "&A"
        footer.center.text = "&P / &N"


def _width(value: object, wareki: bool) -> int:
    """How many Excel characters a value needs: a full-width character counts as two."""
    if isinstance(value, date):
        return 16 if wareki else 10
    if isinstance(value, time):
        return 5
    text = str(value)
    longest = max((line for line in text.splitlines() or [""]), key=len)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


def write_workbook(
    workshop_file: WorkshopFile, out: Path | str, lang: str = "ja", wareki: bool = False
) -> list[str]:
    """Every table as one ``.xlsx`` at ``out``, written whole or not at all; the sheets'
    names."""
    with workshop_file.read_session() as session:
        named = tables(session, lang)
    write_atomic(out, workbook_bytes(named, wareki))
    return [name for name, _rows in named]
