"""Checklist templates, the runs of an audit (with their template snapshot) and the answers."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity, UTCDateTime


class ChecklistTemplate(Entity, Base):
    __tablename__ = "checklist_template"
    __table_args__ = (UniqueConstraint("code", "version"),)

    code: Mapped[str] = mapped_column(String(10), index=True)
    version: Mapped[str] = mapped_column(String(20))
    process: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200), default="")
    # The whole validated template document (schemas.template.ChecklistTemplateDoc as JSON).
    document: Mapped[dict] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class ChecklistRun(Entity, Base):
    """One template applied to one auditee department within an audit."""

    __tablename__ = "checklist_run"
    __table_args__ = (UniqueConstraint("audit_id", "template_code", "department_id"),)

    audit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("audit.id"), index=True)
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("checklist_template.id"), default=None
    )
    template_code: Mapped[str] = mapped_column(String(10))
    template_version: Mapped[str] = mapped_column(String(20))
    # The template as it was when the run started: later template edits never change an audit.
    snapshot: Mapped[dict] = mapped_column(JSON)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"))
    auditor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    auditee_representative: Mapped[str] = mapped_column(String(100), default="")


class Response(Entity, Base):
    __tablename__ = "response"
    __table_args__ = (
        UniqueConstraint("run_id", "item_id"),
        Index("ix_response_run_position", "run_id", "position"),
    )

    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("checklist_run.id"))
    item_id: Mapped[str] = mapped_column(String(20))  # e.g. SD-04
    position: Mapped[int] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(String(12), default="unanswered")
    notes: Mapped[str] = mapped_column(Text, default="")
    sampled_refs: Mapped[list[str]] = mapped_column(JSON, default=list)
    sample_size: Mapped[int | None] = mapped_column(Integer, default=None)
    nonconforming_count: Mapped[int | None] = mapped_column(Integer, default=None)
    measured_value: Mapped[float | None] = mapped_column(Float, default=None)
    answered_by: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
