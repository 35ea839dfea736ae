"""Checklist runs and answers. Every answer is its own committed, event-logged transaction."""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from qa_desktop.domain.audit_workflow import ANSWERABLE
from qa_desktop.domain.enums import AnswerType, AuditStatus, Result
from qa_desktop.schemas.template import ChecklistTemplateDoc, TemplateItem
from qa_desktop.store import eventlog
from qa_desktop.store.models import Audit, ChecklistRun, Department, Person, Response
from qa_desktop.store.queries import checklists as q
from qa_desktop.store.queries import templates as tq

from .audits import find_audit, independence_warnings
from .context import Context, Invalid, NotFound, clean
from .organisation import current_org, department, person

_UNSET: object = object()


@dataclass(frozen=True)
class ResponseView:
    id: str
    run_id: str
    item_id: str
    position: int
    result: str
    notes: str
    sampled_refs: tuple[str, ...]
    sample_size: int | None
    nonconforming_count: int | None
    measured_value: float | None
    answered_by: str
    answered_at: datetime | None


@dataclass(frozen=True)
class RunItem:
    item: TemplateItem
    response: ResponseView
    nc_numbers: tuple[str, ...]
    attachments: int


@dataclass(frozen=True)
class RunSummary:
    id: str
    audit_id: str
    audit_number: str
    template_code: str
    template_version: str
    title: str
    process: str
    department_id: str
    department: str
    auditor: str
    answered: int
    total: int
    auditee_representative: str = ""


@dataclass(frozen=True)
class RunView:
    summary: RunSummary
    items: tuple[RunItem, ...]
    warnings: tuple[str, ...]


def response_view(r: Response | Mapping) -> ResponseView:
    get = r.__getitem__ if isinstance(r, Mapping) else r.__getattribute__
    return ResponseView(
        str(get("id")),
        str(get("run_id")),
        get("item_id"),
        get("position"),
        get("result"),
        get("notes"),
        tuple(get("sampled_refs")),
        get("sample_size"),
        get("nonconforming_count"),
        get("measured_value"),
        get("answered_by"),
        get("answered_at"),
    )


def _items(ctx: Context, session: Session, run_id: uuid.UUID) -> dict[str, TemplateItem]:
    items = ctx.snapshot_cache.get(run_id)
    if items is None:
        doc = ChecklistTemplateDoc.model_validate(q.run_snapshot(session, run_id))
        items = {i.id: i for i in doc.items}
        ctx.snapshot_cache[run_id] = items
    return items


def _summary(session: Session, run: ChecklistRun, progress: tuple[int, int]) -> RunSummary:
    audit = session.get(Audit, run.audit_id)
    dept = session.get(Department, run.department_id)
    auditor = session.get(Person, run.auditor_id) if run.auditor_id else None
    return RunSummary(
        str(run.id),
        str(run.audit_id),
        audit.number,
        run.template_code,
        run.template_version,
        run.snapshot.get("title", run.template_code),
        run.snapshot.get("process", ""),
        str(run.department_id),
        dept.name,
        auditor.name if auditor else "",
        *progress,
        run.auditee_representative,
    )


def start_run(
    ctx: Context,
    audit: str,
    template_code: str,
    department_ref: str,
    *,
    version: str | None = None,
    auditor: str | None = None,
    representative: str = "",
) -> RunView:
    """Apply a template to an auditee department: a snapshot of the template and one empty
    answer per item."""
    with ctx.write() as s:
        org = current_org(s)
        a = find_audit(s, org, audit)
        if AuditStatus(a.status) not in ANSWERABLE:
            raise Invalid(
                f"审核 {a.number} 已报告或关闭 / audit {a.number} is already reported or closed"
            )
        tpl = tq.by_code(s, clean(template_code).upper(), version)
        if tpl is None:
            raise NotFound(f"找不到模板 / no such template: {template_code}")
        dept = department(s, org, department_ref)
        if q.find_run(s, a.id, tpl.code, dept.id):
            raise Invalid(
                f"{a.number} 已有 {tpl.code} 对 {dept.name} 的检查表 / this audit already has "
                f"a {tpl.code} checklist for {dept.name}"
            )
        auditor_row = (
            person(s, org, auditor)
            if auditor
            else (s.get(Person, a.lead_auditor_id) if a.lead_auditor_id else None)
        )
        run = ChecklistRun(
            audit_id=a.id,
            template_id=tpl.id,
            template_code=tpl.code,
            template_version=tpl.version,
            snapshot=tpl.document,
            department_id=dept.id,
            auditor_id=auditor_row.id if auditor_row else None,
            auditee_representative=clean(representative),
        )
        s.add(run)
        s.flush()
        doc = ChecklistTemplateDoc.model_validate(tpl.document)
        for pos, item in enumerate(doc.items, start=1):
            s.add(
                Response(
                    run_id=run.id,
                    item_id=item.id,
                    position=pos,
                    sample_size=item.answer.sample_size,
                )
            )
        if dept.id and str(dept.id) not in a.scope_department_ids:
            a.scope_department_ids = [*a.scope_department_ids, str(dept.id)]
        if doc.process not in a.scope_processes:
            a.scope_processes = [*a.scope_processes, doc.process]
        s.flush()
        return _run_view(ctx, s, run)


def _run_view(ctx: Context, s: Session, run: ChecklistRun) -> RunView:
    items = _items(ctx, s, run.id)
    responses = q.responses(s, run.id)
    ncs = q.ncs_by_response(s, run.id)
    files = q.attachment_counts_by_response(s, run.id)
    answered = sum(1 for r in responses if r.result != Result.UNANSWERED)
    warnings = []
    if run.auditor_id:
        warnings = independence_warnings(s, [run.auditor_id], [run.department_id])
    return RunView(
        _summary(s, run, (answered, len(responses))),
        tuple(
            RunItem(
                items[r.item_id], response_view(r), tuple(ncs.get(r.id, ())), files.get(r.id, 0)
            )
            for r in responses
        ),
        tuple(warnings),
    )


def find_run(
    ctx: Context, audit: str, template_code: str, department_ref: str | None = None
) -> str:
    """The id of an audit's run of a template (naming the department when there are several)."""
    with ctx.read() as s:
        org = current_org(s)
        a = find_audit(s, org, audit)
        dept = department(s, org, department_ref) if department_ref else None
        runs = q.find_run(s, a.id, clean(template_code).upper(), dept.id if dept else None)
        if not runs:
            raise NotFound(
                f"{a.number} 没有 {template_code} 检查表 / no {template_code} checklist in {a.number}"
            )
        if len(runs) > 1:
            raise Invalid(
                f"{a.number} 有多个 {template_code} 检查表,请指定部门 / several {template_code} "
                f"checklists in {a.number}: name the department"
            )
        return str(runs[0].id)


def _run(s: Session, run_id: str) -> ChecklistRun:
    try:
        run = s.get(ChecklistRun, uuid.UUID(str(run_id)))
    except ValueError:
        run = None
    if run is None:
        raise NotFound(f"找不到检查表 / no such checklist run: {run_id}")
    return run


def get_run(ctx: Context, run_id: str) -> RunView:
    with ctx.read() as s:
        return _run_view(ctx, s, _run(s, run_id))


def list_runs(ctx: Context, audit: str) -> list[RunSummary]:
    with ctx.read() as s:
        a = find_audit(s, current_org(s), audit)
        runs = q.runs_of_audit(s, a.id)
        progress = q.progress_by_run(s, [r.id for r in runs])
        return [_summary(s, r, progress.get(r.id, (0, 0))) for r in runs]


def response_id_for_item(ctx: Context, run_id: str, item_id: str) -> str:
    with ctx.read() as s:
        r = q.response_by_item(s, _run(s, run_id).id, clean(item_id).upper())
        if r is None:
            raise NotFound(f"检查表中没有 {item_id} / no item {item_id} in this checklist")
        return str(r.id)


def _check_result(item: TemplateItem, result: str) -> str:
    try:
        value = Result(result)
    except ValueError:
        raise Invalid(f"未知结论 / unknown result: {result} (C / NC / OBS / NA)") from None
    if value != Result.UNANSWERED and value not in item.answer.results:
        allowed = " / ".join(r.value for r in item.answer.results)
        raise Invalid(f"{item.id} 只能回答 {allowed} / {item.id} accepts only {allowed}")
    return value.value


def _check_counts(item: TemplateItem, size, bad) -> None:
    for name, value in (("样本量 sample size", size), ("不符合数 nonconforming count", bad)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise Invalid(f"{name} 必须是非负整数 / must be a whole number ≥ 0: {value}")
    if size is not None and bad is not None and bad > size:
        raise Invalid(
            f"不符合数 {bad} 大于样本量 {size} / nonconforming count exceeds the sample size"
        )


def _check_measure(item: TemplateItem, value) -> float | None:
    if value is None:
        return None
    if item.answer.type != AnswerType.MEASURE:
        raise Invalid(f"{item.id} 不是测量类检查项 / {item.id} takes no measured value")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise Invalid(f"测量值必须是数字 / the measured value must be a number: {value}") from None
    if not math.isfinite(number):
        raise Invalid(f"测量值必须是有限数字 / the measured value must be finite: {value}")
    if item.answer.unit == "%" and not 0 <= number <= 1:
        raise Invalid(f"百分比以 0–1 的小数保存 / a rate is stored as a fraction 0–1: {value}")
    return number


def record_response(
    ctx: Context,
    response_id: str,
    *,
    result=_UNSET,
    notes=_UNSET,
    sampled_refs=_UNSET,
    sample_size=_UNSET,
    nonconforming_count=_UNSET,
    measured_value=_UNSET,
) -> ResponseView:
    """Save one answer now. Fields not given keep their value; UNANSWERED clears the answer
    (that is how an undo restores an item)."""
    try:
        rid = uuid.UUID(str(response_id))
    except ValueError:
        raise NotFound(f"找不到检查项回答 / no such response: {response_id}") from None
    with ctx.write() as s:
        row = q.response_for_answer(s, rid)
        if row is None:
            raise NotFound(f"找不到检查项回答 / no such response: {response_id}")
        if AuditStatus(row["audit_status"]) not in ANSWERABLE:
            number = row["audit_number"]
            raise Invalid(
                f"审核 {number} 已报告或关闭,不能再修改回答 / audit {number} is "
                f"reported or closed; its answers can no longer change"
            )
        item = _items(ctx, s, row["run_id"])[row["item_id"]]
        values: dict = {}
        if result is not _UNSET:
            values["result"] = _check_result(item, result)
        if notes is not _UNSET:
            values["notes"] = notes or ""
        if sampled_refs is not _UNSET:
            values["sampled_refs"] = [clean(x) for x in (sampled_refs or ()) if clean(x)]
        size = row["sample_size"] if sample_size is _UNSET else sample_size
        bad = row["nonconforming_count"] if nonconforming_count is _UNSET else nonconforming_count
        _check_counts(item, size, bad)
        values["sample_size"], values["nonconforming_count"] = size, bad
        if measured_value is not _UNSET:
            values["measured_value"] = _check_measure(item, measured_value)
        if values.get("result", row["result"]) == Result.UNANSWERED:
            values["answered_by"], values["answered_at"] = "", None
        else:
            values["answered_by"], values["answered_at"] = ctx.actor, ctx.now()
            if row["audit_status"] == AuditStatus.PLANNED:
                # The first answer on site means the audit has begun.
                audit = s.get(Audit, row["audit_id"])
                audit.status = AuditStatus.IN_PROGRESS.value
                audit.started_at = values["answered_at"]
        current = {c.name: row[c.name] for c in Response.__table__.columns}
        # The answer is the hot path: one Core UPDATE plus its event, no unit of work.
        return response_view(eventlog.update_row(s, Response, current, values))


def get_response(ctx: Context, response_id: str) -> ResponseView:
    with ctx.read() as s:
        try:
            r = s.get(Response, uuid.UUID(str(response_id)))
        except ValueError:
            r = None
        if r is None:
            raise NotFound(f"找不到检查项回答 / no such response: {response_id}")
        return response_view(r)


@dataclass(frozen=True)
class RunState:
    """What the checklist screen opens with: the run, and whether its audit still takes answers."""

    run: RunView
    audit_status: str
    answerable: bool


def get_run_state(ctx: Context, run_id: str) -> RunState:
    """`get_run` plus the audit's status, in the same read (the screen must know up front
    whether the answers are frozen, not learn it from the first refused keystroke)."""
    with ctx.read() as s:
        run = _run(s, run_id)
        view = _run_view(ctx, s, run)
        status = s.get(Audit, run.audit_id).status
        return RunState(view, status, AuditStatus(status) in ANSWERABLE)
