from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Programme, ProgrammeActivity


def by_year(session: Session, org_id: uuid.UUID, year: int) -> Programme | None:
    return session.execute(
        select(Programme).where(Programme.organisation_id == org_id, Programme.year == year)
    ).scalar_one_or_none()


def years(session: Session, org_id: uuid.UUID) -> list[int]:
    return list(
        session.execute(
            select(Programme.year)
            .where(Programme.organisation_id == org_id)
            .order_by(Programme.year)
        ).scalars()
    )


def activities(session: Session, programme_id: uuid.UUID) -> list[ProgrammeActivity]:
    return list(
        session.execute(
            select(ProgrammeActivity)
            .where(ProgrammeActivity.programme_id == programme_id)
            .order_by(ProgrammeActivity.seq)
        ).scalars()
    )
