from __future__ import annotations

import uuid

from sqlalchemy import bindparam, case, func, select
from sqlalchemy.orm import Session

from ..models import (
    Attachment,
    Audit,
    ChecklistRun,
    Nonconformity,
    Response,
)

_RESPONSE = Response.__table__
# Built once: on the answer hot path, building the statement cost more than running it.
_ANSWER_ROW = (
    select(
        _RESPONSE,
        Audit.id.label("audit_id"),
        Audit.number.label("audit_number"),
        Audit.status.label("audit_status"),
    )
    .join(ChecklistRun, ChecklistRun.id == _RESPONSE.c.run_id)
    .join(Audit, Audit.id == ChecklistRun.audit_id)
    .where(_RESPONSE.c.id == bindparam("response_id"))
)


def response_for_answer(session: Session, response_id: uuid.UUID):
    """Every response column plus audit_id / audit_number / audit_status, in one round trip
    and without loading the run's template snapshot (a plain row mapping, or None)."""
    conn = session.connection()
    return conn.execute(_ANSWER_ROW, {"response_id": response_id}).mappings().first()


def run_snapshot(session: Session, run_id: uuid.UUID) -> dict | None:
    return session.execute(
        select(ChecklistRun.snapshot).where(ChecklistRun.id == run_id)
    ).scalar_one_or_none()


def runs_of_audit(session: Session, audit_id: uuid.UUID) -> list[ChecklistRun]:
    return list(
        session.execute(
            select(ChecklistRun)
            .where(ChecklistRun.audit_id == audit_id)
            .order_by(ChecklistRun.template_code, ChecklistRun.created_at)
        ).scalars()
    )


def find_run(
    session: Session, audit_id: uuid.UUID, template_code: str, department_id: uuid.UUID | None
) -> list[ChecklistRun]:
    stmt = select(ChecklistRun).where(
        ChecklistRun.audit_id == audit_id, ChecklistRun.template_code == template_code
    )
    if department_id is not None:
        stmt = stmt.where(ChecklistRun.department_id == department_id)
    return list(session.execute(stmt).scalars())


def responses(session: Session, run_id: uuid.UUID) -> list[Response]:
    return list(
        session.execute(
            select(Response).where(Response.run_id == run_id).order_by(Response.position)
        ).scalars()
    )


def response_by_item(session: Session, run_id: uuid.UUID, item_id: str) -> Response | None:
    return session.execute(
        select(Response).where(Response.run_id == run_id, Response.item_id == item_id)
    ).scalar_one_or_none()


def progress_by_run(session: Session, run_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
    if not run_ids:
        return {}
    answered = func.sum(case((Response.result != "unanswered", 1), else_=0))
    rows = session.execute(
        select(Response.run_id, answered, func.count(Response.id))
        .where(Response.run_id.in_(run_ids))
        .group_by(Response.run_id)
    )
    return {rid: (int(a or 0), int(t)) for rid, a, t in rows}


def ncs_by_response(session: Session, run_id: uuid.UUID) -> dict[uuid.UUID, list[str]]:
    rows = session.execute(
        select(Nonconformity.source_response_id, Nonconformity.number)
        .join(Response, Response.id == Nonconformity.source_response_id)
        .where(Response.run_id == run_id, Nonconformity.status != "withdrawn")
        .order_by(Nonconformity.number)
    )
    out: dict[uuid.UUID, list[str]] = {}
    for rid, number in rows:
        out.setdefault(rid, []).append(number)
    return out


def attachment_counts_by_response(session: Session, run_id: uuid.UUID) -> dict[uuid.UUID, int]:
    rows = session.execute(
        select(Attachment.response_id, func.count(Attachment.id))
        .join(Response, Response.id == Attachment.response_id)
        .where(Response.run_id == run_id)
        .group_by(Attachment.response_id)
    )
    return dict(rows.all())
