"""Management reviews (管理评审) and the decisions and actions they produce."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity, UTCDateTime


class ManagementReview(Entity, Base):
    __tablename__ = "management_review"
    __table_args__ = (UniqueConstraint("organisation_id", "number"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    number: Mapped[str] = mapped_column(String(20))  # MR-YYYY-NN
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    planned_on: Mapped[date | None] = mapped_column(Date, default=None)
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    location: Mapped[str] = mapped_column(String(200), default="")
    chair_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)  # names as they attend
    # ISO/IEC 20000-1 9.3 inputs a–k: [{"key": "a", "owner": "…", "note": "…"}, …]
    agenda: Mapped[list[dict]] = mapped_column(JSON, default=list)
    # What the data cannot say: free text per input key ("b", "j", "k", …)
    input_notes: Mapped[dict] = mapped_column(JSON, default=dict)
    # 适宜性、充分性、有效性
    suitability: Mapped[str] = mapped_column(Text, default="")
    adequacy: Mapped[str] = mapped_column(Text, default="")
    effectiveness: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")  # planned / held / closed
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ReviewAction(Entity, Base):
    """A decision of the review with its owner and due date, followed up like a corrective action."""

    __tablename__ = "review_action"
    __table_args__ = (UniqueConstraint("review_id", "seq"),)

    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("management_review.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    # improvement / system_change / resources (ISO 9001 9.3.3, ISO/IEC 20000-1 9.3)
    category: Mapped[str] = mapped_column(String(20), default="improvement")
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    evidence: Mapped[str] = mapped_column(Text, default="")


class GeneratedDocument(Entity, Base):
    """A PDF the app produced: which document of what, its number and version, and its hash,
    so the annual schedule can point at the output each activity produced."""

    __tablename__ = "generated_document"
    __table_args__ = (UniqueConstraint("organisation_id", "kind", "subject", "lang", "version"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    kind: Mapped[str] = mapped_column(String(30))  # audit-plan, nc, annual, …
    subject: Mapped[str] = mapped_column(String(40))  # IA-2025-02, NC-2025-001, MR-2025-01, 2025 …
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[str] = mapped_column(String(80))
    version: Mapped[str] = mapped_column(String(12))
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    data_sha256: Mapped[str] = mapped_column(String(64))  # of the data it was built from
    pages: Mapped[int] = mapped_column(Integer, default=0)
