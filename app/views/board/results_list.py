"""A round's results in the voting panel: ranked, ties marked, the best N highlighted, and
under each note where its dots came from; and the same results as the board shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.boards.voting import by_table, ranking, top, totals
from app.document import WorkshopDocument
from app.models import VoteRound
from app.views.board.note_item import Dots, rank_label

_TOP_BRUSH = QBrush(QColor("#fff0c2"))


def fill_results(
    results: QTreeWidget, document: WorkshopDocument, round_: VoteRound | None
) -> dict[int, Dots]:
    """Fill ``results``; return each note's dots for the board (none while hidden)."""
    results.clear()
    dots: dict[int, Dots] = {}
    if round_ is not None and (round_.revealed or not round_.hidden):
        votes = document.boards.votes(round_.id)
        ranked = ranking(votes)
        best = top(ranked, round_.top_n) if round_.revealed else set()
        texts = {n.id: n.text for n in document.boards.notes(round_.board_id)}
        counts = totals(votes)
        sources = by_table(votes)
        for entry in ranked:
            tied = sum(1 for r in ranked if r.rank == entry.rank) > 1
            place = rank_label(entry.rank) + (
                QCoreApplication.translate("VotingPanel", " (tie)") if tied else ""
            )
            row = QTreeWidgetItem([place, texts.get(entry.note_id, ""), str(entry.votes)])
            row.setData(0, Qt.ItemDataRole.UserRole, entry.note_id)
            if entry.note_id in best:
                font = QFont(row.font(1))
                font.setBold(True)
                for column in range(3):
                    row.setBackground(column, _TOP_BRUSH)
                    row.setFont(column, font)
            results.addTopLevelItem(row)
            for where, count in sorted(sources.get(entry.note_id, {}).items()):
                row.addChild(
                    QTreeWidgetItem(
                        [
                            "",
                            where or QCoreApplication.translate("VotingPanel", "On the laptop"),
                            str(count),
                        ]
                    )
                )
        places = {r.note_id: r.rank for r in ranked if r.note_id in best}
        dots = {
            nid: Dots(count, places.get(nid), tuple(sorted(sources.get(nid, {}).items())))
            for nid, count in counts.items()
            if count
        }
    elif round_ is not None:
        results.addTopLevelItem(
            QTreeWidgetItem(
                [
                    "",
                    QCoreApplication.translate(
                        "VotingPanel", "Hidden until the results are revealed."
                    ),
                    "",
                ]
            )
        )
    results.resizeColumnToContents(0)
    return dots
