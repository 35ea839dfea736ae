"""Planning and running internal audits."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from qa_desktop.domain import audit_workflow
from qa_desktop.domain.audit_workflow import ANSWERABLE
from qa_desktop.domain.enums import PROCESS_LABELS, AuditStatus
from qa_desktop.domain.numbering import AUDIT_PREFIX, format_audit_number, next_sequence
from qa_desktop.store.models import Audit, Department, Organisation, Person
from qa_desktop.store.queries import audits as q

from . import follow_ups  # module import: follow_ups imports this module too
from .context import Context, Invalid, NotFound, clean
from .organisation import current_org, department, person


@dataclass(frozen=True)
class Ref:
    id: str
    name: str


@dataclass(frozen=True)
class AuditView:
    id: str
    number: str
    year: int
    title: str
    objectives: str
    criteria: str
    client: str
    method: str
    locations: str
    scope_processes: tuple[str, ...]
    scope_departments: tuple[Ref, ...]
    lead_auditor: Ref | None
    team: tuple[Ref, ...]
    planned_start: date | None
    planned_end: date | None
    opening_meeting_at: datetime | None
    closing_meeting_at: datetime | None
    status: str
    conclusion: str
    answered: int
    total: int
    nc_count: int
    warnings: tuple[str, ...]
    created_at: datetime | None = None
    started_at: datetime | None = None
    reported_at: datetime | None = None
    closed_at: datetime | None = None


def independence_warnings(session: Session, auditor_ids, department_ids) -> list[str]:
    """ISO 9001 9.2.2 c): auditors must not audit their own work."""
    scope = {str(d) for d in department_ids}
    warnings = []
    for pid in auditor_ids:
        p = session.get(Person, uuid.UUID(str(pid)))
        if p is not None and p.department_id is not None and str(p.department_id) in scope:
            dept = session.get(Department, p.department_id)
            warnings.append(
                f"审核员{p.name}来自受审部门「{dept.name}」,不应审核本部门的工作(ISO 9001 9.2.2 c) / "
                f"auditor {p.name} belongs to the audited department {dept.name_en or dept.name}; "
                f"auditors must not audit their own work"
            )
    return warnings


def check_independence(ctx: Context, auditors, departments) -> list[str]:
    """Warnings for auditors (names or ids) who belong to one of the departments (names or ids)."""
    with ctx.read() as s:
        org = current_org(s)
        auditor_ids = [person(s, org, a).id for a in auditors if a]
        dept_ids = [department(s, org, d).id for d in departments if d]
        return independence_warnings(s, auditor_ids, dept_ids)


def _ref(session: Session, model, ident) -> Ref | None:
    if ident is None:
        return None
    row = session.get(model, uuid.UUID(str(ident)))
    return Ref(str(row.id), row.name) if row else None


def audit_view(session: Session, a: Audit) -> AuditView:
    answered, total = q.progress_by_audit(session, [a.id]).get(a.id, (0, 0))
    auditors = ([a.lead_auditor_id] if a.lead_auditor_id else []) + list(a.team_ids)
    return AuditView(
        id=str(a.id),
        number=a.number,
        year=a.year,
        title=a.title,
        objectives=a.objectives,
        criteria=a.criteria,
        client=a.client,
        method=a.method,
        locations=a.locations,
        scope_processes=tuple(a.scope_processes),
        scope_departments=tuple(
            r for r in (_ref(session, Department, d) for d in a.scope_department_ids) if r
        ),
        lead_auditor=_ref(session, Person, a.lead_auditor_id),
        team=tuple(r for r in (_ref(session, Person, t) for t in a.team_ids) if r),
        planned_start=a.planned_start,
        planned_end=a.planned_end,
        opening_meeting_at=a.opening_meeting_at,
        closing_meeting_at=a.closing_meeting_at,
        status=a.status,
        conclusion=a.conclusion,
        answered=answered,
        total=total,
        nc_count=q.nc_counts_by_audit(session, [a.id]).get(a.id, 0),
        warnings=tuple(independence_warnings(session, auditors, a.scope_department_ids)),
        created_at=a.created_at,
        started_at=a.started_at,
        reported_at=a.reported_at,
        closed_at=a.closed_at,
    )


def find_audit(session: Session, org: Organisation, ref: str) -> Audit:
    """An audit by number (IA-2025-01) or id."""
    ref = clean(ref)
    audit = q.by_number(session, org.id, ref.upper())
    if audit is None:
        try:
            audit = session.get(Audit, uuid.UUID(ref))
        except ValueError:
            audit = None
    if audit is None or audit.organisation_id != org.id:
        raise NotFound(f"找不到审核 / no such audit: {ref}")
    return audit


def _processes(processes) -> list[str]:
    out = []
    for p in processes or ():
        code = clean(p).upper()
        if not code:
            continue
        if code not in PROCESS_LABELS and not (code.isalpha() and 2 <= len(code) <= 6):
            raise Invalid(f"未知过程 / unknown process: {p}")
        out.append(code)
    return list(dict.fromkeys(out))


_UNSET = object()


def _apply_fields(s: Session, org: Organisation, audit: Audit, fields: dict) -> None:
    text_fields = ("title", "objectives", "criteria", "client", "method", "locations", "conclusion")
    for key in text_fields:
        if fields.get(key, _UNSET) is not _UNSET and fields[key] is not None:
            setattr(audit, key, fields[key].strip() if key == "title" else fields[key])
    if fields.get("scope_processes") is not None:
        audit.scope_processes = _processes(fields["scope_processes"])
    if fields.get("scope_departments") is not None:
        audit.scope_department_ids = [
            str(department(s, org, d).id) for d in dict.fromkeys(fields["scope_departments"])
        ]
    if fields.get("lead_auditor") is not None:
        audit.lead_auditor_id = person(s, org, fields["lead_auditor"]).id
    if fields.get("team") is not None:
        team = [str(person(s, org, t).id) for t in dict.fromkeys(fields["team"])]
        audit.team_ids = [t for t in team if t != str(audit.lead_auditor_id)]
    for key in ("planned_start", "planned_end", "opening_meeting_at", "closing_meeting_at"):
        if fields.get(key) is not None:
            setattr(audit, key, fields[key])
    if audit.planned_start and audit.planned_end and audit.planned_end < audit.planned_start:
        raise Invalid("结束日期早于开始日期 / the planned end is before the start")
    if not audit.title:
        raise Invalid("审核标题不能为空 / the audit title cannot be empty")


def plan_audit(
    ctx: Context,
    *,
    title: str,
    year: int | None = None,
    objectives: str = "",
    criteria: str = "",
    client: str = "",
    method: str = "",
    locations: str = "",
    scope_processes=(),
    scope_departments=(),
    lead_auditor: str | None = None,
    team=(),
    planned_start: date | None = None,
    planned_end: date | None = None,
    opening_meeting_at: datetime | None = None,
    closing_meeting_at: datetime | None = None,
) -> AuditView:
    """A new audit with the next number of its year (IA-YYYY-NN)."""
    year = year or (planned_start.year if planned_start else ctx.today().year)
    with ctx.write() as s:
        org = current_org(s)
        seq = next_sequence(q.numbers_for_year(s, org.id, year), AUDIT_PREFIX, year)
        audit = Audit(
            organisation_id=org.id, number=format_audit_number(year, seq), year=year, title=""
        )
        _apply_fields(
            s,
            org,
            audit,
            {
                "title": title,
                "objectives": objectives,
                "criteria": criteria,
                "client": client,
                "method": method,
                "locations": locations,
                "scope_processes": scope_processes,
                "scope_departments": scope_departments,
                "lead_auditor": lead_auditor,
                "team": team,
                "planned_start": planned_start,
                "planned_end": planned_end,
                "opening_meeting_at": opening_meeting_at,
                "closing_meeting_at": closing_meeting_at,
            },
        )
        s.add(audit)
        s.flush()
        follow_ups.sync_follow_ups(s, audit)
        s.flush()
        return audit_view(s, audit)


def update_audit(ctx: Context, ref: str, **fields) -> AuditView:
    with ctx.write() as s:
        org = current_org(s)
        audit = find_audit(s, org, ref)
        if audit.status == AuditStatus.CLOSED:
            raise Invalid(f"审核 {audit.number} 已关闭 / audit {audit.number} is closed")
        _apply_fields(s, org, audit, fields)
        s.flush()
        if AuditStatus(audit.status) in ANSWERABLE:
            follow_ups.sync_follow_ups(s, audit)  # a wider scope brings its open NCs along
            s.flush()
        return audit_view(s, audit)


def get_audit(ctx: Context, ref: str) -> AuditView:
    with ctx.read() as s:
        return audit_view(s, find_audit(s, current_org(s), ref))


@dataclass(frozen=True)
class AuditSummary:
    id: str
    number: str
    year: int
    title: str
    status: str
    planned_start: date | None
    planned_end: date | None
    lead_auditor: str
    scope_processes: tuple[str, ...]
    answered: int
    total: int
    nc_count: int


def list_audits(ctx: Context, year: int | None = None) -> list[AuditSummary]:
    with ctx.read() as s:
        org = current_org(s)
        rows = q.audits(s, org.id, year)
        ids = [a.id for a in rows]
        progress = q.progress_by_audit(s, ids)
        ncs = q.nc_counts_by_audit(s, ids)
        out = []
        for a in rows:
            lead = s.get(Person, a.lead_auditor_id) if a.lead_auditor_id else None
            answered, total = progress.get(a.id, (0, 0))
            out.append(
                AuditSummary(
                    str(a.id),
                    a.number,
                    a.year,
                    a.title,
                    a.status,
                    a.planned_start,
                    a.planned_end,
                    lead.name if lead else "",
                    tuple(a.scope_processes),
                    answered,
                    total,
                    ncs.get(a.id, 0),
                )
            )
        return out


def _advance(
    ctx: Context,
    ref: str,
    target: AuditStatus,
    *,
    conclusion: str | None = None,
    force: bool = False,
) -> AuditView:
    with ctx.write() as s:
        audit = find_audit(s, current_org(s), ref)
        try:
            audit.status = audit_workflow.advance(AuditStatus(audit.status), target).value
        except audit_workflow.AuditStateError as exc:
            raise Invalid(str(exc)) from exc
        now = ctx.now()
        if target == AuditStatus.IN_PROGRESS:
            audit.started_at = now
        elif target == AuditStatus.REPORTED:
            answered, total = q.progress_by_audit(s, [audit.id]).get(audit.id, (0, 0))
            if answered < total and not force:
                raise Invalid(
                    f"还有 {total - answered} 个检查项未作答 / {total - answered} checklist items "
                    f"are unanswered (answer them, or report anyway with --force)"
                )
            if conclusion is not None:
                audit.conclusion = conclusion
            audit.reported_at = now
        elif target == AuditStatus.CLOSED:
            drafts = q.draft_nc_count(s, audit.id)
            if drafts:
                raise Invalid(
                    f"还有 {drafts} 个草稿不符合项未开具或撤销 / {drafts} draft nonconformities "
                    f"must be issued or withdrawn first"
                )
            audit.closed_at = now
        s.flush()
        return audit_view(s, audit)


def start_audit(ctx: Context, ref: str) -> AuditView:
    return _advance(ctx, ref, AuditStatus.IN_PROGRESS)


def report_audit(
    ctx: Context, ref: str, *, conclusion: str | None = None, force: bool = False
) -> AuditView:
    return _advance(ctx, ref, AuditStatus.REPORTED, conclusion=conclusion, force=force)


def close_audit(ctx: Context, ref: str) -> AuditView:
    return _advance(ctx, ref, AuditStatus.CLOSED)


def audit_years(ctx: Context) -> list[int]:
    """The years that have audits, newest first (for a year filter)."""
    with ctx.read() as s:
        org = current_org(s)
        return sorted({a.year for a in q.audits(s, org.id)}, reverse=True)
