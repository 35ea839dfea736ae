"""The management-review documents' data, compiled through the services (never the store).

compile_review_plan (管理评审计划) and compile_review_report (管理评审报告), the two "review"
kinds of services/documents.KINDS. Each takes the context and the selector — a review's
number (MR-2025-01) or id, or a year ("2025", what ``--year`` passes) when that year has one
review — and returns the pydantic input of its report module
(schemas/report_inputs_reviews.py). The report's inputs a–k are the input pack of
services/review_pack.py, taken as it is compiled (never recomputed here).

Who signs: prepared by the quality manager (role quality_manager), who runs the review;
reviewed by the quality manager as well (the review has no secretary of its own); approved by
top management (role top_management). The plan is dated the day it is issued with the meeting
notice; the report the day the review closed (or, before that, the meeting day; its approval
is then still open).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from qa_desktop.schemas.report_base import DocumentPeople
from qa_desktop.schemas.report_inputs_reviews import (
    ActionRow,
    AgendaRow,
    Attendee,
    AuditRow,
    Conclusion,
    InputSection,
    KpiRow,
    Milestone,
    NcFiguresRow,
    NcRow,
    Preparation,
    Recipient,
    ReviewInfo,
    ReviewPlanData,
    ReviewReportData,
    SupplierRow,
    SurveyRow,
)

from .. import organisation, review_pack, reviews
from ..context import Context, Invalid, NotFound
from .common import company, first_name, local_date

# The review's schedule, counted from the planned meeting day: the plan goes out with the
# meeting notice, the owners hand in their inputs, the quality manager sends the compiled pack
# to the participants, and the report follows the meeting.
NOTICE_DAYS = 10
INPUTS_DAYS = 5
PACK_DAYS = 2
REPORT_DAYS = 7

_YEAR = re.compile(r"^\s*(\d{4})\s*$")


# --- small helpers ------------------------------------------------------------------------


def _review(ctx: Context, ref: str | int):
    """The review a selector names: its number or id, or a year that has exactly one."""
    text = str(ref).strip()
    m = _YEAR.match(text)
    if m is None:
        return reviews.get_review(ctx, text)
    year = int(m.group(1))
    found = reviews.list_reviews(ctx, year)
    if not found:
        raise NotFound(f"{year} 年没有管理评审 / no management review in {year}")
    if len(found) > 1:
        numbers = ", ".join(r.number for r in found)
        raise Invalid(
            f"{year} 年有多次管理评审({numbers}),请用 --review 指定 / "
            f"{year} has several management reviews ({numbers}); choose one with --review"
        )
    return reviews.get_review(ctx, found[0].number)


def _info(view, *, planned_only: bool = False) -> ReviewInfo:
    info = ReviewInfo(
        number=view.number,
        title=view.title,
        year=view.year,
        planned_on=view.planned_on,
        held_on=view.held_on,
        location=view.location,
        chair=view.chair,
        participants=tuple(view.participants),
        status=view.status,
        closed_on=local_date(view.closed_at),
    )
    if planned_only:  # what the plan shows does not change as the review is held and closed
        info = info.model_copy(update={"held_on": None, "status": "", "closed_on": None})
    return info


def _attendees(ctx: Context, view) -> list[Attendee]:
    people = {p.name: p for p in organisation.list_people(ctx)}
    out: list[Attendee] = []
    for name, capacity in [(view.chair, "chair"), *((n, "participant") for n in view.participants)]:
        if not name or any(a.name == name for a in out):
            continue
        p = people.get(name)
        out.append(
            Attendee(
                name=name,
                capacity=capacity,
                department=p.department if p else "",
                title=p.title if p else "",
            )
        )
    return out


def _plan_day(view) -> date | None:
    """The day the plan is issued: the notice day before the planned meeting (a review does
    not record when its plan was entered)."""
    if view.planned_on is None:
        return None
    return view.planned_on - timedelta(days=NOTICE_DAYS)


def _report_day(view) -> date | None:
    return local_date(view.closed_at) or view.held_on or view.planned_on


def _action_row(a) -> ActionRow:
    # Not days_overdue: it changes every day, and the document's version must not.
    return ActionRow(
        review_number=a.review_number,
        seq=a.seq,
        category=a.category,
        description=a.description,
        owner=a.owner,
        due_date=a.due_date,
        status=a.status,
        completed_on=local_date(a.completed_at),
        evidence=a.evidence,
        overdue=a.overdue,
    )


# --- 管理评审计划 -------------------------------------------------------------------------------


def _agenda(view) -> list[AgendaRow]:
    return [
        AgendaRow(
            key=item.key,
            title_zh=item.title_zh,
            title_en=item.title_en,
            owner=item.owner,
            note=item.note,
            source=reviews.INPUTS_BY_KEY[item.key].source,
        )
        for item in view.agenda
    ]


def _preparation(ctx: Context, agenda: list[AgendaRow], due: date | None) -> list[Preparation]:
    departments = {p.name: p.department for p in organisation.list_people(ctx)}
    by_owner: dict[str, list[str]] = {}
    for row in agenda:
        by_owner.setdefault(row.owner, []).append(row.key)
    return [
        Preparation(owner=owner, department=departments.get(owner, ""), keys=tuple(keys), due=due)
        for owner, keys in by_owner.items()
    ]


def _schedule(view, plan_day: date | None, quality: str, owners: list[str]) -> list[Milestone]:
    meeting = view.planned_on

    def before(days: int) -> date | None:
        return meeting - timedelta(days=days) if meeting else None

    return [
        Milestone(key="notice", on=plan_day, owners=(quality,) if quality else ()),
        Milestone(key="inputs", on=before(INPUTS_DAYS), owners=tuple(owners)),
        Milestone(key="pack", on=before(PACK_DAYS), owners=(quality,) if quality else ()),
        Milestone(key="meeting", on=meeting, owners=(view.chair,) if view.chair else ()),
        Milestone(
            key="report",
            on=meeting + timedelta(days=REPORT_DAYS) if meeting else None,
            owners=(quality,) if quality else (),
        ),
        Milestone(key="follow_up", on=None, owners=(quality,) if quality else ()),
    ]


def compile_review_plan(ctx: Context, review: str) -> ReviewPlanData:
    view = _review(ctx, review)
    quality = first_name(ctx, "quality_manager")
    day = _plan_day(view)
    agenda = _agenda(view)
    due = view.planned_on - timedelta(days=INPUTS_DAYS) if view.planned_on else None
    owners = list(dict.fromkeys(a.owner for a in agenda if a.owner))
    return ReviewPlanData(
        subject=view.number,
        year=view.year,
        company=company(ctx),
        people=DocumentPeople(
            prepared_by=quality,
            prepared_on=day,
            reviewed_by=quality,
            reviewed_on=day,
            approved_by=first_name(ctx, "top_management"),
            approved_on=day,
        ),
        review=_info(view, planned_only=True),
        attendees=tuple(_attendees(ctx, view)),
        agenda=tuple(agenda),
        preparation=tuple(_preparation(ctx, agenda, due)),
        schedule=tuple(_schedule(view, day, quality, owners)),
    )


# --- 管理评审报告 -------------------------------------------------------------------------------


def _kpi(k) -> KpiRow:
    return KpiRow(
        kpi=k.kpi,
        name_zh=k.name_zh,
        name_en=k.name_en,
        unit=k.unit,
        direction=k.direction,
        target=k.target,
        year_value=k.year_value,
        meets_target=k.meets_target,
        quarters=tuple(k.quarters),
        months=tuple(k.months),
    )


def _section(s, owner: str) -> InputSection:
    return InputSection(
        key=s.key,
        title_zh=s.title_zh,
        title_en=s.title_en,
        owner=owner,
        summary_zh=s.summary_zh,
        summary_en=s.summary_en,
        note=s.note,
        has_data=s.has_data,
        previous_actions=tuple(_action_row(a) for a in s.previous_actions),
        nc_figures=tuple(
            NcFiguresRow(
                year=f.year,
                total=f.total,
                counted=f.counted,
                open=f.open,
                closed=f.closed,
                overdue=f.overdue,
                actions_overdue=f.actions_overdue,
                closure_rate=f.closure_rate,
                capa_effectiveness_rate=f.capa_effectiveness_rate,
                mean_days_to_close=f.mean_days_to_close,
                counted_by_grade=tuple(f.counted_by_grade),
            )
            for f in s.nc_figures
        ),
        audits=tuple(
            AuditRow(
                number=a.number,
                title=a.title,
                status=a.status,
                answered=a.answered,
                total=a.total,
                nc_count=a.nc_count,
                by_grade=tuple(a.by_grade),
            )
            for a in s.audits
        ),
        kpis=tuple(_kpi(k) for k in s.kpis),
        surveys=tuple(
            SurveyRow(
                quarter=v.quarter,
                title=v.title,
                status=v.status,
                responses=v.responses,
                valid=v.valid,
                satisfied=v.satisfied,
                mean_score=v.mean_score,
                satisfied_rate=v.satisfied_rate,
                dissatisfied=v.dissatisfied,
                open_follow_ups=v.open_follow_ups,
            )
            for v in s.surveys
        ),
        ncs=tuple(
            NcRow(
                number=n.number,
                grade=n.grade,
                status=n.status,
                process=n.process,
                department=n.department,
                facts=n.facts,
                due_date=n.due_date,
                overdue=n.overdue,
            )
            for n in s.ncs
        ),
        supplier_checks=tuple(
            SupplierRow(
                audit_number=c.audit_number, department=c.department, result=c.result, notes=c.notes
            )
            for c in s.supplier_checks
        ),
        problems=tuple(s.problems),
    )


def _distribution(ctx: Context, view, attendees: list[Attendee]) -> list[Recipient]:
    people = organisation.list_people(ctx)
    dept_of = {p.name: p.department for p in people}
    out: list[Recipient] = []
    seen: set[str] = set()

    def add(name: str, role: str, department: str = "") -> None:
        if name and name not in seen:
            seen.add(name)
            out.append(Recipient(name=name, role=role, department=department))

    for a in attendees:
        add(a.name, a.capacity, a.department)
    for p in people:
        if p.active and "top_management" in p.roles:
            add(p.name, "top_management", p.department)
    for action in view.actions:
        add(action.owner, "action_owner", dept_of.get(action.owner, ""))
    quality = [p.department for p in people if "quality_manager" in p.roles and p.department]
    if quality and quality[0] not in seen:
        seen.add(quality[0])
        out.append(Recipient(name=quality[0], role="quality", department=quality[0]))
    return out


def compile_review_report(ctx: Context, review: str) -> ReviewReportData:
    view = _review(ctx, review)
    pack = review_pack.compile_pack(ctx, view.id)
    owners = {item.key: item.owner for item in view.agenda}
    quality = first_name(ctx, "quality_manager")
    day = _report_day(view)
    attendees = _attendees(ctx, view)
    return ReviewReportData(
        subject=view.number,
        year=view.year,
        company=company(ctx),
        people=DocumentPeople(
            prepared_by=quality,
            prepared_on=day,
            reviewed_by=quality,
            reviewed_on=day,
            approved_by=first_name(ctx, "top_management"),
            # Top management approves the report when the review closes; until then the date
            # is left to be written by hand.
            approved_on=local_date(view.closed_at),
        ),
        review=_info(view),
        attendees=tuple(attendees),
        inputs=tuple(_section(s, owners.get(s.key, "")) for s in pack.sections),
        actions=tuple(_action_row(a) for a in view.actions),
        conclusion=Conclusion(
            suitability=view.suitability,
            adequacy=view.adequacy,
            effectiveness=view.effectiveness,
        ),
        distribution=tuple(_distribution(ctx, view, attendees)),
    )
