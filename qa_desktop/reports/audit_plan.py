"""内审计划 — the plan of one internal audit (ISO 19011:2018 6.3.2.2): objectives, scope,
criteria, places and dates with the opening and closing meetings, methods and sampling, the
team's roles, the follow-up of earlier nonconformities and the timetable
时间段 × 受审部门/过程 × 条款 × 审核员. The control block carries 编制/审核/批准."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from qa_desktop.schemas.report_inputs_audit import AuditPlanData, TimetableRow

from .audit_common import (
    PORTRAIT_WIDTH,
    body,
    caption,
    cell,
    fmt_date,
    fmt_span,
    follow_up_table,
    form_table,
    grid_table,
    join,
    labelled,
    labels,
    process_label,
    section,
    small,
    two_lines,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels

PLAN_LABELS: dict[str, tuple[str, str]] = {
    "s_overview": ("审核概况", "Overview"),
    "s_objectives": ("一、审核目标", "1. Audit objectives"),
    "s_scope": ("二、审核范围", "2. Audit scope"),
    "s_criteria": ("三、审核准则", "3. Audit criteria"),
    "s_when": ("四、审核地点、日期与会议", "4. Locations, dates and meetings"),
    "s_method": ("五、审核方法与抽样", "5. Audit methods and sampling"),
    "s_team": ("六、审核组成员及职责", "6. Audit team and roles"),
    "s_timetable": ("七、审核日程安排", "7. Audit timetable"),
    "s_follow": ("八、以往不符合项的跟踪验证", "8. Follow-up of earlier nonconformities"),
    "s_other": ("九、其他安排", "9. Other arrangements"),
    "processes": ("受审过程", "Processes"),
    "departments": ("受审部门", "Departments"),
    "planned_dates": ("审核日期", "Audit dates"),
    "duration": ("持续时间", "Duration"),
    "role": ("角色", "Role"),
    "name": ("姓名", "Name"),
    "affiliation": ("部门/职务", "Department / title"),
    "assignment": ("分工", "Assignment"),
    "duty": ("职责", "Responsibilities"),
    "duty_lead": (
        "全面负责审核的策划、实施和报告;主持首次、末次会议;裁定分歧",
        "Plans, leads and reports the audit; chairs the opening and closing meetings; "
        "settles disagreements",
    ),
    "duty_auditor": (
        "按分工依据检查表实施审核,收集并记录客观证据,开具不符合项",
        "Audits the assigned checklists, collects and records objective evidence, "
        "raises nonconformities",
    ),
    "duty_representative": (
        "陪同审核组,提供文件、记录和场所,确认审核发现",
        "Accompanies the auditors, provides documents, records and access, "
        "acknowledges the findings",
    ),
    "checklists_used": ("使用的检查表", "Checklists used"),
    "sampling": (
        "抽样:按各检查项规定的样本量抽取记录(n/N 记录不符合数/样本量);样本优先覆盖不同班次、"
        "优先级和客户,抽样记录编号记入检查表。",
        "Sampling: records are drawn in the sample size each checklist item sets (n/N records "
        "the nonconforming count out of the sample); samples cover different shifts, "
        "priorities and customers, and the sampled record numbers are entered in the checklist.",
    ),
    "sample_items": ("抽样项", "Sampled items"),
    "sample_total": ("样本量合计", "Total sample size"),
    "whole_audit": ("全部受审部门", "All audited departments"),
    "meeting_place": ("首次会议 {open};末次会议 {close}", "Opening {open}; closing {close}"),
    "other_text": (
        "审核组成员对审核中获取的信息予以保密,不审核本人所在部门的工作;受审部门应指派陪同人员,"
        "按日程提供所需文件、记录、系统访问和场所;日程如需调整,由审核组长与受审部门协商确定。",
        "Team members keep what they learn confidential and do not audit their own "
        "department's work. Each audited department names a representative and provides the "
        "documents, records, system access and rooms the timetable needs; the lead auditor "
        "agrees any change of the timetable with the department.",
    ),
    "fu_none": (
        "本次审核范围内无未关闭的以往不符合项。",
        "No open nonconformity of an earlier audit is in scope.",
    ),
}


def _t(lang: str) -> Labels:
    return labels(lang, PLAN_LABELS)


def _overview(data: AuditPlanData, t: Labels) -> list[Flowable]:
    a = data.audit
    w = widths(PORTRAIT_WIDTH, 0.17, 0.33, 0.17, 0.33)
    rows = [
        [
            labelled(t, "audit_number"),
            cell(a.number),
            labelled(t, "lead_auditor"),
            cell(a.lead_auditor),
        ],
        [labelled(t, "audit_title"), cell(a.title), "", ""],
        [labelled(t, "client"), cell(a.client), labelled(t, "auditors"), cell(join(a.team, t))],
    ]
    return [
        section(t("s_overview")),
        form_table(rows, w, label_columns=(0, 2), spans=[((1, 1), (3, 1))]),
    ]


def _scope(data: AuditPlanData, t: Labels) -> list[Flowable]:
    a = data.audit
    w = widths(PORTRAIT_WIDTH, 0.17, 0.83)
    processes = "\n".join(process_label(p, t) for p in a.processes)
    return [
        section(t("s_scope")),
        form_table(
            [
                [labelled(t, "processes"), cell(processes)],
                [labelled(t, "departments"), cell(join(a.departments, t))],
                [labelled(t, "locations"), cell(a.locations)],
            ],
            w,
        ),
    ]


def _when(data: AuditPlanData, t: Labels) -> list[Flowable]:
    a = data.audit
    w = widths(PORTRAIT_WIDTH, 0.17, 0.33, 0.17, 0.33)
    days = (a.planned_end - a.planned_start).days + 1 if a.planned_start and a.planned_end else 0
    dates = " – ".join(x for x in (fmt_date(a.planned_start), fmt_date(a.planned_end)) if x)
    opening = next((r for r in data.timetable if r.kind == "opening"), None)
    closing = next((r for r in data.timetable if r.kind == "closing"), None)
    rows = [
        [
            labelled(t, "planned_dates"),
            cell(dates),
            labelled(t, "duration"),
            cell(t("days", n=days) if days else ""),
        ],
        [
            labelled(t, "opening_meeting"),
            cell(fmt_span(opening.start, opening.end) if opening else ""),
            labelled(t, "closing_meeting"),
            cell(fmt_span(closing.start, closing.end) if closing else ""),
        ],
        [labelled(t, "locations"), cell(a.locations), "", ""],
    ]
    return [
        section(t("s_when")),
        form_table(rows, w, label_columns=(0, 2), spans=[((1, 2), (3, 2))]),
    ]


def _method(data: AuditPlanData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_method")), body(data.audit.method), Spacer(1, 2 * mm)]
    out.append(body(t("sampling")))
    if data.runs:
        w = widths(PORTRAIT_WIDTH, 0.14, 0.34, 0.2, 0.14, 0.18)
        rows = [
            [
                cell(f"{r.template_code} v{r.template_version}"),
                two_lines(r.title, r.title_en if t.english else ""),
                cell(r.department),
                cell(r.auditor),
                cell(r.representative),
            ]
            for r in data.runs
        ]
        out += [
            Spacer(1, 2 * mm),
            caption(t("checklists_used")),
            grid_table(
                [t("template"), t("checklist"), t("department"), t("auditor"), t("representative")],
                rows,
                w,
            ),
        ]
    return out


def _team(data: AuditPlanData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.13, 0.09, 0.2, 0.28, 0.3)
    rows = []
    for m in data.team:
        assigned = "\n".join(
            f"{process_label(x.process, t)} @ {x.department}" for x in m.assignments
        )
        rows.append(
            [
                cell(t(f"role_{m.role}")),
                cell(m.name),
                cell(m.affiliation),
                cell(assigned),
                small(t(f"duty_{m.role}")),
            ]
        )
    return [
        section(t("s_team")),
        grid_table([t("role"), t("name"), t("affiliation"), t("assignment"), t("duty")], rows, w),
    ]


def _timetable_row(r: TimetableRow, t: Labels) -> list[Flowable]:
    when = cell(fmt_span(r.start, r.end))
    if r.kind in ("opening", "closing"):
        return [
            when,
            two_lines(t(f"{r.kind}_meeting"), r.department),
            cell(""),
            two_lines(t("all_team"), r.auditor),
            cell(""),
        ]
    clauses = r.clauses
    extra = t("other_refs", n=r.other_refs) if r.other_refs else ""
    return [
        when,
        two_lines(r.department, process_label(r.process, t)),
        two_lines(clauses, extra),
        cell(r.auditor),
        cell(r.representative),
    ]


def _timetable(data: AuditPlanData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.2, 0.2, 0.34, 0.13, 0.13)
    rows = [_timetable_row(r, t) for r in data.timetable]
    return [
        section(t("s_timetable")),
        grid_table(
            [t("time"), t("dept_process"), t("clauses"), t("auditor"), t("representative")],
            rows,
            w,
            zebra=False,
        ),
    ]


def _follow_ups(data: AuditPlanData, t: Labels) -> list[Flowable]:
    if not data.follow_ups:
        return [section(t("s_follow")), body(t("fu_none"))]
    return [
        section(t("s_follow")),
        follow_up_table(data.follow_ups, t, PORTRAIT_WIDTH, mode="plan"),
    ]


def story(data: AuditPlanData, t: Labels) -> list[Flowable]:
    a = data.audit
    out: list[Flowable] = []
    out += _overview(data, t)
    out += [section(t("s_objectives")), body(a.objectives)]
    out += _scope(data, t)
    out += [section(t("s_criteria")), body(a.criteria)]
    out += _when(data, t)
    out += _method(data, t)
    out += _team(data, t)
    out += _timetable(data, t)
    out += _follow_ups(data, t)
    out += [KeepTogether([section(t("s_other")), body(t("other_text"))])]
    return out


def build(data: AuditPlanData, control: Control, lang: str, target: Path) -> int:
    t = _t(lang)
    return build_pdf(target, control, story(data, t), lang)
