"""The nonconformity register: filtered, sorted and paged in SQL."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, String, and_, case, exists, func, not_, or_, select, type_coerce
from sqlalchemy.orm import Session

from qa_desktop.domain.enums import OPEN_NC_STATUSES

from ..dialect import contains_text
from ..models import Attachment, Audit, CorrectiveAction, Department, Nonconformity
from ..models.nonconformity import due_sort_key

_OPEN = sorted(s.value for s in OPEN_NC_STATUSES)
NC = Nonconformity


@dataclass(frozen=True)
class NcFilter:
    statuses: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    processes: tuple[str, ...] = ()
    department_ids: tuple[uuid.UUID, ...] = ()
    audit_ids: tuple[uuid.UUID, ...] = ()
    year: int | None = None
    action_owner_id: uuid.UUID | None = None
    auditor_id: uuid.UUID | None = None
    due_before: date | None = None  # open and due on or before this day (due soon)
    overdue: bool | None = None
    open_only: bool = False
    text: str = ""


SORT_COLUMNS = {
    "number": (NC.year, NC.number),
    "due_date": (due_sort_key(), NC.number),
    "found_on": (NC.found_on, NC.number),
    "grade": (NC.grade, NC.number),
    "status": (NC.status, NC.number),
    "process": (NC.process, NC.number),
}


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def overdue_clause(today: date):
    # Written on the indexed sort key (no due date sorts as 9999-12-31, never overdue) so a
    # filter's overdue count reads its index alone.
    return and_(NC.status.in_(_OPEN), due_sort_key() < today)


def _where(stmt: Select, f: NcFilter, today: date) -> Select:
    if f.statuses:
        stmt = stmt.where(NC.status.in_(f.statuses))
    if f.open_only:
        stmt = stmt.where(NC.status.in_(_OPEN))
    if f.grades:
        stmt = stmt.where(NC.grade.in_(f.grades))
    if f.processes:
        stmt = stmt.where(NC.process.in_(f.processes))
    if f.department_ids:
        stmt = stmt.where(NC.department_id.in_(f.department_ids))
    if f.audit_ids:
        stmt = stmt.where(NC.audit_id.in_(f.audit_ids))
    if f.year is not None:
        stmt = stmt.where(NC.year == f.year)
    if f.action_owner_id is not None:
        stmt = stmt.where(
            exists().where(
                CorrectiveAction.nc_id == NC.id, CorrectiveAction.owner_id == f.action_owner_id
            )
        )
    if f.auditor_id is not None:
        stmt = stmt.where(NC.auditor_id == f.auditor_id)
    if f.due_before is not None:
        stmt = stmt.where(NC.status.in_(_OPEN), NC.due_date <= f.due_before)
    if f.overdue is True:
        stmt = stmt.where(overdue_clause(today))
    elif f.overdue is False:
        stmt = stmt.where(not_(overdue_clause(today)) | NC.due_date.is_(None))
    text = f.text.strip()
    if text:
        pattern = _like(text)
        stmt = stmt.where(
            or_(
                contains_text(NC.number, pattern),
                contains_text(NC.clause, pattern),
                contains_text(NC.facts, pattern),
            )
        )
    return stmt


def page(
    session: Session,
    f: NcFilter,
    today: date,
    *,
    sort: str = "due_date",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> Sequence:
    stmt = page_statement(f, today, sort=sort, descending=descending, offset=offset, limit=limit)
    # Plain rows through the connection: the ORM result layer costs more than the query here.
    return session.connection().execute(stmt).all()


def page_statement(
    f: NcFilter, today: date, *, sort: str, descending: bool, offset: int, limit: int
) -> Select:
    cols = SORT_COLUMNS.get(sort)
    if cols is None:
        raise ValueError(f"unknown sort column: {sort}")
    order = [c.desc() for c in cols] if descending else list(cols)
    stmt = (
        select(
            # The id as stored text: parsing 200 UUIDs per page cost more than the query.
            type_coerce(NC.id, String).label("id"),
            NC.number,
            NC.status,
            NC.grade,
            NC.process,
            Department.name.label("department"),
            Audit.number.label("audit_number"),
            NC.clause,
            NC.facts,
            NC.found_on,
            NC.due_date,
            NC.reopen_count,
            overdue_clause(today).label("overdue"),
            NC.repeat_of_id.is_not(None).label("repeat"),
        )
        .select_from(NC)
        .outerjoin(Department, Department.id == NC.department_id)
        .outerjoin(Audit, Audit.id == NC.audit_id)
    )
    return _where(stmt, f, today).order_by(*order).offset(offset).limit(limit)


def dashed_uuid(text: str) -> str:
    """SQLite keeps a UUID as 32 hex digits, PostgreSQL in the dashed form; give the dashed one."""
    if len(text) == 32:
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return text


def count(session: Session, f: NcFilter, today: date) -> int:
    stmt = _where(select(func.count()).select_from(NC), f, today)
    return session.execute(stmt).scalar_one()


def count_with_overdue(session: Session, f: NcFilter, today: date) -> tuple[int, int]:
    """(matching NCs, of which overdue) in one pass over the filter."""
    if f.text.strip():
        # A text filter reads every row's clause and facts anyway: count both in that pass.
        late = func.coalesce(func.sum(case((overdue_clause(today), 1), else_=0)), 0)
        total, overdue = session.execute(
            _where(select(func.count(), late).select_from(NC), f, today)
        ).one()
        return int(total), int(overdue)
    total = count(session, f, today)
    if not total:
        return 0, 0
    # Two index-only counts beat one pass that must read each row's status and due date.
    late = _where(select(func.count()).select_from(NC), f, today).where(overdue_clause(today))
    return total, session.execute(late).scalar_one()


def numbers_for_year(session: Session, org_id: uuid.UUID, year: int) -> list[str]:
    return list(
        session.execute(
            select(NC.number).where(NC.organisation_id == org_id, NC.year == year)
        ).scalars()
    )


def by_number(session: Session, org_id: uuid.UUID, number: str) -> Nonconformity | None:
    return session.execute(
        select(NC).where(NC.organisation_id == org_id, NC.number == number)
    ).scalar_one_or_none()


def actions(session: Session, nc_id: uuid.UUID) -> list[CorrectiveAction]:
    return list(
        session.execute(
            select(CorrectiveAction)
            .where(CorrectiveAction.nc_id == nc_id)
            .order_by(CorrectiveAction.seq)
        ).scalars()
    )


def attachments(
    session: Session, *, nc_id=None, response_id=None, action_id=None
) -> list[Attachment]:
    stmt = select(Attachment)
    if nc_id is not None:
        stmt = stmt.where(Attachment.nc_id == nc_id)
    if response_id is not None:
        stmt = stmt.where(Attachment.response_id == response_id)
    if action_id is not None:
        stmt = stmt.where(Attachment.action_id == action_id)
    return list(session.execute(stmt.order_by(Attachment.created_at)).scalars())


def children(session: Session, nc_id: uuid.UUID) -> list[Nonconformity]:
    return list(
        session.execute(select(NC).where(NC.parent_id == nc_id).order_by(NC.number)).scalars()
    )


def earlier_repeat(session: Session, nc: Nonconformity) -> Nonconformity | None:
    """The latest NC of an earlier audit on the same process and clause (重复发生), if any."""
    clause = (nc.clause or "").strip()
    if not clause:
        return None
    stmt = select(NC).where(
        NC.organisation_id == nc.organisation_id,
        NC.id != nc.id,
        NC.process == nc.process,
        NC.clause == clause,
        NC.audit_id.is_not(None),
        NC.status.not_in(("withdrawn", "draft")),
        NC.found_on <= nc.found_on,
    )
    if nc.audit_id is not None:
        stmt = stmt.where(NC.audit_id != nc.audit_id)
    return session.execute(stmt.order_by(NC.found_on.desc(), NC.number.desc()).limit(1)).scalar()


def open_in_scope(
    session: Session,
    org_id: uuid.UUID,
    processes: list[str],
    department_ids: list[uuid.UUID],
    exclude_audit_id: uuid.UUID,
) -> list[Nonconformity]:
    """Open NCs of these processes and departments, not raised in the given audit."""
    if not processes or not department_ids:
        return []
    stmt = (
        select(NC)
        .where(
            NC.organisation_id == org_id,
            NC.status.in_(_OPEN),
            NC.process.in_(processes),
            NC.department_id.in_(department_ids),
            (NC.audit_id.is_(None)) | (NC.audit_id != exclude_audit_id),
        )
        .order_by(due_sort_key(), NC.number)
    )
    return list(session.execute(stmt).scalars())


def due_actions(session: Session, today: date, until: date, owner_id: uuid.UUID | None = None):
    """(action, nc number) of unfinished actions due on or before `until`, soonest first."""
    stmt = (
        select(CorrectiveAction, NC.number)
        .join(NC, NC.id == CorrectiveAction.nc_id)
        .where(
            CorrectiveAction.status.in_(("open", "in_progress")),
            CorrectiveAction.due_date.is_not(None),
            CorrectiveAction.due_date <= until,
            NC.status.not_in(("closed", "withdrawn")),
        )
        .order_by(CorrectiveAction.due_date, NC.number, CorrectiveAction.seq)
    )
    if owner_id is not None:
        stmt = stmt.where(CorrectiveAction.owner_id == owner_id)
    return session.execute(stmt).all()
