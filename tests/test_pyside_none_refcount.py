"""Guard against the PySide6 6.12.0 defect that leaks a reference to None per void call.

On Python 3.11 that defect aborts the interpreter ("none_dealloc") after a few
thousand calls of methods such as QGraphicsItem.setPos. Upgrade PySide6 only
when this passes on the new release.
"""

import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsRectItem


def test_void_methods_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    item = QGraphicsRectItem()
    point = QPointF(1.0, 2.0)
    rect = QRectF(0, 0, 10, 10)
    for _ in range(1000):  # warm-up: caches, first-call allocations
        item.setPos(point)
    before = sys.getrefcount(None)
    for i in range(100_000):
        item.setPos(point)
        item.setRect(rect)
        item.moveBy(0.0, 0.0)
        if i % 10_000 == 0:
            item.setZValue(float(i))
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references"
