"""What every document's compile step asks of the record: the company, who signs, local days."""

from __future__ import annotations

from datetime import date, datetime

from qa_desktop.services import organisation
from qa_desktop.services.context import Context


def local_date(moment: datetime | None) -> date | None:
    """A stored (UTC) moment as the day it was where the user is."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date()


def first_name(ctx: Context, role: str) -> str:
    """The first active person with `role` (the quality manager, top management), or ""."""
    people = [p for p in organisation.list_people(ctx, role=role) if p.active]
    return people[0].name if people else ""


def company(ctx: Context) -> str:
    org = organisation.get_organisation(ctx)
    return org.name if org else ""
