"""The customer-satisfaction documents' data (plan §4.4 rows 1–3), compiled through the
services (never the store): compile_survey_plan, compile_survey_results, compile_survey_report.

Each takes the context and a year (services/documents.KINDS selector "year") and covers that
year's quarterly surveys. A year without surveys is refused with one "中文 / English" line.

Who signs: prepared by the surveys' responsible person (the plan gives the surveys to the
service desk), else the quality manager; reviewed by the quality manager (role
quality_manager); approved by top management (role top_management). Dated from the record:
the plan from the first survey's planned date, the results and the report from the last day a
survey was conducted.

The year's figures roll up from the responses themselves (Σ satisfied ÷ Σ valid, Σ scores ÷
Σ answers), never as a mean of the quarters' rates.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from qa_desktop.domain.kpi import meets_target
from qa_desktop.schemas.report_base import DocumentPeople
from qa_desktop.schemas.report_inputs_surveys import (
    DimensionFigure,
    DimensionInfo,
    Dissatisfied,
    Figures,
    PlannedSurvey,
    Response,
    Scale,
    SurveyAnalysisText,
    SurveyPlanData,
    SurveyReportData,
    SurveyResults,
    SurveyResultsData,
)

from .. import surveys
from ..context import Context, Invalid
from .common import company, first_name

# domain.md §4: a mean score of at least 4 of 5 (or a satisfied rate of 80 %).
SCORE_TARGET = 4.0


# --- small helpers ------------------------------------------------------------------------


def _ratio(n: float, d: float) -> float | None:
    return n / d if d else None


def _year_surveys(ctx: Context, year: int) -> list[surveys.SurveyView]:
    year = int(year)
    found = sorted(surveys.list_surveys(ctx, year), key=lambda v: v.quarter)
    if not found:
        raise Invalid(
            f"{year} 年没有满意度调查,请先在“满意度调查”中制定调查计划 / there are no customer "
            f"satisfaction surveys for {year}; plan them first (Surveys)"
        )
    return found


def _owner(views: list[surveys.SurveyView], quality_manager: str) -> str:
    """Who prepared the year's survey documents: the person responsible for most of its
    surveys (the latest one's on a tie), else the quality manager."""
    owners = Counter(v.owner for v in views if v.owner)
    if not owners:
        return quality_manager
    best = max(owners.values())
    return next(v.owner for v in reversed(views) if v.owner and owners[v.owner] == best)


def _people(ctx: Context, views: list[surveys.SurveyView], on: date | None) -> DocumentPeople:
    quality_manager = first_name(ctx, "quality_manager")
    return DocumentPeople(
        prepared_by=_owner(views, quality_manager),
        prepared_on=on,
        reviewed_by=quality_manager,
        reviewed_on=on,
        approved_by=first_name(ctx, "top_management"),
        approved_on=on,
    )


def _plan_day(views: list[surveys.SurveyView]) -> date | None:
    days = [v.planned_on for v in views if v.planned_on]
    return min(days) if days else None


def _done_day(views: list[surveys.SurveyView]) -> date | None:
    days = [v.conducted_on for v in views if v.conducted_on]
    return max(days) if days else _plan_day(views)


def _dimensions() -> tuple[DimensionInfo, ...]:
    return tuple(DimensionInfo(code=d.code, zh=d.zh, en=d.en) for d in surveys.DIMENSIONS)


def _scale(ctx: Context, year: int) -> Scale:
    target = surveys.csat_target(ctx, year)
    return Scale(
        full_marks=5,
        satisfied_from=int(surveys.SATISFIED_FROM),
        dissatisfied_upto=int(surveys.DISSATISFIED_UPTO),
        target=target.value,
        target_from_measures=target.from_measures,
        score_target=SCORE_TARGET,
    )


def _planned(v: surveys.SurveyView) -> PlannedSurvey:
    month = (
        f"{v.planned_on.year:04d}-{v.planned_on.month:02d}"
        if v.planned_on
        else f"{v.year:04d}-{v.quarter * 3:02d}"  # the plan runs them in a quarter's last month
    )
    return PlannedSurvey(
        key=v.key,
        quarter=v.quarter,
        title=v.title,
        method=v.method,
        sample_plan=v.sample_plan,
        sample_size=v.sample_size,
        planned_on=v.planned_on,
        planned_month=month,
        owner=v.owner,
    )


def _response(r: surveys.ResponseView) -> Response:
    return Response(
        row=r.row,
        customer=r.customer,
        respondent=r.respondent,
        scores=dict(r.scores),
        overall=r.overall,
        comment=r.comment,
        follow_up=r.follow_up,
        follow_up_status=r.follow_up_status,
        valid=r.valid,
        dissatisfied=r.dissatisfied,
    )


def _dimension_figures(responses: list[Response]) -> tuple[DimensionFigure, ...]:
    valid = [r for r in responses if r.valid]
    out = []
    for d in surveys.DIMENSIONS:
        given = [r.scores[d.code] for r in valid if d.code in r.scores]
        out.append(
            DimensionFigure(
                code=d.code,
                answered=len(given),
                total=sum(given),
                mean=_ratio(sum(given), len(given)),
            )
        )
    return tuple(out)


def _figures(a: surveys.SurveyAnalysis, responses: list[Response], target: float) -> Figures:
    v = a.survey
    return Figures(
        key=v.key,
        quarter=v.quarter,
        title=v.title,
        status=v.status,
        conducted_on=v.conducted_on,
        received=a.received,
        valid=a.valid,
        sample_size=a.sample_size,
        sample_coverage=a.sample_coverage,
        score_total=int(a.score_total),
        mean_score=a.mean_score,
        score_rate=a.score_rate,
        satisfied=a.satisfied,
        satisfied_rate=a.satisfied_rate,
        meets_target=meets_target(a.satisfied_rate, target, "higher"),
        dimensions=_dimension_figures(responses),
        distribution=tuple(a.distribution),
        dissatisfied=len(a.dissatisfied),
        open_follow_ups=a.open_follow_ups,
    )


def _year_figures(
    year: int, quarters: list[Figures], responses: list[Response], target: float
) -> Figures:
    received = sum(f.received for f in quarters)
    valid = sum(f.valid for f in quarters)
    total = sum(f.score_total for f in quarters)
    satisfied = sum(f.satisfied for f in quarters)
    planned = [f.sample_size for f in quarters if f.sample_size]
    rate = _ratio(satisfied, valid)
    return Figures(
        key=str(year),
        quarter=None,
        received=received,
        valid=valid,
        sample_size=sum(planned) if planned else None,
        sample_coverage=_ratio(received, sum(planned)) if planned else None,
        score_total=total,
        mean_score=_ratio(total, valid),
        score_rate=_ratio(total, valid * 5),
        satisfied=satisfied,
        satisfied_rate=rate,
        meets_target=meets_target(rate, target, "higher"),
        dimensions=_dimension_figures(responses),
        distribution=tuple(sum(f.distribution[k] for f in quarters) for k in range(5)),
        dissatisfied=sum(f.dissatisfied for f in quarters),
        open_follow_ups=sum(f.open_follow_ups for f in quarters),
    )


def _analysed(
    ctx: Context, views: list[surveys.SurveyView], target: float
) -> list[tuple[surveys.SurveyView, Figures, list[Response]]]:
    out = []
    for v in views:
        responses = [_response(r) for r in surveys.list_responses(ctx, v.id)]
        out.append((v, _figures(surveys.analyse(ctx, v), responses, target), responses))
    return out


# --- the documents ---------------------------------------------------------------------------


def compile_survey_plan(ctx: Context, year: int) -> SurveyPlanData:
    """满意度调查计划: what each survey of the year is to be (nothing of its results, so the
    plan's version moves only when the plan changes)."""
    views = _year_surveys(ctx, year)
    return SurveyPlanData(
        subject=str(int(year)),
        year=int(year),
        company=company(ctx),
        people=_people(ctx, views, _plan_day(views)),
        dimensions=_dimensions(),
        scale=_scale(ctx, int(year)),
        surveys=tuple(_planned(v) for v in views),
    )


def compile_survey_results(ctx: Context, year: int) -> SurveyResultsData:
    """满意度调查结果: each survey's responses and their summary."""
    views = _year_surveys(ctx, year)
    scale = _scale(ctx, int(year))
    return SurveyResultsData(
        subject=str(int(year)),
        year=int(year),
        company=company(ctx),
        people=_people(ctx, views, _done_day(views)),
        dimensions=_dimensions(),
        scale=scale,
        surveys=tuple(
            SurveyResults(plan=_planned(v), figures=f, responses=tuple(rs))
            for v, f, rs in _analysed(ctx, views, scale.target)
        ),
    )


def compile_survey_report(ctx: Context, year: int) -> SurveyReportData:
    """满意度调查报告: the analysis by quarter and for the year."""
    views = _year_surveys(ctx, year)
    scale = _scale(ctx, int(year))
    analysed = _analysed(ctx, views, scale.target)
    quarters = [f for _v, f, _rs in analysed]
    every = [r for _v, _f, rs in analysed for r in rs]
    total = _year_figures(int(year), quarters, every, scale.target)
    means = [(d.mean, d.code) for d in total.dimensions if d.mean is not None]
    return SurveyReportData(
        subject=str(int(year)),
        year=int(year),
        company=company(ctx),
        people=_people(ctx, views, _done_day(views)),
        dimensions=_dimensions(),
        scale=scale,
        plans=tuple(_planned(v) for v in views),
        quarters=tuple(quarters),
        total=total,
        dissatisfied=tuple(
            Dissatisfied(survey=v.key, quarter=v.quarter, response=r)
            for v, _f, rs in analysed
            for r in rs
            if r.dissatisfied or r.follow_up_status != "none"
        ),
        analyses=tuple(
            SurveyAnalysisText(
                survey=v.key, quarter=v.quarter, title=v.title, owner=v.owner, text=v.analysis
            )
            for v in views
        ),
        weakest=min(means, key=lambda m: m[0])[1] if means else "",
        below_score_target=tuple(c for m, c in means if m < SCORE_TARGET),
        below_target=tuple(f.key for f in quarters if f.meets_target is False),
        unanalysed=tuple(f.key for f in quarters if f.valid == 0),
    )
