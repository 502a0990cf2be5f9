"""Paragraph and table styles for the A4 pages, all in the bundled Japanese font."""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from app.export import fonts
from app.export.text import wrap

INK = HexColor("#222222")
MUTED = HexColor("#666666")
RULE = HexColor("#b8c0cc")
HEAD_FILL = HexColor("#e8edf3")
ACCENT = HexColor("#1f5fa8")


@cache
def style(name: str) -> ParagraphStyle:
    regular, bold = fonts.register()
    # No wordWrap="CJK": JapaneseParagraph breaks the lines itself, and reportlab then only
    # sets them (its CJK pass over already-broken text cost most of the export's time).
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=14, textColor=INK)
    styles = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=11),
        "muted": ParagraphStyle("muted", base, fontSize=8, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=bold, fontSize=8.5, leading=11.5),
        "cell_right": ParagraphStyle(
            "cell_right", base, fontSize=8.5, leading=11.5, alignment=TA_RIGHT
        ),
        "h1": ParagraphStyle("h1", base, fontName=bold, fontSize=17, leading=24, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=bold,
            fontSize=12.5,
            leading=18,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "quote": ParagraphStyle(
            "quote", base, fontSize=13, leading=19, spaceBefore=8, textColor=ACCENT
        ),
        "caption": ParagraphStyle(
            "caption", base, fontSize=9.5, leading=13, alignment=TA_CENTER, textColor=MUTED
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=bold,
            fontSize=10.5,
            leading=15,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "cover_title": ParagraphStyle(
            "cover_title", base, fontName=bold, fontSize=26, leading=36, alignment=TA_CENTER
        ),
        "cover_sub": ParagraphStyle(
            "cover_sub", base, fontSize=14, leading=22, alignment=TA_CENTER, textColor=MUTED
        ),
        "contents": ParagraphStyle("contents", base, fontSize=10.5, leading=17),
        "contents_sub": ParagraphStyle(
            "contents_sub", base, fontSize=9.5, leading=15, leftIndent=14
        ),
        # A page number set like its entry, so the two share a baseline.
        "contents_page": ParagraphStyle(
            "contents_page", base, fontSize=10.5, leading=17, alignment=TA_RIGHT
        ),
        "contents_sub_page": ParagraphStyle(
            "contents_sub_page", base, fontSize=9.5, leading=15, alignment=TA_RIGHT
        ),
    }
    return styles[name]


class JapaneseParagraph(Paragraph):
    """A paragraph of plain text broken into lines by :func:`app.export.text.wrap`.

    reportlab's own CJK wrapping keeps 、。 off a line's start but lets （「 end a line
    and cuts English words anywhere; here the lines are broken first, at the width the
    paragraph is given, and reportlab only sets them.
    """

    def __init__(
        self,
        text: str | None,
        paragraph_style: ParagraphStyle,
        colour: str | None = None,
        **split: object,
    ) -> None:
        # reportlab makes the two halves of a paragraph split across pages through this
        # constructor with ready-made ``frags``; those are already broken into lines.
        self.plain = None if split else text
        self.colour = colour
        self.wrapped_for: float | None = None
        plain = self.plain is not None and text is not None
        body = self._markup(text, paragraph_style.fontName) if plain else text  # type: ignore[arg-type]
        # reportlab's own split passes its internal keywords (frags, …) through here
        super().__init__(body, paragraph_style, **split)  # type: ignore[arg-type]

    def _markup(self, text: str, font: str) -> str:
        body = "<br/>".join(fonts.markup(line, font) for line in text.split("\n"))
        return f'<font color="{self.colour}">{body}</font>' if self.colour else body

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        s = self.style
        width = availWidth - s.leftIndent - s.rightIndent
        if self.plain is not None and self.wrapped_for != width:
            lines = wrap(self.plain, width - 0.01, s.fontName, s.fontSize)
            Paragraph.__init__(self, self._markup("\n".join(lines), s.fontName), s)
            self.wrapped_for = width
        return super().wrap(availWidth, availHeight)


def para(text: object, name: str = "body", colour: str | None = None) -> Paragraph:
    """A paragraph of plain text: markup characters are escaped, line breaks kept."""
    return JapaneseParagraph(str(text), style(name), colour)


def grid(
    rows: list[list[object]],
    widths: list[float],
    *,
    header: bool = True,
    extra: list[tuple] | None = None,
    counts_right: bool = True,
) -> Table:
    """A ruled table; strings become wrapped paragraphs, the first row a shaded header.
    Counts align right in a column of counts (``counts_right``)."""

    def cell(text: str, heading: bool) -> Paragraph:
        if heading:
            return para(text, "cell_bold")
        return para(text, "cell_right" if counts_right and text.isdigit() else "cell")

    cells = [
        [cell(c, header and r == 0) if isinstance(c, str) else c for c in row]
        for r, row in enumerate(rows)
    ]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    # splitInRow: a row taller than a page (a very long text) continues on the next page.
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def form(rows: list[list[object]], widths: list[float]) -> Table:
    """A two-column table of labels (shaded) and values, every value left-aligned."""
    shade = [("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]
    return grid(rows, widths, header=False, extra=shade, counts_right=False)
