"""Filling a table widget quickly, and reading its cells back.

A header section in ResizeToContents mode measures its column again after every
``setItem``; filling hundreds of rows that way costs seconds. While a table is filled its
sections are fixed, and measured once at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


@contextmanager
def filling(table: QTableWidget) -> Iterator[None]:
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(i) for i in range(header.count())]
    blocked = table.blockSignals(True)
    table.setUpdatesEnabled(False)
    for i in range(header.count()):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Fixed)
    try:
        yield
    finally:
        for i, mode in enumerate(modes):
            header.setSectionResizeMode(i, mode)
        table.setUpdatesEnabled(True)
        table.blockSignals(blocked)


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell this app filled (every cell it fills has one)."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at row {row}, column {column}")
    return item
