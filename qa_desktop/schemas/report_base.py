"""What every document's input carries: what it is about, its year, who signs it.

Report inputs are plain pydantic models compiled by services/report_data/* and laid out by
qa_desktop/reports/*: the builders see data, never the database.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict


class DocumentPeople(BaseModel):
    model_config = ConfigDict(frozen=True)

    prepared_by: str = ""
    prepared_on: date | None = None
    reviewed_by: str = ""
    reviewed_on: date | None = None
    approved_by: str = ""
    approved_on: date | None = None


class ReportData(BaseModel):
    """Base of every document's input."""

    model_config = ConfigDict(frozen=True)

    subject: str  # IA-2025-02, NC-2025-001, MR-2025-01, 2025 …
    year: int
    company: str = ""
    people: DocumentPeople = DocumentPeople()
