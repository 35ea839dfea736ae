"""Input of the year-end 质量管理报告 (annual quality management report).

Compiled by services/report_data/annual.py through the services; laid out by
reports/annual.py. Every value is data as stored (names, texts, codes); the builder
translates the codes into labels. Rates are fractions 0–1, None when there is nothing to
divide by; KPI values are on their own scale (a fraction for "%", hours, turns).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from .report_base import ReportData


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class LinkedDocument(_Row):
    """A generated document that is (one of) an activity's outputs."""

    kind: str
    number: str
    version: str
    issued_on: date | None = None


class ActivityRow(_Row):
    """One activity of the year's programme (plan §4.4): planned against done."""

    seq: int
    name: str
    name_en: str = ""
    responsible: str = ""  # the role the plan names (质量效能部经理 …)
    owner: str = ""  # the person, when one is assigned
    planned_months: tuple[int, ...] = ()
    actual_date: date | None = None
    output: str = ""  # the plan's output document(s) 《…》
    status: str = ""  # planned / in_progress / done / cancelled (stored)
    state: str = ""  # done / cancelled / due / overdue / upcoming (derived)
    notes: str = ""
    documents: tuple[LinkedDocument, ...] = ()
    more_documents: int = 0  # linked documents not listed


class GradeCounts(_Row):
    """NCs of one group (a grade, a process, a department, an audit) by grade."""

    key: str = ""
    major: int = 0
    minor: int = 0
    observation: int = 0
    open: int = 0
    closed: int = 0

    @property
    def total(self) -> int:
        return self.major + self.minor + self.observation


class AuditRow(_Row):
    number: str
    title: str
    status: str = ""
    planned_start: date | None = None
    planned_end: date | None = None
    lead_auditor: str = ""
    processes: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    answered: int = 0
    items: int = 0
    ncs: GradeCounts = GradeCounts()  # the NCs raised in it, withdrawn ones not counted


class StatusCount(_Row):
    status: str
    count: int


class NcSummary(_Row):
    """The year's nonconformities (NC.year), as services/nc_stats defines the figures."""

    total: int = 0
    counted: int = 0  # all but drafts and withdrawn: the closure rate's denominator
    open: int = 0
    closed: int = 0
    overdue: int = 0
    actions_overdue: int = 0
    closure_rate: float | None = None
    mean_days_to_close: float | None = None
    median_days_to_close: float | None = None
    closed_with_due: int = 0  # closed NCs that had a due date
    closed_on_time: int = 0  # of those, closed on or before it
    by_grade: tuple[GradeCounts, ...] = ()  # key = grade
    by_process: tuple[GradeCounts, ...] = ()  # key = process code
    by_department: tuple[GradeCounts, ...] = ()  # key = department name ("" none)
    by_status: tuple[StatusCount, ...] = ()  # every status, workflow order

    @property
    def on_time_rate(self) -> float | None:
        return self.closed_on_time / self.closed_with_due if self.closed_with_due else None


class CapaSummary(_Row):
    """How well the corrective actions worked."""

    effective: int = 0  # standing "verified effective" (verified or closed)
    not_effective: int = 0  # failed effectiveness checks (every reopening)
    effectiveness_rate: float | None = None
    reopened_ncs: int = 0  # NCs reopened at least once
    pending_verification: int = 0
    recurrences: int = 0  # NCs recorded as a repeat of an earlier audit's NC (重复发生)
    recurrence_numbers: tuple[str, ...] = ()


class KpiRow(_Row):
    kpi: str
    name_zh: str
    name_en: str
    unit: str  # "%", "h", "次"
    direction: str  # higher / lower
    target: float | None = None
    months: tuple[float | None, ...] = ()  # 12, January first
    quarters: tuple[float | None, ...] = ()  # 4
    year_value: float | None = None
    meets_target: bool | None = None
    source: str = ""


class SurveyRow(_Row):
    quarter: int
    title: str
    status: str = ""
    responses: int = 0
    valid: int = 0
    satisfied: int = 0
    mean_score: float | None = None
    score_rate: float | None = None
    satisfied_rate: float | None = None
    dissatisfied: int = 0
    open_follow_ups: int = 0


class ReviewActionRow(_Row):
    review_number: str
    seq: int
    category: str = ""
    description: str = ""
    owner: str = ""
    due_date: date | None = None
    status: str = ""
    completed_on: date | None = None
    overdue: bool = False


class ReviewRow(_Row):
    number: str
    title: str
    planned_on: date | None = None
    held_on: date | None = None
    location: str = ""
    chair: str = ""
    status: str = ""
    suitability: str = ""
    adequacy: str = ""
    effectiveness: str = ""
    actions: tuple[ReviewActionRow, ...] = ()


class CarriedNc(_Row):
    """An NC still open, carried over to next year."""

    number: str
    year: int
    grade: str = ""
    status: str = ""
    process: str = ""
    department: str = ""
    audit: str = ""
    facts: str = ""
    due_date: date | None = None
    overdue: bool = False


class AnnualData(ReportData):
    as_of: date | None = None  # the latest day the data records
    programme_title: str = ""
    programme_number: str = ""
    has_programme: bool = False
    activities: tuple[ActivityRow, ...] = ()
    audits: tuple[AuditRow, ...] = ()
    ncs: NcSummary = NcSummary()
    capa: CapaSummary = CapaSummary()
    kpis: tuple[KpiRow, ...] = ()
    surveys: tuple[SurveyRow, ...] = ()
    csat_target: float | None = None
    reviews: tuple[ReviewRow, ...] = ()
    open_ncs: tuple[CarriedNc, ...] = ()  # of this year and earlier, still open
    open_review_actions: tuple[ReviewActionRow, ...] = ()  # of this year's and earlier reviews
