"""A worksheet with 5,000 cards and 1,000 links, offscreen: open, drag, commit, repaint."""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QGraphicsScene  # noqa: E402

from app.document import WorkshopDocument  # noqa: E402
from app.models import Card, Link  # noqa: E402
from app.store import repository, worksheets  # noqa: E402
from app.store.workshop_file import create_workshop, open_workshop  # noqa: E402
from app.views.canvas.text import SCALE, mm_font  # noqa: E402
from app.views.canvas.view import CanvasView  # noqa: E402
from app.views.worksheet.scene import WorksheetScene  # noqa: E402
from app.worksheets.card_style import CARD_TEXT_MM  # noqa: E402
from app.worksheets.sheet import zone_for_card, zone_shapes  # noqa: E402
from benchmarks.common import check, check_ratio, exit_code, qt_application  # noqa: E402
from benchmarks.floors import CommitFloor, bare_move, bare_scene  # noqa: E402

CARDS, LINKS, RESOURCES = 5000, 1000, 500
#: Ratios to floors measured in the same run (benchmarks/floors.py): the product's
#: target over the floor on these machines, or four times today's ratio if that is tighter.
BUDGET_OPEN, BUDGET_DRAG, BUDGET_COMMIT = 7, 40, 11


def build(path: Path) -> int:
    rng = random.Random(7)
    wf = create_workshop(path)
    with wf.session() as s:
        ids = [
            repository.insert_resource(s, {"name": f"○○地区 通いの場 {i}", "kind_id": "kayoi"}).id
            for i in range(RESOURCES)
        ]
        from app.paths import resource_path
        from app.worksheets.template import load_templates

        template = load_templates(resource_path("templates"))["sogo_triangle"]
        sheet = worksheets.create_worksheet(s, template)
        shapes = zone_shapes(template, [z.key for z in worksheets.zones(s, sheet.id)])
        cards = []
        for i in range(CARDS):
            x, y = rng.uniform(60, 300), rng.uniform(40, 270)
            cards.append(
                Card(
                    worksheet_id=sheet.id,
                    resource_id=ids[i % RESOURCES],
                    x=x,
                    y=y,
                    width=36,
                    height=13,
                    z=i,
                    zone_key=zone_for_card(shapes, x, y, 36, 13),
                )
            )
        s.add_all(cards)
        s.flush()
        s.add_all(
            Link(
                worksheet_id=sheet.id,
                source_id=rng.choice(cards).id,
                target_id=rng.choice(cards).id,
                label="つなぐ人",
            )
            for _ in range(LINKS)
        )
        sheet_id = sheet.id
    wf.close()
    return sheet_id


def render_ms(scene: QGraphicsScene, rect: QRectF, runs: int = 5) -> float:
    image = QImage(1600, 1131, QImage.Format.Format_ARGB32_Premultiplied)
    samples = []
    for _ in range(runs):
        image.fill(QColor("white"))
        painter = QPainter(image)
        start = time.perf_counter()
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    app = qt_application()
    path = Path(tempfile.mkdtemp(prefix="wagamachi-bench-")) / "big.wagamachi"
    sheet_id = build(path)
    document = WorkshopDocument(open_workshop(path))
    view = CanvasView()
    view.resize(1600, 1000)
    view.show()

    start = time.perf_counter()
    scene = WorksheetScene(document, sheet_id)
    view.setScene(scene)
    view.fit_page()
    view.viewport().grab()  # the first full paint
    opened = (time.perf_counter() - start) * 1000
    check_ratio(
        f"open a sheet with {CARDS} cards, {LINKS} links",
        opened,
        bare_scene(CARDS),
        BUDGET_OPEN,
        target_ms=1000,
    )

    card = next(iter(scene.cards.values()))
    samples = []
    for i in range(100):
        start = time.perf_counter()
        card.setPos(card.pos() + QPointF(0.5 if i % 2 else -0.5, 0.3))
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    check_ratio(
        "drag step: move + repaint what changed (median of 100)",
        statistics.median(samples),
        bare_move(app),
        BUDGET_DRAG,
        target_ms=8,
    )

    ids = list(scene.cards)[:200]
    samples = []
    floor = CommitFloor(path)
    for i, card_id in enumerate(ids):
        floor.once()
        start = time.perf_counter()
        document.sheets.update_cards(sheet_id, {card_id: {"x": 100.0 + i % 50, "y": 200.0}})
        samples.append((time.perf_counter() - start) * 1000)
    check_ratio(
        "committed move incl. views updating (median of 200)",
        statistics.median(samples),
        floor.median(),
        BUDGET_COMMIT,
        target_ms=5,
    )

    # The baseline: one plain rectangle and one line of the card's name per card, in the
    # same font and size as the cards' names.
    bare = QGraphicsScene()
    font = mm_font(CARD_TEXT_MM)
    for c in document.sheets.cards(sheet_id):
        bare.addRect(QRectF(c.x, c.y, c.width, c.height))
        text = bare.addSimpleText(scene.cards[c.id].look.name, font)
        text.setPos(c.x, c.y)
        text.setScale(1 / SCALE)
    page = scene.page_rect()
    ours, plain = render_ms(scene, page), render_ms(bare, page)
    print(f"  full repaint: ours {ours:.1f} ms, bare rectangles with text {plain:.1f} ms")
    check("full repaint relative to a bare scene", ours / plain, 1.5, "x")
    document.close()
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
