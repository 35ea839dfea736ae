"""Management reviews and their actions; the few audit answers the review input pack quotes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ..models import (
    Audit,
    ChecklistRun,
    Department,
    ManagementReview,
    Person,
    Response,
    ReviewAction,
)

MR = ManagementReview
_UNFINISHED = ("open", "in_progress")


def numbers_for_year(session: Session, org_id: uuid.UUID, year: int) -> list[str]:
    return list(
        session.execute(
            select(MR.number).where(MR.organisation_id == org_id, MR.year == year)
        ).scalars()
    )


def by_number(session: Session, org_id: uuid.UUID, number: str) -> ManagementReview | None:
    return session.execute(
        select(MR).where(MR.organisation_id == org_id, MR.number == number)
    ).scalar_one_or_none()


def reviews(session: Session, org_id: uuid.UUID, year: int | None = None) -> list[ManagementReview]:
    stmt = select(MR).where(MR.organisation_id == org_id)
    if year is not None:
        stmt = stmt.where(MR.year == year)
    return list(session.execute(stmt.order_by(MR.year, MR.number)).scalars())


def years(session: Session, org_id: uuid.UUID) -> list[int]:
    return list(
        session.execute(
            select(MR.year).where(MR.organisation_id == org_id).distinct().order_by(MR.year)
        ).scalars()
    )


def earlier_reviews(session: Session, review: ManagementReview) -> list[ManagementReview]:
    """The organisation's reviews before this one (by year, then number), latest last."""
    return list(
        session.execute(
            select(MR)
            .where(
                MR.organisation_id == review.organisation_id,
                MR.id != review.id,
                (MR.year < review.year) | and_(MR.year == review.year, MR.number < review.number),
            )
            .order_by(MR.year, MR.number)
        ).scalars()
    )


def actions(session: Session, review_id: uuid.UUID) -> list[ReviewAction]:
    return list(
        session.execute(
            select(ReviewAction)
            .where(ReviewAction.review_id == review_id)
            .order_by(ReviewAction.seq)
        ).scalars()
    )


def actions_of(session: Session, review_ids: Sequence[uuid.UUID]) -> list[ReviewAction]:
    if not review_ids:
        return []
    return list(
        session.execute(
            select(ReviewAction)
            .where(ReviewAction.review_id.in_(list(review_ids)))
            .order_by(ReviewAction.review_id, ReviewAction.seq)
        ).scalars()
    )


def action_counts(
    session: Session, review_ids: Sequence[uuid.UUID], today: date
) -> dict[uuid.UUID, tuple[int, int, int]]:
    """{review id: (actions, unfinished, overdue)} in one grouped query."""
    if not review_ids:
        return {}
    unfinished = ReviewAction.status.in_(_UNFINISHED)
    late = and_(unfinished, ReviewAction.due_date.is_not(None), ReviewAction.due_date < today)
    rows = session.execute(
        select(
            ReviewAction.review_id,
            func.count(),
            func.sum(case((unfinished, 1), else_=0)),
            func.sum(case((late, 1), else_=0)),
        )
        .where(ReviewAction.review_id.in_(list(review_ids)))
        .group_by(ReviewAction.review_id)
    ).all()
    return {r[0]: (int(r[1]), int(r[2] or 0), int(r[3] or 0)) for r in rows}


def open_actions(
    session: Session,
    org_id: uuid.UUID,
    *,
    owner_id: uuid.UUID | None = None,
    due_before: date | None = None,
    limit: int | None = None,
) -> list[tuple[ReviewAction, str]]:
    """Unfinished actions of every review with their review number: earliest due first, so
    the overdue ones lead; actions without a due date come last."""
    stmt = (
        select(ReviewAction, MR.number)
        .join(MR, MR.id == ReviewAction.review_id)
        .where(MR.organisation_id == org_id, ReviewAction.status.in_(_UNFINISHED))
    )
    if owner_id is not None:
        stmt = stmt.where(ReviewAction.owner_id == owner_id)
    if due_before is not None:
        stmt = stmt.where(ReviewAction.due_date.is_not(None), ReviewAction.due_date < due_before)
    stmt = stmt.order_by(
        ReviewAction.due_date.is_(None), ReviewAction.due_date, MR.number, ReviewAction.seq
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(a, number) for a, number in session.execute(stmt).all()]


def person_names(session: Session, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(wanted))).all())


def item_answers(session: Session, org_id: uuid.UUID, year: int, item_id: str) -> list[tuple]:
    """(audit number, department, result, notes) of one checklist item in the year's audits,
    answered ones only, in audit order."""
    return list(
        session.execute(
            select(Audit.number, Department.name, Response.result, Response.notes)
            .join(ChecklistRun, ChecklistRun.id == Response.run_id)
            .join(Audit, Audit.id == ChecklistRun.audit_id)
            .join(Department, Department.id == ChecklistRun.department_id)
            .where(
                Audit.organisation_id == org_id,
                Audit.year == year,
                Response.item_id == item_id,
                Response.result != "unanswered",
            )
            .order_by(Audit.number, Department.name)
        ).all()
    )
