"""The year-end 质量管理报告's data, compiled through the services (never the store).

compile_annual(ctx, year) gathers the year's programme (plan §4.4 planned against done, with
the generated documents that are its outputs), the audits held, the nonconformity statistics
(services/nc_stats, plus department and on-time closure from the register), the CAPA
effectiveness, the six KPIs against their targets (services/measures), satisfaction by
quarter (services/surveys), the management reviews' decisions (services/reviews) and what is
carried over to next year. A part the year has no data for is left empty; the report says so.

Who signs: prepared (and reviewed, as the management review report) by the quality manager
(role quality_manager), approved by top management (role top_management), dated the last day
the data records — so building the report again from unchanged data gives the same version.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from qa_desktop.domain.enums import OPEN_NC_STATUSES, PROCESS_LABELS, Grade, NcStatus
from qa_desktop.schemas.report_base import DocumentPeople
from qa_desktop.schemas.report_inputs_annual import (
    ActivityRow,
    AnnualData,
    AuditRow,
    CapaSummary,
    CarriedNc,
    GradeCounts,
    KpiRow,
    LinkedDocument,
    NcSummary,
    ReviewActionRow,
    ReviewRow,
    StatusCount,
    SurveyRow,
)

from .. import (
    audits,
    documents,
    measures,
    nc_exchange,
    nc_stats,
    organisation,
    programme,
    reviews,
    surveys,
)
from .. import nonconformities as ncs
from ..context import Context, NotFound
from .common import first_name, local_date

PAGE = 500  # register rows fetched per read
LISTED_DOCUMENTS = 4  # an activity lists this many of its generated documents, then a count
# The generated documents that are an activity's output, besides its own kind: activity 6
# outputs 《内审不符合报告》 as well as 《内审报告》.
EXTRA_KINDS: dict[str, tuple[str, ...]] = {
    "audit-report": ("nc-register", "nc"),
    "checklist": ("checklist-blank",),
}
_OPEN = frozenset(s.value for s in OPEN_NC_STATUSES)
_NOT_COUNTED = frozenset({NcStatus.DRAFT.value, NcStatus.WITHDRAWN.value})
_GRADES = tuple(g.value for g in Grade)


# --- small helpers ------------------------------------------------------------------------


def _rows(ctx: Context, **filters) -> list:
    """Every register row the filters select, in number order, a page per read."""
    out, offset = [], 0
    while True:
        page = ncs.list_ncs(
            ctx, sort="number", offset=offset, limit=PAGE, with_total=False, **filters
        )
        out.extend(page.rows)
        if len(page.rows) < PAGE:
            return out
        offset += PAGE


def _version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(x) for x in version.lstrip("Vv").split("."))
    except ValueError:
        return (0,)


def _counts(key: str, rows) -> GradeCounts:
    grades = Counter(r.grade for r in rows)
    return GradeCounts(
        key=key,
        major=grades[Grade.MAJOR.value],
        minor=grades[Grade.MINOR.value],
        observation=grades[Grade.OBSERVATION.value],
        open=sum(1 for r in rows if r.status in _OPEN),
        closed=sum(1 for r in rows if r.status == NcStatus.CLOSED.value),
    )


def _grouped(rows, key, order=None) -> tuple[GradeCounts, ...]:
    groups: dict[str, list] = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    keys = sorted(groups, key=order) if order else sorted(groups)
    return tuple(_counts(k, groups[k]) for k in keys)


# --- the parts ------------------------------------------------------------------------------


def _documents(ctx: Context, year: int) -> dict[str, list[LinkedDocument]]:
    """The year's generated documents by kind: each number once, at its latest version, dated
    the day that version was first issued (in either language: issuing the other language
    later changes nothing here)."""
    latest: dict[tuple[str, str], tuple[tuple[int, ...], LinkedDocument]] = {}
    for d in documents.documents_of_year(ctx, year):
        if d.kind == "annual":  # the report itself is not an output of the schedule
            continue
        key = (d.kind, d.number)
        doc = LinkedDocument(
            kind=d.kind, number=d.number, version=d.version, issued_on=local_date(d.created_at)
        )
        rank = _version_key(d.version)
        held = latest.get(key)
        if (
            held is None
            or rank > held[0]
            or (rank == held[0] and (doc.issued_on or date.max) < (held[1].issued_on or date.max))
        ):
            latest[key] = (rank, doc)
    out: dict[str, list[LinkedDocument]] = defaultdict(list)
    for (kind, _number), (_rank, doc) in sorted(latest.items()):
        out[kind].append(doc)
    return out


def _activities(ctx: Context, year: int):
    try:
        prog = programme.get_programme(ctx, year)
    except NotFound:
        return None, ()
    docs = _documents(ctx, year)
    rows = []
    for a in prog.activities:
        linked: list[LinkedDocument] = []
        if a.output_kind:
            for kind in (a.output_kind, *EXTRA_KINDS.get(a.output_kind, ())):
                linked.extend(docs.get(kind, ()))
        rows.append(
            ActivityRow(
                seq=a.seq,
                name=a.name,
                name_en=a.name_en,
                responsible=a.responsible_role,
                owner=a.owner,
                planned_months=tuple(a.planned_months),
                actual_date=a.actual_date,
                output=a.output_document,
                status=a.status,
                state=a.state,
                notes=a.notes,
                documents=tuple(linked[:LISTED_DOCUMENTS]),
                more_documents=max(0, len(linked) - LISTED_DOCUMENTS),
            )
        )
    return prog, tuple(rows)


def _audits(ctx: Context, year: int, year_rows: list) -> tuple[AuditRow, ...]:
    """The year's audits with the NCs raised in each (drafts and withdrawn ones not counted).

    An audit's NCs are normally NCs of its year, already read; only an audit with NCs of
    another year (an audit at the turn of the year) has its own read."""
    summaries = sorted(audits.list_audits(ctx, year), key=lambda a: a.number)
    if not summaries:
        return ()
    by_audit: dict[str, list] = defaultdict(list)
    for r in year_rows:
        if r.audit:
            by_audit[r.audit].append(r)
    out = []
    for a in summaries:
        mine = by_audit.get(a.number, [])
        # list_audits counts every NC of the audit but withdrawn ones.
        if a.nc_count != sum(1 for r in mine if r.status != NcStatus.WITHDRAWN.value):
            mine = _rows(ctx, audit=a.number)
        view = audits.get_audit(ctx, a.number)
        out.append(
            AuditRow(
                number=a.number,
                title=a.title,
                status=a.status,
                planned_start=a.planned_start,
                planned_end=a.planned_end,
                lead_auditor=a.lead_auditor,
                processes=tuple(view.scope_processes),
                departments=tuple(d.name for d in view.scope_departments),
                answered=a.answered,
                items=a.total,
                ncs=_counts(a.number, [r for r in mine if r.status not in _NOT_COUNTED]),
            )
        )
    return tuple(out)


def _process_order(code: str) -> tuple[int, str]:
    known = list(PROCESS_LABELS)
    return (known.index(code), "") if code in known else (len(known), code)


def _closed_days(ctx: Context, year: int) -> dict[str, date]:
    """{NC number: the local day it was closed} for the year's closed NCs.

    The register rows (NcRow) do not carry the closing moment and asking each NC's record
    (get_nc) costs a handful of queries per NC — seconds at a thousand NCs — so this reads
    the register export's long-form rows, fetched a page at a time.
    """
    rows = nc_exchange.register_rows(
        ctx, "zh_CN", {"year": year, "status": [NcStatus.CLOSED.value]}
    )
    return {r["number"]: r["closed_on"] for r in rows if r.get("closed_on")}


def _nc_part(ctx: Context, year: int, rows: list) -> tuple[NcSummary, CapaSummary, list[date]]:
    """The statistics, the CAPA figures and the days the NCs record (for the report's date),
    from the year's register rows and services/nc_stats."""
    stats = nc_stats.nc_statistics(ctx, year=year)
    counted = [r for r in rows if r.status not in _NOT_COUNTED]
    days = [r.found_on for r in rows]
    closed_days = _closed_days(ctx, year)
    closed_with_due = on_time = 0
    for r in counted:
        closed_on = closed_days.get(r.number)
        if r.status == NcStatus.CLOSED.value and closed_on is not None:
            days.append(closed_on)
            if r.due_date is not None:
                closed_with_due += 1
                on_time += closed_on <= r.due_date
    grade_rank = {g: i for i, g in enumerate(_GRADES)}
    summary = NcSummary(
        total=stats.total,
        counted=stats.counted,
        open=stats.open,
        closed=stats.closed,
        overdue=stats.overdue,
        actions_overdue=stats.actions_overdue,
        closure_rate=stats.closure_rate,
        mean_days_to_close=stats.mean_days_to_close,
        median_days_to_close=stats.median_days_to_close,
        closed_with_due=closed_with_due,
        closed_on_time=on_time,
        by_grade=_grouped(counted, lambda r: r.grade, lambda g: grade_rank.get(g, 99)),
        by_process=_grouped(counted, lambda r: r.process, _process_order),
        by_department=_grouped(counted, lambda r: r.department, lambda d: (d == "", d)),
        by_status=tuple(StatusCount(status=s, count=n) for s, n in stats.by_status.items()),
    )
    repeats = [r.number for r in counted if r.repeat]
    capa = CapaSummary(
        effective=stats.effective,
        not_effective=stats.not_effective,
        effectiveness_rate=stats.capa_effectiveness_rate,
        reopened_ncs=sum(1 for r in counted if r.reopen_count > 0),
        pending_verification=stats.by_status.get(NcStatus.PENDING_VERIFICATION.value, 0),
        recurrences=len(repeats),
        recurrence_numbers=tuple(repeats),
    )
    return summary, capa, days


def _kpis(ctx: Context, year: int) -> tuple[KpiRow, ...]:
    return tuple(
        KpiRow(
            kpi=k.kpi,
            name_zh=k.name_zh,
            name_en=k.name_en,
            unit=k.unit,
            direction=str(k.direction),
            target=k.target,
            months=tuple(m.value for m in k.months),
            quarters=tuple(k.quarters),
            year_value=k.year_value,
            meets_target=k.meets_target,
            source=k.source,
        )
        for k in measures.year_summary(ctx, year)
    )


def _surveys(ctx: Context, year: int) -> tuple[tuple[SurveyRow, ...], list[date]]:
    # list_surveys rather than year_results: the year's satisfied rate adds up the parts
    # (satisfied and valid responses), which only the full view carries.
    views = sorted(surveys.list_surveys(ctx, year), key=lambda v: v.quarter)
    rows = tuple(
        SurveyRow(
            quarter=v.quarter,
            title=v.title,
            status=v.status,
            responses=v.responses,
            valid=v.valid,
            satisfied=v.satisfied,
            mean_score=v.mean_score,
            score_rate=v.score_rate,
            satisfied_rate=v.satisfied_rate,
            dissatisfied=v.dissatisfied,
            open_follow_ups=v.open_follow_ups,
        )
        for v in views
    )
    return rows, [v.conducted_on for v in views if v.conducted_on]


def _action_row(a) -> ReviewActionRow:
    return ReviewActionRow(
        review_number=a.review_number,
        seq=a.seq,
        category=a.category,
        description=a.description,
        owner=a.owner,
        due_date=a.due_date,
        status=a.status,
        completed_on=local_date(a.completed_at),
        overdue=a.overdue,
    )


def _reviews(ctx: Context, year: int) -> tuple[tuple[ReviewRow, ...], list[date]]:
    out, days = [], []
    for summary in sorted(reviews.list_reviews(ctx, year), key=lambda r: r.number):
        r = reviews.get_review(ctx, summary.id)
        actions = tuple(_action_row(a) for a in r.actions)
        out.append(
            ReviewRow(
                number=r.number,
                title=r.title,
                planned_on=r.planned_on,
                held_on=r.held_on,
                location=r.location,
                chair=r.chair,
                status=r.status,
                suitability=r.suitability,
                adequacy=r.adequacy,
                effectiveness=r.effectiveness,
                actions=actions,
            )
        )
        days += [d for d in (r.held_on, local_date(r.closed_at)) if d]
        days += [a.completed_on for a in actions if a.completed_on]
    return tuple(out), days


def _carried_ncs(ctx: Context, year: int) -> tuple[CarriedNc, ...]:
    grade_rank = {g: i for i, g in enumerate(_GRADES)}
    rows = [r for r in _rows(ctx, open_only=True) if r.found_on.year <= year]
    rows.sort(key=lambda r: (grade_rank.get(r.grade, 99), r.number))
    return tuple(
        CarriedNc(
            number=r.number,
            year=r.found_on.year,
            grade=r.grade,
            status=r.status,
            process=r.process,
            department=r.department,
            audit=r.audit,
            facts=r.facts,
            due_date=r.due_date,
            overdue=r.overdue,
        )
        for r in rows
    )


def _carried_actions(ctx: Context, year: int) -> tuple[ReviewActionRow, ...]:
    years = {r.number: r.year for r in reviews.list_reviews(ctx)}
    return tuple(
        _action_row(a)
        for a in reviews.open_actions(ctx)
        if years.get(a.review_number, year + 1) <= year
    )


# --- the document -------------------------------------------------------------------------------


def compile_annual(ctx: Context, year: int | str) -> AnnualData:
    year = measures.check_year(int(year))
    prog, activities = _activities(ctx, year)
    year_rows = _rows(ctx, year=year)
    nc_summary, capa, nc_days = _nc_part(ctx, year, year_rows)
    survey_rows, survey_days = _surveys(ctx, year)
    review_rows, review_days = _reviews(ctx, year)
    days = [
        *nc_days,
        *survey_days,
        *review_days,
        *(a.actual_date for a in activities if a.actual_date),
    ]
    today = ctx.today()
    as_of = min(max(days), today) if days else None
    org = organisation.get_organisation(ctx)
    quality = first_name(ctx, "quality_manager")
    people = DocumentPeople(
        prepared_by=quality,
        prepared_on=as_of,
        reviewed_by=quality,  # as the management review report: the quality manager's report
        reviewed_on=as_of,
        approved_by=first_name(ctx, "top_management"),
        approved_on=as_of,
    )
    return AnnualData(
        subject=str(year),
        year=year,
        company=org.name if org else "",
        people=people,
        as_of=as_of,
        programme_title=prog.title if prog else "",
        programme_number=prog.document_number if prog else "",
        has_programme=prog is not None,
        activities=activities,
        audits=_audits(ctx, year, year_rows),
        ncs=nc_summary,
        capa=capa,
        kpis=_kpis(ctx, year),
        surveys=survey_rows,
        csat_target=surveys.csat_target(ctx, year).value,
        reviews=review_rows,
        open_ncs=_carried_ncs(ctx, year),
        open_review_actions=_carried_actions(ctx, year),
    )
