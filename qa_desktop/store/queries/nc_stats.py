"""Nonconformity statistics, aggregated in SQL: a handful of grouped scans, never a row per NC.

The services turn these sums into rates; the definitions live in services/nc_stats.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, and_, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from ..models import CorrectiveAction, Nonconformity
from .ncs import overdue_clause

NC = Nonconformity

# Statuses in which an NC's verification still stands: a reopened NC's old "effective" is void.
_STANDING = ("verified", "closed")
_UNFINISHED_ACTION = ("open", "in_progress")
_FINISHED_NC = ("closed", "withdrawn")


class DaysToClose(ColumnElement[int]):
    """Calendar days from `found_on` to the local date of `closed_at` (kept as naive UTC).

    `offset_minutes` is the user's UTC offset, so an NC closed at 07:00 in Beijing counts
    on that Beijing day and the figure agrees with the dates the app shows.
    """

    inherit_cache = True
    type = Integer()

    def __init__(self, closed_at, found_on, offset_minutes: int) -> None:
        self.closed_at = closed_at
        self.found_on = found_on
        self.offset_minutes = int(offset_minutes)


@compiles(DaysToClose, "sqlite")
def _days_sqlite(element, compiler, **kw):
    closed = compiler.process(element.closed_at, **kw)
    found = compiler.process(element.found_on, **kw)
    # An int straight into the SQL text: it is ours, not user input, and stays cache-friendly.
    shift = f"'{element.offset_minutes:+d} minutes'"
    return f"CAST(julianday(date({closed}, {shift})) - julianday({found}) AS INTEGER)"


@compiles(DaysToClose)
def _days_default(element, compiler, **kw):
    closed = compiler.process(element.closed_at, **kw)
    found = compiler.process(element.found_on, **kw)
    shift = f"INTERVAL '{element.offset_minutes:d} minutes'"
    return f"(CAST({closed} + {shift} AS DATE) - {found})"


@dataclass(frozen=True)
class Scope:
    org_id: uuid.UUID
    year: int | None = None
    audit_id: uuid.UUID | None = None


def _scoped(stmt, scope: Scope):
    stmt = stmt.where(NC.organisation_id == scope.org_id)
    if scope.year is not None:
        stmt = stmt.where(NC.year == scope.year)
    if scope.audit_id is not None:
        stmt = stmt.where(NC.audit_id == scope.audit_id)
    return stmt


def _closed():
    return and_(NC.status == "closed", NC.closed_at.is_not(None))


def grouped(session: Session, scope: Scope, today: date, offset_minutes: int) -> list:
    """One row per (grade, process, status): count, overdue, effective, reopens, and the
    count and sum of days to close. Everything else the statistics need is a sum of these."""
    days = DaysToClose(NC.closed_at, NC.found_on, offset_minutes)
    # Grouping by the bare columns tempts SQLite into walking ix_nc_grade_due and fetching
    # every wide row by id (≈3× slower at 100,000 NCs than one table scan and a sort).
    grade, process, status = (func.coalesce(c, "") for c in (NC.grade, NC.process, NC.status))
    stmt = select(
        grade.label("grade"),
        process.label("process"),
        status.label("status"),
        func.count().label("n"),
        func.sum(case((overdue_clause(today), 1), else_=0)).label("overdue"),
        func.sum(
            case(
                (
                    and_(NC.verification_result == "effective", NC.status.in_(_STANDING)),
                    1,
                ),
                else_=0,
            )
        ).label("effective"),
        func.coalesce(func.sum(NC.reopen_count), 0).label("reopens"),
        func.sum(case((_closed(), 1), else_=0)).label("closed_n"),
        func.coalesce(func.sum(case((_closed(), days), else_=None)), 0).label("closed_days"),
    ).group_by(grade, process, status)
    return session.connection().execute(_scoped(stmt, scope)).all()


def median_days_to_close(
    session: Session, scope: Scope, offset_minutes: int, closed_count: int
) -> float | None:
    """The middle of the sorted days-to-close, found by the database (at most two rows back)."""
    if closed_count <= 0:
        return None
    days = DaysToClose(NC.closed_at, NC.found_on, offset_minutes).label("days")
    stmt = _scoped(select(days).where(_closed()), scope)
    take = 1 if closed_count % 2 else 2
    stmt = stmt.order_by(days).offset((closed_count - 1) // 2).limit(take)
    middle = [r[0] for r in session.connection().execute(stmt).all()]
    if not middle:
        return None
    return sum(middle) / len(middle)


def overdue_actions(session: Session, scope: Scope, today: date) -> int:
    """Unfinished actions past their date, of NCs still being worked on (as reminders.py)."""
    stmt = (
        select(func.count())
        .select_from(CorrectiveAction)
        .join(NC, NC.id == CorrectiveAction.nc_id)
        .where(
            CorrectiveAction.status.in_(_UNFINISHED_ACTION),
            CorrectiveAction.due_date.is_not(None),
            CorrectiveAction.due_date < today,
            NC.status.not_in(_FINISHED_NC),
        )
    )
    return session.execute(_scoped(stmt, scope)).scalar_one()


def years(session: Session, org_id: uuid.UUID) -> list[int]:
    stmt = select(NC.year).where(NC.organisation_id == org_id).distinct().order_by(NC.year)
    return [int(y) for y in session.execute(stmt).scalars()]
