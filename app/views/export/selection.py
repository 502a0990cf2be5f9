"""The tree of printable parts in the export dialog, and the request it makes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.document import WorkshopDocument
from app.export.report import ExportRequest
from app.models.dates import format_date
from app.timeline.forms import ENTRY, FINAL, PRIOR, load_form

ROLE = Qt.ItemDataRole.UserRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class PartsTree(QTreeWidget):
    """Every part of the report with a check box; sections check or clear their items."""

    def __init__(self, document: WorkshopDocument) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.cover = self._part(self.tr("Cover with the municipality profile"), ("cover", 0))
        self.contents = self._part(self.tr("Contents"), ("contents", 0))
        self.resource_list = self._part(
            self.tr("Local resources, listed by kind"), ("resources", 0)
        )
        self.resource_details = self._part(
            self.tr("Local resources in detail (a table of every field)"), ("details", 0)
        )
        self.sheets = self._section(
            self.tr("Worksheets"), [(s.title, ("sheet", s.id)) for s in document.sheets.all()]
        )
        templates = document.sheets.templates.values()
        self.blanks = self._section(
            self.tr("Blank worksheets for working on paper"),
            [(t.title.ja, ("blank", t.id)) for t in templates],
        )
        self.boards = self._section(
            self.tr("Boards"), [(b.title, ("board", b.id)) for b in document.boards.all()]
        )
        sessions = sorted(document.timeline.sessions(), key=lambda m: (m.day, m.id))
        self.records = self._section(
            self.tr("Session records"),
            [(f"{m.title}（{format_date(m.day)}）", ("session", m.id)) for m in sessions],
        )
        self.blank_sheets = self._section(
            self.tr("Blank reflection sheets (form 2) to fill in by hand"),
            [(f"{m.title}（{format_date(m.day)}）", ("reflection", m.id)) for m in sessions],
        )
        self.forms = self._part(self.tr("Forms 1 and 5, when filled in"), ("forms", 0))
        self.blank_other_forms = self._section(
            self.tr("Blank forms to fill in by hand"),
            [(load_form(f).title, ("blank_form", f)) for f in (ENTRY, PRIOR, FINAL)],
        )
        self.snapshots = self._part(self.tr("Snapshots"), ("snapshots", 0))
        self.summary = self._part(
            self.tr("The report meeting's one page (A4 landscape)"), ("summary", 0)
        )
        self.open_actions = self._part(self.tr("Open actions"), ("actions", 0))
        self.expandAll()
        self.whole_report()

    def _part(self, text: str, key: tuple[str, object]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [text])
        item.setData(0, ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, UNCHECKED)
        return item

    def _section(
        self, text: str, children: list[tuple[str, tuple[str, object]]]
    ) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self, [text])
        section.setFlags(
            section.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
        )
        for child_text, key in children:
            child = QTreeWidgetItem(section, [child_text])
            child.setData(0, ROLE, key)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, UNCHECKED)
        if not children:
            section.setDisabled(True)
        return section

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is None:
                continue
            found.append(top)
            found += [child for j in range(top.childCount()) if (child := top.child(j))]
        return found

    def set_all(self, state: Qt.CheckState) -> None:
        for item in self._items():
            if item.data(0, ROLE) is not None:
                item.setCheckState(0, state)

    def whole_report(self) -> None:
        """Everything but the blank sheets and the detailed resource table (a town of
        thousands reads its CSV): the full report."""
        self.set_all(CHECKED)
        for section in (self.blanks, self.blank_sheets, self.blank_other_forms):
            for i in range(section.childCount()):
                blank = section.child(i)
                if blank is not None:
                    blank.setCheckState(0, UNCHECKED)
        self.resource_details.setCheckState(0, UNCHECKED)

    def checked(self, kind: str) -> list[object]:
        return [
            item.data(0, ROLE)[1]
            for item in self._items()
            if item.data(0, ROLE) is not None
            and item.data(0, ROLE)[0] == kind
            and item.checkState(0) == CHECKED
        ]

    def request(
        self, paper: str, tiles: str, zone_tables: bool, lang: str, photos: bool = True
    ) -> ExportRequest:
        def ids(kind: str, section: QTreeWidgetItem) -> tuple[int, ...] | None:
            chosen = tuple(int(i) for i in self.checked(kind))  # type: ignore[call-overload]
            return None if chosen and len(chosen) == section.childCount() else chosen

        return ExportRequest(
            cover=bool(self.checked("cover")),
            contents=bool(self.checked("contents")),
            resource_list=bool(self.checked("resources")),
            resource_details=bool(self.checked("details")),
            worksheet_ids=ids("sheet", self.sheets),
            blank_templates=tuple(str(t) for t in self.checked("blank")),
            board_ids=ids("board", self.boards),
            session_ids=ids("session", self.records),
            blank_reflections=tuple(int(str(i)) for i in self.checked("reflection")),
            blank_forms=tuple(str(f) for f in self.checked("blank_form")),
            snapshots=bool(self.checked("snapshots")),
            forms=bool(self.checked("forms")),
            summary=bool(self.checked("summary")),
            open_actions=bool(self.checked("actions")),
            paper=paper,
            tiles=tiles,
            zone_tables=zone_tables,
            photos=photos,
            lang=lang,
        )

    def only_blank_sheets_of(self, session_id: int) -> None:
        """Nothing checked but the blank reflection sheets of one session."""
        self.set_all(UNCHECKED)
        for i in range(self.blank_sheets.childCount()):
            item = self.blank_sheets.child(i)
            if item is not None and item.data(0, ROLE) == ("reflection", session_id):
                item.setCheckState(0, CHECKED)

    def nothing_chosen(self) -> bool:
        return not any(
            item.checkState(0) == CHECKED for item in self._items() if item.data(0, ROLE)
        )
