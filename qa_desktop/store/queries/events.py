from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..models import Event


def history(session: Session, refs: list[tuple[str, str]]) -> list[Event]:
    """Events of the given (entity, entity_id) pairs, oldest first."""
    if not refs:
        return []
    cond = or_(*[(Event.entity == e) & (Event.entity_id == i) for e, i in refs])
    return list(session.execute(select(Event).where(cond).order_by(Event.seq)).scalars())
