"""What a spreadsheet export needs beyond a register row, for one page of NCs at a time."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..models import CorrectiveAction, Nonconformity, Person

NC = Nonconformity


def details(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, object]:
    """The long-form fields of these NCs, by id (one query for the whole page)."""
    if not ids:
        return {}
    verifier = aliased(Person)
    parent = aliased(NC)
    repeat = aliased(NC)
    stmt = (
        select(
            NC.id,
            NC.internal_clause,
            NC.nc_type,
            NC.acknowledged_by,
            NC.correction,
            NC.root_cause_category,
            NC.why_steps,
            NC.root_cause,
            verifier.name.label("verifier"),
            NC.verified_on,
            NC.verification_result,
            NC.closed_at,
            parent.number.label("parent_number"),
            repeat.number.label("repeat_number"),
        )
        .select_from(NC)
        .outerjoin(verifier, verifier.id == NC.verifier_id)
        .outerjoin(parent, parent.id == NC.parent_id)
        .outerjoin(repeat, repeat.id == NC.repeat_of_id)
        .where(NC.id.in_(list(ids)))
    )
    return {row.id: row for row in session.execute(stmt)}


def actions(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list]:
    """The corrective actions of these NCs in their order, with the owner's name."""
    if not ids:
        return {}
    stmt = (
        select(
            CorrectiveAction.nc_id,
            CorrectiveAction.seq,
            CorrectiveAction.description,
            Person.name.label("owner"),
            CorrectiveAction.due_date,
            CorrectiveAction.status,
        )
        .outerjoin(Person, Person.id == CorrectiveAction.owner_id)
        .where(CorrectiveAction.nc_id.in_(list(ids)))
        .order_by(CorrectiveAction.nc_id, CorrectiveAction.seq)
    )
    out: dict[uuid.UUID, list] = {}
    for row in session.execute(stmt):
        out.setdefault(row.nc_id, []).append(row)
    return out


def process_clause_pairs(session: Session, org_id: uuid.UUID) -> set[tuple[str, str]]:
    """Every (process, clause) any NC of the organisation has: a repeat needs one of these."""
    stmt = select(NC.process, NC.clause).where(NC.organisation_id == org_id).distinct()
    return {(p, (c or "").strip()) for p, c in session.execute(stmt)}
