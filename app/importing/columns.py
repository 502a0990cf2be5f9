"""Which row is the header and which column is which field, guessed from the header's
words (名称/事業名/団体名 → name, 種別/分類 → kind, 圏域/地区 → area, 運営/実施主体 →
operator …). A guess the user can change; remembered per layout of headers."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from app.importing.normalise import normalise

#: The header words of a reading column (ふりがな, 名称カナ …): looked for before the name's
#: words, since such a header often names the name too (氏名カナ).
_READING_WORDS = (
    "ふりがな",
    "フリガナ",
    "よみがな",
    "ヨミガナ",
    "読み仮名",
    "読み",
    "カナ",
    "かな",
)

#: Our fields, and the header words that name each, most specific first.
FIELDS: dict[str, tuple[str, ...]] = {
    "name": (
        "名称",
        "事業名",
        "団体名",
        "サロン名",
        "通いの場名",
        "施設名",
        "事業所名",
        "名前",
        "資源名",
        "グループ名",
        "会の名前",
    ),
    "furigana": _READING_WORDS,
    "kind": ("種別", "分類", "種類", "区分", "サービス種別", "類型"),
    "area": ("圏域", "日常生活圏域", "地区", "地域", "小学校区", "中学校区", "町名", "行政区"),
    "operator": ("運営主体", "実施主体", "運営", "主催", "代表者", "代表", "運営団体", "実施団体"),
    "target": ("対象者", "対象"),
    "status": ("状況", "活動状況", "状態"),
    "memo": ("備考", "メモ", "内容", "活動内容", "特記事項"),
}
#: A roster's fields (参加者名簿), the same way.
PEOPLE_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("氏名", "名前", "参加者", "参加者名", "お名前", "名称"),
    "furigana": _READING_WORDS,
    "organisation": ("所属", "所属先", "団体", "機関", "団体名", "事業所"),
    "role": ("役職", "職種", "職名", "役割"),
    "side": ("立場", "区分", "所属区分"),
    "table_name": ("テーブル", "グループ", "班", "席"),
}
#: How far down a title block may push the header.
HEADER_SEARCH = 20


Fields = dict[str, tuple[str, ...]]


def _score(cell: str, fields: Fields = FIELDS) -> tuple[str, int] | None:
    """The field a header cell names, and how surely (an exact word beats a part)."""
    text = normalise(cell).replace(" ", "")
    if not text:
        return None
    for field, words in fields.items():
        if text in words:
            return field, 2
    partial = sorted(fields.items(), key=lambda item: item[0] != "furigana")
    for field, words in partial:
        if any(word in text for word in words):
            return field, 1
    return None


def header_row(rows: Sequence[Sequence[str]], fields: Fields = FIELDS) -> int:
    """The index of the header: the first of the top rows naming the most of our fields
    (at least the name); else the first row with two or more cells filled."""
    best, best_score = -1, 0
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        found = {s[0] for s in (_score(cell, fields) for cell in row) if s}
        if "name" in found and len(found) > best_score:
            best, best_score = index, len(found)
    if best >= 0:
        return best
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        if sum(1 for cell in row if cell.strip()) >= 2:
            return index
    return 0


def guess_mapping(header: Sequence[str], fields: Fields = FIELDS) -> dict[str, int]:
    """Field → column index for the columns the header names; each field once, each
    column once, the surest match winning."""
    candidates = []
    for column, cell in enumerate(header):
        found = _score(cell, fields)
        if found:
            candidates.append((-found[1], column, found[0]))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _, column, field in sorted(candidates):
        if field not in mapping and column not in used:
            mapping[field] = column
            used.add(column)
    return mapping


def layout_key(header: Sequence[str]) -> str:
    """The same headers in the same order give the same key: a mapping the user fixed is
    remembered for the next file of that layout."""
    joined = "\t".join(normalise(cell) for cell in header)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]
