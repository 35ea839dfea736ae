"""Customer satisfaction surveys (plan §4.4 rows 1–3): the plan, the responses, the analysis.

One survey per quarter (the plan runs them in March, June and September). Responses are
entered one by one or imported from a CSV; each scores the five GB/T 33850-2017 dimensions
and overall satisfaction on 1–5.

Definitions (domain.md §4; rates are fractions 0–1, None when nothing is valid):

- **valid response** (有效问卷) = a response with an overall score. A response without one is
  kept (its comment and dimension scores still count as feedback) but it is in no rate.
- **mean score** = Σ overall ÷ valid responses; per dimension, Σ that dimension's score ÷ the
  valid responses that scored it.
- **score rate** (score form) = Σ overall ÷ (valid responses × 5).
- **satisfied rate** (满意率) = responses with overall ≥ 4 (满意 + 非常满意) ÷ valid responses.
  This is the `csat` KPI: its parts (satisfied, valid) are written for the survey's month —
  the month it was conducted, else the last month of its quarter — every time its responses
  change, summed over every survey that falls in that month.
- **dissatisfied** = overall ≤ 2; each one is followed up (open → done, with what was done).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from qa_desktop.domain.kpi import meets_target, satisfaction_score, satisfied_rate
from qa_desktop.schemas.survey_rows import (
    COLUMNS,
    DIMENSION_CODES,
    DIMENSIONS,
    FULL_MARKS,
    Dimension,
    ResponseRow,
    RowProblem,
    SurveyFileError,
    map_headers,
    read_table,
    validate_rows,
)
from qa_desktop.store import kpi_values
from qa_desktop.store.models import (
    ImportBatch,
    Organisation,
    Person,
    Survey,
    SurveyResponse,
    utcnow,
)
from qa_desktop.store.queries import measures as mq
from qa_desktop.store.queries import surveys as q

from .context import Context, Invalid, NotFound, clean
from .measures import DEFAULT_TARGETS
from .organisation import current_org, person
from .spreadsheets import read_bytes

__all__ = [
    "CSAT_KPI",
    "DEFAULT_CSAT_TARGET",
    "DIMENSIONS",
    "DIMENSION_LABELS",
    "FOLLOW_UP_LABELS",
    "KEEP",
    "SCORE_LABELS",
    "SURVEY_STATUS_LABELS",
    "CsatTarget",
    "Dimension",
    "DimensionResult",
    "ResponseView",
    "RowProblem",
    "SurveyAnalysis",
    "SurveyImportReport",
    "SurveyView",
    "SurveyYear",
    "add_response",
    "analyse",
    "csat_target",
    "default_survey",
    "default_title",
    "delete_response",
    "delete_survey",
    "get_survey",
    "import_responses",
    "list_responses",
    "list_surveys",
    "parse_key",
    "plan_survey",
    "record_follow_up",
    "remove_import",
    "survey_key",
    "survey_years",
    "update_response",
    "update_survey",
    "year_results",
]

CSAT_KPI = "csat"
SOURCE = "survey"  # KpiValue.source and ImportBatch.kind
# domain.md §4: targets ≥ 4 of 5, or a good-rating rate ≥ 80 % [S14]. Used until Measures
# sets the year's csat target.
DEFAULT_CSAT_TARGET = DEFAULT_TARGETS[CSAT_KPI][0]  # one reference value: Measures'
SATISFIED_FROM = q.SATISFIED_FROM
DISSATISFIED_UPTO = q.DISSATISFIED_UPTO

SURVEY_STATUS_LABELS: dict[str, tuple[str, str]] = {
    "planned": ("计划中", "Planned"),
    "in_progress": ("进行中", "In progress"),
    "done": ("已完成", "Done"),
}
# What each score means on the 1–5 scale (满意 + 非常满意 are the satisfied ones).
SCORE_LABELS: dict[int, tuple[str, str]] = {
    1: ("非常不满意", "Very dissatisfied"),
    2: ("不满意", "Dissatisfied"),
    3: ("一般", "Neutral"),
    4: ("满意", "Satisfied"),
    5: ("非常满意", "Very satisfied"),
}
# The dimensions as a label table shaped like those of domain/enums: code → (zh, en).
DIMENSION_LABELS: dict[str, tuple[str, str]] = {d.code: (d.zh, d.en) for d in DIMENSIONS}
FOLLOW_UP_LABELS: dict[str, tuple[str, str]] = {
    "none": ("无需跟进", "None"),
    "open": ("待跟进", "Open"),
    "done": ("已跟进", "Done"),
}


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()  # "leave as it is" for update_* arguments (None means "clear")


# --- keys and periods ---------------------------------------------------------------------

_KEY_RE = re.compile(r"(\d{4})\s*(?:[-/ ]?\s*[Qq]\s*|年\s*第?\s*)([1-4])\s*(?:季度)?")


def survey_key(year: int, quarter: int) -> str:
    return f"{year}-Q{quarter}"


def parse_key(text: str) -> tuple[int, int] | None:
    """(year, quarter) from "2025-Q1", "2025Q1", "2025 q1" or "2025年第1季度"; None otherwise."""
    match = _KEY_RE.fullmatch(str(text).strip())
    return (int(match[1]), int(match[2])) if match else None


def kpi_period(year: int, quarter: int, conducted_on: date | None) -> str:
    """The month the survey's csat counts in: when it was conducted, else its quarter's end."""
    if conducted_on is not None:
        return f"{conducted_on.year:04d}-{conducted_on.month:02d}"
    return f"{year:04d}-{quarter * 3:02d}"


def _period_of(sv: Survey) -> str:
    return kpi_period(sv.year, sv.quarter, sv.conducted_on)


# --- views -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyView:
    id: str
    key: str  # "2025-Q1"
    year: int
    quarter: int
    title: str
    method: str
    sample_plan: str
    sample_size: int | None
    planned_on: date | None
    conducted_on: date | None
    owner: str
    status: str  # planned / in_progress / done
    analysis: str  # the analyst's own conclusions
    kpi_period: str  # the month its csat is written for
    responses: int  # received
    valid: int
    satisfied: int
    dissatisfied: int
    open_follow_ups: int
    mean_score: float | None
    score_rate: float | None
    satisfied_rate: float | None


@dataclass(frozen=True)
class ResponseView:
    id: str
    row: int  # 1-based, in the order recorded: what `survey follow-up KEY ROW` takes
    customer: str
    respondent: str
    scores: dict[str, int]  # by dimension code; blank dimensions left out
    overall: int | None
    comment: str
    follow_up: str
    follow_up_status: str  # none / open / done
    imported: bool
    valid: bool
    dissatisfied: bool


@dataclass(frozen=True)
class DimensionResult:
    code: str
    zh: str
    en: str
    answered: int  # valid responses that scored this dimension
    mean: float | None
    score_rate: float | None  # mean ÷ 5


@dataclass(frozen=True)
class CsatTarget:
    value: float  # the satisfied-rate target, a fraction
    from_measures: bool  # False: the default of domain.md (0.80), no target set for the year


@dataclass(frozen=True)
class SurveyAnalysis:
    survey: SurveyView
    received: int
    valid: int
    sample_size: int | None
    sample_coverage: float | None  # received ÷ planned sample size
    mean_score: float | None
    score_total: float  # Σ overall
    score_rate: float | None
    satisfied: int
    satisfied_rate: float | None
    target: CsatTarget
    meets_target: bool | None
    dimensions: tuple[DimensionResult, ...]
    distribution: tuple[int, int, int, int, int]  # valid responses scoring overall 1 … 5
    dissatisfied: tuple[ResponseView, ...]
    open_follow_ups: int
    kpi_period: str


@dataclass(frozen=True)
class SurveyYear:
    """One quarter's survey as the management review's input pack needs it."""

    quarter: int
    title: str
    status: str
    responses: int
    mean_score: float | None
    score_rate: float | None
    satisfied_rate: float | None
    dissatisfied: int
    open_follow_ups: int


@dataclass(frozen=True)
class SurveyImportReport:
    survey: str  # key
    file_name: str
    rows_read: int
    rows_ok: int
    errors: tuple[RowProblem, ...]
    imported: int  # responses created: 0 on a dry run or when any row is bad
    valid: int  # of the good rows, those with an overall score
    dry_run: bool = False
    batch_id: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def _ratio(n: float, d: float) -> float | None:
    return n / d if d else None


def _view(s, sv: Survey, fig: q.Figures | None = None) -> SurveyView:
    fig = fig if fig is not None else q.figures(s, [sv.id])[sv.id]
    owner = ""
    if sv.owner_id is not None:
        p = s.get(Person, sv.owner_id)
        owner = p.name if p is not None else ""
    return SurveyView(
        id=str(sv.id),
        key=survey_key(sv.year, sv.quarter),
        year=sv.year,
        quarter=sv.quarter,
        title=sv.title,
        method=sv.method,
        sample_plan=sv.sample_plan,
        sample_size=sv.sample_size,
        planned_on=sv.planned_on,
        conducted_on=sv.conducted_on,
        owner=owner,
        status=sv.status,
        analysis=sv.analysis,
        kpi_period=_period_of(sv),
        responses=fig.received,
        valid=fig.valid,
        satisfied=fig.satisfied,
        dissatisfied=fig.dissatisfied,
        open_follow_ups=fig.open_follow_ups,
        mean_score=_ratio(fig.total, fig.valid),
        score_rate=_ratio(fig.total, fig.valid * FULL_MARKS),
        satisfied_rate=_ratio(fig.satisfied, fig.valid),
    )


def _overall(r: SurveyResponse) -> int | None:
    return None if r.overall is None else int(r.overall)


def _response_view(r: SurveyResponse, row: int) -> ResponseView:
    overall = _overall(r)
    return ResponseView(
        id=str(r.id),
        row=row,
        customer=r.customer,
        respondent=r.respondent,
        scores={c: int(r.scores[c]) for c in DIMENSION_CODES if r.scores.get(c) is not None},
        overall=overall,
        comment=r.comment,
        follow_up=r.follow_up,
        follow_up_status=r.follow_up_status,
        imported=r.batch_id is not None,
        valid=overall is not None,
        dissatisfied=overall is not None and overall <= DISSATISFIED_UPTO,
    )


# --- finding -----------------------------------------------------------------------------


def _find(s, org: Organisation, ref: str | SurveyView) -> Survey:
    if isinstance(ref, SurveyView):
        ref = ref.id
    found = None
    key = parse_key(ref)
    if key is not None:
        found = q.by_quarter(s, org.id, *key)
    else:
        try:
            found = s.get(Survey, uuid.UUID(str(ref)))
        except ValueError:
            found = None
    if found is None or found.organisation_id != org.id:
        raise NotFound(f"找不到满意度调查 / no such survey: {ref} (e.g. 2025-Q1)")
    return found


def _response(s, org: Organisation, response_id: str) -> tuple[SurveyResponse, Survey]:
    try:
        r = s.get(SurveyResponse, uuid.UUID(str(response_id)))
    except ValueError:
        r = None
    sv = s.get(Survey, r.survey_id) if r is not None else None
    if r is None or sv is None or sv.organisation_id != org.id:
        raise NotFound(f"找不到问卷 / no such response: {response_id}")
    return r, sv


def _row_of(s, r: SurveyResponse) -> int:
    ids = [x.id for x in q.responses(s, r.survey_id)]
    return ids.index(r.id) + 1 if r.id in ids else 0


def get_survey(ctx: Context, ref: str) -> SurveyView:
    """A survey by its key ("2025-Q1") or id."""
    with ctx.read() as s:
        return _view(s, _find(s, current_org(s), ref))


def list_surveys(ctx: Context, year: int | None = None) -> list[SurveyView]:
    with ctx.read() as s:
        org = current_org(s)
        found = q.surveys(s, org.id, None if year is None else (year,))
        figs = q.figures(s, [sv.id for sv in found])
        return [_view(s, sv, figs[sv.id]) for sv in found]


def survey_years(ctx: Context) -> list[int]:
    with ctx.read() as s:
        return q.years(s, current_org(s).id)


def default_survey(ctx: Context) -> SurveyView:
    """The survey of today's quarter; refused, naming the surveys there are, when it has none."""
    today = ctx.today()
    quarter = (today.month - 1) // 3 + 1
    with ctx.read() as s:
        org = current_org(s)
        found = q.by_quarter(s, org.id, today.year, quarter)
        if found is not None:
            return _view(s, found)
        keys = [survey_key(sv.year, sv.quarter) for sv in q.surveys(s, org.id)]
    this = survey_key(today.year, quarter)
    if not keys:
        raise Invalid(
            "还没有满意度调查,请先制定调查计划(survey plan) / there are no surveys yet; plan "
            "one first (survey plan)"
        )
    raise Invalid(
        f"本季度({this})没有满意度调查,请指定调查:{'、'.join(keys)} / there is no survey for "
        f"the current quarter ({this}); choose one: {', '.join(keys)}"
    )


# --- the plan ----------------------------------------------------------------------------


def _check_year_quarter(year: int, quarter: int) -> None:
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise Invalid(f"年份不合理 / implausible year: {year}")
    if quarter not in (1, 2, 3, 4):
        raise Invalid(f"季度应为 1–4 / the quarter must be 1–4: {quarter}")


def _check_sample_size(n: int | None) -> int | None:
    if n is None:
        return None
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise Invalid(f"样本量应为正整数 / the sample size must be a positive whole number: {n}")
    return n


def default_title(year: int, quarter: int) -> str:
    return f"{year}年第{quarter}季度客户满意度调查"


def plan_survey(
    ctx: Context,
    year: int,
    quarter: int,
    title: str = "",
    *,
    method: str = "",
    sample_plan: str = "",
    sample_size: int | None = None,
    planned_on: date | None = None,
    owner: str | None = None,
) -> SurveyView:
    """Plan a quarter's survey (《满意度调查计划》). One per quarter."""
    _check_year_quarter(year, quarter)
    sample_size = _check_sample_size(sample_size)
    title = clean(title) or default_title(year, quarter)
    if len(title) > 200:
        raise Invalid("标题不能超过 200 个字 / the title is at most 200 characters")
    with ctx.write() as s:
        org = current_org(s)
        key = survey_key(year, quarter)
        existing = q.by_quarter(s, org.id, year, quarter)
        if existing is not None:
            raise Invalid(
                f"{key} 已有满意度调查({existing.title}),请修改它 / {key} already has a survey "
                f"({existing.title}); edit it instead"
            )
        sv = Survey(
            organisation_id=org.id,
            year=year,
            quarter=quarter,
            title=title,
            method=clean(method),
            sample_plan=(sample_plan or "").strip(),
            sample_size=sample_size,
            planned_on=planned_on,
            owner_id=person(s, org, owner).id if clean(owner) else None,
            status="planned",
        )
        s.add(sv)
        s.flush()
        return _view(s, sv)


def update_survey(
    ctx: Context,
    ref: str,
    *,
    year: int = KEEP,
    quarter: int = KEEP,
    title: str = KEEP,
    method: str = KEEP,
    sample_plan: str = KEEP,
    sample_size: int | None = KEEP,
    planned_on: date | None = KEEP,
    conducted_on: date | None = KEEP,
    owner: str | None = KEEP,
    status: str = KEEP,
    analysis: str = KEEP,
) -> SurveyView:
    """Change what is given (KEEP leaves a field; None clears an optional one)."""
    with ctx.write() as s:
        org = current_org(s)
        sv = _find(s, org, ref)
        old_period = _period_of(sv)
        new_year = sv.year if year is KEEP else year
        new_quarter = sv.quarter if quarter is KEEP else quarter
        if (new_year, new_quarter) != (sv.year, sv.quarter):
            _check_year_quarter(new_year, new_quarter)
            other = q.by_quarter(s, org.id, new_year, new_quarter)
            if other is not None:
                key = survey_key(new_year, new_quarter)
                raise Invalid(f"{key} 已有满意度调查 / {key} already has a survey")
            sv.year, sv.quarter = new_year, new_quarter
        if title is not KEEP:
            text = clean(title) or default_title(sv.year, sv.quarter)
            if len(text) > 200:
                raise Invalid("标题不能超过 200 个字 / the title is at most 200 characters")
            sv.title = text
        if method is not KEEP:
            sv.method = clean(method)
        if sample_plan is not KEEP:
            sv.sample_plan = (sample_plan or "").strip()
        if sample_size is not KEEP:
            sv.sample_size = _check_sample_size(sample_size)
        if planned_on is not KEEP:
            sv.planned_on = planned_on
        if conducted_on is not KEEP:
            if conducted_on is not None and conducted_on > ctx.today():
                raise Invalid(
                    f"实施日期晚于今天 / the survey cannot have been conducted in the future: "
                    f"{conducted_on.isoformat()}"
                )
            sv.conducted_on = conducted_on
        if owner is not KEEP:
            sv.owner_id = person(s, org, owner).id if clean(owner) else None
        if analysis is not KEEP:
            sv.analysis = (analysis or "").strip()
        if status is not KEEP:
            if status not in SURVEY_STATUS_LABELS:
                raise Invalid(
                    f"未知状态 / unknown status: {status} ({', '.join(SURVEY_STATUS_LABELS)})"
                )
            if status == "done" and q.figures(s, [sv.id])[sv.id].valid == 0:
                raise Invalid(
                    "没有有效问卷(含总体满意度),不能标记为已完成 / no valid responses (with an "
                    "overall score) yet: the survey cannot be done"
                )
            sv.status = status
        s.flush()
        _write_csat(s, org, {old_period, _period_of(sv)})
        return _view(s, sv)


def delete_survey(ctx: Context, ref: str) -> None:
    """Remove a survey planned by mistake; refused while it has responses."""
    with ctx.write() as s:
        org = current_org(s)
        sv = _find(s, org, ref)
        n = q.response_count(s, sv.id)
        if n:
            raise Invalid(
                f"该调查已有 {n} 份问卷,请先删除问卷 / the survey has {n} responses; delete "
                f"them first"
            )
        s.delete(sv)


# --- responses ---------------------------------------------------------------------------


def _field_error(key: str, message: str) -> Invalid:
    col = next((c for c in COLUMNS if c.key == key), None)
    zh, en = (col.zh, col.en) if col else (key, key)
    mzh, sep, men = message.partition(" / ")
    if not sep:
        men = mzh
    return Invalid(f"{zh}:{mzh} / {en}: {men}")


def _checked(
    customer: str, respondent: str, scores: dict[str, Any] | None, overall: Any, comment: str
) -> ResponseRow:
    scores = dict(scores or {})
    unknown = sorted(set(scores) - set(DIMENSION_CODES))
    if unknown:
        raise Invalid(
            f"未知维度 / unknown dimension: {', '.join(unknown)} ({', '.join(DIMENSION_CODES)})"
        )
    try:
        return ResponseRow.model_validate(
            {
                "customer": customer or "",
                "respondent": respondent or "",
                "comment": comment or "",
                "overall": overall,
                **scores,
            }
        )
    except ValidationError as exc:
        e = exc.errors(include_url=False)[0]
        key = str(e["loc"][0]) if e["loc"] else "overall"
        err = (e.get("ctx") or {}).get("error")
        raise _field_error(key, str(err) if err is not None else e["msg"]) from None


def _settle_follow_up(r: SurveyResponse) -> None:
    """A dissatisfied response needs a follow-up; one that no longer is, and had none, not."""
    # A new row has no column defaults until it is inserted.
    status, text = r.follow_up_status or "none", r.follow_up or ""
    low = r.overall is not None and r.overall <= DISSATISFIED_UPTO
    if low and status == "none":
        status = "open"
    elif not low and status == "open" and not text.strip():
        status = "none"
    r.follow_up_status, r.follow_up = status, text


def _settle_status(s, sv: Survey) -> None:
    n = q.response_count(s, sv.id)
    if n and sv.status == "planned":
        sv.status = "in_progress"
    elif not n and sv.status == "in_progress":
        sv.status = "planned"


def list_responses(ctx: Context, ref: str) -> list[ResponseView]:
    with ctx.read() as s:
        sv = _find(s, current_org(s), ref)
        return [_response_view(r, i) for i, r in enumerate(q.responses(s, sv.id), 1)]


def add_response(
    ctx: Context,
    ref: str,
    *,
    customer: str = "",
    respondent: str = "",
    scores: dict[str, int | None] | None = None,
    overall: int | None = None,
    comment: str = "",
) -> ResponseView:
    """Record one questionnaire. Scores are 1–5 by dimension code (safety, reliability,
    responsiveness, tangibles, empathy); a response without `overall` is kept but not valid."""
    row = _checked(customer, respondent, scores, overall, comment)
    with ctx.write() as s:
        org = current_org(s)
        sv = _find(s, org, ref)
        r = SurveyResponse(
            survey_id=sv.id,
            customer=row.customer,
            respondent=row.respondent,
            scores=row.scores(),
            overall=row.overall,
            comment=row.comment,
        )
        _settle_follow_up(r)
        s.add(r)
        s.flush()
        _settle_status(s, sv)
        _write_csat(s, org, {_period_of(sv)})
        return _response_view(r, _row_of(s, r))


def update_response(
    ctx: Context,
    response_id: str,
    *,
    customer: str = KEEP,
    respondent: str = KEEP,
    scores: dict[str, int | None] = KEEP,
    overall: int | None = KEEP,
    comment: str = KEEP,
) -> ResponseView:
    """Correct a response; `scores` given replaces all dimension scores."""
    with ctx.write() as s:
        org = current_org(s)
        r, sv = _response(s, org, response_id)
        row = _checked(
            r.customer if customer is KEEP else customer,
            r.respondent if respondent is KEEP else respondent,
            dict(r.scores) if scores is KEEP else scores,
            r.overall if overall is KEEP else overall,
            r.comment if comment is KEEP else comment,
        )
        r.customer, r.respondent, r.comment = row.customer, row.respondent, row.comment
        new_scores = row.scores()
        if new_scores != r.scores:
            r.scores = new_scores  # a new dict: JSON columns do not see changes made in place
        r.overall = row.overall
        _settle_follow_up(r)
        s.flush()
        _write_csat(s, org, {_period_of(sv)})
        return _response_view(r, _row_of(s, r))


def delete_response(ctx: Context, response_id: str) -> None:
    with ctx.write() as s:
        org = current_org(s)
        r, sv = _response(s, org, response_id)
        s.delete(r)
        s.flush()
        _settle_status(s, sv)
        _write_csat(s, org, {_period_of(sv)})


def record_follow_up(
    ctx: Context, response_id: str, *, status: str, note: str | None = None
) -> ResponseView:
    """What was done about a response (a call-back, an apology, a fix): open or done."""
    if status not in FOLLOW_UP_LABELS:
        raise Invalid(
            f"未知跟进状态 / unknown follow-up status: {status} ({', '.join(FOLLOW_UP_LABELS)})"
        )
    with ctx.write() as s:
        org = current_org(s)
        r, sv = _response(s, org, response_id)
        text = r.follow_up if note is None else note.strip()
        if status == "done" and not text:
            raise Invalid(
                "请写明跟进情况(回访、整改…) / say what the follow-up was (call-back, fix…)"
            )
        low = r.overall is not None and r.overall <= DISSATISFIED_UPTO
        if status == "none" and low:
            raise Invalid(
                "不满意的问卷必须跟进 / a dissatisfied response must be followed up (open or done)"
            )
        r.follow_up, r.follow_up_status = text, status
        s.flush()
        # Open follow-ups are part of the month's csat details.
        _write_csat(s, org, {_period_of(sv)})
        return _response_view(r, _row_of(s, r))


# --- import ------------------------------------------------------------------------------


def _already(s, org: Organisation, sha: str, name: str) -> None:
    batch = mq.batch_by_hash(s, org.id, SOURCE, sha)
    if batch is None:
        return
    when = batch.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    into = (batch.summary or {}).get("survey", "")
    raise Invalid(
        f"此文件已于 {when} 导入到 {into}({batch.file_name}),不会重复导入 / this file was already "
        f"imported on {when} into {into} ({batch.file_name}); nothing imported"
    )


def import_responses(
    ctx: Context,
    ref: str,
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> SurveyImportReport:
    """Check every row of a CSV of responses; record them all in one transaction, or none of
    them when any row is wrong (or on a dry run). The same file is never imported twice.

    `progress(done, total, text)` is called between steps (it may raise to cancel: nothing
    is written before the last step)."""
    path = Path(path)
    step = progress or (lambda _d, _t, _x: None)
    step(0, 3, "")
    raw = read_bytes(path)
    sha = hashlib.sha256(raw).hexdigest()
    with ctx.read() as s:
        org = current_org(s)
        found = _find(s, org, ref)
        key = survey_key(found.year, found.quarter)
        _already(s, org, sha, path.name)
    try:
        headers, rows = read_table(raw, path.name)
        columns = map_headers(headers, path.name)
    except SurveyFileError as exc:
        raise Invalid(str(exc)) from None
    step(1, 3, "")
    good, problems = validate_rows(rows, columns)
    valid = sum(1 for _n, r in good if r.overall is not None)
    report = SurveyImportReport(
        key, path.name, len(rows), len(good), tuple(problems), 0, valid, dry_run
    )
    if problems or dry_run:
        step(3, 3, "")
        return report
    step(2, 3, "")
    with ctx.write() as s:
        org = current_org(s)
        sv = _find(s, org, ref)
        _already(s, org, sha, path.name)  # another window may have imported it meanwhile
        batch = ImportBatch(
            organisation_id=org.id,
            kind=SOURCE,
            file_name=path.name[:255],
            sha256=sha,
            rows=len(rows),
            items=len(good),
            summary={"survey": key, "valid": valid},
        )
        s.add(batch)
        s.flush()
        # One timestamp per row, a microsecond apart: the responses list in the file's order.
        base = utcnow()
        for i, (_n, row) in enumerate(good):
            r = SurveyResponse(
                survey_id=sv.id,
                customer=row.customer,
                respondent=row.respondent,
                scores=row.scores(),
                overall=row.overall,
                comment=row.comment,
                batch_id=batch.id,
                created_at=base + timedelta(microseconds=i),
            )
            _settle_follow_up(r)
            s.add(r)
        s.flush()
        _settle_status(s, sv)
        _write_csat(s, org, {_period_of(sv)})
        batch_id = str(batch.id)
    step(3, 3, "")
    return SurveyImportReport(
        key, path.name, len(rows), len(good), (), len(good), valid, False, batch_id
    )


def remove_import(ctx: Context, batch_id: str) -> int:
    """Take back an imported file (e.g. into the wrong quarter): its responses and its record,
    so the file can be imported again. Returns the number of responses removed."""
    with ctx.write() as s:
        org = current_org(s)
        try:
            batch = s.get(ImportBatch, uuid.UUID(str(batch_id)))
        except ValueError:
            batch = None
        if batch is None or batch.organisation_id != org.id or batch.kind != SOURCE:
            raise NotFound(f"找不到导入批次 / no such survey import: {batch_id}")
        rows = q.batch_responses(s, batch.id)
        touched = {r.survey_id for r in rows}
        for r in rows:
            s.delete(r)
        s.flush()
        s.delete(batch)
        s.flush()
        periods = set()
        for sid in touched:
            sv = s.get(Survey, sid)
            _settle_status(s, sv)
            periods.add(_period_of(sv))
        _write_csat(s, org, periods)
        return len(rows)


# --- analysis ----------------------------------------------------------------------------


def _target(s, org: Organisation, year: int) -> CsatTarget:
    row = mq.target(s, org.id, year, CSAT_KPI)
    value = row.target if row is not None else None
    return CsatTarget(DEFAULT_CSAT_TARGET, False) if value is None else CsatTarget(value, True)


def csat_target(ctx: Context, year: int) -> CsatTarget:
    """The year's satisfied-rate target: Measures' csat target, else 0.80 (domain.md §4)."""
    with ctx.read() as s:
        return _target(s, current_org(s), year)


def analyse(ctx: Context, survey: str | SurveyView) -> SurveyAnalysis:
    """The survey's figures (see the module's definitions), from its responses as they are."""
    with ctx.read() as s:
        org = current_org(s)
        sv = _find(s, org, survey)
        responses = [_response_view(r, i) for i, r in enumerate(q.responses(s, sv.id), 1)]
        view = _view(s, sv)
        target = _target(s, org, sv.year)
    valid = [r for r in responses if r.valid]
    overall = [float(r.overall) for r in valid]
    score = satisfaction_score(overall, FULL_MARKS)  # Σ ÷ (n × 5)
    rate = satisfied_rate(overall, SATISFIED_FROM, FULL_MARKS)
    mean = _ratio(score.numerator, len(valid))
    dims = []
    for d in DIMENSIONS:
        given = [r.scores[d.code] for r in valid if d.code in r.scores]
        m = _ratio(sum(given), len(given))
        dims.append(
            DimensionResult(
                d.code, d.zh, d.en, len(given), m, None if m is None else m / FULL_MARKS
            )
        )
    distribution = tuple(sum(1 for r in valid if r.overall == k) for k in range(1, 6))
    dissatisfied = tuple(r for r in valid if r.dissatisfied)
    return SurveyAnalysis(
        survey=view,
        received=len(responses),
        valid=len(valid),
        sample_size=view.sample_size,
        sample_coverage=_ratio(len(responses), view.sample_size or 0),
        mean_score=mean,
        score_total=score.numerator,
        score_rate=score.value,
        satisfied=int(rate.numerator),
        satisfied_rate=rate.value,
        target=target,
        meets_target=meets_target(rate.value, target.value, "higher"),
        dimensions=tuple(dims),
        distribution=distribution,  # type: ignore[arg-type]
        dissatisfied=dissatisfied,
        open_follow_ups=sum(1 for r in dissatisfied if r.follow_up_status != "done"),
        kpi_period=view.kpi_period,
    )


def year_results(ctx: Context, year: int) -> tuple[SurveyYear, ...]:
    """The year's surveys, by quarter, with their headline figures (for the management review)."""
    return tuple(
        SurveyYear(
            quarter=v.quarter,
            title=v.title,
            status=v.status,
            responses=v.responses,
            mean_score=v.mean_score,
            score_rate=v.score_rate,
            satisfied_rate=v.satisfied_rate,
            dissatisfied=v.dissatisfied,
            open_follow_ups=v.open_follow_ups,
        )
        for v in list_surveys(ctx, year)
    )


# --- the csat KPI ------------------------------------------------------------------------


def _write_csat(s, org: Organisation, periods: set[str]) -> None:
    """Set each month's csat parts from every survey that counts in it (or drop a value the
    surveys wrote, when none is left; a value entered by hand is left alone then)."""
    for period in sorted(periods):
        year = int(period[:4])
        members = [
            sv
            for sv in q.surveys(s, org.id, (year - 1, year, year + 1))
            if _period_of(sv) == period
        ]
        figs = q.figures(s, [sv.id for sv in members]).values()
        valid = sum(f.valid for f in figs)
        if valid == 0:
            row = mq.value(s, org.id, CSAT_KPI, period)
            if row is not None and row.source == SOURCE:
                s.delete(row)
            continue
        total = sum(f.total for f in figs)
        satisfied = sum(f.satisfied for f in figs)
        kpi_values.upsert(
            s,
            org.id,
            CSAT_KPI,
            period,
            satisfied,
            valid,
            source=SOURCE,
            details={
                "surveys": [survey_key(sv.year, sv.quarter) for sv in members],
                "responses": sum(f.received for f in figs),
                "mean_score": total / valid,
                "score_rate": total / (valid * FULL_MARKS),
                "dissatisfied": sum(f.dissatisfied for f in figs),
                "open_follow_ups": sum(f.open_follow_ups for f in figs),
            },
        )
