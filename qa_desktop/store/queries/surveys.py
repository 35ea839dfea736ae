"""Satisfaction surveys: finding them, their responses, and their figures summed in SQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ..models import Survey, SurveyResponse

R = SurveyResponse

# On the 1–5 scale: 4 satisfied and 5 very satisfied; 1 and 2 are the ones to call back.
SATISFIED_FROM = 4
DISSATISFIED_UPTO = 2


def by_quarter(session: Session, org_id: uuid.UUID, year: int, quarter: int) -> Survey | None:
    return session.execute(
        select(Survey).where(
            Survey.organisation_id == org_id, Survey.year == year, Survey.quarter == quarter
        )
    ).scalar_one_or_none()


def surveys(
    session: Session, org_id: uuid.UUID, years: Iterable[int] | None = None
) -> list[Survey]:
    stmt = select(Survey).where(Survey.organisation_id == org_id)
    if years is not None:
        stmt = stmt.where(Survey.year.in_(list(years)))
    return list(session.execute(stmt.order_by(Survey.year, Survey.quarter)).scalars())


def years(session: Session, org_id: uuid.UUID) -> list[int]:
    return list(
        session.execute(
            select(Survey.year)
            .where(Survey.organisation_id == org_id)
            .distinct()
            .order_by(Survey.year)
        ).scalars()
    )


def responses(session: Session, survey_id: uuid.UUID) -> list[SurveyResponse]:
    """In the order they were recorded (an import keeps the file's order, see services)."""
    return list(
        session.execute(
            select(R).where(R.survey_id == survey_id).order_by(R.created_at, R.id)
        ).scalars()
    )


def response_count(session: Session, survey_id: uuid.UUID) -> int:
    return session.execute(select(func.count()).where(R.survey_id == survey_id)).scalar_one()


def batch_responses(session: Session, batch_id: uuid.UUID) -> list[SurveyResponse]:
    return list(session.execute(select(R).where(R.batch_id == batch_id)).scalars())


@dataclass(frozen=True)
class Figures:
    """One survey's counts: every rate and mean is built from these parts."""

    received: int = 0
    valid: int = 0  # overall score given
    total: float = 0.0  # Σ overall of the valid ones
    satisfied: int = 0
    dissatisfied: int = 0
    open_follow_ups: int = 0  # dissatisfied and not followed up to the end


def figures(session: Session, survey_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Figures]:
    ids = list(survey_ids)
    if not ids:
        return {}
    low = and_(R.overall.is_not(None), R.overall <= DISSATISFIED_UPTO)
    rows = session.execute(
        select(
            R.survey_id,
            func.count(),
            func.count(R.overall),
            func.coalesce(func.sum(R.overall), 0.0),
            func.sum(case((R.overall >= SATISFIED_FROM, 1), else_=0)),
            func.sum(case((low, 1), else_=0)),
            func.sum(case((and_(low, R.follow_up_status != "done"), 1), else_=0)),
        )
        .where(R.survey_id.in_(ids))
        .group_by(R.survey_id)
    )
    out = {i: Figures() for i in ids}
    for sid, received, valid, total, satisfied, dissatisfied, open_ in rows:
        out[sid] = Figures(
            int(received),
            int(valid),
            float(total or 0),
            int(satisfied or 0),
            int(dissatisfied or 0),
            int(open_ or 0),
        )
    return out
