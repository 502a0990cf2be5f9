"""A tagged PDF: the report's structure for screen readers and reflowing viewers.

reportlab writes no structure tree, so the report is tagged in two steps:

- while the pages are drawn, every flowable a frame places is wrapped in a marked-content
  sequence with its own MCID (``TaggedFrame``): headings as ``H1``–``H3``, paragraphs as
  ``P``, tables and name lists as ``Div`` (their text in reading order), sheets and photos as
  ``Figure`` with a text alternative (a flowable's ``alt``); headers and footers are marked
  as artifacts;
- after the build, :func:`add_structure` writes the structure tree that points at those
  sequences (in the order they were drawn, which is the reading order), the parent tree,
  ``MarkInfo`` and the document's language, with pypdf.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.platypus import Flowable, Frame, Image, Paragraph, Spacer
from reportlab.platypus.doctemplate import ActionFlowable

HEADINGS = {"h1": "H1", "cover_title": "H1", "h2": "H2", "h3": "H3"}


@dataclass(frozen=True)
class Tagged:
    page: int  # 0-based
    mcid: int
    role: str
    alt: str = ""


@dataclass
class Tags:
    """The marked-content sequences drawn so far, in reading order."""

    items: list[Tagged] = field(default_factory=list)
    _next: dict[int, int] = field(default_factory=dict)

    def next_mcid(self, page: int) -> int:
        mcid = self._next.get(page, 0)
        self._next[page] = mcid + 1
        return mcid

    def on_page(self, page: int) -> int:
        """How many MCIDs ``page`` used (drawn or not: the parent tree keeps their places)."""
        return self._next.get(page, 0)


def role_of(flowable: Flowable) -> str | None:
    """The structure role of what a frame places; ``None`` for what draws nothing. A
    flowable of the report's own may say its role in ``structure_role``."""
    if hasattr(flowable, "structure_role"):
        return flowable.structure_role
    if isinstance(flowable, Paragraph):
        return HEADINGS.get(getattr(flowable.style, "name", ""), "P")
    if isinstance(flowable, Image):
        return "Figure"
    if isinstance(flowable, (Spacer, ActionFlowable)):
        return None  # spaces, page breaks and templates
    return "Div"  # tables, name lists: their text in reading order


class TaggedFrame(Frame):
    """A frame that marks each flowable it places as one structure element."""

    def __init__(self, *args: Any, tags: Tags, page: Callable[[], int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tags = tags
        self.page = page

    def add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> Literal[0, 1]:  # noqa: N803
        role = role_of(flowable)
        if role is None:
            return super().add(flowable, canv, trySplit)
        page = self.page() - 1
        mcid = self.tags.next_mcid(page)
        canv.addLiteral(f"/{role} <</MCID {mcid}>> BDC")
        placed = super().add(flowable, canv, trySplit)
        canv.addLiteral("EMC")
        if placed:
            alt = getattr(flowable, "alt", "") or ""
            self.tags.items.append(Tagged(page, mcid, role, alt))
        return placed


def begin_artifact(canv: Any) -> None:
    canv.addLiteral("/Artifact BMC")


def end_artifact(canv: Any) -> None:
    canv.addLiteral("EMC")


def add_structure(pdf: bytes, tags: Tags, lang: str, title: str) -> bytes:
    """``pdf`` with its structure tree: a ``Document`` holding one element per sequence."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - only when a report is made
    from pypdf.generic import (  # noqa: PLC0415
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        NameObject,
        NullObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    add = writer._add_object  # pypdf's way to add an indirect object
    root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    root_ref = add(root)
    document = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/P"): root_ref,
            NameObject("/T"): TextStringObject(title),
        }
    )
    document_ref = add(document)
    kids = ArrayObject()
    per_page: dict[int, ArrayObject] = {}
    pages = writer.pages
    for item in tags.items:
        if item.page >= len(pages):
            continue
        page = pages[item.page]
        element = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject(f"/{item.role}"),
                NameObject("/P"): document_ref,
                NameObject("/Pg"): page.indirect_reference,
                NameObject("/K"): NumberObject(item.mcid),
            }
        )
        if item.role == "Figure":
            element[NameObject("/Alt")] = TextStringObject(item.alt or title)
        ref = add(element)
        kids.append(ref)
        marks = per_page.setdefault(
            item.page, ArrayObject([NullObject()] * tags.on_page(item.page))
        )
        marks[item.mcid] = ref
    document[NameObject("/K")] = kids
    nums = ArrayObject()
    for index, page in enumerate(pages):
        page[NameObject("/StructParents")] = NumberObject(index)
        page[NameObject("/Tabs")] = NameObject("/S")
        nums += [NumberObject(index), add(per_page.get(index, ArrayObject()))]
    root[NameObject("/K")] = document_ref
    root[NameObject("/ParentTree")] = add(DictionaryObject({NameObject("/Nums"): nums}))
    root[NameObject("/ParentTreeNextKey")] = NumberObject(len(pages))
    catalog = writer.root_object
    catalog[NameObject("/StructTreeRoot")] = root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)}
    )
    catalog[NameObject("/Lang")] = TextStringObject(lang)
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
