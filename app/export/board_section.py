"""Board results on A4: each column and group with its notes, then each voting round ranked."""

from __future__ import annotations

from collections import Counter, defaultdict

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from app.boards.voting import by_table, ranking
from app.export import fonts
from app.export.pages import Mark, StartPage
from app.export.photo_section import photo_flowables
from app.export.styles import grid, para
from app.export.words import word
from app.models import Board, Note, OwnerKind, PhotoOwner
from app.store import boards

NOTES_PER_ROW = 3
NOTE_WIDTH = 55 * mm


def board_pages(
    session: Session, board_ids: list[int] | None, lang: str, photos: bool = True
) -> list[Flowable]:
    story: list[Flowable] = []
    for board in boards.boards(session):
        if board_ids is None or board.id in board_ids:
            story += [StartPage("a4"), Mark(board.title, 1), *board_flowables(session, board, lang)]
            if photos:
                story += photo_flowables(session, PhotoOwner(OwnerKind.BOARD, board.id), lang)
    return story


def _note_cell(note: Note, votes: int, author: str) -> list[Flowable]:
    cell: list[Flowable] = [para(note.text or "—", "cell")]
    details = [d for d in (author, note.table_name) if d]
    if votes:
        details.append(f"● {votes}{word('votes', 'ja')}")
    if details:
        cell.append(para(" / ".join(details), "muted"))
    return cell


def _note_grid(notes: list[Note], votes: dict[int, int], authors: dict[int, str]) -> Table:
    """Notes as coloured squares, three to a row, like the board itself."""
    cells: list[list[Flowable] | str] = [
        _note_cell(n, votes.get(n.id, 0), authors.get(n.author_id or 0, "")) for n in notes
    ]
    rows = [cells[i : i + NOTES_PER_ROW] for i in range(0, len(cells), NOTES_PER_ROW)]
    rows[-1] += [""] * (NOTES_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[NOTE_WIDTH] * NOTES_PER_ROW, splitInRow=1)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
        ("GRID", (0, 0), (-1, -1), 3, HexColor("#ffffff")),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for i, note in enumerate(notes):
        at = (i % NOTES_PER_ROW, i // NOTES_PER_ROW)
        commands.append(("BACKGROUND", at, at, HexColor(note.colour)))
    table.setStyle(TableStyle(commands))
    return table


def board_flowables(session: Session, board: Board, lang: str) -> list[Flowable]:
    notes = boards.notes(session, board.id)
    notes.sort(key=lambda n: (n.y, n.x, n.id))
    groups = {c.id: c for c in boards.groups(session, board.id)}
    authors = {p.id: p.name for p in boards.participants(session)}
    rounds = boards.rounds(session, board.id)
    revealed = [r for r in rounds if r.revealed or not r.hidden]
    # Votes shown beside the notes are those of the latest round whose results are public.
    latest: dict[int, int] = {}
    if revealed:
        latest = {r.note_id: r.votes for r in ranking(boards.votes(session, revealed[-1].id))}
    story: list[Flowable] = [para(board.title, "h1")]

    sections: dict[tuple[int, int], list[Note]] = defaultdict(list)
    columns = boards.columns(session, board.id)
    order = {c.id: i for i, c in enumerate(columns)}
    for note in notes:
        column = order.get(note.column_id or -1, len(columns)) if columns else 0
        sections[(column, note.group_id or 0)].append(note)
    grouped_columns = {column for column, group_id in sections if group_id}
    for (column, group_id), members in sorted(
        sections.items(), key=lambda kv: (kv[0][0], kv[0][1] == 0, kv[0][1])
    ):
        heading = []
        if columns:
            heading.append(
                columns[column].label if column < len(columns) else word("no_column", lang)
            )
        if group_id:
            heading.append(groups[group_id].title or "—")
        elif column in grouped_columns or not columns and groups:
            heading.append(word("ungrouped", lang))
        title = " ／ ".join(heading) or word("note", lang)
        story.append(para(f"{title}（{len(members)}）", "h3"))
        story.append(_note_grid(members, latest, authors))

    for round_ in rounds:
        story.append(Spacer(0, 3 * mm))
        story += _round_table(session, round_, {n.id: n for n in notes}, groups, columns, lang)
    return story


def _round_table(session, round_, notes, groups, columns, lang) -> list[Flowable]:
    heading = para(f"{round_.title}（{round_.dots_per_participant}票／人）", "h2")
    if round_.hidden and not round_.revealed:
        return [heading, para(word("not_revealed", lang), "muted")]
    ranked = ranking(boards.votes(session, round_.id))
    if not ranked:
        return [heading, para(word("no_votes", lang), "muted")]
    labels = {c.id: c.label for c in columns}
    votes = boards.votes(session, round_.id)
    sources = by_table(votes)
    shared = Counter(r.rank for r in ranked)
    rows: list[list[object]] = [
        [
            word("rank", lang),
            word("note", lang),
            word("column", lang),
            word("votes", lang),
            word("by_table", lang),
        ]
    ]
    best: list[int] = []
    for r in ranked:
        note = notes.get(r.note_id)
        if note is None:
            continue
        place = labels.get(note.column_id or 0, "")
        if note.group_id in groups:
            place = " ／ ".join(p for p in (place, groups[note.group_id].title) if p)
        if r.rank <= round_.top_n:  # the notes the board highlights after the reveal
            best.append(len(rows))
        rank = str(r.rank) + (word("tie", lang) if shared[r.rank] > 1 else "")
        parts = sorted(sources.get(r.note_id, {}).items())
        breakdown = "\n".join(
            f"{where or word('on_the_laptop', lang)} {n}{word('votes', lang)}" for where, n in parts
        )
        rows.append([rank, note.text, place, str(r.votes), breakdown])
    extra = [("BACKGROUND", (0, i), (-1, i), HexColor("#fff4d6")) for i in best]
    total = sum(r.votes for r in ranked)
    widths = [17 * mm, 72 * mm, 36 * mm, 12 * mm, 37 * mm]
    return [
        KeepTogether([heading, grid(rows, widths, extra=extra)]),
        para(f"{word('total', lang)} {total}{word('votes', lang)}", "muted"),
    ]
