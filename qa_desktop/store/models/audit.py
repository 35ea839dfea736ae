"""Internal audits."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity, UTCDateTime


class Audit(Entity, Base):
    __tablename__ = "audit"
    __table_args__ = (UniqueConstraint("organisation_id", "number"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))  # IA-YYYY-NN
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(200))
    objectives: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="")
    client: Mapped[str] = mapped_column(String(200), default="")  # 审核委托方
    method: Mapped[str] = mapped_column(Text, default="")  # 审核方法与抽样
    locations: Mapped[str] = mapped_column(Text, default="")
    # Scope as lists: a handful of codes and ids, read and written with the audit as one record.
    scope_processes: Mapped[list[str]] = mapped_column(JSON, default=list)
    scope_department_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    lead_auditor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    team_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # auditors besides the lead
    planned_start: Mapped[date | None] = mapped_column(Date, default=None)
    planned_end: Mapped[date | None] = mapped_column(Date, default=None)
    opening_meeting_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closing_meeting_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    conclusion: Mapped[str] = mapped_column(Text, default="")
