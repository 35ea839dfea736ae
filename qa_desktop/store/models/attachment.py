"""Evidence files: the bytes live content-addressed under the data dir, the row says whose they are."""

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity


class Attachment(Entity, Base):
    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint(
            "response_id IS NOT NULL OR nc_id IS NOT NULL OR action_id IS NOT NULL",
            name="linked",
        ),
    )

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(100), default="")
    response_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("response.id"), index=True, default=None
    )
    nc_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("nonconformity.id"), index=True, default=None
    )
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("corrective_action.id"), index=True, default=None
    )
