"""The year's QA programme: plan §4.4 activities with owners, months, outputs and progress."""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date

from qa_desktop.domain.enums import ActivityStatus
from qa_desktop.domain.qa_plan import PLAN_DOCUMENT_NUMBER, PLAN_TITLE, SECTION_4_4
from qa_desktop.store.models import GeneratedDocument, Person, Programme, ProgrammeActivity
from qa_desktop.store.queries import documents as dq
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
    planned_date: date | None = None  # the first day of the first planned month
    due_by: date | None = None  # the last day of the last planned month: overdue after it
    output_kind: str = ""  # the report kind that produces the output (domain/qa_plan), or ""
    document_link: str = ""  # the latest generated output, "NUMBER VERSION"; "" until then
    document_file: str = ""  # its file name under <data dir>/documents (as the app writes it)


@dataclass(frozen=True)
class ProgrammeView:
    id: str
    year: int
    title: str
    document_number: str
    activities: tuple[ActivityView, ...]

    def state_counts(self) -> dict[str, int]:
        """{state: number of activities}, every state present (zeros included)."""
        counts = dict.fromkeys(ACTIVITY_STATES, 0)
        for a in self.activities:
            counts[a.state] = counts.get(a.state, 0) + 1
        return counts


# The derived states, in the order a schedule reads them.
ACTIVITY_STATES = ("overdue", "due", "upcoming", "done", "cancelled")
ACTIVITY_STATE_LABELS: dict[str, tuple[str, str]] = {
    "overdue": ("逾期", "Overdue"),
    "due": ("进行期", "Due"),
    "upcoming": ("未到期", "Upcoming"),
    "done": ("已完成", "Done"),
    "cancelled": ("已取消", "Cancelled"),
}
_OUTPUT_KINDS = {pa.name: pa.output_kind for pa in SECTION_4_4}


def planned_window(year: int, months: tuple[int, ...]) -> tuple[date | None, date | None]:
    """(first day of the first planned month, last day of the last one); (None, None) when
    no month is planned."""
    if not months:
        return None, None
    last = max(months)
    return date(year, min(months), 1), date(year, last, calendar.monthrange(year, last)[1])


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


def _latest_documents(s, prog: Programme) -> dict[str, GeneratedDocument]:
    """The newest generated document of each kind for the programme's year."""
    latest: dict[str, GeneratedDocument] = {}
    for d in dq.of_year(s, prog.organisation_id, prog.year):
        if d.kind not in latest or d.created_at >= latest[d.kind].created_at:
            latest[d.kind] = d
    return latest


def _view(s, prog: Programme, today: date) -> ProgrammeView:
    acts = []
    generated = _latest_documents(s, prog)
    for a in q.activities(s, prog.id):
        kind = _OUTPUT_KINDS.get(a.name, "")
        doc = generated.get(kind)
        owner = s.get(Person, a.owner_id).name if a.owner_id else ""
        months = tuple(a.planned_months)
        start, end = planned_window(prog.year, months)
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
                planned_date=start,
                due_by=end,
                output_kind=kind,
                document_link=f"{doc.number} {doc.version}" if doc else "",
                document_file=doc.file_name if doc else "",
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
    clear_actual_date: bool = False,
) -> ActivityView:
    """Change an activity; None leaves a field as it is (`clear_actual_date` empties the
    actual date, e.g. when an activity marked done by mistake is planned again)."""
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
        elif clear_actual_date and act.status != ActivityStatus.DONE:
            act.actual_date = None  # a done activity keeps the day it was done
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


def default_year(ctx: Context) -> int | None:
    """The programme to show first: this year's if there is one, else the latest; None if no
    programme exists."""
    years = programme_years(ctx)
    return latest_year_with_data(years, ctx.today().year) if years else None


def latest_year_with_data(years: list[int] | set[int], this_year: int) -> int:
    """The year a page opens on: this year when it has data, else the latest year that has
    (in January the quality manager is still closing last year), else this year."""
    if this_year in years or not years:
        return this_year
    return max(years)


def create_next_programme(ctx: Context, from_year: int | None = None) -> ProgrammeView:
    """The programme of the year after `from_year` (default: the latest), carried over from it:
    same activities, months, owners and outputs, with status and actual dates reset."""
    if from_year is None:
        years = programme_years(ctx)
        if not years:
            raise NotFound("还没有年度方案可沿用 / there is no programme to carry over yet")
        from_year = years[-1]
    return create_programme(ctx, from_year + 1, from_year=from_year)
