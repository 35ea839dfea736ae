"""Inputs of the management-review documents: 管理评审计划 and 管理评审报告.

Compiled by services/report_data/reviews.py through the services (services/reviews.py and the
input pack of services/review_pack.py); laid out by the report modules review_plan and
review_report. Every value is data as stored (names, texts, codes); the builders translate the
codes (input keys, action categories and statuses, review statuses) into labels. Rates are
fractions 0–1.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from .report_base import ReportData


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class ReviewInfo(_Row):
    """The review as planned and, once held, when and how it ended."""

    number: str
    title: str
    year: int
    planned_on: date | None = None
    held_on: date | None = None
    location: str = ""
    chair: str = ""
    participants: tuple[str, ...] = ()
    status: str = ""  # planned / held / closed ("" in the plan: the plan does not change)
    closed_on: date | None = None


class Attendee(_Row):
    """The chair or a participant, with where they work when the organisation knows them."""

    name: str
    capacity: str  # chair / participant
    department: str = ""
    title: str = ""


class AgendaRow(_Row):
    """One input of ISO/IEC 20000-1:2018 9.3 a–k on the agenda, and who presents it."""

    key: str
    title_zh: str
    title_en: str
    owner: str = ""
    note: str = ""  # the agenda's remark (time slot, material to bring…)
    source: str = "data"  # data: the input pack compiles figures; notes: only what people write


class Preparation(_Row):
    """What one person prepares for the meeting, and by when."""

    owner: str
    department: str = ""
    keys: tuple[str, ...] = ()
    due: date | None = None


class Milestone(_Row):
    """One step of the review's schedule."""

    key: str  # notice / inputs / pack / meeting / report / follow_up
    on: date | None = None
    owners: tuple[str, ...] = ()


class ReviewPlanData(ReportData):
    review: ReviewInfo
    attendees: tuple[Attendee, ...] = ()
    agenda: tuple[AgendaRow, ...] = ()
    preparation: tuple[Preparation, ...] = ()
    schedule: tuple[Milestone, ...] = ()


class ActionRow(_Row):
    """A decision of a review: what, which output category, who, by when, how far."""

    review_number: str = ""
    seq: int
    category: str = "improvement"  # improvement / system_change / resources
    description: str
    owner: str = ""
    due_date: date | None = None
    status: str = "open"
    completed_on: date | None = None
    evidence: str = ""
    overdue: bool = False


class NcFiguresRow(_Row):
    year: int
    total: int = 0
    counted: int = 0
    open: int = 0
    closed: int = 0
    overdue: int = 0
    actions_overdue: int = 0
    closure_rate: float | None = None
    capa_effectiveness_rate: float | None = None
    mean_days_to_close: float | None = None
    counted_by_grade: tuple[tuple[str, int], ...] = ()


class AuditRow(_Row):
    number: str
    title: str = ""
    status: str = ""
    answered: int = 0
    total: int = 0
    nc_count: int = 0
    by_grade: tuple[tuple[str, int], ...] = ()


class KpiRow(_Row):
    kpi: str
    name_zh: str
    name_en: str
    unit: str = ""  # "%" (a fraction 0–1), "h", "次"
    direction: str = "higher"
    target: float | None = None
    year_value: float | None = None
    meets_target: bool | None = None
    quarters: tuple[float | None, ...] = ()
    months: tuple[float | None, ...] = ()


class SurveyRow(_Row):
    quarter: int
    title: str = ""
    status: str = ""
    responses: int = 0
    valid: int = 0
    satisfied: int = 0
    mean_score: float | None = None
    satisfied_rate: float | None = None
    dissatisfied: int = 0
    open_follow_ups: int = 0


class NcRow(_Row):
    number: str
    grade: str = ""
    status: str = ""
    process: str = ""
    department: str = ""
    facts: str = ""
    due_date: date | None = None
    overdue: bool = False


class SupplierRow(_Row):
    audit_number: str
    department: str = ""
    result: str = ""
    notes: str = ""


class InputSection(_Row):
    """One input a–k as the pack compiled it: its figures, summaries and the notes."""

    key: str
    title_zh: str
    title_en: str
    owner: str = ""
    summary_zh: str = ""
    summary_en: str = ""
    note: str = ""
    has_data: bool = False
    previous_actions: tuple[ActionRow, ...] = ()
    nc_figures: tuple[NcFiguresRow, ...] = ()  # the review year, then the year before
    audits: tuple[AuditRow, ...] = ()
    kpis: tuple[KpiRow, ...] = ()
    surveys: tuple[SurveyRow, ...] = ()
    ncs: tuple[NcRow, ...] = ()
    supplier_checks: tuple[SupplierRow, ...] = ()
    problems: tuple[str, ...] = ()


class Conclusion(_Row):
    """适宜性、充分性、有效性 of the management system."""

    suitability: str = ""
    adequacy: str = ""
    effectiveness: str = ""


class Recipient(_Row):
    name: str
    role: str  # chair / participant / top_management / action_owner / quality
    department: str = ""


class ReviewReportData(ReportData):
    review: ReviewInfo
    attendees: tuple[Attendee, ...] = ()
    inputs: tuple[InputSection, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    conclusion: Conclusion = Conclusion()
    distribution: tuple[Recipient, ...] = ()
