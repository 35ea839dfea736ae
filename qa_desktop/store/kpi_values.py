"""Writing a month's KPI value: one row per organisation × KPI × month, replaced, never doubled."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import KpiValue


def upsert(
    session: Session,
    org_id: uuid.UUID,
    kpi: str,
    period: str,
    numerator: float,
    denominator: float,
    *,
    source: str,
    batch_id: uuid.UUID | None = None,
    details: dict | None = None,
    note: str | None = None,
) -> KpiValue:
    """Set the month's parts (a re-import replaces them; the event log keeps the old ones)."""
    row = session.execute(
        select(KpiValue).where(
            KpiValue.organisation_id == org_id, KpiValue.kpi == kpi, KpiValue.period == period
        )
    ).scalar_one_or_none()
    if row is None:
        row = KpiValue(organisation_id=org_id, kpi=kpi, period=period)
        session.add(row)
    row.numerator, row.denominator = float(numerator), float(denominator)
    row.source, row.batch_id = source, batch_id
    row.details = dict(details or {})
    if note is not None:
        row.note = note
    return row
