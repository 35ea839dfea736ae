"""Inputs of the customer-satisfaction documents of plan §4.4 rows 1–3: 满意度调查计划,
满意度调查结果 and 满意度调查报告 — one of each per year, covering that year's quarterly surveys.

Compiled by services/report_data/surveys.py through services/surveys; laid out by the report
modules survey_plan, survey_results and survey_report. Values are data as stored (names, texts,
codes); the builders translate codes into labels. Scores are 1–5, rates fractions 0–1 (None
when there is nothing to divide by).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from .report_base import ReportData


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class DimensionInfo(_Row):
    """A GB/T 33850-2017 quality characteristic the questionnaire scores."""

    code: str  # safety, reliability, responsiveness, tangibles, empathy
    zh: str
    en: str


class Scale(_Row):
    """How the questionnaire is scored and what the year aims at."""

    full_marks: int = 5
    satisfied_from: int = 4  # overall ≥ this is 满意 / 非常满意
    dissatisfied_upto: int = 2  # overall ≤ this is followed up
    target: float = 0.80  # satisfied-rate target of the year (a fraction)
    target_from_measures: bool = False  # False: domain.md's default, no csat target was set
    score_target: float = 4.0  # a mean score of at least 4 of 5 (domain.md §4)


class PlannedSurvey(_Row):
    """One survey of the plan (《满意度调查计划》)."""

    key: str  # 2025-Q1
    quarter: int
    title: str
    method: str = ""
    sample_plan: str = ""  # the customers surveyed, how many, how chosen
    sample_size: int | None = None
    planned_on: date | None = None
    planned_month: str = ""  # YYYY-MM: planned_on's month, else the quarter's last month
    owner: str = ""


class DimensionFigure(_Row):
    code: str
    answered: int = 0  # valid responses that scored the dimension
    total: int = 0  # Σ its scores
    mean: float | None = None


class Figures(_Row):
    """The analysis of one survey, or of the whole year (key "year")."""

    key: str
    quarter: int | None = None  # None for the year
    title: str = ""
    status: str = ""  # planned / in_progress / done
    conducted_on: date | None = None
    received: int = 0
    valid: int = 0
    sample_size: int | None = None
    sample_coverage: float | None = None  # received ÷ planned sample
    score_total: int = 0  # Σ overall
    mean_score: float | None = None
    score_rate: float | None = None  # Σ overall ÷ (valid × 5)
    satisfied: int = 0
    satisfied_rate: float | None = None
    meets_target: bool | None = None
    dimensions: tuple[DimensionFigure, ...] = ()
    distribution: tuple[int, ...] = (0, 0, 0, 0, 0)  # valid responses scoring overall 1 … 5
    dissatisfied: int = 0
    open_follow_ups: int = 0


class Response(_Row):
    """One questionnaire as recorded."""

    row: int
    customer: str = ""
    respondent: str = ""
    scores: dict[str, int] = {}  # by dimension code; blank dimensions left out
    overall: int | None = None
    comment: str = ""
    follow_up: str = ""
    follow_up_status: str = "none"  # none / open / done
    valid: bool = False
    dissatisfied: bool = False


class SurveyResults(_Row):
    """One survey of the results document: what was planned, its figures, every response."""

    plan: PlannedSurvey
    figures: Figures
    responses: tuple[Response, ...] = ()


class Dissatisfied(_Row):
    """A dissatisfied response and its follow-up, for the report."""

    survey: str  # key
    quarter: int
    response: Response


class SurveyAnalysisText(_Row):
    """The analyst's own conclusions on one survey."""

    survey: str
    quarter: int
    title: str
    owner: str = ""
    text: str = ""


class SurveyPlanData(ReportData):
    """满意度调查计划: the year's surveys as planned."""

    dimensions: tuple[DimensionInfo, ...]
    scale: Scale
    surveys: tuple[PlannedSurvey, ...]


class SurveyResultsData(ReportData):
    """满意度调查结果: per survey, the responses and their summary."""

    dimensions: tuple[DimensionInfo, ...]
    scale: Scale
    surveys: tuple[SurveyResults, ...]


class SurveyReportData(ReportData):
    """满意度调查报告: the analysis per quarter and for the year, the dissatisfied responses
    with their follow-ups, the conclusions and the improvement actions."""

    dimensions: tuple[DimensionInfo, ...]
    scale: Scale
    plans: tuple[PlannedSurvey, ...]
    quarters: tuple[Figures, ...]
    total: Figures  # the year, rolled up from the responses (never a mean of rates)
    dissatisfied: tuple[Dissatisfied, ...] = ()
    analyses: tuple[SurveyAnalysisText, ...] = ()
    weakest: str = ""  # the dimension code with the lowest mean of the year
    below_score_target: tuple[str, ...] = ()  # dimension codes whose year mean is under 4
    below_target: tuple[str, ...] = ()  # survey keys whose satisfied rate misses the target
    unanalysed: tuple[str, ...] = ()  # survey keys without responses yet
