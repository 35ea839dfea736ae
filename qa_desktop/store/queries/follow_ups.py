from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import FollowUp, Nonconformity
from ..models.nonconformity import due_sort_key


def nc_ids_followed(session: Session, audit_id: uuid.UUID) -> set[uuid.UUID]:
    return set(
        session.execute(select(FollowUp.nc_id).where(FollowUp.audit_id == audit_id)).scalars()
    )


def of_audit(
    session: Session,
    audit_id: uuid.UUID,
    *,
    process: str | None = None,
    department_id: uuid.UUID | None = None,
) -> list[FollowUp]:
    stmt = (
        select(FollowUp)
        .join(Nonconformity, Nonconformity.id == FollowUp.nc_id)
        .where(FollowUp.audit_id == audit_id)
    )
    if process is not None:
        stmt = stmt.where(Nonconformity.process == process)
    if department_id is not None:
        stmt = stmt.where(Nonconformity.department_id == department_id)
    return list(session.execute(stmt.order_by(due_sort_key(), Nonconformity.number)).scalars())
