"""Reading and writing worksheets, their zones, cards and links in a caller's session."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Card, Link, Worksheet, WorksheetZone
from app.worksheets.template import Template


def create_worksheet(session: Session, template: Template, lang: str = "ja") -> Worksheet:
    """A new sheet from ``template`` with the template's wording copied into the workshop."""
    order = (
        session.scalar(select(Worksheet.sort_order).order_by(Worksheet.sort_order.desc())) or 0
    ) + 1
    sheet = Worksheet(
        template_id=template.id,
        title=template.title.get(lang),
        caption=template.caption.get(lang),
        sort_order=order,
    )
    session.add(sheet)
    session.flush()
    if template.barrel is not None:
        sheet.aim = template.barrel.aim.get(lang)
        sheet.lower_hoop = template.barrel.lower_hoop.get(lang)
        zones = [(key, label.get(lang), "", "#efdcbc") for key, label in template.barrel.staves]
    else:
        zones = [(z.key, z.label.get(lang), z.hint.get(lang), z.colour) for z in template.zones]
    for order_index, (key, label, hint, colour) in enumerate(zones):
        session.add(
            WorksheetZone(
                worksheet_id=sheet.id,
                key=key,
                label=label,
                hint=hint,
                colour=colour,
                sort_order=order_index,
            )
        )
    session.flush()
    return sheet


def worksheets(session: Session) -> list[Worksheet]:
    return list(session.scalars(select(Worksheet).order_by(Worksheet.sort_order, Worksheet.id)))


def zones(session: Session, worksheet_id: int) -> list[WorksheetZone]:
    query = select(WorksheetZone).where(WorksheetZone.worksheet_id == worksheet_id)
    return list(session.scalars(query.order_by(WorksheetZone.sort_order, WorksheetZone.id)))


def cards(session: Session, worksheet_id: int) -> list[Card]:
    query = select(Card).where(Card.worksheet_id == worksheet_id)
    return list(session.scalars(query.order_by(Card.z, Card.id)))


def links(session: Session, worksheet_id: int) -> list[Link]:
    return list(
        session.scalars(select(Link).where(Link.worksheet_id == worksheet_id).order_by(Link.id))
    )


def placed_resource_ids(session: Session, worksheet_id: int) -> set[int]:
    query = select(Card.resource_id).where(Card.worksheet_id == worksheet_id)
    return set(session.scalars(query.distinct()))


def titles_using(session: Session, resource_ids: Sequence[int]) -> list[str]:
    query = (
        select(Worksheet.title)
        .join(Card, Card.worksheet_id == Worksheet.id)
        .where(Card.resource_id.in_(list(resource_ids)))
        .distinct()
        .order_by(Worksheet.title)
    )
    return list(session.scalars(query))
