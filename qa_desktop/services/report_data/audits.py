"""The internal-audit documents' data, compiled through the services (never the store).

One function per kind of services/documents.KINDS: compile_audit_plan, compile_checklist,
compile_checklist_blank, compile_nc, compile_nc_register, compile_audit_report. Each takes the
context and the selector (an audit number, or an NC number) and returns the pydantic input of
its report module (schemas/report_inputs_audit.py).

Who signs: prepared by the lead auditor (an NC report: its auditor), reviewed by the quality
manager (role quality_manager), approved by top management (role top_management), dated from
the record the document shows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

from qa_desktop.domain.enums import Grade, NcStatus, Result
from qa_desktop.schemas.report_base import DocumentPeople
from qa_desktop.schemas.report_inputs_audit import (
    Assignment,
    AuditInfo,
    AuditPlanData,
    AuditReportData,
    ChecklistData,
    ConformityRow,
    Dispute,
    Finding,
    FollowUpRow,
    ItemRow,
    NcActionRow,
    NcRegisterData,
    NcRegisterRow,
    NcReportData,
    Observation,
    Photo,
    Recipient,
    RunChecklist,
    RunInfo,
    StatRow,
    TeamMember,
    TimetableRow,
)

from .. import attachments, audits, checklists, follow_ups, organisation, templates
from .. import nonconformities as ncs
from ..context import Context, ServiceError
from .common import company, first_name, local_date

# The half-day slots of an audit day, and how long the opening and closing meetings take.
MORNING = (time(9, 0), time(12, 0))
AFTERNOON = (time(13, 30), time(17, 30))
MEETING = timedelta(minutes=30)
MIN_SLOT = timedelta(minutes=30)
REGISTER_FACTS = 200  # the register shows the start of the facts; the NC report has them whole


# --- small helpers ------------------------------------------------------------------------


def _local(moment: datetime | None) -> datetime | None:
    """A stored (UTC) moment as the local wall-clock time, without a zone."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.replace(tzinfo=None)


def _people(ctx: Context, prepared_by: str, on: date | None) -> DocumentPeople:
    return DocumentPeople(
        prepared_by=prepared_by,
        prepared_on=on,
        reviewed_by=first_name(ctx, "quality_manager"),
        reviewed_on=on,
        approved_by=first_name(ctx, "top_management"),
        approved_on=on,
    )


def _audit_info(view) -> AuditInfo:
    return AuditInfo(
        number=view.number,
        title=view.title,
        objectives=view.objectives,
        criteria=view.criteria,
        client=view.client,
        method=view.method,
        locations=view.locations,
        processes=tuple(view.scope_processes),
        departments=tuple(d.name for d in view.scope_departments),
        lead_auditor=view.lead_auditor.name if view.lead_auditor else "",
        team=tuple(t.name for t in view.team),
        planned_start=view.planned_start,
        planned_end=view.planned_end,
        opening_meeting_at=_local(view.opening_meeting_at),
        closing_meeting_at=_local(view.closing_meeting_at),
        status=view.status,
        conclusion=view.conclusion,
    )


def _plan_day(view) -> date | None:
    """When the plan was drawn up: the day the audit was entered, unless that is after its
    first planned day (an audit recorded afterwards) — then that day."""
    days = [d for d in (local_date(view.created_at), view.planned_start) if d]
    return min(days) if days else local_date(view.opening_meeting_at)


def _report_day(view) -> date | None:
    """When the audit was reported (or, before that, its last planned day)."""
    return local_date(view.reported_at) or view.planned_end or view.planned_start


def _follow_up_row(f) -> FollowUpRow:
    return FollowUpRow(
        nc_number=f.nc_number,
        nc_audit=f.nc_audit_number,
        department=f.department,
        process=f.process,
        grade=f.grade,
        nc_status=f.nc_status,
        facts=f.facts,
        clause=f.clause,
        due_date=f.due_date,
        overdue=f.overdue,
        result=f.result,
        notes=f.notes,
    )


# --- runs ----------------------------------------------------------------------------------


def _representative(ctx: Context, summary, run_view) -> str:
    return summary.auditee_representative


def _template_title_en(ctx: Context, code: str, version: str) -> str:
    try:
        return templates.get_template(ctx, code, version).title_en
    except ServiceError:  # a run of a template this laptop no longer has
        return ""


def _runs(ctx: Context, audit_view) -> list[tuple[RunInfo, object, str]]:
    """(RunInfo, RunView, run id) of every run, in the audit's process order, then department."""
    order = {p: i for i, p in enumerate(audit_view.scope_processes)}
    dept_order = {d.name: i for i, d in enumerate(audit_view.scope_departments)}
    out = []
    for summary in checklists.list_runs(ctx, audit_view.number):
        view = checklists.get_run(ctx, summary.id)
        answered = [
            local_date(i.response.answered_at) for i in view.items if i.response.answered_at
        ]
        title_en = _template_title_en(ctx, summary.template_code, summary.template_version)
        info = RunInfo(
            template_code=summary.template_code,
            template_version=summary.template_version,
            title=summary.title,
            title_en=title_en,
            process=summary.process,
            department=summary.department,
            auditor=summary.auditor
            or (audit_view.lead_auditor.name if audit_view.lead_auditor else ""),
            representative=_representative(ctx, summary, view),
            first_answer=min(answered) if answered else None,
            last_answer=max(answered) if answered else None,
            items=summary.total,
            answered=summary.answered,
        )
        out.append((info, view, summary.id))
    out.sort(
        key=lambda r: (
            order.get(r[0].process, len(order)),
            dept_order.get(r[0].department, len(dept_order)),
            r[0].department,
            r[0].template_code,
        )
    )
    return out


_NUMBERED = re.compile(r"^(?P<std>.*?\S)\s+(?P<num>\d+(?:\.\d+)*)(?=$|[\s(()])")


def _version_key(num: str) -> tuple[int, ...]:
    return tuple(int(x) for x in num.split("."))


def summarise_clauses(clauses) -> tuple[str, int]:
    """The standards' clauses of a checklist in one line — "ISO/IEC 20000-1:2018 7.2, 8.6.1;
    GB/T 28827.1·资源·服务台" — and how many other references (practices, examples) it has."""
    numbered: dict[str, set[str]] = {}
    named: list[str] = []
    others: set[str] = set()
    for clause in clauses:
        text = " ".join(str(clause).split())
        m = _NUMBERED.match(text)
        if m and re.search(r"\d", m.group("std")):
            numbered.setdefault(m.group("std"), set()).add(m.group("num"))
        elif text.upper().startswith(("GB/T", "GB ", "ISO", "T/")):
            if text not in named:
                named.append(text)
        elif text:
            others.add(text)
    parts = [f"{std} {', '.join(sorted(nums, key=_version_key))}" for std, nums in numbered.items()]
    return "; ".join(parts + named), len(others)


def first_reference(clause: str) -> str:
    """The first reference of an NC's clause text, without its explanation in brackets."""
    first = re.split(r"[;;\n]", clause or "", maxsplit=1)[0]
    first = re.sub(r"\s*[((].*$", "", first).strip()
    return first or (clause or "").strip()


def _slots(audit: AuditInfo) -> list[tuple[datetime, datetime]]:
    """The half-day slots between the end of the opening meeting and the closing meeting."""
    days: list[date] = []
    start = audit.planned_start or (
        audit.opening_meeting_at.date() if audit.opening_meeting_at else None
    )
    end = audit.planned_end or (
        audit.closing_meeting_at.date() if audit.closing_meeting_at else None
    )
    if start and end and end >= start:
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    elif start or end:
        days = [start or end]
    if not days:
        return []
    opening = audit.opening_meeting_at or datetime.combine(days[0], MORNING[0])
    closing = audit.closing_meeting_at or datetime.combine(days[-1], AFTERNOON[1]) - MEETING
    slots = []
    for day in days:
        for first, last in (MORNING, AFTERNOON):
            s = max(datetime.combine(day, first), opening + MEETING)
            e = min(datetime.combine(day, last), closing)
            if e - s >= MIN_SLOT:
                slots.append((s, e))
    return slots


def _timetable(audit: AuditInfo, runs: list[tuple[RunInfo, object, str]]) -> list[TimetableRow]:
    slots = _slots(audit)
    rows: list[TimetableRow] = []
    opening = audit.opening_meeting_at or (slots[0][0] - MEETING if slots else None)
    closing = audit.closing_meeting_at or (slots[-1][1] if slots else None)
    team = "、".join(n for n in (audit.lead_auditor, *audit.team) if n)
    rows.append(
        TimetableRow(
            kind="opening",
            start=opening,
            end=opening + MEETING if opening else None,
            department="、".join(audit.departments),
            auditor=team,
        )
    )
    n, s = len(runs), len(slots)
    for i, (info, view, _id) in enumerate(runs):
        if s == 0:
            start = end = None
        elif n <= s:
            a, b = i * s // n, (i + 1) * s // n - 1
            start, end = slots[a][0], slots[b][1]
        else:  # more runs than half-days: several auditors work in parallel
            slot = slots[i * s // n]
            start, end = slot
        clauses, others = summarise_clauses(c for item in view.items for c in item.item.clause)
        rows.append(
            TimetableRow(
                kind="run",
                start=start,
                end=end,
                process=info.process,
                department=info.department,
                clauses=clauses,
                other_refs=others,
                auditor=info.auditor,
                representative=info.representative,
            )
        )
    rows.append(
        TimetableRow(
            kind="closing",
            start=closing,
            end=closing + MEETING if closing else None,
            department="、".join(audit.departments),
            auditor=team,
        )
    )
    return rows


def _team(ctx: Context, audit: AuditInfo, runs) -> list[TeamMember]:
    people = {p.name: p for p in organisation.list_people(ctx)}

    def affiliation(name: str) -> str:
        p = people.get(name)
        if p is None:
            return ""
        return " · ".join(x for x in (p.department, p.title) if x)

    by_auditor: dict[str, list[Assignment]] = defaultdict(list)
    by_rep: dict[str, list[Assignment]] = defaultdict(list)
    for info, _view, _id in runs:
        a = Assignment(process=info.process, department=info.department)
        if info.auditor:
            by_auditor[info.auditor].append(a)
        if info.representative:
            by_rep[info.representative].append(a)
    members = []
    if audit.lead_auditor:
        members.append(
            TeamMember(
                role="lead",
                name=audit.lead_auditor,
                affiliation=affiliation(audit.lead_auditor),
                assignments=tuple(by_auditor.get(audit.lead_auditor, ())),
            )
        )
    auditors = [*audit.team, *(a for a in by_auditor if a not in audit.team)]
    for name in dict.fromkeys(auditors):
        if name == audit.lead_auditor:
            continue
        members.append(
            TeamMember(
                role="auditor",
                name=name,
                affiliation=affiliation(name),
                assignments=tuple(by_auditor.get(name, ())),
            )
        )
    for name, assigned in by_rep.items():
        members.append(
            TeamMember(
                role="representative",
                name=name,
                affiliation=affiliation(name),
                assignments=tuple(assigned),
            )
        )
    return members


def _photos(ctx: Context, run_item) -> tuple[Photo, ...]:
    if not run_item.attachments:
        return ()
    return tuple(
        Photo(name=a.original_name, caption=a.caption, sha256=a.sha256, path=str(a.path))
        for a in attachments.list_attachments(ctx, response_id=run_item.response.id)
        if a.is_image
    )


def _item_row(ctx: Context, run_item, *, blank: bool) -> ItemRow:
    item, r = run_item.item, run_item.response
    base = {
        "item_id": item.id,
        "question": item.question,
        "question_en": item.question_en,
        "clauses": tuple(item.clause),
        "evidence": item.evidence,
        "evidence_en": item.evidence_en,
        "answer_type": item.answer.type.value,
        "allowed_results": tuple(x.value for x in item.answer.results),
        "sample_size": item.answer.sample_size,
        "unit": item.answer.unit or "",
    }
    if blank:
        return ItemRow(**base)
    return ItemRow(
        **base
        | {
            "sample_size": r.sample_size if r.sample_size is not None else item.answer.sample_size,
            "result": r.result,
            "notes": r.notes,
            "sampled_refs": tuple(r.sampled_refs),
            "nonconforming_count": r.nonconforming_count,
            "measured_value": r.measured_value,
            "nc_numbers": tuple(run_item.nc_numbers),
            "photos": _photos(ctx, run_item),
        }
    )


# --- the documents ---------------------------------------------------------------------------


# What a plan or a blank checklist shows does not change as the audit is carried out: the
# answers, the status and the findings are left out of their data, so their version moves only
# when the plan itself changes.
_UNPLANNED = {"status": "", "conclusion": ""}
_UNRUN = {"first_answer": None, "last_answer": None, "answered": 0}
_UNCHECKED = {"result": "unanswered", "notes": ""}


def compile_audit_plan(ctx: Context, audit: str) -> AuditPlanData:
    view = audits.get_audit(ctx, audit)
    info = _audit_info(view).model_copy(update=_UNPLANNED)
    runs = [(r.model_copy(update=_UNRUN), v, i) for r, v, i in _runs(ctx, view)]
    return AuditPlanData(
        subject=view.number,
        year=view.year,
        company=company(ctx),
        people=_people(ctx, info.lead_auditor, _plan_day(view)),
        audit=info,
        runs=tuple(r[0] for r in runs),
        team=tuple(_team(ctx, info, runs)),
        timetable=tuple(_timetable(info, runs)),
        follow_ups=tuple(
            _follow_up_row(f).model_copy(update=_UNCHECKED)
            for f in follow_ups.list_follow_ups(ctx, view.number)
        ),
    )


def _checklist(ctx: Context, audit: str, *, blank: bool) -> ChecklistData:
    view = audits.get_audit(ctx, audit)
    info = _audit_info(view)
    if blank:  # what an auditor carries on site: nothing of what was found
        info = info.model_copy(update=_UNPLANNED)
    runs = _runs(ctx, view)
    pending = [_follow_up_row(f) for f in follow_ups.list_follow_ups(ctx, view.number)]
    if blank:
        pending = [
            f.model_copy(update={**_UNCHECKED, "nc_status": "", "overdue": False}) for f in pending
        ]
    out = []
    for info_run, run_view, _id in runs:
        mine = [f for f in pending if f.department == info_run.department]
        pending = [f for f in pending if f.department != info_run.department]
        if blank:
            info_run = info_run.model_copy(update=_UNRUN)
        out.append(
            RunChecklist(
                run=info_run,
                items=tuple(_item_row(ctx, i, blank=blank) for i in run_view.items),
                follow_ups=tuple(mine),
            )
        )
    last = max((r.run.last_answer for r in out if r.run.last_answer), default=None)
    return ChecklistData(
        subject=view.number,
        year=view.year,
        company=company(ctx),
        people=_people(
            ctx, info.lead_auditor, _plan_day(view) if blank else (last or _report_day(view))
        ),
        audit=info,
        runs=tuple(out),
        follow_ups=tuple(pending),
        blank=blank,
    )


def compile_checklist(ctx: Context, audit: str) -> ChecklistData:
    return _checklist(ctx, audit, blank=False)


def compile_checklist_blank(ctx: Context, audit: str) -> ChecklistData:
    return _checklist(ctx, audit, blank=True)


def _files(items) -> tuple[str, ...]:
    return tuple(a.original_name for a in items)


def compile_nc(ctx: Context, nc: str) -> NcReportData:
    v = ncs.get_nc(ctx, nc)
    audit = audits.get_audit(ctx, v.audit_number) if v.audit_number else None
    actions = tuple(
        NcActionRow(
            seq=a.seq,
            description=a.description,
            owner=a.owner,
            due_date=a.due_date,
            status=a.status,
            completed_on=local_date(a.completed_at),
            evidence=a.evidence,
            overdue=a.overdue,
            files=_files(attachments.list_attachments(ctx, action_id=a.id)),
        )
        for a in v.actions
    )
    done = [a.completed_on for a in actions if a.completed_on]
    lead = audit.lead_auditor.name if audit and audit.lead_auditor else ""
    return NcReportData(
        subject=v.number,
        year=v.year,
        company=company(ctx),
        people=_people(ctx, v.auditor or lead, v.found_on),
        number=v.number,
        audit_number=v.audit_number,
        audit_title=audit.title if audit else "",
        lead_auditor=lead,
        process=v.process,
        department=v.department,
        auditor=v.auditor,
        auditee_representative=v.auditee_representative,
        found_on=v.found_on,
        source_item=v.source_item,
        facts=v.facts,
        clause=v.clause,
        internal_clause=v.internal_clause,
        grade=v.grade,
        nc_type=v.nc_type,
        status=v.status,
        overdue=v.overdue,
        acknowledged_by=v.acknowledged_by,
        acknowledged_on=v.acknowledged_on,
        dispute_reason=v.dispute_reason,
        correction=v.correction,
        root_cause_category=v.root_cause_category,
        why_steps=tuple(v.why_steps),
        root_cause=v.root_cause,
        similar_check=v.similar_check,
        system_update=v.system_update,
        due_date=v.due_date,
        actions=actions,
        evidence_files=_files(attachments.list_attachments(ctx, nc=v.number)),
        actual_completion=max(done)
        if done and all(a.completed_on or a.status == "cancelled" for a in actions)
        else None,
        verifier=v.verifier,
        verified_on=v.verified_on,
        verification_method=v.verification_method,
        verification_result=v.verification_result,
        verification_notes=v.verification_notes,
        reopen_count=v.reopen_count,
        closed_on=local_date(v.closed_at),
        closed_by=v.closed_by,
        parent_number=v.parent_number,
        repeat_of_number=v.repeat_of_number,
    )


def _audit_ncs(ctx: Context, number: str) -> list:
    """The full records of an audit's NCs, by number."""
    rows, offset = [], 0
    while True:
        page = ncs.list_ncs(ctx, audit=number, sort="number", offset=offset, limit=500)
        rows.extend(page.rows)
        if len(page.rows) < 500:
            break
        offset += 500
    return [ncs.get_nc(ctx, r.id) for r in rows]


def compile_nc_register(ctx: Context, audit: str) -> NcRegisterData:
    view = audits.get_audit(ctx, audit)
    info = _audit_info(view)
    rows = []
    last: date | None = None
    for v in _audit_ncs(ctx, view.number):
        facts = v.facts if len(v.facts) <= REGISTER_FACTS else v.facts[:REGISTER_FACTS] + "…"
        closed = local_date(v.closed_at)
        rows.append(
            NcRegisterRow(
                number=v.number,
                department=v.department,
                process=v.process,
                clause=v.clause,
                facts=facts,
                grade=v.grade,
                nc_type=v.nc_type,
                status=v.status,
                found_on=v.found_on,
                due_date=v.due_date,
                overdue=v.overdue,
                verification_result=v.verification_result,
                verified_on=v.verified_on,
                closed_on=closed,
            )
        )
        for d in (v.found_on, v.acknowledged_on, v.verified_on, closed):
            if d and (last is None or d > last):
                last = d
    return NcRegisterData(
        subject=view.number,
        year=view.year,
        company=company(ctx),
        people=_people(ctx, info.lead_auditor, last or _report_day(view)),
        audit=info,
        rows=tuple(rows),
    )


_RESULT_FIELD = {
    Result.CONFORM.value: "conform",
    Result.NONCONFORM.value: "nonconform",
    Result.OBSERVATION.value: "observation",
    Result.NOT_APPLICABLE.value: "not_applicable",
    Result.UNANSWERED.value: "unanswered",
}


def _distribution(ctx: Context, info: AuditInfo) -> list[Recipient]:
    people = organisation.list_people(ctx)
    out: list[Recipient] = []
    seen: set[tuple[str, str]] = set()

    def add(name: str, role: str, department: str = "") -> None:
        if name and (name, role) not in seen:
            seen.add((name, role))
            out.append(Recipient(name=name, role=role, department=department))

    dept_of = {p.name: p.department for p in people}
    add(info.lead_auditor, "lead", dept_of.get(info.lead_auditor, ""))
    for name in info.team:
        add(name, "auditor", dept_of.get(name, ""))
    for dept in info.departments:
        for p in people:
            if p.active and p.department == dept and "department_head" in p.roles:
                add(p.name, "department_head", dept)
    for p in people:
        if p.active and "top_management" in p.roles:
            add(p.name, "top_management", p.department)
    quality = [p.department for p in people if "quality_manager" in p.roles and p.department]
    if quality:
        add(quality[0], "quality", quality[0])
    return out


def compile_audit_report(ctx: Context, audit: str) -> AuditReportData:
    view = audits.get_audit(ctx, audit)
    info = _audit_info(view)
    runs = _runs(ctx, view)
    conformity, observations = [], []
    total: Counter[str] = Counter()
    for run_info, run_view, _id in runs:
        counts: Counter[str] = Counter(_RESULT_FIELD[i.response.result] for i in run_view.items)
        total.update(counts)
        conformity.append(
            ConformityRow(
                template_code=run_info.template_code,
                process=run_info.process,
                department=run_info.department,
                auditor=run_info.auditor,
                **counts,
            )
        )
        for i in run_view.items:
            if i.response.result == Result.OBSERVATION.value:
                observations.append(
                    Observation(
                        item_id=i.item.id,
                        question=i.item.question,
                        process=run_info.process,
                        department=run_info.department,
                        notes=i.response.notes,
                        nc_numbers=tuple(i.nc_numbers),
                    )
                )
    records = [v for v in _audit_ncs(ctx, view.number) if v.status != NcStatus.WITHDRAWN.value]
    findings = [
        Finding(
            number=v.number,
            department=v.department,
            process=v.process,
            clause=v.clause,
            grade=v.grade,
            nc_type=v.nc_type,
            status=v.status,
            facts=v.facts,
            source_item=v.source_item,
        )
        for v in records
    ]
    disputes = [
        Dispute(
            number=v.number,
            department=v.department,
            grade=v.grade,
            facts=v.facts,
            reason=v.dispute_reason,
        )
        for v in records
        if v.status == NcStatus.DISPUTED.value
    ]
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for v in records:
        cells[(v.department, first_reference(v.clause))][v.grade] += 1
    dept_order = {d: i for i, d in enumerate(info.departments)}
    stats = [
        StatRow(
            department=dept,
            clause=clause,
            major=c[Grade.MAJOR.value],
            minor=c[Grade.MINOR.value],
            observation=c[Grade.OBSERVATION.value],
        )
        for (dept, clause), c in sorted(
            cells.items(), key=lambda kv: (dept_order.get(kv[0][0], 99), kv[0][0], kv[0][1])
        )
    ]
    return AuditReportData(
        subject=view.number,
        year=view.year,
        company=company(ctx),
        people=_people(ctx, info.lead_auditor, _report_day(view)),
        audit=info,
        runs=tuple(r[0] for r in runs),
        findings=tuple(findings),
        observations=tuple(observations),
        conformity=tuple(conformity),
        overall=ConformityRow(**total),
        disputes=tuple(disputes),
        stats=tuple(stats),
        follow_ups=tuple(_follow_up_row(f) for f in follow_ups.list_follow_ups(ctx, view.number)),
        distribution=tuple(_distribution(ctx, info)),
    )
