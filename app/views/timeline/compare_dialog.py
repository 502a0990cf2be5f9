"""Comparing two snapshots of a worksheet or board, or a snapshot with the sheet now.

The sheet is drawn as it was at the later point, with what changed marked: added in green,
moved between zones in orange (a dashed line from where it was), relabelled in blue, and
removed as a red dashed outline where it used to be. Beside it, the changes as lists.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.boards.layout import COLUMN_WIDTH, HEADER_HEIGHT, column_left
from app.document import WorkshopDocument
from app.models import Snapshot
from app.models.dates import format_date
from app.timeline.compare import Comparison, compare
from app.views.image_export.render import SCREEN, SLIDE, render, save_image
from app.worksheets.sheet import zone_shapes

ADDED, MOVED, RELABELLED, REMOVED = "#2e7d32", "#ef6c00", "#1565c0", "#c62828"
NOW = -1


class CompareDialog(QDialog):
    def __init__(
        self,
        document: WorkshopDocument,
        snapshot_id: int,
        date_text,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare snapshots"))
        self.resize(1280, 760)
        self.document = document
        first = document.timeline.row(Snapshot, snapshot_id)
        self.kind, self.source_id = first.source_kind, first.source_id
        sessions = {m.id: m for m in document.timeline.sessions()}
        self.snapshots = [
            s
            for s in document.timeline.rows(Snapshot)
            if (s.source_kind, s.source_id) == (self.kind, self.source_id)
        ]
        self.snapshots.sort(key=lambda s: (sessions[s.session_id].day, s.taken_at))
        self.before = QComboBox()
        self.after = QComboBox()
        for snap in self.snapshots:
            session = sessions[snap.session_id]
            text = f"{session.title}（{date_text(session.day)}）"
            self.before.addItem(text, snap.id)
            self.after.addItem(text, snap.id)
        if self._source_exists():
            self.after.addItem(self.tr("Now"), NOW)
        self.before.setCurrentIndex(self.before.findData(snapshot_id))
        later = self.after.count() - 1
        self.after.setCurrentIndex(later)

        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.lists = {name: QListWidget() for name in ("added", "removed", "moved", "relabelled")}
        headings = {
            "added": (self.tr("Added"), ADDED),
            "removed": (self.tr("Removed"), REMOVED),
            "moved": (self.tr("Moved to another zone"), MOVED),
            "relabelled": (self.tr("Renamed"), RELABELLED),
        }
        side = QWidget()
        side_layout = QVBoxLayout(side)
        for name, widget in self.lists.items():
            widget.setWordWrap(True)
            text, colour = headings[name]
            heading = QLabel(text)
            heading.setStyleSheet(f"color: {colour}; font-weight: bold;")
            side_layout.addWidget(heading)
            side_layout.addWidget(widget)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setBackgroundBrush(QColor("#f4f6f8"))
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 400])
        choose = QFormLayout()
        choose.addRow(self.tr("Before"), self.before)
        choose.addRow(self.tr("After"), self.after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = buttons.addButton(
            self.tr("Copy as a picture"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy_picture)
        save = buttons.addButton(
            self.tr("Save as a picture…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.clicked.connect(self.save_picture)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(choose, 1)
        top.addWidget(self.summary, 2)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.before.currentIndexChanged.connect(self.refresh)
        self.after.currentIndexChanged.connect(self.refresh)
        self.comparison = Comparison()
        self.refresh()

    def _source_exists(self) -> bool:
        if self.kind == "worksheet":
            return any(s.id == self.source_id for s in self.document.sheets.all())
        return any(b.id == self.source_id for b in self.document.boards.all())

    def _content(self, combo: QComboBox) -> dict:
        ident = combo.currentData()
        if ident == NOW:
            return self.document.timeline.current_content(self.kind, self.source_id)
        return next(s.content for s in self.snapshots if s.id == ident)

    def refresh(self) -> None:
        old, new = self._content(self.before), self._content(self.after)
        self.comparison = compare(old, new)
        lists = {
            "added": [f"{c.label}（{c.zone or '—'}）" for c in self.comparison.added],
            "removed": [f"{c.label}（{c.zone or '—'}）" for c in self.comparison.removed],
            "moved": [
                f"{c.label}：{c.old_zone or '—'} → {c.zone or '—'}" for c in self.comparison.moved
            ],
            "relabelled": [f"{c.old_label} → {c.label}" for c in self.comparison.relabelled],
        }
        for name, texts in lists.items():
            self.lists[name].clear()
            self.lists[name].addItems(texts or [self.tr("(none)")])
        self.summary.setText(
            self.tr("%1 added, %2 removed, %3 moved, %4 renamed, %5 unchanged")
            .replace("%1", str(len(self.comparison.added)))
            .replace("%2", str(len(self.comparison.removed)))
            .replace("%3", str(len(self.comparison.moved)))
            .replace("%4", str(len(self.comparison.relabelled)))
            .replace("%5", str(self.comparison.unchanged))
        )
        self._draw(old, new)

    # -- drawing ----------------------------------------------------------------------
    def _draw(self, old: dict, new: dict) -> None:
        self.scene.clear()
        self._draw_zones(new)
        marks = {c.key: ADDED for c in self.comparison.added}
        marks.update({c.key: RELABELLED for c in self.comparison.relabelled})
        marks.update({c.key: MOVED for c in self.comparison.moved})
        old_by_key = {i["key"]: i for i in old.get("items", [])}
        new_by_identity = {i.get("identity"): i for i in new.get("items", [])}
        for change in self.comparison.moved:
            before = old_by_key.get(change.key) or self._old_of(change.key, old, new)
            after = next(i for i in new["items"] if i["key"] == change.key)
            if before is not None:
                pen = QPen(QColor(MOVED), 1.2, Qt.PenStyle.DashLine)
                self.scene.addLine(
                    before["x"] + before["w"] / 2,
                    before["y"] + before["h"] / 2,
                    after["x"] + after["w"] / 2,
                    after["y"] + after["h"] / 2,
                    pen,
                ).setZValue(1)
        for item in new.get("items", []):
            self._card(item, marks.get(item["key"]))
        for change in self.comparison.removed:
            item = old_by_key.get(change.key)
            if item is not None and item.get("identity") not in new_by_identity:
                self._card(item, REMOVED, ghost=True)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    @staticmethod
    def _old_of(key: str, old: dict, new: dict) -> dict | None:
        identity = next((i.get("identity") for i in new["items"] if i["key"] == key), None)
        return next((i for i in old.get("items", []) if i.get("identity") == identity), None)

    def _draw_zones(self, content: dict) -> None:
        font = QFont()
        font.setPixelSize(7)
        font.setBold(True)
        zones = content.get("zones", [])
        if self.kind == "worksheet":
            template = self.document.sheets.templates.get(content.get("template_id", ""))
            if template is None:
                return
            names = {z["key"]: z["label"] for z in zones}
            page = QRectF(0, 0, template.page_width, template.page_height)
            self.scene.addRect(page, QPen(QColor("#c5ced9")), QBrush(QColor("white")))
            for shape in zone_shapes(template, [z["key"] for z in zones]):
                polygon = QPolygonF([QPointF(x, y) for x, y in shape.polygon])
                self.scene.addPolygon(
                    polygon, QPen(QColor("#8a97a6"), 0.8), QBrush(QColor("#eef3f8"))
                )
                text = self.scene.addSimpleText(names.get(shape.key, ""), font)
                box = polygon.boundingRect()
                text.setPos(box.left() + 3, box.top() + 2)
                text.setBrush(QColor("#4a5a6a"))
            return
        for index, zone in enumerate(zones):
            left = column_left(index)
            self.scene.addRect(
                QRectF(left, 0, COLUMN_WIDTH, HEADER_HEIGHT),
                QPen(QColor("#8a97a6")),
                QBrush(QColor("#e3e9f0")),
            )
            text = self.scene.addSimpleText(zone["label"], font)
            text.setPos(left + 3, 4)

    def _card(self, item: dict, mark: str | None, ghost: bool = False) -> None:
        rect = QRectF(item["x"], item["y"], item["w"], item["h"])
        colour = QColor(mark) if mark else QColor("#6b7785")
        pen = QPen(
            colour, 2.2 if mark else 0.6, Qt.PenStyle.DashLine if ghost else Qt.PenStyle.SolidLine
        )
        fill = QColor("white") if ghost else QColor(item.get("colour") or "#fffbe6")
        if ghost:
            fill.setAlpha(150)
        box = self.scene.addRect(rect, pen, QBrush(fill))
        box.setZValue(2)
        font = QFont()
        font.setPixelSize(4)
        text = self.scene.addText("", font)
        text.setPlainText(item["label"])
        text.setTextWidth(item["w"])
        text.setDefaultTextColor(QColor(REMOVED) if ghost else QColor("#1b1b1b"))
        text.setPos(item["x"], item["y"])
        text.setZValue(3)

    # -- as a picture ----------------------------------------------------------------------
    def picture(self) -> QImage:
        """The comparison drawn for a slide, titled with what is compared."""
        title = f"{self.before.currentText()} → {self.after.currentText()}　{self.summary.text()}"
        today = format_date(date.today(), False, i18n.current_language())
        rect = self.scene.itemsBoundingRect()
        return render(self.scene, rect, SLIDE, title, today, SCREEN)

    def copy_picture(self) -> None:
        QGuiApplication.clipboard().setImage(self.picture())

    def save_picture(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as a picture"), self.tr("comparison") + ".png", "*.png *.jpg"
        )
        if name:
            path = Path(name) if Path(name).suffix else Path(name).with_suffix(".png")
            save_image(self.picture(), path)
