"""Queries for the measures: KPI values and targets, imported tickets, stock, knowledge counts.

Tickets arrive by the hundred thousand, so they are written with bulk statements (one
executemany per chunk) and read back only in the columns the formulas need.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ..models import (
    ImportBatch,
    ImportProfile,
    KbCount,
    KpiTarget,
    KpiValue,
    StockLevel,
    StockMovement,
    Ticket,
)

# Well under SQLite's limit of bound parameters in one statement.
_IN_CHUNK = 900


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- targets and values ------------------------------------------------------------------


def targets(session: Session, org_id: uuid.UUID, year: int) -> list[KpiTarget]:
    return list(
        session.execute(
            select(KpiTarget).where(KpiTarget.organisation_id == org_id, KpiTarget.year == year)
        ).scalars()
    )


def target(session: Session, org_id: uuid.UUID, year: int, kpi: str) -> KpiTarget | None:
    return session.execute(
        select(KpiTarget).where(
            KpiTarget.organisation_id == org_id, KpiTarget.year == year, KpiTarget.kpi == kpi
        )
    ).scalar_one_or_none()


def value(session: Session, org_id: uuid.UUID, kpi: str, period: str) -> KpiValue | None:
    return session.execute(
        select(KpiValue).where(
            KpiValue.organisation_id == org_id, KpiValue.kpi == kpi, KpiValue.period == period
        )
    ).scalar_one_or_none()


def values(
    session: Session,
    org_id: uuid.UUID,
    first: str | None = None,
    last: str | None = None,
    kpi: str | None = None,
) -> list[KpiValue]:
    """Values with first <= period <= last (YYYY-MM strings sort as months do)."""
    stmt = select(KpiValue).where(KpiValue.organisation_id == org_id)
    if first is not None:
        stmt = stmt.where(KpiValue.period >= first)
    if last is not None:
        stmt = stmt.where(KpiValue.period <= last)
    if kpi is not None:
        stmt = stmt.where(KpiValue.kpi == kpi)
    return list(session.execute(stmt.order_by(KpiValue.period, KpiValue.kpi)).scalars())


def value_years(session: Session, org_id: uuid.UUID) -> list[int]:
    periods = session.execute(
        select(func.distinct(func.substr(KpiValue.period, 1, 4))).where(
            KpiValue.organisation_id == org_id
        )
    ).scalars()
    return sorted(int(p) for p in periods if p and p.isdigit())


def target_years(session: Session, org_id: uuid.UUID) -> list[int]:
    return list(
        session.execute(
            select(func.distinct(KpiTarget.year))
            .where(KpiTarget.organisation_id == org_id)
            .order_by(KpiTarget.year)
        ).scalars()
    )


# --- import profiles and batches -----------------------------------------------------------


def profiles(session: Session, org_id: uuid.UUID) -> list[ImportProfile]:
    return list(
        session.execute(
            select(ImportProfile)
            .where(ImportProfile.organisation_id == org_id)
            .order_by(ImportProfile.name)
        ).scalars()
    )


def profile(session: Session, org_id: uuid.UUID, name: str) -> ImportProfile | None:
    return session.execute(
        select(ImportProfile).where(
            ImportProfile.organisation_id == org_id, ImportProfile.name == name
        )
    ).scalar_one_or_none()


def batch_by_hash(
    session: Session, org_id: uuid.UUID, kind: str, sha256: str
) -> ImportBatch | None:
    """The first import of this very file (by content), if any."""
    return (
        session.execute(
            select(ImportBatch)
            .where(
                ImportBatch.organisation_id == org_id,
                ImportBatch.kind == kind,
                ImportBatch.sha256 == sha256,
            )
            .order_by(ImportBatch.created_at)
            .limit(1)
        )
        .scalars()
        .first()
    )


# --- tickets -------------------------------------------------------------------------------

TICKET_FACT_COLUMNS = (
    "number",
    "resolved_period",
    "opened_at",
    "resolved_at",
    "priority",
    "made_sla",
    "knowledge",
    "reassignment_count",
    "reopen_count",
    "version",
)


def stored_tickets(session: Session, org_id: uuid.UUID, numbers: Sequence[str]) -> dict[str, Any]:
    """{number: row (id, version and the KPI columns)} of the stored tickets among `numbers`."""
    cols = [Ticket.id, *(getattr(Ticket, c) for c in TICKET_FACT_COLUMNS)]
    found: dict[str, Any] = {}
    for chunk in _chunks(list(numbers), _IN_CHUNK):
        rows = session.execute(
            select(*cols).where(Ticket.organisation_id == org_id, Ticket.number.in_(chunk))
        )
        for row in rows:
            found[row.number] = row
    return found


def insert_tickets(session: Session, rows: list[dict[str, Any]]) -> None:
    """New tickets, one executemany (rows carry every column, including id)."""
    if rows:
        session.execute(insert(Ticket.__table__), rows)


def update_tickets(session: Session, rows: list[dict[str, Any]]) -> None:
    """Tickets replaced by a later version: rows are {"id": …, column: value, …}."""
    if rows:
        session.execute(update(Ticket), rows)


def tickets_resolved_in(session: Session, org_id: uuid.UUID, periods: Sequence[str]) -> list[Any]:
    """The resolved tickets of these months, with only the columns the KPIs need."""
    cols = [getattr(Ticket, c) for c in TICKET_FACT_COLUMNS]
    out: list[Any] = []
    for chunk in _chunks(sorted(set(periods)), _IN_CHUNK):
        out += session.execute(
            select(*cols).where(Ticket.organisation_id == org_id, Ticket.resolved_period.in_(chunk))
        ).all()
    return out


def ticket_count(session: Session, org_id: uuid.UUID) -> int:
    return session.execute(
        select(func.count()).select_from(Ticket).where(Ticket.organisation_id == org_id)
    ).scalar_one()


# --- spare parts ---------------------------------------------------------------------------


def insert_movements(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(StockMovement.__table__), rows)


def movements(
    session: Session, org_id: uuid.UUID, start: date, end: date, limit: int = 1000
) -> list[StockMovement]:
    """Movements with start <= date < end, newest first."""
    return list(
        session.execute(
            select(StockMovement)
            .where(
                StockMovement.organisation_id == org_id,
                StockMovement.moved_on >= start,
                StockMovement.moved_on < end,
            )
            .order_by(StockMovement.moved_on.desc(), StockMovement.imported_at.desc())
            .limit(limit)
        ).scalars()
    )


def movement_sums(
    session: Session, org_id: uuid.UUID, start: date, end: date
) -> dict[str, tuple[float, int]]:
    """{"in"/"out": (Σ quantity × unit cost, number of movements)} for start <= date < end."""
    rows = session.execute(
        select(
            StockMovement.direction,
            func.coalesce(func.sum(StockMovement.quantity * StockMovement.unit_cost), 0.0),
            func.count(),
        )
        .where(
            StockMovement.organisation_id == org_id,
            StockMovement.moved_on >= start,
            StockMovement.moved_on < end,
        )
        .group_by(StockMovement.direction)
    )
    return {direction: (float(total), int(n)) for direction, total, n in rows}


def stock_level(session: Session, org_id: uuid.UUID, period: str) -> StockLevel | None:
    return session.execute(
        select(StockLevel).where(StockLevel.organisation_id == org_id, StockLevel.period == period)
    ).scalar_one_or_none()


# --- knowledge counts ----------------------------------------------------------------------


def kb_count(session: Session, org_id: uuid.UUID, period: str) -> KbCount | None:
    return session.execute(
        select(KbCount).where(KbCount.organisation_id == org_id, KbCount.period == period)
    ).scalar_one_or_none()


def kb_counts(session: Session, org_id: uuid.UUID, first: str, last: str) -> list[KbCount]:
    return list(
        session.execute(
            select(KbCount)
            .where(
                KbCount.organisation_id == org_id,
                KbCount.period >= first,
                KbCount.period <= last,
            )
            .order_by(KbCount.period)
        ).scalars()
    )
