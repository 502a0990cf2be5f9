"""The resource list's columns: every row once, a row's lines together, no heading alone at
the foot of a column, page after page."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.export.name_columns import NameColumns, Row

WIDTH, HEIGHT = 493.0, 700.0


def _pages(rows: list[Row]) -> list[NameColumns]:
    pages, rest = [], NameColumns(rows)
    for _ in range(200):
        parts = rest.split(WIDTH, HEIGHT)
        if not parts:
            assert rest.wrap(WIDTH, HEIGHT)[1] <= HEIGHT
            return [*pages, rest]
        head, rest = parts  # type: ignore[assignment]
        assert head.wrap(WIDTH, HEIGHT)[1] <= HEIGHT  # a page's part fits its page
        pages.append(head)  # type: ignore[arg-type]
    raise AssertionError("never ends")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 40), st.integers(0, 3)),  # per kind: rows, long names every n
        min_size=1,
        max_size=6,
    )
)
def test_columns_keep_rows_whole_and_headings_with_their_rows(kinds) -> None:  # type: ignore[no-untyped-def]
    rows: list[Row] = []
    for k, (count, long_every) in enumerate(kinds):
        rows.append(Row(f"種別{k}（{count}）", heading=True))
        for i in range(count):
            long = long_every and i % (long_every + 1) == 0
            rows.append(Row(f"● 資源{k}-{i} " + ("とても長い名前の地域資源 " * 3 if long else "")))
    pages = _pages(rows)
    lines = [line for page in pages for line in (page._lines or [])]
    assert sum(line.first for line in lines) == len(rows)  # every row, once
    for n, page in enumerate(pages):
        page_lines = page._lines or []
        page.wrap(WIDTH, HEIGHT)
        split = page._split if page._split is not None else page._column_break(page_lines)
        columns = [page_lines[:split], page_lines[split:]]
        for c, column in enumerate(columns):
            if not column:
                continue
            assert column[0].first  # a name's second line stays with its first
            last_of_all = n == len(pages) - 1 and (c == 1 or not columns[1])
            assert last_of_all or not column[-1].heading  # no heading alone at a foot
