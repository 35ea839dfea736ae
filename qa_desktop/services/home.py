"""What the home screen shows: my audits, checklist progress, NC counts, the next activities."""

from __future__ import annotations

from dataclasses import dataclass

from qa_desktop.store.models import Person
from qa_desktop.store.queries import audits as aq
from qa_desktop.store.queries import checklists as cq
from qa_desktop.store.queries import ncs as nq
from qa_desktop.store.queries import org as oq

from .checklists import RunSummary, _summary
from .context import Context
from .programme import ActivityView, get_programme, programme_years


@dataclass(frozen=True)
class MyAudit:
    id: str
    number: str
    title: str
    status: str
    role: str  # lead / auditor
    runs: tuple[RunSummary, ...]


@dataclass(frozen=True)
class HomeSummary:
    user: str
    my_audits: tuple[MyAudit, ...]
    open_ncs: int
    overdue_ncs: int
    next_activities: tuple[ActivityView, ...]
    programme_year: int | None


def home_summary(ctx: Context, *, limit_activities: int = 6) -> HomeSummary:
    today = ctx.today()
    with ctx.read() as s:
        org = oq.organisation(s)
        if org is None:
            return HomeSummary(ctx.actor, (), 0, 0, (), None)
        me: Person | None = oq.person_by_name(s, org.id, ctx.actor)
        mine = []
        for audit in aq.audits(s, org.id):
            if audit.status == "closed" or me is None:
                continue
            if audit.lead_auditor_id == me.id:
                role = "lead"
            elif str(me.id) in audit.team_ids:
                role = "auditor"
            else:
                continue
            runs = cq.runs_of_audit(s, audit.id)
            progress = cq.progress_by_run(s, [r.id for r in runs])
            mine.append(
                MyAudit(
                    str(audit.id),
                    audit.number,
                    audit.title,
                    audit.status,
                    role,
                    tuple(_summary(s, r, progress.get(r.id, (0, 0))) for r in runs),
                )
            )
        open_count = nq.count(s, nq.NcFilter(open_only=True), today)
        overdue = nq.count(s, nq.NcFilter(overdue=True), today)
    years = programme_years(ctx)
    year = today.year if today.year in years else (max(years) if years else None)
    activities: tuple[ActivityView, ...] = ()
    if year is not None:
        pending = [
            a
            for a in get_programme(ctx, year).activities
            if a.state in ("overdue", "due", "upcoming")
        ]
        order = {"overdue": 0, "due": 1, "upcoming": 2}
        pending.sort(key=lambda a: (order[a.state], min(a.planned_months or (13,)), a.seq))
        activities = tuple(pending[:limit_activities])
    return HomeSummary(ctx.actor, tuple(mine), open_count, overdue, activities, year)
