"""内审报告 — the report of one internal audit (ISO 19011:2018 6.5.1 a–k): objectives, scope,
client, team and auditee participants, dates and places, criteria, findings with evidence,
conclusions, how far the criteria are met (answers counted, conformity rate per checklist and
overall), unresolved diverging opinions and the sampling limitation; then the NC statistics by
department × clause × grade with a bar chart, the follow-up of earlier NCs and the
distribution list."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from qa_desktop.domain.enums import AUDIT_STATUS_LABELS, AuditStatus, Grade
from qa_desktop.schemas.report_inputs_audit import AuditReportData, ConformityRow

from . import charts
from .audit_common import (
    PORTRAIT_WIDTH,
    alert,
    body,
    caption,
    cell,
    fmt_date,
    fmt_span,
    follow_up_table,
    form_table,
    grade_label,
    grid_table,
    head,
    join,
    labelled,
    labels,
    process_label,
    rate,
    section,
    status_label,
    two_lines,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels

REPORT_LABELS: dict[str, tuple[str, str]] = {
    "s_overview": ("审核概况", "Overview"),
    "s_a": ("a) 审核目标", "a) Audit objectives"),
    "s_b": ("b) 审核范围", "b) Audit scope"),
    "s_c": ("c) 审核委托方", "c) Audit client"),
    "s_d": ("d) 审核组和受审方参与人员", "d) Audit team and auditee participants"),
    "s_e": ("e) 审核日期和地点", "e) Dates and locations"),
    "s_f": ("f) 审核准则", "f) Audit criteria"),
    "s_g": ("g) 审核发现及相关证据", "g) Audit findings and evidence"),
    "s_h": ("h) 审核结论", "h) Audit conclusions"),
    "s_i": ("i) 满足审核准则的程度", "i) Degree to which the audit criteria are fulfilled"),
    "s_j": ("j) 未解决的分歧意见", "j) Unresolved diverging opinions"),
    "s_k": ("k) 抽样局限性声明", "k) Sampling limitation"),
    "s_stats": ("不符合项统计", "Nonconformity statistics"),
    "s_follow": ("以往不符合项跟踪验证结果", "Follow-up of earlier nonconformities"),
    "s_distribution": ("分发清单", "Distribution list"),
    "processes": ("受审过程", "Processes"),
    "departments": ("受审部门", "Departments"),
    "planned_dates": ("审核日期", "Audit dates"),
    "team": ("审核组", "Audit team"),
    "participants": ("受审方参与人员", "Auditee participants"),
    "role": ("角色", "Role"),
    "name": ("姓名", "Name"),
    "assignment": ("检查表/受审部门", "Checklist / department"),
    "role_department_head": ("受审部门负责人", "Head of audited department"),
    "role_top_management": ("最高管理者", "Top management"),
    "role_quality": ("质量管理部门(存档)", "Quality department (file copy)"),
    "findings_ncs": ("不符合项", "Nonconformities"),
    "findings_obs": (
        "观察项(检查表中记为“观察”的回答)",
        "Observations (answers recorded as observation)",
    ),
    "no_findings": ("本次审核未开具不符合项。", "No nonconformity was raised in this audit."),
    "no_obs": ("无观察项。", "No observations."),
    "item": ("检查项", "Item"),
    "question": ("检查问题", "Question"),
    "evidence_notes": ("证据/记录", "Evidence / notes"),
    "c": ("符合", "C"),
    "nc": ("不符合", "NC"),
    "obs": ("观察", "OBS"),
    "na": ("不适用", "NA"),
    "unanswered": ("未答", "Open"),
    "conformity_rate": ("符合率", "Conformity"),
    "overall": ("合计", "Overall"),
    "rate_rule": (
        "符合率 = 符合 ÷ (符合 + 不符合 + 观察),不适用和未作答的检查项不计入。本次审核总体符合率为 {rate}。",
        "Conformity rate = C ÷ (C + NC + OBS); not-applicable and unanswered items are not "
        "counted. The overall conformity rate of this audit is {rate}.",
    ),
    "no_disputes": (
        "无未解决的分歧意见。",
        "There are no unresolved diverging opinions.",
    ),
    "dispute_reason": ("受审方异议", "Auditee's objection"),
    "sampling_statement": (
        "本次审核基于抽样进行:审核组在有限的时间内从受审部门的文件、记录和活动中抽取样本,"
        "审核发现和结论仅反映所抽样本的情况。由于抽样的局限性,所获得的审核证据可能不能完全代表"
        "受审方全部的过程和活动,未被抽到的部分仍可能存在不符合。",
        "This audit was based on samples: within the time available the audit team drew "
        "samples of the audited departments' documents, records and activities, and the "
        "findings and conclusions reflect those samples only. Because of this sampling, the "
        "audit evidence may not be fully representative of all of the auditee's processes and "
        "activities, and nonconformities may exist in what was not sampled.",
    ),
    "stats_clause": ("条款(首个引用)", "Clause (first reference)"),
    "total": ("合计", "Total"),
    "chart_title": ("各受审部门不符合项(按等级)", "Nonconformities by department and grade"),
    "no_stats": ("无不符合项,不作统计。", "No nonconformity to count."),
    "no_follow": ("本次审核无需跟踪的以往不符合项。", "No earlier nonconformity was followed up."),
    "seq": ("序号", "No."),
    "recipient": ("接收人", "Recipient"),
    "capacity": ("身份", "Capacity"),
    "received": ("签收", "Received"),
    "dept": ("部门", "Department"),
    "meetings": ("首次/末次会议", "Opening / closing meetings"),
}


def _t(lang: str) -> Labels:
    return labels(lang, REPORT_LABELS)


def _overview(data: AuditReportData, t: Labels) -> list[Flowable]:
    a = data.audit
    w = widths(PORTRAIT_WIDTH, 0.17, 0.33, 0.17, 0.33)
    status = t.pick(AUDIT_STATUS_LABELS.get(AuditStatus(a.status))) if a.status else ""
    rows = [
        [labelled(t, "audit_number"), cell(a.number), labelled(t, "audit_status"), cell(status)],
        [labelled(t, "audit_title"), cell(a.title), "", ""],
    ]
    return [
        section(t("s_overview")),
        form_table(rows, w, label_columns=(0, 2), spans=[((1, 1), (3, 1))]),
    ]


def _scope(data: AuditReportData, t: Labels) -> list[Flowable]:
    a = data.audit
    w = widths(PORTRAIT_WIDTH, 0.17, 0.83)
    return [
        section(t("s_b")),
        form_table(
            [
                [
                    labelled(t, "processes"),
                    cell("\n".join(process_label(p, t) for p in a.processes)),
                ],
                [labelled(t, "departments"), cell(join(a.departments, t))],
            ],
            w,
        ),
    ]


def _people(data: AuditReportData, t: Labels) -> list[Flowable]:
    a = data.audit
    w = widths(PORTRAIT_WIDTH, 0.2, 0.15, 0.65)
    rows = []
    assigned: dict[str, list[str]] = {}
    reps: dict[str, list[str]] = {}
    for r in data.runs:
        where = f"{r.template_code} {process_label(r.process, t, with_code=False)} @ {r.department}"
        assigned.setdefault(r.auditor, []).append(where)
        if r.representative:
            reps.setdefault(r.representative, []).append(where)
    if a.lead_auditor:
        rows.append(
            [
                cell(t("role_lead")),
                cell(a.lead_auditor),
                cell("\n".join(assigned.get(a.lead_auditor, []))),
            ]
        )
    for name in dict.fromkeys([*a.team, *assigned]):
        if name and name != a.lead_auditor:
            rows.append(
                [cell(t("role_auditor")), cell(name), cell("\n".join(assigned.get(name, [])))]
            )
    for name, where in reps.items():
        rows.append([cell(t("role_representative")), cell(name), cell("\n".join(where))])
    return [
        section(t("s_d")),
        grid_table([t("role"), t("name"), t("assignment")], rows, w),
    ]


def _when(data: AuditReportData, t: Labels) -> list[Flowable]:
    a = data.audit
    w = widths(PORTRAIT_WIDTH, 0.17, 0.83)
    dates = " – ".join(x for x in (fmt_date(a.planned_start), fmt_date(a.planned_end)) if x)
    meetings = join(
        [
            fmt_span(a.opening_meeting_at, None) if a.opening_meeting_at else "",
            fmt_span(a.closing_meeting_at, None) if a.closing_meeting_at else "",
        ],
        t,
    )
    return [
        section(t("s_e")),
        form_table(
            [
                [labelled(t, "planned_dates"), cell(dates)],
                [labelled(t, "meetings"), cell(meetings)],
                [labelled(t, "locations"), cell(a.locations)],
            ],
            w,
        ),
    ]


def _findings(data: AuditReportData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_g"))]
    if data.findings:
        w = widths(PORTRAIT_WIDTH, 0.13, 0.14, 0.19, 0.105, 0.325, 0.11)
        rows = []
        for f in data.findings:
            grade = grade_label(f.grade, t)
            rows.append(
                [
                    cell(f.number),
                    two_lines(f.department, process_label(f.process, t)),
                    cell(f.clause),
                    alert(grade) if f.grade == Grade.MAJOR.value else cell(grade),
                    cell(f.facts),
                    cell(status_label(f.status, t)),
                ]
            )
        out += [
            caption(t("findings_ncs")),
            grid_table(
                [t("nc_no"), t("dept_process"), t("clause"), t("grade"), t("facts"), t("status")],
                rows,
                w,
            ),
        ]
    else:
        out.append(body(t("no_findings")))
    out.append(Spacer(1, 3 * mm))
    if data.observations:
        w = widths(PORTRAIT_WIDTH, 0.08, 0.15, 0.32, 0.32, 0.13)
        rows = [
            [
                cell(o.item_id),
                two_lines(o.department, process_label(o.process, t)),
                cell(o.question),
                cell(o.notes),
                cell("\n".join(o.nc_numbers)),
            ]
            for o in data.observations
        ]
        out += [
            caption(t("findings_obs")),
            grid_table(
                [t("item"), t("dept_process"), t("question"), t("evidence_notes"), t("nc_no")],
                rows,
                w,
            ),
        ]
    else:
        out.append(body(t("no_obs")))
    return out


def _conformity_row(r: ConformityRow, first: Flowable, second: Flowable) -> list[Flowable]:
    return [
        first,
        second,
        cell(str(r.conform)),
        cell(str(r.nonconform)),
        cell(str(r.observation)),
        cell(str(r.not_applicable)),
        cell(str(r.unanswered)),
        cell(rate(r.rate)),
    ]


def _conformity(data: AuditReportData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.27, 0.2, 0.08, 0.08, 0.08, 0.08, 0.08, 0.13)
    rows = [
        _conformity_row(
            r,
            two_lines(
                f"{r.template_code} {process_label(r.process, t, with_code=False)}", r.department
            ),
            cell(r.auditor),
        )
        for r in data.conformity
    ]
    rows.append(_conformity_row(data.overall, head(t("overall")), cell("")))
    chart = charts.rate_bars(
        [(f"{r.template_code} · {r.department}", r.rate) for r in data.conformity]
        + [(t("overall"), data.overall.rate)],
        width=PORTRAIT_WIDTH,
        height=max(60, 22 * (len(data.conformity) + 1) + 20),
    )
    return [
        section(t("s_i")),
        grid_table(
            [
                t("checklist"),
                t("auditor"),
                t("c"),
                t("nc"),
                t("obs"),
                t("na"),
                t("unanswered"),
                t("conformity_rate"),
            ],
            rows,
            w,
            zebra=False,
        ),
        Spacer(1, 2 * mm),
        body(t("rate_rule", rate=rate(data.overall.rate))),
        Spacer(1, 2 * mm),
        chart,
    ]


def _disputes(data: AuditReportData, t: Labels) -> list[Flowable]:
    if not data.disputes:
        return [section(t("s_j")), body(t("no_disputes"))]
    w = widths(PORTRAIT_WIDTH, 0.13, 0.12, 0.08, 0.37, 0.3)
    rows = [
        [
            cell(d.number),
            cell(d.department),
            cell(grade_label(d.grade, t)),
            cell(d.facts),
            cell(d.reason),
        ]
        for d in data.disputes
    ]
    return [
        section(t("s_j")),
        grid_table(
            [t("nc_no"), t("department"), t("grade"), t("facts"), t("dispute_reason")], rows, w
        ),
    ]


def _stats(data: AuditReportData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_stats"))]
    if not data.stats:
        return [*out, body(t("no_stats"))]
    w = widths(PORTRAIT_WIDTH, 0.2, 0.36, 0.11, 0.11, 0.12, 0.1)
    rows = [
        [
            cell(s.department),
            cell(s.clause),
            cell(str(s.major)),
            cell(str(s.minor)),
            cell(str(s.observation)),
            cell(str(s.total)),
        ]
        for s in data.stats
    ]
    totals = [sum(getattr(s, g.value) for s in data.stats) for g in Grade]
    rows.append(
        [head(t("total")), cell(""), *(cell(str(n)) for n in totals), cell(str(sum(totals)))]
    )
    grades = [g.value for g in Grade]
    headers = [t("department"), t("stats_clause"), *(grade_label(g, t) for g in grades), t("total")]
    departments = list(dict.fromkeys(s.department for s in data.stats))
    series = {
        grade_label(g, t): [
            sum(getattr(s, g) for s in data.stats if s.department == d) for d in departments
        ]
        for g in grades
    }
    colours = {grade_label(g, t): charts.GRADE_COLORS[g] for g in grades}
    chart = charts.bar_chart(
        departments,
        series,
        t("chart_title"),
        colors=colours,
        width=PORTRAIT_WIDTH,
        height=200,
    )
    out += [grid_table(headers, rows, w, zebra=False), Spacer(1, 3 * mm), KeepTogether([chart])]
    return out


def _follow_ups(data: AuditReportData, t: Labels) -> list[Flowable]:
    if not data.follow_ups:
        return [section(t("s_follow")), body(t("no_follow"))]
    return [
        section(t("s_follow")),
        follow_up_table(data.follow_ups, t, PORTRAIT_WIDTH, mode="results"),
    ]


def _distribution(data: AuditReportData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.08, 0.22, 0.3, 0.22, 0.18)
    rows = [
        [
            cell(str(i)),
            cell(r.name),
            cell(t(f"role_{r.role}")),
            cell(r.department),
            cell(""),
        ]
        for i, r in enumerate(data.distribution, start=1)
    ]
    return [
        section(t("s_distribution")),
        grid_table([t("seq"), t("recipient"), t("capacity"), t("dept"), t("received")], rows, w),
    ]


def story(data: AuditReportData, t: Labels) -> list[Flowable]:
    a = data.audit
    out: list[Flowable] = []
    out += _overview(data, t)
    out += [section(t("s_a")), body(a.objectives)]
    out += _scope(data, t)
    out += [section(t("s_c")), body(a.client)]
    out += _people(data, t)
    out += _when(data, t)
    out += [section(t("s_f")), body(a.criteria)]
    out += _findings(data, t)
    out += [section(t("s_h")), body(a.conclusion)]
    out += _conformity(data, t)
    out += _disputes(data, t)
    out += [section(t("s_k")), body(t("sampling_statement"))]
    out += _stats(data, t)
    out += _follow_ups(data, t)
    out += _distribution(data, t)
    return out


def build(data: AuditReportData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, story(data, _t(lang)), lang)
