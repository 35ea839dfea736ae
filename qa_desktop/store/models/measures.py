"""The plan's measures: monthly KPI values with their parts, targets, and the raw figures they
are computed from (service-desk tickets, spare-part movements and stock, knowledge counts)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity, UTCDateTime, utcnow


class KpiTarget(Entity, Base):
    __tablename__ = "kpi_target"
    __table_args__ = (UniqueConstraint("organisation_id", "year", "kpi"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    year: Mapped[int] = mapped_column(Integer)
    kpi: Mapped[str] = mapped_column(String(30))  # a code of domain.kpi.KPI_DEFINITIONS
    target: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class KpiValue(Entity, Base):
    """One KPI for one month, kept as its parts so quarters and years roll up correctly:
    a rate as numerator/denominator, a mean as total/count, turnover as issued cost/average
    stock. `details` holds what goes alongside (median, P90, per-priority figures…)."""

    __tablename__ = "kpi_value"
    __table_args__ = (
        UniqueConstraint("organisation_id", "kpi", "period"),
        Index("ix_kpi_value_period", "organisation_id", "period"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    kpi: Mapped[str] = mapped_column(String(30))
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    numerator: Mapped[float] = mapped_column(Float)
    denominator: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual/tickets/stock/survey
    batch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("import_batch.id"), default=None)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")


class ImportBatch(Entity, Base):
    """One imported file: who brought it in, when, what it was (hash) and what it gave."""

    __tablename__ = "import_batch"

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    kind: Mapped[str] = mapped_column(String(20))  # tickets / stock / survey
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    profile: Mapped[str] = mapped_column(String(60), default="")
    rows: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)  # tickets, movements, responses
    summary: Mapped[dict] = mapped_column(JSON, default=dict)


class ImportProfile(Entity, Base):
    """A saved column mapping for a service-desk tool's export (the built-in `servicenow`
    lives in code; these are the user's own)."""

    __tablename__ = "import_profile"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(60))
    settings: Mapped[dict] = mapped_column(JSON)  # schemas.ticket_profile.TicketProfile as JSON


class Raw:
    """Rows copied from another system's export. They are not user edits: each carries the
    import batch it came from (whose file hash and actor the event log records), and they
    stay out of the row-by-row event-log comparison."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Ticket(Raw, Base):
    """The final state of one service-desk ticket (the row with the highest version)."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("organisation_id", "number"),
        Index("ix_ticket_resolved_period", "organisation_id", "resolved_period"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    number: Mapped[str] = mapped_column(String(60))
    # The export's wall-clock times, as the service desk recorded them (no time zone).
    opened_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolved_period: Mapped[str | None] = mapped_column(String(7), default=None)  # YYYY-MM
    priority: Mapped[str] = mapped_column(String(40), default="")
    made_sla: Mapped[bool | None] = mapped_column(Boolean, default=None)
    knowledge: Mapped[bool | None] = mapped_column(Boolean, default=None)
    reassignment_count: Mapped[int] = mapped_column(Integer, default=0)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=0)
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("import_batch.id"), index=True)


class StockMovement(Raw, Base):
    __tablename__ = "stock_movement"
    __table_args__ = (Index("ix_stock_movement_date", "organisation_id", "moved_on"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    moved_on: Mapped[date] = mapped_column(Date)
    part: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[float] = mapped_column(Float)
    unit_cost: Mapped[float] = mapped_column(Float)
    direction: Mapped[str] = mapped_column(String(3))  # in / out
    reference: Mapped[str] = mapped_column(String(120), default="")
    batch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("import_batch.id"), index=True, default=None
    )


class StockLevel(Entity, Base):
    """The value of the spare-parts stock at the end of a month."""

    __tablename__ = "stock_level"
    __table_args__ = (UniqueConstraint("organisation_id", "period"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    period: Mapped[str] = mapped_column(String(7))
    value: Mapped[float] = mapped_column(Float)


class KbCount(Entity, Base):
    """Knowledge-base counts for a month, where tickets do not carry the article link."""

    __tablename__ = "kb_count"
    __table_args__ = (UniqueConstraint("organisation_id", "period"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    period: Mapped[str] = mapped_column(String(7))
    total: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[int] = mapped_column(Integer, default=0)  # referenced at least once
    new: Mapped[int] = mapped_column(Integer, default=0)
