"""The organisation, its departments and its people."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity


class Organisation(Entity, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    # Prefix of controlled-document numbers, e.g. "XDYJ" in XDYJ-04-09.
    doc_prefix: Mapped[str] = mapped_column(String(40), default="")
    logo_path: Mapped[str] = mapped_column(Text, default="")


class Department(Entity, Base):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    code: Mapped[str] = mapped_column(String(20), default="")


class Person(Entity, Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(100), default="")  # 职务, e.g. 质量效能部经理
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("department.id"), index=True, default=None
    )
    # Role codes of qa_desktop.domain.enums.Role; a person may hold several.
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
