"""The annual QA programme (plan §4.4) and its activities."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity


class Programme(Entity, Base):
    __tablename__ = "programme"
    __table_args__ = (UniqueConstraint("organisation_id", "year"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    document_number: Mapped[str] = mapped_column(String(60), default="")  # e.g. XDYJ-04-09


class ProgrammeActivity(Entity, Base):
    __tablename__ = "programme_activity"
    __table_args__ = (UniqueConstraint("programme_id", "seq"),)

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    responsible_role: Mapped[str] = mapped_column(
        String(100), default=""
    )  # 责任人 as the plan words it
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    planned_months: Mapped[list[int]] = mapped_column(JSON, default=list)
    output_document: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    actual_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
