from __future__ import annotations

import uuid

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..models import Audit, ChecklistRun, Nonconformity, Response


def numbers_for_year(session: Session, org_id: uuid.UUID, year: int) -> list[str]:
    return list(
        session.execute(
            select(Audit.number).where(Audit.organisation_id == org_id, Audit.year == year)
        ).scalars()
    )


def by_number(session: Session, org_id: uuid.UUID, number: str) -> Audit | None:
    return session.execute(
        select(Audit).where(Audit.organisation_id == org_id, Audit.number == number)
    ).scalar_one_or_none()


def audits(session: Session, org_id: uuid.UUID, year: int | None = None) -> list[Audit]:
    stmt = select(Audit).where(Audit.organisation_id == org_id)
    if year is not None:
        stmt = stmt.where(Audit.year == year)
    return list(session.execute(stmt.order_by(Audit.year.desc(), Audit.number.desc())).scalars())


def progress_by_audit(
    session: Session, audit_ids: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[int, int]]:
    """audit id -> (answered, total) over all its checklist runs."""
    if not audit_ids:
        return {}
    answered = func.sum(case((Response.result != "unanswered", 1), else_=0))
    rows = session.execute(
        select(ChecklistRun.audit_id, answered, func.count(Response.id))
        .join(Response, Response.run_id == ChecklistRun.id)
        .where(ChecklistRun.audit_id.in_(audit_ids))
        .group_by(ChecklistRun.audit_id)
    )
    return {aid: (int(a or 0), int(t)) for aid, a, t in rows}


def nc_counts_by_audit(session: Session, audit_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not audit_ids:
        return {}
    rows = session.execute(
        select(Nonconformity.audit_id, func.count(Nonconformity.id))
        .where(Nonconformity.audit_id.in_(audit_ids), Nonconformity.status != "withdrawn")
        .group_by(Nonconformity.audit_id)
    )
    return dict(rows.all())


def draft_nc_count(session: Session, audit_id: uuid.UUID) -> int:
    return session.execute(
        select(func.count(Nonconformity.id)).where(
            Nonconformity.audit_id == audit_id, Nonconformity.status == "draft"
        )
    ).scalar_one()
