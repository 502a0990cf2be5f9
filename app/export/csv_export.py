"""CSV files for Excel: resources, cards per zone, notes with their votes, actions.

Written as UTF-8 with a byte-order mark and CRLF line ends, which is what Excel needs
to open Japanese text correctly by double-click; or as Shift_JIS for older tools, refused
whole when a character has no Shift_JIS code.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from app.boards.voting import totals
from app.export.output import write_atomic
from app.export.sheet_content import from_worksheet
from app.export.worksheet_section import template_for
from app.models import Action, Participant, Resource, ResourceKind
from app.models.dates import format_date
from app.models.furigana import in_gojuon
from app.paths import resource_path
from app.store import boards, timeline, worksheets
from app.store.workshop_file import WorkshopFile
from app.timeline.labels import label
from app.worksheets.template import Template, load_templates

Rows = list[list[object]]


def resources(session: Session, lang: str = "ja") -> Rows:
    kinds = {k.id: k for k in session.query(ResourceKind)}
    rows: Rows = [["ID", "名称", "ふりがな", "種別", "運営主体", "圏域", "対象者", "状況", "メモ"]]
    for r in in_gojuon(session.query(Resource)):
        kind = kinds.get(r.kind_id)
        rows.append(
            [
                r.id,
                r.name,
                r.furigana,
                kind.display_name(lang) if kind else r.kind_id,
                r.operator,
                r.area,
                r.target,
                r.status.label(lang),
                r.memo,
            ]
        )
    return rows


def cards(session: Session, templates: Mapping[str, Template], lang: str = "ja") -> Rows:
    rows: Rows = [["ワークシート", "ゾーン", "名称", "種別", "状況", "x (mm)", "y (mm)"]]
    for sheet in worksheets.worksheets(session):
        content = from_worksheet(session, sheet, template_for(templates, sheet.template_id), lang)
        labels = {z.key: z.label for z in content.zones}
        order = {z.key: i for i, z in enumerate(content.zones)}
        cards = sorted(
            content.cards, key=lambda c: (order.get(c.zone, len(order)), c.box.y, c.box.x)
        )
        for card in cards:
            rows.append(
                [
                    sheet.title,
                    labels.get(card.zone, "ゾーン外"),
                    card.name,
                    card.kind,
                    card.status.label(lang) if card.status else "",
                    round(card.box.x, 1),
                    round(card.box.y, 1),
                ]
            )
    return rows


def notes(session: Session) -> Rows:
    people = {p.id: p.name for p in session.query(Participant)}
    rows: Rows = [["ボード", "列", "グループ", "付箋", "書いた人", "テーブル"]]
    all_rounds = [(b, r) for b in boards.boards(session) for r in boards.rounds(session, b.id)]
    rows[0] += [f"{b.title}: {r.title}" for b, r in all_rounds]
    counts = {r.id: totals(boards.votes(session, r.id)) for _, r in all_rounds}
    for board in boards.boards(session):
        columns = {c.id: c.label for c in boards.columns(session, board.id)}
        groups = {c.id: c.title for c in boards.groups(session, board.id)}
        for n in boards.notes(session, board.id):
            row: list[object] = [
                board.title,
                columns.get(n.column_id or 0, ""),
                groups.get(n.group_id or 0, ""),
                n.text,
                people.get(n.author_id or 0, ""),
                n.table_name,
            ]
            row += [counts[r.id].get(n.id, 0) if b.id == board.id else "" for b, r in all_rounds]
            rows.append(row)
    return rows


def votes(session: Session) -> Rows:
    """Every round's dots by where they came from: a table's paper count, or a person's
    dots on the laptop."""
    people = {p.id: p.name for p in session.query(Participant)}
    rows: Rows = [["ボード", "投票", "付箋", "テーブル・入れた人", "票"]]
    for board in boards.boards(session):
        texts = {n.id: n.text for n in boards.notes(session, board.id)}
        for vote_round in boards.rounds(session, board.id):
            sources: dict[tuple[int, str], int] = {}
            for vote in boards.votes(session, vote_round.id):
                where = (
                    vote.table_name
                    if vote.participant_id is None
                    else people.get(vote.participant_id, "")
                )
                key = (vote.note_id, where)
                sources[key] = sources.get(key, 0) + vote.count
            for (note_id, where), count in sorted(sources.items(), key=lambda kv: (-kv[1], kv[0])):
                rows.append([board.title, vote_round.title, texts.get(note_id, ""), where, count])
    return rows


def actions(session: Session, lang: str = "ja") -> Rows:
    titles = {m.id: m.title for m in timeline.sessions(session)}
    days = {m.id: m.day for m in timeline.sessions(session)}
    rows: Rows = [["セッション", "日付", "内容", "担当", "期限", "状況"]]
    for a in timeline.children(session, Action):
        rows.append(
            [
                titles.get(a.session_id, ""),
                format_date(days[a.session_id], lang=lang),
                a.what,
                a.who,
                a.due.isoformat() if a.due else "",
                label(a.status, lang),
            ]
        )
    return rows


def _cell(value: object) -> object:
    """Text that Excel would take for a formula (=, +, @) is kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "@"):
        return "'" + value
    return value


#: UTF-8 with a byte-order mark (Excel opens it by double-click), and Shift_JIS (Windows'
#: CP932) for older tools.
UTF8, SHIFT_JIS = "utf-8-sig", "cp932"


class Unencodable(ValueError):
    """Characters the chosen encoding has no code for (𠮷 in Shift_JIS): nothing is written
    rather than a character silently replaced."""

    def __init__(self, characters: Sequence[str]) -> None:
        super().__init__(", ".join(f"U+{ord(c):04X}" for c in characters))
        self.characters = list(characters)


def csv_bytes(rows: Iterable[Sequence[object]], encoding: str = UTF8) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([_cell(v) for v in row] for row in rows)
    text = buffer.getvalue()
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        missing = dict.fromkeys(c for c in text if not _encodes(c, encoding))
        raise Unencodable(list(missing)) from None


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


#: The tables that can be written, with the ending of each file's name.
TABLES = {
    "resources": "地域資源",
    "cards": "ゾーン別の配置",
    "notes": "付箋と投票",
    "actions": "アクション",
}


def rows_for(session: Session, table: str, lang: str = "ja") -> Rows:
    if table == "resources":
        return resources(session, lang)
    if table == "cards":
        return cards(session, load_templates(resource_path("templates")), lang)
    if table == "notes":
        return notes(session)
    if table == "actions":
        return actions(session, lang)
    raise ValueError(table)


def csv_paths(folder: Path | str, stem: str) -> list[Path]:
    return [Path(folder) / f"{stem}_{ending}.csv" for ending in TABLES.values()]


def write_all(
    workshop_file: WorkshopFile,
    folder: Path | str,
    stem: str,
    lang: str = "ja",
    encoding: str = UTF8,
) -> list[Path]:
    """Every table as ``{stem}_{ending}.csv`` in ``folder``; each file whole or not at all.
    Every table is encoded before any is written: a character the encoding lacks
    (:class:`Unencodable`) leaves the folder as it was."""
    with workshop_file.read_session() as session:
        tables = [rows_for(session, table, lang) for table in TABLES]
    encoded = [csv_bytes(rows, encoding) for rows in tables]
    paths = csv_paths(folder, stem)
    for path, data in zip(paths, encoded, strict=True):
        write_atomic(path, data)
    return paths
