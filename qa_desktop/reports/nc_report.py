"""内审不符合报告 — the form of one nonconformity with every field of domain.md §2, in its 13
groups (identification; facts; clauses; classification; auditee acknowledgement; correction;
root cause; corrective actions; risks and documents to update; implementation evidence;
verification; verification conclusion; closure), then the signature boxes
受审方确认 / 验证人 / 关闭 with name and date lines."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from qa_desktop.domain.enums import Grade, VerificationResult
from qa_desktop.schemas.report_inputs_audit import NcReportData

from .audit_common import (
    PORTRAIT_WIDTH,
    action_status_label,
    alert,
    cause_label,
    cell,
    fmt_date,
    form_table,
    grade_label,
    grid_table,
    head,
    join,
    labels,
    nc_type_label,
    process_label,
    small,
    status_label,
    verification_label,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels
from .styles import grid

NC_LABELS: dict[str, tuple[str, str]] = {
    "g1": ("一、基本信息", "1. Identification"),
    "g2": ("二、不符合事实描述", "2. Facts (objective evidence)"),
    "g3": ("三、不符合条款", "3. Requirement not met"),
    "g4": ("四、不符合分类", "4. Classification"),
    "g5": ("五、受审方确认", "5. Auditee acknowledgement"),
    "g6": ("六、纠正", "6. Correction"),
    "g7": ("七、原因分析", "7. Root cause analysis"),
    "g8": ("八、纠正措施", "8. Corrective actions"),
    "g9": ("九、风险及体系文件更新", "9. Risks and documents to update"),
    "g10": ("十、实施证据", "10. Implementation evidence"),
    "g11": ("十一、验证", "11. Verification"),
    "g12": ("十二、验证结论", "12. Verification conclusion"),
    "g13": ("十三、关闭", "13. Closure"),
    "audit": ("审核编号", "Audit"),
    "found_on": ("发现日期", "Found on"),
    "auditee_rep": ("受审方陪同人", "Auditee representative"),
    "source_item": ("检查项", "Checklist item"),
    "current_status": ("当前状态", "Status"),
    "links": ("关联", "Related"),
    "parent": ("前序不符合项 {n}", "Follows up {n}"),
    "repeat": ("重复发生(同过程同条款:{n})", "Recurrence (same process and clause: {n})"),
    "std_clause": ("标准条款", "Standard clause"),
    "internal_clause": ("内部文件条款", "Internal document clause"),
    "acknowledged_by": ("确认人", "Acknowledged by"),
    "acknowledged_on": ("确认日期", "Acknowledged on"),
    "dispute": ("异议", "Dispute"),
    "correction": ("纠正(立即处置及后果处理)", "Correction (immediate fix, consequences)"),
    "cause_category": ("原因类别", "Cause category"),
    "why": ("5-Why 分析", "5-Why analysis"),
    "root_cause": ("根本原因", "Root cause"),
    "similar": ("类似问题横向排查", "Similar issues checked"),
    "seq": ("序号", "No."),
    "action": ("纠正措施", "Corrective action"),
    "owner": ("责任人", "Owner"),
    "action_status": ("状态", "Status"),
    "completed": ("完成日期", "Completed"),
    "no_actions": ("尚未制定纠正措施", "No corrective action planned yet"),
    "system_update": ("需更新的风险/体系文件", "Risks / system documents to update"),
    "files": ("证据文件", "Evidence files"),
    "action_evidence": ("措施完成说明", "Action evidence"),
    "actual_completion": ("实际完成日期", "Actually completed"),
    "verifier": ("验证人", "Verifier"),
    "verified_on": ("验证日期", "Verified on"),
    "method": ("验证方法", "Method"),
    "conclusion": ("验证结论", "Conclusion"),
    "verification_notes": ("验证说明", "Notes"),
    "reopen_count": ("重新打开次数", "Times reopened"),
    "closed_on": ("关闭日期", "Closed on"),
    "closed_by": ("关闭人", "Closed by"),
    "sign_auditee": ("受审方确认", "Auditee acknowledgement"),
    "sign_verifier": ("验证人", "Verifier"),
    "sign_close": ("关闭(审核组长或管理者代表)", "Closure (lead auditor or management rep.)"),
    "name": ("姓名", "Name"),
    "signature": ("签字", "Signature"),
    "overdue_mark": ("已逾期", "overdue"),
}

_LINE = "________________"
KEEP_TOGETHER = 260  # a group shorter than this (points) is not split across pages


def _t(lang: str) -> Labels:
    return labels(lang, NC_LABELS)


def _files(data: NcReportData) -> list[str]:
    files = list(data.evidence_files)
    for a in data.actions:
        files += [f"{name} ({a.seq})" for name in a.files]
    return files


def _form(data: NcReportData, t: Labels) -> list[Flowable]:
    """One form, four columns (label, value, label, value); long values span the row. The
    corrective actions are a table of their own between two parts of the form (so a long
    action list still splits across pages)."""
    parts: list[Flowable] = []
    rows: list[list[object]] = []
    spans: list[tuple] = []
    groups: list[int] = []
    form_widths = widths(PORTRAIT_WIDTH, 0.17, 0.33, 0.17, 0.33)

    def flush(then: Flowable | None = None) -> None:
        """Close the group: its own table, kept on one page when it fits."""
        block: list[Flowable] = []
        if rows:
            block.append(
                form_table(
                    rows,
                    form_widths,
                    label_columns=(0, 2),
                    spans=list(spans),
                    groups=list(groups),
                    compact=True,
                )
            )
        if then is not None:
            block.append(then)
        if not block:
            pass
        elif sum(f.wrap(PORTRAIT_WIDTH, 1e9)[1] for f in block) <= KEEP_TOGETHER:
            parts.append(KeepTogether(block))
        else:  # a long group starts where it is and runs on
            parts.extend(block)
        rows.clear()
        spans.clear()
        groups.clear()

    def group(key: str) -> None:
        flush()
        groups.append(len(rows))
        rows.append([head(t(key)), "", "", ""])

    def pair(k1: str, v1, k2: str, v2) -> None:
        rows.append([head(t(k1)), _value(v1), head(t(k2)), _value(v2)])

    def wide(key: str, value) -> None:
        spans.append(((1, len(rows)), (3, len(rows))))
        rows.append([head(t(key)), _value(value), "", ""])

    status = status_label(data.status, t)
    if data.overdue:
        status = f"{status} ({t('overdue_mark')})"

    group("g1")
    pair("nc_number", data.number, "audit", data.audit_number)
    pair("department", data.department, "process", process_label(data.process, t))
    pair("auditor", data.auditor, "auditee_rep", data.auditee_representative)
    pair("found_on", fmt_date(data.found_on), "source_item", data.source_item)
    pair("current_status", status, "due", fmt_date(data.due_date))
    links = []
    if data.parent_number:
        links.append(t("parent", n=data.parent_number))
    if data.repeat_of_number:
        links.append(t("repeat", n=data.repeat_of_number))
    if links:
        wide("links", "\n".join(links))

    group("g2")
    spans.append(((0, len(rows)), (3, len(rows))))
    rows.append([cell(data.facts), "", "", ""])

    group("g3")
    wide("std_clause", data.clause)
    wide("internal_clause", data.internal_clause)

    group("g4")
    grade = grade_label(data.grade, t)
    pair(
        "nc_type",
        nc_type_label(data.nc_type, t),
        "grade",
        alert(grade) if data.grade == Grade.MAJOR.value else grade,
    )

    group("g5")
    pair(
        "acknowledged_by",
        data.acknowledged_by,
        "acknowledged_on",
        fmt_date(data.acknowledged_on),
    )
    if data.dispute_reason:
        wide("dispute", data.dispute_reason)

    group("g6")
    wide("correction", data.correction)

    group("g7")
    wide("cause_category", cause_label(data.root_cause_category, t))
    whys = " → ".join(f"({i}) {step}" for i, step in enumerate(data.why_steps, start=1))
    wide("why", whys)
    wide("root_cause", data.root_cause)
    wide("similar", data.similar_check)

    group("g8")
    flush(then=_actions(data, t))

    group("g9")
    wide("system_update", data.system_update)

    group("g10")
    wide("files", "\n".join(_files(data)))
    evidence = "\n".join(f"({a.seq}) {a.evidence}" for a in data.actions if a.evidence)
    wide("action_evidence", evidence)
    wide("actual_completion", fmt_date(data.actual_completion))

    group("g11")
    pair("verifier", data.verifier, "verified_on", fmt_date(data.verified_on))
    wide("method", data.verification_method)

    group("g12")
    conclusion = verification_label(data.verification_result, t)
    pair(
        "conclusion",
        alert(conclusion)
        if data.verification_result == VerificationResult.NOT_EFFECTIVE.value
        else conclusion,
        "reopen_count",
        str(data.reopen_count),
    )
    wide("verification_notes", data.verification_notes)

    group("g13")
    pair("closed_on", fmt_date(data.closed_on), "closed_by", data.closed_by)

    flush()
    return parts


def _value(v) -> Flowable:
    return v if isinstance(v, Flowable) else cell(v)


def _actions(data: NcReportData, t: Labels) -> Flowable:
    inner = PORTRAIT_WIDTH
    if not data.actions:
        return form_table([[cell(t("no_actions"))]], [inner], label_columns=())
    rows = []
    for a in data.actions:
        due = fmt_date(a.due_date) + (f" ({t('overdue_mark')})" if a.overdue else "")
        rows.append(
            [
                cell(str(a.seq)),
                cell(a.description),
                cell(a.owner),
                alert(due) if a.overdue else cell(due),
                cell(action_status_label(a.status, t)),
                cell(fmt_date(a.completed_on)),
            ]
        )
    return grid_table(
        [t("seq"), t("action"), t("owner"), t("due"), t("action_status"), t("completed")],
        rows,
        widths(inner, 0.06, 0.46, 0.1, 0.14, 0.1, 0.14),
        zebra=False,
    )


def _signature_box(title: str, name: str, on, t: Labels) -> list[Flowable]:
    return [
        head(title),
        Spacer(1, 2 * mm),
        cell(f"{t('name')}: {name}" if name else f"{t('name')}: {_LINE}"),
        Spacer(1, 4 * mm),
        cell(f"{t('signature')}: {_LINE}"),
        Spacer(1, 2 * mm),
        cell(f"{t('date')}: {fmt_date(on)}" if on else f"{t('date')}: {_LINE}"),
    ]


def _signatures(data: NcReportData, t: Labels) -> Flowable:
    closer = data.closed_by or data.lead_auditor
    boxes = [
        _signature_box(
            t("sign_auditee"),
            data.acknowledged_by or data.auditee_representative,
            data.acknowledged_on,
            t,
        ),
        _signature_box(t("sign_verifier"), data.verifier, data.verified_on, t),
        _signature_box(t("sign_close"), closer, data.closed_on, t),
    ]
    table = Table([boxes], colWidths=[PORTRAIT_WIDTH / 3] * 3, hAlign="LEFT")
    table.setStyle(grid(0))
    return KeepTogether([Spacer(1, 4 * mm), table])


def story(data: NcReportData, t: Labels) -> list[Flowable]:
    subtitle = " · ".join(
        x
        for x in (
            data.number,
            grade_label(data.grade, t),
            data.department,
            join([data.audit_number, data.audit_title], t),
        )
        if x
    )
    return [small(subtitle), Spacer(1, 2 * mm), *_form(data, t), _signatures(data, t)]


def build(data: NcReportData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, story(data, _t(lang)), lang)
