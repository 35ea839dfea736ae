"""Nonconformities and corrective actions: raise, advance through the workflow, follow up."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy.orm import Session

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.enums import (
    GRADE_LABELS,
    ActionStatus,
    CauseCategory,
    Grade,
    NcStatus,
    NcType,
    Result,
    VerificationResult,
)
from qa_desktop.domain.numbering import NC_PREFIX, format_nc_number, next_sequence
from qa_desktop.schemas.template import ChecklistTemplateDoc
from qa_desktop.store.models import (
    Audit,
    ChecklistRun,
    CorrectiveAction,
    Department,
    Nonconformity,
    Organisation,
    Person,
    Response,
)
from qa_desktop.store.queries import events as eq
from qa_desktop.store.queries import ncs as q

from .audits import find_audit
from .context import Context, Invalid, NotFound, clean
from .organisation import current_org
from .organisation import department as find_department
from .organisation import person as find_person

# Actions are planned until the plan is submitted, and carried out once it is approved.
ACTIONS_EDITABLE = frozenset(
    {
        NcStatus.DRAFT,
        NcStatus.ISSUED,
        NcStatus.DISPUTED,
        NcStatus.ACKNOWLEDGED,
        NcStatus.PLAN_REJECTED,
        NcStatus.REOPENED,
        NcStatus.PLAN_APPROVED,
        NcStatus.IN_PROGRESS,
        NcStatus.TRACKING,
    }
)
ACTIONS_COMPLETABLE = frozenset({NcStatus.PLAN_APPROVED, NcStatus.IN_PROGRESS, NcStatus.TRACKING})
FINAL = frozenset({NcStatus.CLOSED, NcStatus.WITHDRAWN})

_UNSET: object = object()


@dataclass(frozen=True)
class ActionView:
    id: str
    seq: int
    description: str
    owner_id: str | None
    owner: str
    due_date: date | None
    status: str
    completed_at: datetime | None
    evidence: str
    overdue: bool


@dataclass(frozen=True)
class NcView:
    id: str
    number: str
    year: int
    audit_id: str | None
    audit_number: str
    source_response_id: str | None
    source_item: str
    process: str
    department_id: str | None
    department: str
    auditor_id: str | None
    auditor: str
    auditee_representative: str
    found_on: date
    facts: str
    clause: str
    internal_clause: str
    grade: str
    nc_type: str | None
    status: str
    acknowledged_by: str
    acknowledged_on: date | None
    dispute_reason: str
    correction: str
    root_cause_category: str | None
    why_steps: tuple[str, ...]
    root_cause: str
    similar_check: str
    system_update: str
    due_date: date | None
    verifier_id: str | None
    verifier: str
    verified_on: date | None
    verification_method: str
    verification_result: str | None
    verification_notes: str
    closed_at: datetime | None
    closed_by: str
    reopen_count: int
    last_reason: str
    parent_id: str | None
    parent_number: str
    repeat_of_id: str | None
    repeat_of_number: str
    overdue: bool
    actions: tuple[ActionView, ...]
    allowed: tuple[str, ...]
    blockers: dict[str, tuple[wf.Blocker, ...]] = field(default_factory=dict)


class NcRow(NamedTuple):
    """One line of the register (a tuple: pages of them are built on every scroll)."""

    id: str
    number: str
    status: str
    grade: str
    process: str
    department: str
    audit: str
    clause: str
    facts: str
    found_on: date
    due_date: date | None
    overdue: bool
    reopen_count: int
    repeat: bool  # 重复发生: same process and clause as an NC of an earlier audit

    def as_json(self) -> dict:
        data = self._asdict()
        data["found_on"] = self.found_on.isoformat()
        data["due_date"] = self.due_date.isoformat() if self.due_date else None
        return data


@dataclass(frozen=True)
class Page:
    rows: tuple[NcRow, ...]
    total: int  # -1 when not counted
    offset: int
    overdue_total: int = -1  # of `total`, how many are overdue (counted in the same pass)


def _name(session: Session, model, ident) -> str:
    row = session.get(model, ident) if ident else None
    return row.name if row else ""


def _facts(session: Session, nc: Nonconformity) -> wf.NcFacts:
    return wf.NcFacts(
        status=NcStatus(nc.status),
        grade=Grade(nc.grade),
        facts=nc.facts,
        clause=nc.clause,
        department_id=str(nc.department_id) if nc.department_id else None,
        acknowledged_by=nc.acknowledged_by,
        correction=nc.correction,
        root_cause=nc.root_cause,
        root_cause_category=nc.root_cause_category,
        actions=tuple(
            wf.ActionFacts(str(a.owner_id) if a.owner_id else None, ActionStatus(a.status))
            for a in q.actions(session, nc.id)
        ),
        reopen_count=nc.reopen_count,
    )


def _action_view(session: Session, a: CorrectiveAction, today: date) -> ActionView:
    return ActionView(
        str(a.id),
        a.seq,
        a.description,
        str(a.owner_id) if a.owner_id else None,
        _name(session, Person, a.owner_id),
        a.due_date,
        a.status,
        a.completed_at,
        a.evidence,
        wf.action_is_overdue(ActionStatus(a.status), a.due_date, today),
    )


def nc_view(session: Session, nc: Nonconformity, today: date) -> NcView:
    facts = _facts(session, nc)
    allowed = wf.allowed_transitions(facts)
    blocked = {t.value: tuple(wf.blockers(facts, t)) for t in wf.Transition if t not in allowed}
    audit = session.get(Audit, nc.audit_id) if nc.audit_id else None
    source = session.get(Response, nc.source_response_id) if nc.source_response_id else None
    parent = session.get(Nonconformity, nc.parent_id) if nc.parent_id else None
    repeat = session.get(Nonconformity, nc.repeat_of_id) if nc.repeat_of_id else None
    return NcView(
        id=str(nc.id),
        number=nc.number,
        year=nc.year,
        audit_id=str(nc.audit_id) if nc.audit_id else None,
        audit_number=audit.number if audit else "",
        source_response_id=str(nc.source_response_id) if nc.source_response_id else None,
        source_item=source.item_id if source else "",
        process=nc.process,
        department_id=str(nc.department_id) if nc.department_id else None,
        department=_name(session, Department, nc.department_id),
        auditor_id=str(nc.auditor_id) if nc.auditor_id else None,
        auditor=_name(session, Person, nc.auditor_id),
        auditee_representative=nc.auditee_representative,
        found_on=nc.found_on,
        facts=nc.facts,
        clause=nc.clause,
        internal_clause=nc.internal_clause,
        grade=nc.grade,
        nc_type=nc.nc_type,
        status=nc.status,
        acknowledged_by=nc.acknowledged_by,
        acknowledged_on=nc.acknowledged_on,
        dispute_reason=nc.dispute_reason,
        correction=nc.correction,
        root_cause_category=nc.root_cause_category,
        why_steps=tuple(nc.why_steps),
        root_cause=nc.root_cause,
        similar_check=nc.similar_check,
        system_update=nc.system_update,
        due_date=nc.due_date,
        verifier_id=str(nc.verifier_id) if nc.verifier_id else None,
        verifier=_name(session, Person, nc.verifier_id),
        verified_on=nc.verified_on,
        verification_method=nc.verification_method,
        verification_result=nc.verification_result,
        verification_notes=nc.verification_notes,
        closed_at=nc.closed_at,
        closed_by=nc.closed_by,
        reopen_count=nc.reopen_count,
        last_reason=nc.last_reason,
        parent_id=str(nc.parent_id) if nc.parent_id else None,
        parent_number=parent.number if parent else "",
        repeat_of_id=str(nc.repeat_of_id) if nc.repeat_of_id else None,
        repeat_of_number=repeat.number if repeat else "",
        overdue=wf.is_overdue(NcStatus(nc.status), nc.due_date, today),
        actions=tuple(_action_view(session, a, today) for a in q.actions(session, nc.id)),
        allowed=tuple(t.value for t in allowed),
        blockers=blocked,
    )


def find_nc(session: Session, org: Organisation, ref: str) -> Nonconformity:
    ref = clean(ref)
    nc = q.by_number(session, org.id, ref.upper())
    if nc is None:
        try:
            nc = session.get(Nonconformity, uuid.UUID(ref))
        except ValueError:
            nc = None
    if nc is None or nc.organisation_id != org.id:
        raise NotFound(f"找不到不符合项 / no such nonconformity: {ref}")
    return nc


def _enum(enum_cls, value, what: str):
    if value is None or value == "":
        return None
    try:
        return enum_cls(value).value
    except ValueError:
        valid = ", ".join(e.value for e in enum_cls)
        raise Invalid(f"未知{what} / unknown {enum_cls.__name__}: {value} ({valid})") from None


def _grade(value) -> str:
    g = _enum(Grade, value, "等级")
    if g is None:
        raise Invalid(
            "请选择等级(严重/一般/观察) / the grade is required (major/minor/observation)"
        )
    return g


@dataclass(frozen=True)
class NcDraft:
    """What raising an NC from a checklist answer starts with; the user edits it before saving."""

    process: str
    clause: str
    facts: str
    grade: str
    department: str
    department_id: str
    audit_number: str
    auditor: str
    auditee_representative: str
    source_response_id: str
    found_on: date | None  # the day the item was answered, when it has been


def _draft_from_response(session: Session, response_id: str) -> NcDraft:
    try:
        r = session.get(Response, uuid.UUID(str(response_id)))
    except ValueError:
        r = None
    if r is None:
        raise NotFound(f"找不到检查项回答 / no such response: {response_id}")
    run = session.get(ChecklistRun, r.run_id)
    doc = ChecklistTemplateDoc.model_validate(run.snapshot)
    item = next(i for i in doc.items if i.id == r.item_id)
    audit = session.get(Audit, run.audit_id)
    lines = [r.notes.strip()] if r.notes.strip() else []
    if r.sample_size:
        bad = r.nonconforming_count or 0
        lines.append(f"抽样 {r.sample_size},不符合 {bad}。")
    if r.sampled_refs:
        lines.append("抽样记录:" + "、".join(r.sampled_refs))
    grade = Grade.OBSERVATION if r.result == Result.OBSERVATION else Grade.MINOR
    auditor = run.auditor_id or audit.lead_auditor_id
    return NcDraft(
        process=doc.process,
        clause=";".join(item.clause),
        facts="\n".join(lines),
        grade=grade.value,
        department=_name(session, Department, run.department_id),
        department_id=str(run.department_id),
        audit_number=audit.number,
        auditor=_name(session, Person, auditor),
        auditee_representative=run.auditee_representative,
        source_response_id=str(r.id),
        found_on=r.answered_at.astimezone().date() if r.answered_at else None,
    )


def mark_repeat(s: Session, nc: Nonconformity) -> None:
    """Flag 重复发生 when an earlier audit had an NC on the same process and clause."""
    earlier = q.earlier_repeat(s, nc)
    nc.repeat_of_id = earlier.id if earlier else None


def draft_from_response(ctx: Context, response_id: str) -> NcDraft:
    with ctx.read() as s:
        return _draft_from_response(s, response_id)


def raise_nc(
    ctx: Context,
    *,
    process: str,
    facts: str,
    clause: str,
    grade: str,
    department: str | None,
    audit: str | None = None,
    nc_type: str | None = None,
    found_on: date | None = None,
    auditor: str | None = None,
    internal_clause: str = "",
    auditee_representative: str = "",
    due_date: date | None = None,
    parent: str | None = None,
    source_response_id: str | None = None,
    issue: bool = False,
) -> NcView:
    """Record a nonconformity (a draft, or issued at once with issue=True)."""
    grade = _grade(grade)
    found_on = found_on or ctx.today()
    process = clean(process).upper()
    if not process:
        raise Invalid("请选择过程 / the process is required")
    with ctx.write() as s:
        org = current_org(s)
        year = found_on.year
        seq = next_sequence(q.numbers_for_year(s, org.id, year), NC_PREFIX, year)
        a = find_audit(s, org, audit) if audit else None
        nc = Nonconformity(
            organisation_id=org.id,
            number=format_nc_number(year, seq),
            year=year,
            audit_id=a.id if a else None,
            process=process,
            facts=facts.strip(),
            clause=clean(clause),
            internal_clause=clean(internal_clause),
            grade=grade,
            nc_type=_enum(NcType, nc_type, "类型"),
            found_on=found_on,
            department_id=find_department(s, org, department).id if department else None,
            auditor_id=find_person(s, org, auditor).id
            if auditor
            else (a.lead_auditor_id if a else None),
            auditee_representative=clean(auditee_representative),
            due_date=due_date or wf.default_due_date(Grade(grade), found_on),
            parent_id=find_nc(s, org, parent).id if parent else None,
            source_response_id=uuid.UUID(source_response_id) if source_response_id else None,
            status=NcStatus.DRAFT.value,
        )
        if nc.source_response_id is not None and s.get(Response, nc.source_response_id) is None:
            raise NotFound(f"找不到检查项回答 / no such response: {source_response_id}")
        s.add(nc)
        s.flush()
        mark_repeat(s, nc)
        if issue:
            apply_transition(ctx, s, nc, wf.Transition.ISSUE, wf.TransitionInput())
            s.flush()
        return nc_view(s, nc, ctx.today())


def raise_nc_from_response(
    ctx: Context,
    response_id: str,
    *,
    grade: str | None = None,
    facts: str | None = None,
    nc_type: str | None = None,
    found_on: date | None = None,
    issue: bool = False,
) -> NcView:
    """Raise an NC from a checklist answer, pre-filled with its process, clause, notes,
    department and audit."""
    draft = draft_from_response(ctx, response_id)
    return raise_nc(
        ctx,
        process=draft.process,
        facts=facts if facts is not None else draft.facts,
        clause=draft.clause,
        grade=grade or draft.grade,
        department=draft.department_id,
        audit=draft.audit_number,
        nc_type=nc_type,
        auditor=draft.auditor or None,
        auditee_representative=draft.auditee_representative,
        source_response_id=draft.source_response_id,
        found_on=found_on or draft.found_on,
        issue=issue,
    )


_EDITABLE_TEXT = (
    "facts",
    "clause",
    "internal_clause",
    "auditee_representative",
    "correction",
    "root_cause",
    "similar_check",
    "system_update",
)


def update_nc(ctx: Context, ref: str, **fields) -> NcView:
    """Change the record's content (not its status). Closed and withdrawn NCs are frozen."""
    unknown = set(fields) - {
        *_EDITABLE_TEXT,
        "grade",
        "nc_type",
        "department",
        "process",
        "due_date",
        "root_cause_category",
        "why_steps",
        "found_on",
        "parent",
    }
    if unknown:
        raise Invalid(
            f"不能修改的字段 / fields that cannot be edited: {', '.join(sorted(unknown))}"
        )
    with ctx.write() as s:
        org = current_org(s)
        nc = find_nc(s, org, ref)
        if NcStatus(nc.status) in FINAL:
            raise Invalid(f"{nc.number} 已关闭或撤销,不能修改 / {nc.number} is closed or withdrawn")
        for key in _EDITABLE_TEXT:
            if fields.get(key) is not None:
                setattr(nc, key, fields[key].strip())
        if fields.get("grade") is not None:
            nc.grade = _grade(fields["grade"])
        if "nc_type" in fields:
            nc.nc_type = _enum(NcType, fields["nc_type"], "类型")
        if "root_cause_category" in fields:
            nc.root_cause_category = _enum(CauseCategory, fields["root_cause_category"], "原因类别")
        if fields.get("why_steps") is not None:
            nc.why_steps = [clean(w) for w in fields["why_steps"] if clean(w)]
        if fields.get("department") is not None:
            nc.department_id = find_department(s, org, fields["department"]).id
        if fields.get("process"):
            nc.process = clean(fields["process"]).upper()
        if "due_date" in fields:
            nc.due_date = fields["due_date"]
        if fields.get("found_on") is not None:
            nc.found_on = fields["found_on"]
        if "parent" in fields:
            parent = find_nc(s, org, fields["parent"]) if fields["parent"] else None
            if parent is not None and parent.id == nc.id:
                raise Invalid("不能以自身为前序不符合项 / an NC cannot follow up itself")
            nc.parent_id = parent.id if parent else None
        if {"clause", "process", "found_on"} & set(fields):
            mark_repeat(s, nc)
        s.flush()
        return nc_view(s, nc, ctx.today())


def apply_transition(
    ctx: Context,
    s: Session,
    nc: Nonconformity,
    t: wf.Transition,
    given: wf.TransitionInput,
    *,
    notes: str = "",
    on: date | None = None,
) -> None:
    try:
        after = wf.apply(_facts(s, nc), t, given)
    except wf.TransitionError as exc:
        raise Invalid(f"{nc.number}: {exc}") from exc
    on = on or ctx.today()
    nc.status = after.status.value
    nc.reopen_count = after.reopen_count
    reason = clean(given.reason)
    if t == wf.Transition.ACKNOWLEDGE:
        nc.acknowledged_by, nc.acknowledged_on = after.acknowledged_by, on
    elif t == wf.Transition.RESOLVE_DISPUTE:
        nc.acknowledged_on = on  # accepted by ruling; the ruling is kept as last_reason
    elif t == wf.Transition.DISPUTE:
        nc.dispute_reason = reason
    elif t in (wf.Transition.VERIFY_EFFECTIVE, wf.Transition.VERIFY_NOT_EFFECTIVE):
        nc.verifier_id = uuid.UUID(given.verifier_id)
        nc.verified_on = on
        nc.verification_method = clean(given.method)
        nc.verification_notes = notes
        nc.verification_result = (
            VerificationResult.EFFECTIVE
            if t == wf.Transition.VERIFY_EFFECTIVE
            else VerificationResult.NOT_EFFECTIVE
        ).value
    elif t == wf.Transition.CLOSE:
        nc.closed_at, nc.closed_by = ctx.now(), ctx.actor
    elif t == wf.Transition.REOPEN:
        nc.closed_at, nc.closed_by = None, ""
    if reason:
        nc.last_reason = reason


def transition(
    ctx: Context,
    ref: str,
    t: str | wf.Transition,
    *,
    reason: str = "",
    acknowledged_by: str = "",
    verifier: str | None = None,
    method: str = "",
    notes: str = "",
    on: date | None = None,
) -> NcView:
    """Move an NC along its workflow; refused with the reasons when a guard blocks it."""
    try:
        t = wf.Transition(t)
    except ValueError:
        raise Invalid(f"未知操作 / unknown transition: {t}") from None
    with ctx.write() as s:
        org = current_org(s)
        nc = find_nc(s, org, ref)
        verifier_id = str(find_person(s, org, verifier).id) if verifier else None
        given = wf.TransitionInput(
            reason=reason,
            acknowledged_by=clean(acknowledged_by),
            verifier_id=verifier_id,
            method=method,
        )
        apply_transition(ctx, s, nc, t, given, notes=notes, on=on)
        s.flush()
        return nc_view(s, nc, ctx.today())


def get_nc(ctx: Context, ref: str) -> NcView:
    with ctx.read() as s:
        return nc_view(s, find_nc(s, current_org(s), ref), ctx.today())


# --- corrective actions ----------------------------------------------------------------


def _action(s: Session, action_id: str) -> CorrectiveAction:
    try:
        a = s.get(CorrectiveAction, uuid.UUID(str(action_id)))
    except ValueError:
        a = None
    if a is None:
        raise NotFound(f"找不到纠正措施 / no such corrective action: {action_id}")
    return a


def _require_state(nc: Nonconformity, allowed: frozenset[NcStatus], what: str) -> None:
    if NcStatus(nc.status) not in allowed:
        raise Invalid(f"{nc.number} 当前状态下不能{what} / not possible in the NC's current state")


def add_action(
    ctx: Context, ref: str, description: str, *, owner: str | None, due_date: date | None
) -> ActionView:
    if not clean(description):
        raise Invalid("请描述纠正措施 / describe the corrective action")
    with ctx.write() as s:
        org = current_org(s)
        nc = find_nc(s, org, ref)
        _require_state(nc, ACTIONS_EDITABLE, "增加纠正措施")
        existing = q.actions(s, nc.id)
        a = CorrectiveAction(
            nc_id=nc.id,
            seq=max((x.seq for x in existing), default=0) + 1,
            description=description.strip(),
            owner_id=find_person(s, org, owner).id if owner else None,
            due_date=due_date or nc.due_date,
        )
        s.add(a)
        s.flush()
        return _action_view(s, a, ctx.today())


def update_action(
    ctx: Context,
    action_id: str,
    *,
    description: str | None = None,
    owner=_UNSET,
    due_date=_UNSET,
    evidence: str | None = None,
) -> ActionView:
    with ctx.write() as s:
        org = current_org(s)
        a = _action(s, action_id)
        nc = s.get(Nonconformity, a.nc_id)
        _require_state(nc, ACTIONS_EDITABLE, "修改纠正措施")
        if description is not None:
            if not clean(description):
                raise Invalid("请描述纠正措施 / describe the corrective action")
            a.description = description.strip()
        if owner is not _UNSET:
            a.owner_id = find_person(s, org, owner).id if owner else None
        if due_date is not _UNSET:
            a.due_date = due_date
        if evidence is not None:
            a.evidence = evidence
        s.flush()
        return _action_view(s, a, ctx.today())


def set_action_status(
    ctx: Context,
    action_id: str,
    status: str,
    *,
    evidence: str | None = None,
    completed_at: datetime | None = None,
) -> ActionView:
    """Start, complete or cancel an action; completing records when, and the evidence."""
    new = ActionStatus(_enum(ActionStatus, status, "措施状态"))
    with ctx.write() as s:
        a = _action(s, action_id)
        nc = s.get(Nonconformity, a.nc_id)
        if new == ActionStatus.DONE:
            _require_state(nc, ACTIONS_COMPLETABLE, "完成纠正措施(计划须先批准)")
        else:
            _require_state(nc, ACTIONS_EDITABLE | ACTIONS_COMPLETABLE, "修改纠正措施")
        a.status = new.value
        a.completed_at = (completed_at or ctx.now()) if new == ActionStatus.DONE else None
        if evidence is not None:
            a.evidence = evidence
        s.flush()
        return _action_view(s, a, ctx.today())


def complete_action(
    ctx: Context, action_id: str, *, evidence: str = "", completed_at: datetime | None = None
) -> ActionView:
    return set_action_status(
        ctx, action_id, ActionStatus.DONE, evidence=evidence, completed_at=completed_at
    )


def action_id_by_seq(ctx: Context, ref: str, seq: int) -> str:
    with ctx.read() as s:
        nc = find_nc(s, current_org(s), ref)
        for a in q.actions(s, nc.id):
            if a.seq == seq:
                return str(a.id)
        raise NotFound(f"{nc.number} 没有第 {seq} 项措施 / {nc.number} has no action {seq}")


# --- the register ------------------------------------------------------------------------


def register_filter(
    s: Session,
    org: Organisation,
    *,
    status=None,
    grade=None,
    process=None,
    department_ref=None,
    audit=None,
    year=None,
    owner=None,
    auditor=None,
    due_before=None,
    overdue=None,
    open_only=False,
    text="",
) -> q.NcFilter:
    def listify(v):
        if v is None:
            return ()
        return tuple(x for x in ([v] if isinstance(v, str) else v) if x)

    statuses = tuple(_enum(NcStatus, x, "状态") for x in listify(status))
    grades = tuple(_grade(x) for x in listify(grade))
    return q.NcFilter(
        statuses=statuses,
        grades=grades,
        processes=tuple(clean(p).upper() for p in listify(process)),
        department_ids=tuple(find_department(s, org, d).id for d in listify(department_ref)),
        audit_ids=tuple(find_audit(s, org, a).id for a in listify(audit)),
        year=year,
        action_owner_id=find_person(s, org, owner).id if owner else None,
        auditor_id=find_person(s, org, auditor).id if auditor else None,
        due_before=due_before,
        overdue=overdue,
        open_only=open_only,
        text=text or "",
    )


REGISTER_FILTERS = (
    "status",
    "grade",
    "process",
    "department_ref",
    "audit",
    "year",
    "owner",
    "auditor",
    "due_before",
    "overdue",
    "open_only",
    "text",
)


def list_ncs(
    ctx: Context,
    *,
    sort: str = "due_date",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    with_total: bool = True,
    **filters,
) -> Page:
    """One page of the register, filtered and sorted in SQL, with the total count and how
    many of them are overdue (both -1 when not asked for: counting is a second pass)."""
    if sort not in q.SORT_COLUMNS:
        raise Invalid(f"不能按此排序 / cannot sort by {sort} ({', '.join(q.SORT_COLUMNS)})")
    today = ctx.today()
    with ctx.read() as s:
        f = register_filter(s, current_org(s), **filters)
        rows = q.page(s, f, today, sort=sort, descending=descending, offset=offset, limit=limit)
        page = tuple(
            NcRow(
                q.dashed_uuid(i),
                n,
                st,
                g,
                p,
                d or "",
                a or "",
                c,
                f_,
                fo,
                due,
                bool(o),
                rc,
                bool(r),
            )
            for (i, n, st, g, p, d, a, c, f_, fo, due, rc, o, r) in rows
        )
        if not with_total:
            total = overdue = -1
        elif offset == 0 and len(page) < limit:
            # The first page already holds every match: no second pass to count them.
            total, overdue = len(page), sum(r.overdue for r in page)
        else:
            total, overdue = q.count_with_overdue(s, f, today)
    return Page(page, total, offset, overdue)


def count_ncs(ctx: Context, **filters) -> tuple[int, int]:
    """(matching NCs, of which overdue) for the register's filters, without fetching rows."""
    today = ctx.today()
    with ctx.read() as s:
        return q.count_with_overdue(s, register_filter(s, current_org(s), **filters), today)


# --- history -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    field: str
    before: object
    after: object


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: datetime
    actor: str
    entity: str
    action: str
    changes: tuple[Change, ...]
    entity_id: str = ""  # which action or attachment, when the NC has several


_QUIET = {"updated_at", "created_at", "id"}


def history(ctx: Context, ref: str) -> list[HistoryEntry]:
    """Who changed what and when, for the NC and its actions, from the event log."""
    with ctx.read() as s:
        nc = find_nc(s, current_org(s), ref)
        actions = q.actions(s, nc.id)
        refs = (
            [("nonconformity", str(nc.id))]
            + [("corrective_action", str(a.id)) for a in actions]
            + [("attachment", str(x.id)) for x in q.attachments(s, nc_id=nc.id)]
            # The evidence files of each action belong to the NC's story too.
            + [("attachment", str(x.id)) for a in actions for x in q.attachments(s, action_id=a.id)]
        )
        out = []
        for e in eq.history(s, refs):
            before, after = e.before or {}, e.after or {}
            keys = sorted((set(before) | set(after)) - _QUIET)
            changes = tuple(
                Change(k, before.get(k), after.get(k))
                for k in keys
                if before.get(k) != after.get(k)
            )
            out.append(HistoryEntry(e.seq, e.at, e.actor, e.entity, e.action, changes, e.entity_id))
        return out


# --- recurrence ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecurrenceDraft:
    """A follow-up NC for a recurrence: the parent's process, clause and department, one grade up."""

    parent: str
    process: str
    clause: str
    internal_clause: str
    department_id: str | None
    audit_number: str
    grade: str
    suggested_because: str


def recurrence_draft(ctx: Context, parent_ref: str) -> RecurrenceDraft:
    with ctx.read() as s:
        parent = find_nc(s, current_org(s), parent_ref)
        grade = wf.suggested_recurrence_grade(Grade(parent.grade))
        audit = s.get(Audit, parent.audit_id) if parent.audit_id else None
        return RecurrenceDraft(
            parent=parent.number,
            process=parent.process,
            clause=parent.clause,
            internal_clause=parent.internal_clause,
            department_id=str(parent.department_id) if parent.department_id else None,
            audit_number=audit.number if audit else "",
            grade=grade.value,
            suggested_because=(
                f"{parent.number} 再次发生,建议升级为{GRADE_LABELS[grade][0]} / "
                f"{parent.number} recurred: suggested grade {GRADE_LABELS[grade][1].lower()}"
            ),
        )


# --- links and the register's years ------------------------------------------------------------


@dataclass(frozen=True)
class NcLink:
    """Another NC as a link on the form: enough to label it."""

    number: str
    status: str
    grade: str


def children(ctx: Context, ref: str) -> list[NcLink]:
    """The follow-up NCs raised for this one (recurrences), oldest number first."""
    with ctx.read() as s:
        nc = find_nc(s, current_org(s), ref)
        return [NcLink(c.number, c.status, c.grade) for c in q.children(s, nc.id)]


def register_years(ctx: Context) -> list[int]:
    """The years the register spans, newest first, always including the current one
    (for the register's year filter: two one-row queries, whatever the register's size)."""
    today = ctx.today()
    years = {today.year}
    with ctx.read() as s:
        org = current_org(s)
        ends = [
            q.page(s, q.NcFilter(), today, sort="number", descending=d, limit=1)
            for d in (False, True)
        ]
        if ends[0] and ends[1]:
            low, high = (find_nc(s, org, rows[0][1]).year for rows in ends)
            years |= set(range(low, high + 1))
    return sorted(years, reverse=True)
