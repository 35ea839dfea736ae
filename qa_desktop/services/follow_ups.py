"""Carry-over: open NCs of earlier audits, checked again in the audit that covers their scope.

When an audit is planned (or its scope changes), every open NC of its processes and
departments gets a follow-up row. The auditor records what they found; the NC keeps its own
status, so nothing of last year's is copied into this year's audit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.audit_workflow import ANSWERABLE
from qa_desktop.domain.enums import AuditStatus, NcStatus, Result
from qa_desktop.store.models import Audit, ChecklistRun, Department, FollowUp, Nonconformity
from qa_desktop.store.queries import follow_ups as fq
from qa_desktop.store.queries import ncs as nq

from . import audits as audit_service  # module import: audits imports this module too
from .context import Context, Invalid, NotFound
from .organisation import current_org

# What the auditor can find about an earlier NC: corrected effectively, not yet, or moot.
FOLLOW_UP_RESULTS = (Result.CONFORM, Result.NONCONFORM, Result.NOT_APPLICABLE)


@dataclass(frozen=True)
class FollowUpView:
    id: str
    audit_number: str
    nc_number: str
    nc_audit_number: str
    process: str
    department: str
    grade: str
    nc_status: str  # live, from the NC itself
    facts: str
    clause: str
    due_date: date | None
    overdue: bool
    result: str
    notes: str
    answered_by: str
    answered_at: datetime | None


def sync_follow_ups(session: Session, audit: Audit) -> int:
    """Add a follow-up for every open NC now in the audit's scope; returns how many were added."""
    dept_ids = [uuid.UUID(d) for d in audit.scope_department_ids]
    existing = fq.nc_ids_followed(session, audit.id)
    added = 0
    for nc in nq.open_in_scope(
        session, audit.organisation_id, audit.scope_processes, dept_ids, audit.id
    ):
        if nc.id not in existing:
            session.add(FollowUp(audit_id=audit.id, nc_id=nc.id))
            added += 1
    return added


def _view(s: Session, f: FollowUp, audit: Audit, today: date) -> FollowUpView:
    nc = s.get(Nonconformity, f.nc_id)
    origin = s.get(Audit, nc.audit_id) if nc.audit_id else None
    dept = s.get(Department, nc.department_id) if nc.department_id else None
    return FollowUpView(
        str(f.id),
        audit.number,
        nc.number,
        origin.number if origin else "",
        nc.process,
        dept.name if dept else "",
        nc.grade,
        nc.status,
        nc.facts,
        nc.clause,
        nc.due_date,
        wf.is_overdue(NcStatus(nc.status), nc.due_date, today),
        f.result,
        f.notes,
        f.answered_by,
        f.answered_at,
    )


def list_follow_ups(ctx: Context, audit: str) -> list[FollowUpView]:
    with ctx.read() as s:
        a = audit_service.find_audit(s, current_org(s), audit)
        return [_view(s, f, a, ctx.today()) for f in fq.of_audit(s, a.id)]


def follow_ups_for_run(ctx: Context, run_id: str) -> list[FollowUpView]:
    """The follow-ups a checklist run's auditor meets: the audit's, in the run's department
    (an earlier NC of another process is still theirs to check while they are there)."""
    with ctx.read() as s:
        try:
            run = s.get(ChecklistRun, uuid.UUID(str(run_id)))
        except ValueError:
            run = None
        if run is None:
            raise NotFound(f"找不到检查表 / no such checklist run: {run_id}")
        audit = s.get(Audit, run.audit_id)
        return [
            _view(s, f, audit, ctx.today())
            for f in fq.of_audit(s, audit.id, department_id=run.department_id)
        ]


def record_follow_up(
    ctx: Context, follow_up_id: str, *, result: str | None = None, notes: str | None = None
) -> FollowUpView:
    with ctx.write() as s:
        try:
            f = s.get(FollowUp, uuid.UUID(str(follow_up_id)))
        except ValueError:
            f = None
        if f is None:
            raise NotFound(f"找不到跟踪项 / no such follow-up item: {follow_up_id}")
        audit = s.get(Audit, f.audit_id)
        if AuditStatus(audit.status) not in ANSWERABLE:
            raise Invalid(
                f"审核 {audit.number} 已报告或关闭,不能再修改跟踪结果 / audit {audit.number} is "
                f"reported or closed"
            )
        if result is not None:
            try:
                value = Result(result)
            except ValueError:
                raise Invalid(f"未知结论 / unknown result: {result}") from None
            if value != Result.UNANSWERED and value not in FOLLOW_UP_RESULTS:
                raise Invalid("跟踪结论只能是 C / NC / NA / a follow-up takes C, NC or NA")
            f.result = value.value
            f.answered_by, f.answered_at = (
                ("", None) if value == Result.UNANSWERED else (ctx.actor, ctx.now())
            )
        if notes is not None:
            f.notes = notes
        s.flush()
        return _view(s, f, audit, ctx.today())
