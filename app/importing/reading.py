"""A table file as sheets of text cells: ``.xlsx`` (openpyxl: merged cells carry their value
into every cell they cover) and ``.csv`` (UTF-8 with or without BOM, Shift_JIS/CP932 and
others detected with charset-normalizer). Dates and numbers become the text staff see."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

#: Files larger than this are refused before they are read.
MAX_BYTES = 30 * 1024 * 1024
MAX_ROWS = 20_000


class Unreadable(ValueError):
    """A file that is not a table we can read; ``code`` names why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code} {detail}".strip())
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[str]]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _workbook(path: Path) -> list[Sheet]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise Unreadable("not_a_workbook", str(error)) from None
    sheets = []
    for ws in book.worksheets:
        merged: dict[tuple[int, int], object] = {}
        for cells in ws.merged_cells.ranges:
            value = ws.cell(cells.min_row, cells.min_col).value
            for r in range(cells.min_row, cells.max_row + 1):
                for c in range(cells.min_col, cells.max_col + 1):
                    merged[(r, c)] = value
        rows: list[list[str]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS:
                raise Unreadable("too_many_rows", str(MAX_ROWS))
            rows.append([_text(merged.get((number, c), v)) for c, v in enumerate(values, start=1)])
        sheets.append(Sheet(ws.title, rows))
    return sheets


def decode(raw: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM) first, else what
    charset-normalizer finds most likely (Shift_JIS/CP932 from older tools)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise Unreadable("unknown_encoding")
    encoding = (
        "cp932" if best.encoding in ("shift_jis", "cp932", "shift_jis_2004") else best.encoding
    )
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise Unreadable("unknown_encoding", encoding) from None


def _csv(path: Path) -> list[Sheet]:
    text = decode(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    if len(rows) > MAX_ROWS:
        raise Unreadable("too_many_rows", str(MAX_ROWS))
    return [Sheet(path.stem, rows)]


def read_table(path: Path | str) -> list[Sheet]:
    """Every sheet of ``path``; raises :class:`Unreadable` with a code for the message."""
    path = Path(path)
    if not path.is_file():
        raise Unreadable("missing", str(path))
    if path.stat().st_size > MAX_BYTES:
        raise Unreadable("too_large", str(MAX_BYTES // 2**20))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _workbook(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return _csv(path)
    raise Unreadable("unknown_format", path.suffix)
