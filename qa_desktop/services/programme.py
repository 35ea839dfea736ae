"""The year's QA programme: plan §4.4 activities with owners, months, outputs and progress."""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date

from qa_desktop.domain.enums import ActivityStatus
from qa_desktop.domain.qa_plan import PLAN_DOCUMENT_NUMBER, PLAN_TITLE, SECTION_4_4
from qa_desktop.store.models import Person, Programme, ProgrammeActivity
from qa_desktop.store.queries import programme as q

from .context import Context, Invalid, NotFound, clean
from .organisation import current_org, person


@dataclass(frozen=True)
class ActivityView:
    id: str
    seq: int
    name: str
    name_en: str
    responsible_role: str
    owner: str
    planned_months: tuple[int, ...]
    output_document: str
    status: str
    actual_date: date | None
    notes: str
    state: str  # done / cancelled / due / overdue / upcoming — derived, never stored


@dataclass(frozen=True)
class ProgrammeView:
    id: str
    year: int
    title: str
    document_number: str
    activities: tuple[ActivityView, ...]


def activity_state(status: str, year: int, months: tuple[int, ...], today: date) -> str:
    if status in (ActivityStatus.DONE, ActivityStatus.CANCELLED):
        return str(status)
    if not months:
        return "upcoming"
    last = max(months)
    end = date(year, last, calendar.monthrange(year, last)[1])
    if today > end:
        return "overdue"
    return "due" if today >= date(year, min(months), 1) else "upcoming"


def _view(s, prog: Programme, today: date) -> ProgrammeView:
    acts = []
    for a in q.activities(s, prog.id):
        owner = s.get(Person, a.owner_id).name if a.owner_id else ""
        months = tuple(a.planned_months)
        acts.append(
            ActivityView(
                str(a.id),
                a.seq,
                a.name,
                a.name_en,
                a.responsible_role,
                owner,
                months,
                a.output_document,
                a.status,
                a.actual_date,
                a.notes,
                activity_state(a.status, prog.year, months, today),
            )
        )
    return ProgrammeView(str(prog.id), prog.year, prog.title, prog.document_number, tuple(acts))


def create_programme(
    ctx: Context, year: int, *, title: str = "", from_year: int | None = None
) -> ProgrammeView:
    """A new year's programme: from plan §4.4, or carried over from an earlier year's activities."""
    if not 2000 <= year <= 2100:
        raise Invalid(f"年份不合理 / implausible year: {year}")
    with ctx.write() as s:
        org = current_org(s)
        if q.by_year(s, org.id, year):
            raise Invalid(f"{year} 年度方案已存在 / the {year} programme already exists")
        prog = Programme(
            organisation_id=org.id,
            year=year,
            title=clean(title) or f"{year}年度{PLAN_TITLE}",
            document_number=PLAN_DOCUMENT_NUMBER,
        )
        s.add(prog)
        s.flush()
        if from_year is not None:
            source = q.by_year(s, org.id, from_year)
            if source is None:
                raise NotFound(f"没有 {from_year} 年度方案 / no programme for {from_year}")
            prog.document_number = source.document_number
            for a in q.activities(s, source.id):
                s.add(
                    ProgrammeActivity(
                        programme_id=prog.id,
                        seq=a.seq,
                        name=a.name,
                        name_en=a.name_en,
                        responsible_role=a.responsible_role,
                        owner_id=a.owner_id,
                        planned_months=list(a.planned_months),
                        output_document=a.output_document,
                    )
                )
        else:
            for pa in SECTION_4_4:
                s.add(
                    ProgrammeActivity(
                        programme_id=prog.id,
                        seq=pa.seq,
                        name=pa.name,
                        name_en=pa.name_en,
                        responsible_role=pa.responsible_role,
                        planned_months=list(pa.months),
                        output_document=pa.output_document,
                    )
                )
        s.flush()
        return _view(s, prog, ctx.today())


def get_programme(ctx: Context, year: int) -> ProgrammeView:
    with ctx.read() as s:
        org = current_org(s)
        prog = q.by_year(s, org.id, year)
        if prog is None:
            raise NotFound(f"没有 {year} 年度方案 / no programme for {year}")
        return _view(s, prog, ctx.today())


def programme_years(ctx: Context) -> list[int]:
    with ctx.read() as s:
        return q.years(s, current_org(s).id)


def update_activity(
    ctx: Context,
    activity_id: str,
    *,
    status: str | None = None,
    actual_date: date | None = None,
    owner: str | None = None,
    planned_months: list[int] | None = None,
    notes: str | None = None,
) -> ActivityView:
    with ctx.write() as s:
        org = current_org(s)
        try:
            act = s.get(ProgrammeActivity, uuid.UUID(str(activity_id)))
        except ValueError:
            act = None
        if act is None:
            raise NotFound(f"找不到活动 / no such activity: {activity_id}")
        if status is not None:
            try:
                act.status = ActivityStatus(status).value
            except ValueError:
                raise Invalid(f"未知状态 / unknown status: {status}") from None
            if (
                act.status == ActivityStatus.DONE
                and actual_date is None
                and act.actual_date is None
            ):
                act.actual_date = ctx.today()
        if actual_date is not None:
            act.actual_date = actual_date
        if owner is not None:
            act.owner_id = person(s, org, owner).id if clean(owner) else None
        if planned_months is not None:
            if not planned_months or any(not 1 <= m <= 12 for m in planned_months):
                raise Invalid("计划月份须为 1–12 / planned months must be 1–12")
            act.planned_months = sorted(set(planned_months))
        if notes is not None:
            act.notes = notes
        s.flush()
        prog = s.get(Programme, act.programme_id)
        return next(a for a in _view(s, prog, ctx.today()).activities if a.id == str(act.id))
