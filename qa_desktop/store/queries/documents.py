from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import GeneratedDocument


def history(
    session: Session, org_id: uuid.UUID, kind: str, subject: str, lang: str
) -> list[GeneratedDocument]:
    """The versions of one document, oldest first."""
    return list(
        session.execute(
            select(GeneratedDocument)
            .where(
                GeneratedDocument.organisation_id == org_id,
                GeneratedDocument.kind == kind,
                GeneratedDocument.subject == subject,
                GeneratedDocument.lang == lang,
            )
            .order_by(GeneratedDocument.created_at)
        ).scalars()
    )


def of_year(session: Session, org_id: uuid.UUID, year: int) -> list[GeneratedDocument]:
    return list(
        session.execute(
            select(GeneratedDocument)
            .where(GeneratedDocument.organisation_id == org_id, GeneratedDocument.year == year)
            .order_by(
                GeneratedDocument.kind, GeneratedDocument.subject, GeneratedDocument.created_at
            )
        ).scalars()
    )
