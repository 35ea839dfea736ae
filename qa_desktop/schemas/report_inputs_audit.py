"""Inputs of the internal-audit documents: 内审计划, 内审检查表 (filled and blank), 内审不符合报告,
不符合项登记表 and 内审报告.

Compiled by services/report_data/audits.py through the services; laid out by the report modules
audit_plan, checklist, nc_report, nc_register and audit_report. Every value is data as stored
(names, texts, codes); the builders translate codes into labels. Times are local wall-clock
times without a zone (what the auditee reads on the page).
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from .report_base import ReportData


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class AuditInfo(_Row):
    """The audit as planned (ISO 19011 6.3.2.2 a–d) and, once reported, its conclusion."""

    number: str
    title: str
    objectives: str = ""
    criteria: str = ""
    client: str = ""
    method: str = ""
    locations: str = ""
    processes: tuple[str, ...] = ()  # process codes (SD, SP, KM, …)
    departments: tuple[str, ...] = ()
    lead_auditor: str = ""
    team: tuple[str, ...] = ()  # the auditors besides the lead
    planned_start: date | None = None
    planned_end: date | None = None
    opening_meeting_at: datetime | None = None
    closing_meeting_at: datetime | None = None
    status: str = ""
    conclusion: str = ""


class RunInfo(_Row):
    """One checklist run: a template applied to one auditee department."""

    template_code: str
    template_version: str
    title: str
    title_en: str = ""
    process: str
    department: str
    auditor: str = ""
    representative: str = ""  # 受审方代表 / guide
    first_answer: date | None = None
    last_answer: date | None = None
    items: int = 0
    answered: int = 0


class Assignment(_Row):
    process: str
    department: str


class TeamMember(_Row):
    """A member of the audit team or an auditee representative (ISO 19011 6.3.2.2 g)."""

    role: str  # lead / auditor / representative
    name: str
    affiliation: str = ""  # department or title
    assignments: tuple[Assignment, ...] = ()


class TimetableRow(_Row):
    """One line of the plan's timetable: a meeting, or one run in its half-day slots."""

    kind: str  # opening / run / closing
    start: datetime | None = None
    end: datetime | None = None
    process: str = ""
    department: str = ""
    clauses: str = ""  # the run's clauses, summarised
    other_refs: int = 0  # further (non-standard) references not spelled out
    auditor: str = ""
    representative: str = ""


class FollowUpRow(_Row):
    """An open NC of an earlier audit, checked again in this one."""

    nc_number: str
    nc_audit: str = ""
    department: str = ""
    process: str = ""
    grade: str = ""
    nc_status: str = ""
    facts: str = ""
    clause: str = ""
    due_date: date | None = None
    overdue: bool = False
    result: str = "unanswered"
    notes: str = ""


class Photo(_Row):
    """An image attached to an answer, shown as a thumbnail. The file's location is not part
    of the document's data (a copied data folder shows the same photo)."""

    name: str
    caption: str = ""
    sha256: str
    path: str = Field(default="", exclude=True)


class ItemRow(_Row):
    item_id: str
    question: str
    question_en: str = ""
    clauses: tuple[str, ...] = ()
    evidence: str = ""
    evidence_en: str = ""
    answer_type: str = "judgement"
    allowed_results: tuple[str, ...] = ()
    sample_size: int | None = None
    unit: str = ""
    result: str = "unanswered"
    notes: str = ""
    sampled_refs: tuple[str, ...] = ()
    nonconforming_count: int | None = None
    measured_value: float | None = None
    nc_numbers: tuple[str, ...] = ()
    photos: tuple[Photo, ...] = ()


class RunChecklist(_Row):
    run: RunInfo
    items: tuple[ItemRow, ...]
    follow_ups: tuple[FollowUpRow, ...] = ()


class AuditPlanData(ReportData):
    audit: AuditInfo
    runs: tuple[RunInfo, ...] = ()
    team: tuple[TeamMember, ...] = ()
    timetable: tuple[TimetableRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = ()


class ChecklistData(ReportData):
    audit: AuditInfo
    runs: tuple[RunChecklist, ...] = ()
    # Follow-ups of NCs whose department has no run in this audit.
    follow_ups: tuple[FollowUpRow, ...] = ()
    blank: bool = False


class NcActionRow(_Row):
    seq: int
    description: str
    owner: str = ""
    due_date: date | None = None
    status: str = "open"
    completed_on: date | None = None
    evidence: str = ""
    overdue: bool = False
    files: tuple[str, ...] = ()


class NcReportData(ReportData):
    """Every field of the NC report (domain.md §2, groups 1–13)."""

    number: str
    audit_number: str = ""
    audit_title: str = ""
    lead_auditor: str = ""
    process: str = ""
    department: str = ""
    auditor: str = ""
    auditee_representative: str = ""
    found_on: date
    source_item: str = ""
    facts: str = ""
    clause: str = ""
    internal_clause: str = ""
    grade: str = ""
    nc_type: str | None = None
    status: str = ""
    overdue: bool = False
    acknowledged_by: str = ""
    acknowledged_on: date | None = None
    dispute_reason: str = ""
    correction: str = ""
    root_cause_category: str | None = None
    why_steps: tuple[str, ...] = ()
    root_cause: str = ""
    similar_check: str = ""
    system_update: str = ""
    due_date: date | None = None
    actions: tuple[NcActionRow, ...] = ()
    evidence_files: tuple[str, ...] = ()  # attached to the NC itself
    actual_completion: date | None = None
    verifier: str = ""
    verified_on: date | None = None
    verification_method: str = ""
    verification_result: str | None = None
    verification_notes: str = ""
    reopen_count: int = 0
    closed_on: date | None = None
    closed_by: str = ""
    parent_number: str = ""
    repeat_of_number: str = ""


class NcRegisterRow(_Row):
    number: str
    department: str = ""
    process: str = ""
    clause: str = ""
    facts: str = ""
    grade: str = ""
    nc_type: str | None = None
    status: str = ""
    found_on: date | None = None
    due_date: date | None = None
    overdue: bool = False
    verification_result: str | None = None
    verified_on: date | None = None
    closed_on: date | None = None


class NcRegisterData(ReportData):
    audit: AuditInfo
    rows: tuple[NcRegisterRow, ...] = ()


class Finding(_Row):
    number: str
    department: str = ""
    process: str = ""
    clause: str = ""
    grade: str = ""
    nc_type: str | None = None
    status: str = ""
    facts: str = ""
    source_item: str = ""


class Observation(_Row):
    """An answer recorded as 观察 (OBS)."""

    item_id: str
    question: str
    process: str = ""
    department: str = ""
    notes: str = ""
    nc_numbers: tuple[str, ...] = ()


class ConformityRow(_Row):
    """The answers of one run (or of the whole audit): C / NC / OBS / NA counts."""

    template_code: str = ""
    process: str = ""
    department: str = ""
    auditor: str = ""
    conform: int = 0
    nonconform: int = 0
    observation: int = 0
    not_applicable: int = 0
    unanswered: int = 0

    @property
    def rate(self) -> float | None:
        """C ÷ (C + NC + OBS); None when nothing was judged."""
        judged = self.conform + self.nonconform + self.observation
        return self.conform / judged if judged else None


class Dispute(_Row):
    number: str
    department: str = ""
    grade: str = ""
    facts: str = ""
    reason: str = ""


class StatRow(_Row):
    """NCs of one department and clause (its first reference), by grade."""

    department: str
    clause: str
    major: int = 0
    minor: int = 0
    observation: int = 0

    @property
    def total(self) -> int:
        return self.major + self.minor + self.observation


class Recipient(_Row):
    name: str
    role: str  # lead / auditor / department_head / top_management / quality
    department: str = ""


class AuditReportData(ReportData):
    audit: AuditInfo
    runs: tuple[RunInfo, ...] = ()
    findings: tuple[Finding, ...] = ()
    observations: tuple[Observation, ...] = ()
    conformity: tuple[ConformityRow, ...] = ()
    overall: ConformityRow = ConformityRow()
    disputes: tuple[Dispute, ...] = ()
    stats: tuple[StatRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = ()
    distribution: tuple[Recipient, ...] = ()
