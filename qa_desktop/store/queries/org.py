from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Department, Organisation, Person


def organisation(session: Session) -> Organisation | None:
    # One organisation per database today; the oldest is the one.
    return session.execute(
        select(Organisation).order_by(Organisation.created_at).limit(1)
    ).scalar_one_or_none()


def departments(session: Session, org_id: uuid.UUID) -> list[Department]:
    return list(
        session.execute(
            select(Department).where(Department.organisation_id == org_id).order_by(Department.name)
        ).scalars()
    )


def department_by_name(session: Session, org_id: uuid.UUID, name: str) -> Department | None:
    return (
        session.execute(
            select(Department).where(
                Department.organisation_id == org_id,
                (Department.name == name)
                | (Department.code == name)
                | (Department.name_en == name),
            )
        )
        .scalars()
        .first()
    )


def people(session: Session, org_id: uuid.UUID) -> list[Person]:
    return list(
        session.execute(
            select(Person).where(Person.organisation_id == org_id).order_by(Person.name)
        ).scalars()
    )


def person_by_name(session: Session, org_id: uuid.UUID, name: str) -> Person | None:
    return session.execute(
        select(Person).where(Person.organisation_id == org_id, Person.name == name)
    ).scalar_one_or_none()
