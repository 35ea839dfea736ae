"""Nonconformities (domain.md §2) and their corrective actions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    column,
    func,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity, UTCDateTime

NO_DUE_DATE = "9999-12-31"


def _due_sort_key():
    # Observations have no due date; they sort after every dated NC on SQLite and PostgreSQL
    # alike. Queries must order by this same expression for the indexes to apply.
    return func.coalesce(column("due_date"), literal_column(f"'{NO_DUE_DATE}'"))


class Nonconformity(Entity, Base):
    __tablename__ = "nonconformity"
    __table_args__ = (
        UniqueConstraint("organisation_id", "number"),
        # The register sorts by due date (no date last) then number; each index serves one
        # filter column with that order, so a first page stops after ~200 index entries.
        # The trailing status lets the overdue count of a filter read the index alone.
        Index("ix_nc_status_due", "status", _due_sort_key(), "number"),
        Index("ix_nc_grade_due", "grade", _due_sort_key(), "number", "status"),
        Index("ix_nc_process_due", "process", _due_sort_key(), "number", "status"),
        Index("ix_nc_department_due", "department_id", _due_sort_key(), "number", "status"),
        Index("ix_nc_audit_due", "audit_id", _due_sort_key(), "number", "status"),
        Index("ix_nc_year_due", "year", _due_sort_key(), "number", "status"),
        # The unfiltered order, and free-text search in that order: the scan reads the index
        # alone and stops at the first page instead of visiting every row of the table.
        Index("ix_nc_due_text", _due_sort_key(), "number", "status", "clause", "facts"),
        # Repeat detection (重复发生) looks up earlier NCs by process and clause.
        Index("ix_nc_process_clause", "process", "clause"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    # 1. identification
    number: Mapped[str] = mapped_column(String(20))  # NC-YYYY-NNN
    year: Mapped[int] = mapped_column(Integer)
    audit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("audit.id"), default=None)
    source_response_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("response.id"), index=True, default=None
    )
    process: Mapped[str] = mapped_column(String(10))
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("department.id"), default=None
    )
    auditor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    auditee_representative: Mapped[str] = mapped_column(String(100), default="")  # 受审方陪同人
    found_on: Mapped[date] = mapped_column(Date)
    # 2.–4. facts, clause, classification
    facts: Mapped[str] = mapped_column(Text, default="")
    clause: Mapped[str] = mapped_column(Text, default="")  # standard clause
    internal_clause: Mapped[str] = mapped_column(Text, default="")  # internal document clause
    grade: Mapped[str] = mapped_column(String(12))
    nc_type: Mapped[str | None] = mapped_column(String(16), default=None)
    status: Mapped[str] = mapped_column(String(24), default="draft")
    # 5. auditee acknowledgement (or dispute)
    acknowledged_by: Mapped[str] = mapped_column(String(100), default="")
    acknowledged_on: Mapped[date | None] = mapped_column(Date, default=None)
    dispute_reason: Mapped[str] = mapped_column(Text, default="")
    # 6. correction
    correction: Mapped[str] = mapped_column(Text, default="")
    # 7. root cause
    root_cause_category: Mapped[str | None] = mapped_column(String(16), default=None)
    why_steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    root_cause: Mapped[str] = mapped_column(Text, default="")
    similar_check: Mapped[str] = mapped_column(Text, default="")  # 类似问题横向排查
    # 9. whether risks or system documents need updating
    system_update: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    # 11.–12. verification
    verifier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    verified_on: Mapped[date | None] = mapped_column(Date, default=None)
    verification_method: Mapped[str] = mapped_column(Text, default="")
    verification_result: Mapped[str | None] = mapped_column(String(16), default=None)
    verification_notes: Mapped[str] = mapped_column(Text, default="")
    # 13. closure
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    last_reason: Mapped[str] = mapped_column(
        Text, default=""
    )  # reason given with the last transition
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("nonconformity.id"), default=None
    )
    # 重复发生: the same process and clause as an NC of an earlier audit, found when raised.
    repeat_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("nonconformity.id"), index=True, default=None
    )


class CorrectiveAction(Entity, Base):
    __tablename__ = "corrective_action"
    __table_args__ = (
        UniqueConstraint("nc_id", "seq"),
        Index("ix_action_owner_status_due", "owner_id", "status", "due_date"),
    )

    nc_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nonconformity.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    evidence: Mapped[str] = mapped_column(Text, default="")


def due_sort_key():
    """The register's due-date ordering expression, bound to the nonconformity table."""
    return func.coalesce(Nonconformity.due_date, literal_column(f"'{NO_DUE_DATE}'"))


class FollowUp(Entity, Base):
    """An open NC of an earlier audit, checked again during this audit (跟踪验证).

    The NC keeps its own status; this row holds only what the auditor found this time, so a
    new audit never copies last year's statuses.
    """

    __tablename__ = "follow_up"
    __table_args__ = (UniqueConstraint("audit_id", "nc_id"),)

    audit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("audit.id"), index=True)
    nc_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nonconformity.id"), index=True)
    result: Mapped[str] = mapped_column(String(12), default="unanswered")
    notes: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
