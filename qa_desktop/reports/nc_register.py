"""不符合项登记表 — every nonconformity of one audit in one wide table (landscape), its header
repeated on every page: number, department, process, clause, facts, grade, type, status, due
date with an overdue marker, verification and closure."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from qa_desktop.domain.enums import Grade, NcStatus
from qa_desktop.schemas.report_inputs_audit import NcRegisterData, NcRegisterRow

from .audit_common import (
    LANDSCAPE_WIDTH,
    alert,
    body,
    cell,
    fmt_date,
    form_table,
    grade_label,
    grid_table,
    join,
    labelled,
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

REGISTER_LABELS: dict[str, tuple[str, str]] = {
    "planned_dates": ("审核日期", "Audit dates"),
    "verification": ("验证", "Verification"),
    "h_dept": ("受审部门", "Dept."),
    "h_proc": ("过程", "Proc."),
    "closed": ("关闭日期", "Closed"),
    "overdue_col": ("逾期", "Overdue"),
    "overdue_yes": ("逾期", "Overdue"),
    "summary": (
        "共 {total} 项:{grades};逾期 {overdue} 项;已关闭 {closed} 项。",
        "{total} in all: {grades}; {overdue} overdue; {closed} closed.",
    ),
    "grade_count": ("{label} {n}", "{label} {n}"),
    "processes_legend": ("过程:{items}", "Processes: {items}"),
    "facts_note": (
        "事实描述超过 200 字的只列出开头,全文见各项的不符合报告。",
        "Facts longer than 200 characters are cut short here; each NC's report has them whole.",
    ),
    "no_ncs": ("本次审核未开具不符合项。", "No nonconformity was raised in this audit."),
}


def _t(lang: str) -> Labels:
    return labels(lang, REGISTER_LABELS)


def _row(r: NcRegisterRow, t: Labels) -> list[Flowable]:
    verification = "\n".join(
        x for x in (verification_label(r.verification_result, t), fmt_date(r.verified_on)) if x
    )
    grade = grade_label(r.grade, t)
    return [
        cell(r.number),
        cell(r.department),
        cell(r.process),
        cell(r.clause),
        cell(r.facts),
        alert(grade) if r.grade == Grade.MAJOR.value else cell(grade),
        cell(nc_type_label(r.nc_type, t)),
        cell(status_label(r.status, t)),
        cell(fmt_date(r.due_date)),
        alert(t("overdue_yes")) if r.overdue else cell(""),
        cell(verification),
        cell(fmt_date(r.closed_on)),
    ]


def _summary(data: NcRegisterData, t: Labels) -> list[Flowable]:
    a = data.audit
    dates = " – ".join(x for x in (fmt_date(a.planned_start), fmt_date(a.planned_end)) if x)
    w = widths(LANDSCAPE_WIDTH, 0.1, 0.4, 0.1, 0.4)
    rows = [
        [labelled(t, "audit_number"), cell(a.number), labelled(t, "audit_title"), cell(a.title)],
        [
            labelled(t, "planned_dates"),
            cell(dates),
            labelled(t, "audit_team"),
            cell(join((a.lead_auditor, *a.team), t)),
        ],
    ]
    grades = Counter(r.grade for r in data.rows)
    counts = join(
        [t("grade_count", label=grade_label(g.value, t), n=grades.get(g.value, 0)) for g in Grade],
        t,
    )
    closed = sum(1 for r in data.rows if r.status == NcStatus.CLOSED.value)
    overdue = sum(1 for r in data.rows if r.overdue)
    processes = sorted({r.process for r in data.rows if r.process})
    out: list[Flowable] = [
        form_table(rows, w, label_columns=(0, 2)),
        Spacer(1, 2 * mm),
        body(t("summary", total=len(data.rows), grades=counts, overdue=overdue, closed=closed)),
    ]
    if processes:
        legend = join([process_label(p, t) for p in processes], t)
        out.append(small(t("processes_legend", items=legend)))
    out.append(small(t("facts_note")))
    out.append(Spacer(1, 2 * mm))
    return out


def story(data: NcRegisterData, t: Labels) -> list[Flowable]:
    out = _summary(data, t)
    if not data.rows:
        return [*out, body(t("no_ncs"))]
    header = [
        t("nc_no"),
        t("h_dept"),
        t("h_proc"),
        t("clause"),
        t("facts"),
        t("grade"),
        t("nc_type"),
        t("status"),
        t("due"),
        t("overdue_col"),
        t("verification"),
        t("closed"),
    ]
    fractions = (0.085, 0.075, 0.045, 0.13, 0.19, 0.06, 0.1, 0.08, 0.08, 0.06, 0.08, 0.075)
    w = widths(LANDSCAPE_WIDTH, *fractions)
    out.append(grid_table(header, [_row(r, t) for r in data.rows], w))
    return out


def build(data: NcRegisterData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, story(data, _t(lang)), lang, wide=True)
