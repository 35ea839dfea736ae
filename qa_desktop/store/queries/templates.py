from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import ChecklistTemplate


def all_templates(session: Session) -> list[ChecklistTemplate]:
    return list(
        session.execute(
            select(ChecklistTemplate).order_by(ChecklistTemplate.code, ChecklistTemplate.created_at)
        ).scalars()
    )


def by_code(session: Session, code: str, version: str | None = None) -> ChecklistTemplate | None:
    """The given version, or the newest one imported."""
    stmt = select(ChecklistTemplate).where(ChecklistTemplate.code == code)
    if version:
        stmt = stmt.where(ChecklistTemplate.version == version)
    return session.execute(
        stmt.order_by(ChecklistTemplate.created_at.desc()).limit(1)
    ).scalar_one_or_none()
