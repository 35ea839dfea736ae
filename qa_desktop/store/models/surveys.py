"""Customer satisfaction surveys (plan §4.4 rows 1–3) and their responses."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity


class Survey(Entity, Base):
    __tablename__ = "survey"
    __table_args__ = (UniqueConstraint("organisation_id", "year", "quarter"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)  # 1–4
    title: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(Text, default="")  # 电话回访 / 问卷 / 现场访谈 …
    sample_plan: Mapped[str] = mapped_column(Text, default="")  # who and how many, how chosen
    sample_size: Mapped[int | None] = mapped_column(Integer, default=None)
    planned_on: Mapped[date | None] = mapped_column(Date, default=None)
    conducted_on: Mapped[date | None] = mapped_column(Date, default=None)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")  # planned/in_progress/done
    analysis: Mapped[str] = mapped_column(Text, default="")  # the analyst's own conclusions


class SurveyResponse(Entity, Base):
    __tablename__ = "survey_response"

    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey.id"), index=True)
    customer: Mapped[str] = mapped_column(String(200), default="")
    respondent: Mapped[str] = mapped_column(String(100), default="")
    # Scores 1–5 by GB/T 33850 dimension code: safety, reliability, responsiveness, tangibles,
    # empathy (安全性/可靠性/响应性/有形性/友好性).
    scores: Mapped[dict] = mapped_column(JSON, default=dict)
    overall: Mapped[float | None] = mapped_column(Float, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")  # what was done about it
    follow_up_status: Mapped[str] = mapped_column(String(12), default="none")  # none/open/done
    batch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("import_batch.id"), default=None)
