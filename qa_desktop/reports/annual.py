"""质量管理报告 — the year-end report of the quality-assurance plan: the plan's schedule planned
against done (with the documents generated as its outputs), the audits held, the
nonconformity statistics and closure, the effectiveness of the corrective actions, the six
KPIs against their targets (a table and a line chart each), satisfaction by quarter, the
management reviews' decisions and conclusion, and what is carried over to next year.

A part the year has no data for says so in a sentence; nothing is left silently blank."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from qa_desktop.domain.enums import (
    ACTION_STATUS_LABELS,
    AUDIT_STATUS_LABELS,
    ActionStatus,
    AuditStatus,
    Grade,
)
from qa_desktop.domain.kpi import format_kpi_target, format_kpi_value
from qa_desktop.schemas.report_inputs_annual import (
    AnnualData,
    GradeCounts,
    KpiRow,
    ReviewActionRow,
    SurveyRow,
)

from . import charts
from .audit_common import (
    PORTRAIT_WIDTH,
    alert,
    body,
    caption,
    cell,
    fmt_date,
    form_table,
    grade_label,
    grid_table,
    head,
    join,
    labels,
    process_label,
    rate,
    section,
    small,
    status_label,
    subsection,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels
from .markup import esc, para, para_markup
from .styles import MUTED, styles

ANNUAL_LABELS: dict[str, tuple[str, str]] = {
    "year_line": (
        "报告年度:{year} 年;统计截至:{as_of};依据:{plan}",
        "Year: {year} · data as of {as_of} · basis: {plan}",
    ),
    "plan_ref": ("《运维服务质量管理计划》", "the operations service quality plan"),
    # sections
    "s_summary": ("一、年度概况", "1. The year at a glance"),
    "s_schedule": (
        "二、质量保证活动计划执行情况",
        "2. Quality-assurance schedule: planned vs done",
    ),
    "s_audits": ("三、内部审核", "3. Internal audits held"),
    "s_ncs": ("四、不符合项统计与关闭情况", "4. Nonconformities: statistics and closure"),
    "s_capa": ("五、纠正措施有效性", "5. Effectiveness of corrective actions"),
    "s_kpis": ("六、服务指标完成情况", "6. Service KPIs against targets"),
    "s_csat": ("七、客户满意度", "7. Customer satisfaction by quarter"),
    "s_reviews": ("八、管理评审决议", "8. Management review decisions"),
    "s_next": ("九、下一年度改进事项", "9. Improvement items for next year"),
    # summary
    "k_activities": ("计划活动完成", "Planned activities done"),
    "k_audits": ("内部审核", "Internal audits"),
    "k_ncs": ("不符合项", "Nonconformities"),
    "k_closure": ("关闭率 / 按期关闭率", "Closure / on time"),
    "k_capa": ("纠正措施有效率", "CAPA effectiveness"),
    "k_kpis": ("指标达标", "KPIs on target"),
    "k_csat": ("全年客户满意率", "Satisfied customers (year)"),
    "k_reviews": ("管理评审 / 决议措施", "Reviews / decisions"),
    "k_carried": ("结转下年", "Carried over"),
    "n_of": ("{n} / {of}", "{n} / {of}"),
    "n_audits": ("{n} 次", "{n}"),
    "n_ncs": ("{n} 项({grades})", "{n} ({grades})"),
    "n_reviews": ("{n} 次 / {actions} 项(未完成 {open} 项)", "{n} / {actions} ({open} open)"),
    "n_carried": (
        "不符合项 {ncs} 项,评审措施 {actions} 项",
        "{ncs} nonconformities, {actions} review actions",
    ),
    "n_csat": ("{value}(目标 ≥{target})", "{value} (target ≥ {target})"),
    # schedule
    "seq": ("序号", "No."),
    "activity": ("质量保证活动", "Activity"),
    "responsible": ("责任人", "Responsible"),
    "planned": ("计划时间", "Planned"),
    "actual": ("实际完成", "Done on"),
    "output": ("输出要求 / 已生成文件", "Output / documents generated"),
    "state": ("状态", "State"),
    "state_done": ("已完成", "Done"),
    "state_cancelled": ("已取消", "Cancelled"),
    "state_due": ("进行期", "Due"),
    "state_overdue": ("逾期", "Overdue"),
    "state_upcoming": ("未到期", "Upcoming"),
    "schedule_counts": (
        "共 {total} 项活动:已完成 {done} 项,进行期 {due} 项,逾期 {overdue} 项,未到期 {upcoming} 项,"
        "已取消 {cancelled} 项。",
        "{total} activities: {done} done, {due} due, {overdue} overdue, {upcoming} upcoming, "
        "{cancelled} cancelled.",
    ),
    "more_documents": ("另 {n} 份", "+ {n} more"),
    "no_documents": ("尚未生成", "none generated yet"),
    "no_programme": (
        "本年度未建立质量保证活动计划(年度方案),无计划执行数据。",
        "No quality-assurance programme was set up for this year: there is no schedule to report.",
    ),
    # audits
    "audit": ("审核", "Audit"),
    "audit_dates": ("审核日期", "Dates"),
    "lead": ("审核组长", "Lead auditor"),
    "scope": ("审核范围(过程 / 部门)", "Scope (processes / departments)"),
    "audit_status": ("状态", "Status"),
    "short_major": ("严重", "Major"),
    "short_minor": ("一般", "Minor"),
    "short_observation": ("观察", "Obs."),
    "no_audits": ("本年度未开展内部审核。", "No internal audit was held this year."),
    # ncs
    "counted_note": (
        "本年度共登记不符合项 {total} 项,其中草稿和已撤销的不计入统计,计入统计 {counted} 项。"
        "关闭率 = 已关闭 ÷ 计入统计的不符合项;按期关闭率 = 在完成期限内关闭 ÷ 有完成期限的已关闭项。",
        "{total} nonconformities were recorded this year; drafts and withdrawn ones are not "
        "counted, leaving {counted}. Closure rate = closed ÷ counted; on-time closure = closed "
        "by the due date ÷ closed NCs that had a due date.",
    ),
    "closure_line": (
        "关闭率 {closure}({closed}/{counted});按期关闭率 {on_time}({on_time_n}/{with_due});"
        "当前逾期未关闭 {overdue} 项,逾期纠正措施 {actions_overdue} 项;平均关闭用时 {mean} 天,"
        "中位数 {median} 天。",
        "Closure rate {closure} ({closed}/{counted}); closed on time {on_time} "
        "({on_time_n}/{with_due}); {overdue} open NCs overdue and {actions_overdue} corrective "
        "actions overdue; mean time to close {mean} days, median {median} days.",
    ),
    "by_grade": ("按等级", "By grade"),
    "by_process": ("按过程", "By process"),
    "by_department": ("按部门", "By department"),
    "by_status": ("按状态(全部登记项)", "By status (every NC recorded)"),
    "grade": ("等级", "Grade"),
    "process": ("过程", "Process"),
    "department": ("部门", "Department"),
    "status": ("状态", "Status"),
    "count": ("数量", "Count"),
    "total": ("合计", "Total"),
    "open": ("未关闭", "Open"),
    "closed": ("已关闭", "Closed"),
    "no_department": ("(未指定)", "(none)"),
    "chart_process": ("各过程不符合项(按等级)", "Nonconformities by process and grade"),
    "chart_status": ("不符合项状态分布", "Nonconformities by status"),
    "no_ncs": ("本年度无不符合项记录。", "No nonconformity was recorded this year."),
    # capa
    "effective": ("验证有效", "Verified effective"),
    "not_effective": ("验证无效 / 重新打开(次)", "Not effective / reopened (times)"),
    "effectiveness_rate": ("纠正措施有效率", "CAPA effectiveness rate"),
    "reopened_ncs": ("曾重新打开的不符合项", "NCs reopened at least once"),
    "pending_verification": ("待验证", "Pending verification"),
    "recurrences": ("重复发生", "Recurrences"),
    "recurrence_list": ("{n} 项:{numbers}", "{n}: {numbers}"),
    "and_more": ("等", "…"),
    "capa_rule": (
        "纠正措施有效率 = 验证有效 ÷ (验证有效 + 验证无效及重新打开次数);重复发生指与以往审核的"
        "不符合项过程和条款相同的不符合项。",
        "CAPA effectiveness = effective ÷ (effective + failed checks and reopenings); a "
        "recurrence is an NC with the same process and clause as an earlier audit's NC.",
    ),
    "rates_chart": ("关闭与纠正措施有效性", "Closure and corrective-action effectiveness"),
    "rate_closure": ("关闭率", "Closure rate"),
    "rate_on_time": ("按期关闭率", "Closed on time"),
    "rate_capa": ("纠正措施有效率", "CAPA effectiveness"),
    "no_capa": (
        "本年度尚无经验证的纠正措施。",
        "No corrective action was verified this year.",
    ),
    # kpis
    "kpi": ("指标", "KPI"),
    "year_value": ("全年", "Year"),
    "target": ("目标", "Target"),
    "met": ("达标", "Met"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "na": ("—", "—"),
    "q": ("Q{n}", "Q{n}"),
    "kpi_rule": (
        "季度和全年值由各月的分子、分母汇总计算,不是月度值的平均。",
        "Quarters and the year add up the months' numerators and denominators; they are not "
        "averages of the monthly values.",
    ),
    "target_line": ("目标", "Target"),
    "no_target": ("未设目标", "no target"),
    "no_kpis": ("本年度无服务指标数据。", "No KPI values were recorded this year."),
    "month_label": ("{m}月", "{m}"),
    # surveys
    "quarter": ("季度", "Quarter"),
    "survey": ("调查", "Survey"),
    "responses": ("回收", "Received"),
    "valid": ("有效", "Valid"),
    "mean_score": ("平均分", "Mean score"),
    "score_rate": ("得分率", "Score rate"),
    "satisfied_rate": ("满意率", "Satisfied"),
    "dissatisfied": ("不满意", "Dissatisfied"),
    "follow_ups": ("待跟进", "Open follow-ups"),
    "survey_planned": ("已计划", "Planned"),
    "survey_in_progress": ("进行中", "In progress"),
    "survey_done": ("已完成", "Done"),
    "year_row": ("全年", "Year"),
    "csat_chart": ("各季度客户满意率", "Satisfied customers by quarter"),
    "csat_rule": (
        "满意率 = (满意 + 非常满意)÷ 有效问卷;得分率 = 总分 ÷ (有效问卷 × 5)。目标 ≥{target}。",
        "Satisfied = (satisfied + very satisfied) ÷ valid responses; score rate = total score ÷ "
        "(valid responses × 5). Target ≥ {target}.",
    ),
    "no_surveys": (
        "本年度未开展客户满意度调查。",
        "No customer satisfaction survey was run this year.",
    ),
    # reviews
    "review_no": ("评审编号", "Review no."),
    "review_title": ("评审名称", "Review"),
    "held_on": ("召开日期", "Held on"),
    "planned_on": ("计划日期", "Planned for"),
    "chair": ("主持人", "Chair"),
    "location": ("地点", "Location"),
    "review_status": ("状态", "Status"),
    "review_planned": ("已计划", "Planned"),
    "review_held": ("已召开", "Held"),
    "review_closed": ("已关闭", "Closed"),
    "conclusion": ("评审结论", "Conclusion"),
    "suitability": ("适宜性", "Suitability"),
    "adequacy": ("充分性", "Adequacy"),
    "effectiveness": ("有效性", "Effectiveness"),
    "decisions": ("决议与措施", "Decisions and actions"),
    "category": ("类别", "Category"),
    "action": ("措施", "Action"),
    "owner": ("责任人", "Owner"),
    "due": ("期限", "Due"),
    "completed": ("完成日期", "Completed"),
    "cat_improvement": ("改进机会", "Improvement"),
    "cat_system_change": ("体系与服务变更", "System / service change"),
    "cat_resources": ("资源需求", "Resources"),
    "no_actions": ("本次评审未形成措施。", "The review decided no actions."),
    "no_conclusion": ("(尚未填写)", "(not written yet)"),
    "no_reviews": ("本年度未开展管理评审。", "No management review was held this year."),
    "overdue_mark": ("逾期", "overdue"),
    # next year
    "n_kpis": ("1. 未达到目标的指标", "1. KPIs that missed their target"),
    "n_activities": ("2. 未完成的计划活动", "2. Planned activities not done"),
    "n_open_ncs": ("3. 结转的未关闭不符合项", "3. Open nonconformities carried over"),
    "n_actions": ("4. 未完成的管理评审措施", "4. Open management review actions"),
    "none_kpis": ("无:有目标的指标均已达标。", "None: every KPI with a target met it."),
    "none_activities": (
        "无:计划活动均已完成或取消。",
        "None: every activity is done or cancelled.",
    ),
    "none_ncs": ("无未关闭的不符合项。", "No nonconformity is open."),
    "none_actions": ("无未完成的管理评审措施。", "No management review action is open."),
    "nc_no": ("编号", "NC no."),
    "dept_process": ("部门 / 过程", "Department / process"),
    "facts": ("不符合事实", "Facts"),
    "nc_status": ("状态", "Status"),
    "nc_due": ("完成期限", "Due"),
    "review": ("评审", "Review"),
    "no_target_kpis": (
        "未设目标的指标不作达标判断:{names}。",
        "KPIs without a target are not judged: {names}.",
    ),
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_GRADES = tuple(g.value for g in Grade)
CHART_GAP = 6.0  # points between the two KPI charts of a row


def _t(lang: str) -> Labels:
    return labels(lang, ANNUAL_LABELS)


# --- tables ------------------------------------------------------------------------------------


def lead_in(text: str, level: str = "h2") -> list[Flowable]:
    """A subheading before a long table. Kept with its table by keepWithNext, the heading
    would make ReportLab measure the whole table once more (to keep both together) before
    splitting it; asking for room on the page instead does the same for a table that
    continues over pages anyway."""
    return [CondPageBreak(40 * mm), para(text, getattr(styles(), level))]


@cache
def _gloss_style(latin: bool, small: bool) -> ParagraphStyle:
    """The cell style (or, `small`, the grey gloss under a value); `latin` breaks lines
    between words only, as CJK line breaking would cut English words anywhere."""
    base = styles().cell
    if small:
        base = base.clone(f"annual_gloss_{int(latin)}", fontSize=7, leading=9.5, textColor=MUTED)
    return base.clone(f"annual_cell_{int(latin)}{int(small)}", wordWrap=None) if latin else base


SHORT_GLOSS = 200  # a gloss up to this long is a paragraph of its own, broken its own way


def glossed(first: object, second: object) -> Paragraph | list[Paragraph]:
    """A value with a gloss under it in small grey text (both user text, both escaped).

    English with a Chinese gloss (or the other way round) are two paragraphs, each broken
    into lines its own way; a long gloss is one paragraph with the value, so that it can be
    cut across rows and pages."""
    first, second = str(first or ""), str(second or "")
    if not second:
        return para(first, _gloss_style(first.isascii(), False))
    if first.isascii() != second.isascii() and len(second) <= SHORT_GLOSS:
        return [
            para(first, _gloss_style(first.isascii(), False)),
            para(second, _gloss_style(second.isascii(), True)),
        ]
    return para_markup(
        f'{esc(first)}<br/><font size="7" color="#57606a">{esc(second)}</font>',
        _gloss_style((first + second).isascii(), False),
    )


# --- values ----------------------------------------------------------------------------------


def fmt_target(k: KpiRow, t: Labels) -> str:
    if k.target is None:
        return t("no_target")
    return format_kpi_target(k.direction, k.target, k.unit, t.english)


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _kpi_name(k: KpiRow, t: Labels) -> str:
    return k.name_en if t.english and k.name_en else k.name_zh


def _months(year: int, months: Sequence[int], t: Labels) -> str:
    if not months:
        return ""
    if t.english:
        return ", ".join(_MONTHS_EN[m - 1] for m in months if 1 <= m <= 12) + f" {year}"
    return "\n".join(f"{year}.{m}" for m in months)


def _state(state: str, t: Labels) -> str:
    key = f"state_{state}"
    return t(key) if key in ANNUAL_LABELS else state


def _coded(prefix: str, value: str, t: Labels) -> str:
    key = f"{prefix}_{value}"
    return t(key) if key in ANNUAL_LABELS else value


def _action_status(value: str, t: Labels) -> str:
    try:
        return t.pick(ACTION_STATUS_LABELS.get(ActionStatus(value)))
    except ValueError:
        return value


def _audit_status(value: str, t: Labels) -> str:
    try:
        return t.pick(AUDIT_STATUS_LABELS.get(AuditStatus(value)))
    except ValueError:
        return value


def _grade_cell(grade: str, t: Labels):
    label = grade_label(grade, t)
    return alert(label) if grade == Grade.MAJOR.value else cell(label)


def _grade_summary(rows: Sequence[GradeCounts], t: Labels) -> str:
    counts = {r.key: r.total for r in rows}
    sep = ", " if t.english else "、"
    return sep.join(f"{grade_label(g, t)} {counts.get(g, 0)}" for g in _GRADES)


# --- 一、概况 ----------------------------------------------------------------------------------


def _summary(data: AnnualData, t: Labels) -> list[Flowable]:
    acts = [a for a in data.activities if a.state != "cancelled"]
    done = sum(1 for a in acts if a.state == "done")
    nc = data.ncs
    counted = sum(r.total for r in nc.by_grade)
    judged = [k for k in data.kpis if k.meets_target is not None]
    met = sum(1 for k in judged if k.meets_target)
    valid = sum(s.valid for s in data.surveys)
    satisfied = sum(s.satisfied for s in data.surveys)
    csat = satisfied / valid if valid else None
    actions = [a for r in data.reviews for a in r.actions]
    open_actions = [a for a in actions if a.status not in ("done", "cancelled")]
    rows = [
        [
            head(t("k_activities")),
            cell(t("n_of", n=done, of=len(acts)) if data.has_programme else "—"),
            head(t("k_audits")),
            cell(t("n_audits", n=len(data.audits))),
        ],
        [
            head(t("k_ncs")),
            cell(t("n_ncs", n=counted, grades=_grade_summary(nc.by_grade, t))),
            head(t("k_closure")),
            cell(f"{rate(nc.closure_rate)} / {rate(nc.on_time_rate)}"),
        ],
        [
            head(t("k_capa")),
            cell(rate(data.capa.effectiveness_rate)),
            head(t("k_kpis")),
            cell(t("n_of", n=met, of=len(judged)) if judged else "—"),
        ],
        [
            head(t("k_csat")),
            cell(
                t(
                    "n_csat",
                    value=rate(csat),
                    target=rate(data.csat_target),
                )
                if csat is not None and data.csat_target is not None
                else rate(csat)
            ),
            head(t("k_reviews")),
            cell(t("n_reviews", n=len(data.reviews), actions=len(actions), open=len(open_actions))),
        ],
        [
            head(t("k_carried")),
            cell(t("n_carried", ncs=len(data.open_ncs), actions=len(data.open_review_actions))),
            "",
            "",
        ],
    ]
    w = widths(PORTRAIT_WIDTH, 0.2, 0.3, 0.2, 0.3)
    return [
        section(t("s_summary")),
        form_table(rows, w, label_columns=(0, 2), spans=[((1, 4), (3, 4))]),
    ]


# --- 二、计划执行 ------------------------------------------------------------------------------


def _output_cell(a, t: Labels) -> Paragraph:
    docs = [f"{d.number} {d.version}" for d in a.documents]
    if a.more_documents:
        docs.append(t("more_documents", n=a.more_documents))
    if not docs and a.output:
        docs.append(t("no_documents"))
    return glossed(a.output, "\n".join(docs))


def _schedule(data: AnnualData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_schedule"))]
    if not data.has_programme:
        return [*out, body(t("no_programme"))]
    if data.programme_title or data.programme_number:
        out.append(caption(" ".join(x for x in (data.programme_title, data.programme_number) if x)))
    counts = {s: 0 for s in ("done", "due", "overdue", "upcoming", "cancelled")}
    rows = []
    for a in data.activities:
        counts[a.state] = counts.get(a.state, 0) + 1
        name = a.name_en if t.english and a.name_en else a.name
        name_cell = glossed(name, a.notes)
        who = glossed(a.responsible, a.owner)
        state = _state(a.state, t)
        rows.append(
            [
                cell(str(a.seq)),
                name_cell,
                who,
                cell(_months(data.year, a.planned_months, t)),
                cell(fmt_date(a.actual_date)),
                _output_cell(a, t),
                alert(state) if a.state == "overdue" else cell(state),
            ]
        )
    w = widths(PORTRAIT_WIDTH, 0.06, 0.25, 0.14, 0.11, 0.11, 0.23, 0.1)
    out += [
        body(t("schedule_counts", total=len(data.activities), **counts)),
        Spacer(1, 1.5 * mm),
        grid_table(
            [
                t("seq"),
                t("activity"),
                t("responsible"),
                t("planned"),
                t("actual"),
                t("output"),
                t("state"),
            ],
            rows,
            w,
        ),
    ]
    return out


# --- 三、内部审核 ------------------------------------------------------------------------------


def _audits(data: AnnualData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = lead_in(t("s_audits"), "h1")
    if not data.audits:
        return [*out, body(t("no_audits"))]
    rows = []
    for a in data.audits:
        dates = " – ".join(x for x in (fmt_date(a.planned_start), fmt_date(a.planned_end)) if x)
        # Processes and departments, each a paragraph broken its own way (English process
        # names, Chinese department names).
        scope = [
            cell(x)
            for x in (join([process_label(p, t) for p in a.processes], t), join(a.departments, t))
            if x
        ] or cell("")
        c = a.ncs
        rows.append(
            [
                glossed(a.number, a.title),
                cell(dates),
                cell(a.lead_auditor),
                scope,
                cell(_audit_status(a.status, t)),
                cell(str(c.major)),
                cell(str(c.minor)),
                cell(str(c.observation)),
                cell(str(c.total)),
            ]
        )
    totals = [sum(getattr(a.ncs, g) for a in data.audits) for g in _GRADES]
    rows.append(
        [
            head(t("total")),
            cell(""),
            cell(""),
            cell(""),
            cell(""),
            *(cell(str(n)) for n in totals),
            cell(str(sum(totals))),
        ]
    )
    w = widths(PORTRAIT_WIDTH, 0.19, 0.13, 0.09, 0.22, 0.1, 0.065, 0.065, 0.065, 0.075)
    out += [
        grid_table(
            [
                t("audit"),
                t("audit_dates"),
                t("lead"),
                t("scope"),
                t("audit_status"),
                *(t(f"short_{g}") for g in _GRADES),
                t("total"),
            ],
            rows,
            w,
        ),
    ]
    return out


# --- 四、不符合项 ------------------------------------------------------------------------------


def _count_table(rows: Sequence[GradeCounts], first: str, name, t: Labels) -> Table:
    w = widths(PORTRAIT_WIDTH, 0.34, 0.11, 0.11, 0.11, 0.11, 0.11, 0.11)
    body_rows = [
        [
            cell(name(r)),
            cell(str(r.major)),
            cell(str(r.minor)),
            cell(str(r.observation)),
            cell(str(r.total)),
            cell(str(r.open)),
            cell(str(r.closed)),
        ]
        for r in rows
    ]
    body_rows.append(
        [
            head(t("total")),
            *(
                cell(str(sum(getattr(r, f) for r in rows)))
                for f in ("major", "minor", "observation")
            ),
            cell(str(sum(r.total for r in rows))),
            cell(str(sum(r.open for r in rows))),
            cell(str(sum(r.closed for r in rows))),
        ]
    )
    header = [first, *(grade_label(g, t) for g in _GRADES), t("total"), t("open"), t("closed")]
    return grid_table(header, body_rows, w, zebra=False)


def _ncs(data: AnnualData, t: Labels) -> list[Flowable]:
    nc = data.ncs
    out: list[Flowable] = [section(t("s_ncs"))]
    if nc.total == 0:
        return [*out, body(t("no_ncs"))]
    out += [
        body(t("counted_note", total=nc.total, counted=nc.counted)),
        Spacer(1, 1.5 * mm),
        body(
            t(
                "closure_line",
                closure=rate(nc.closure_rate),
                closed=nc.closed,
                counted=nc.counted,
                on_time=rate(nc.on_time_rate),
                on_time_n=nc.closed_on_time,
                with_due=nc.closed_with_due,
                overdue=nc.overdue,
                actions_overdue=nc.actions_overdue,
                mean=_days(nc.mean_days_to_close),
                median=_days(nc.median_days_to_close),
            )
        ),
    ]
    # By grade: one row per grade, its open and closed.
    w = widths(PORTRAIT_WIDTH, 0.34, 0.22, 0.22, 0.22)
    grades = {r.key: r for r in nc.by_grade}
    grade_rows = [
        [
            _grade_cell(g, t),
            cell(str(grades[g].total if g in grades else 0)),
            cell(str(grades[g].open if g in grades else 0)),
            cell(str(grades[g].closed if g in grades else 0)),
        ]
        for g in _GRADES
    ]
    grade_rows.append(
        [
            head(t("total")),
            cell(str(sum(r.total for r in nc.by_grade))),
            cell(str(sum(r.open for r in nc.by_grade))),
            cell(str(sum(r.closed for r in nc.by_grade))),
        ]
    )
    out += [
        subsection(t("by_grade")),
        grid_table([t("grade"), t("count"), t("open"), t("closed")], grade_rows, w, zebra=False),
        subsection(t("by_process")),
        _count_table(nc.by_process, t("process"), lambda r: process_label(r.key, t), t),
    ]
    if nc.by_process:
        categories = [process_label(r.key, t) for r in nc.by_process]
        series = {grade_label(g, t): [getattr(r, g) for r in nc.by_process] for g in _GRADES}
        colours = {grade_label(g, t): charts.GRADE_COLORS[g] for g in _GRADES}
        out += [
            Spacer(1, 2 * mm),
            KeepTogether(
                [
                    charts.bar_chart(
                        categories,
                        series,
                        t("chart_process"),
                        colors=colours,
                        width=PORTRAIT_WIDTH,
                        height=190,
                    )
                ]
            ),
        ]
    out += [
        subsection(t("by_department")),
        _count_table(nc.by_department, t("department"), lambda r: r.key or t("no_department"), t),
    ]
    statuses = [s for s in nc.by_status if s.count]
    left = PORTRAIT_WIDTH * 0.36
    right = PORTRAIT_WIDTH - left - CHART_GAP
    status_rows = [[cell(status_label(s.status, t)), cell(str(s.count))] for s in statuses]
    status_rows.append([head(t("total")), cell(str(sum(s.count for s in statuses)))])
    table = grid_table([t("status"), t("count")], status_rows, widths(left, 0.7, 0.3), zebra=False)
    chart = charts.status_bar(
        [status_label(s.status, t) for s in statuses],
        [s.count for s in statuses],
        t("chart_status"),
        colors=[charts.STATUS_COLORS.get(s.status) for s in statuses],
        width=right,
        height=max(90, 16 * len(statuses) + 40),
    )
    # The table and its chart side by side (at most one row per status: never long).
    pair = Table([[table, chart]], colWidths=[left + CHART_GAP, right], hAlign="LEFT")
    pair.setStyle(
        TableStyle(
            [
                # A table starts its drawing in its cells' font: the CJK one, never Helvetica.
                ("FONTNAME", (0, 0), (-1, -1), styles().font),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), CHART_GAP),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out += [subsection(t("by_status")), pair]
    return out


# --- 五、纠正措施有效性 -------------------------------------------------------------------------


def _capa(data: AnnualData, t: Labels) -> list[Flowable]:
    c, nc = data.capa, data.ncs
    out: list[Flowable] = [section(t("s_capa"))]
    if nc.total == 0:
        return [*out, body(t("no_ncs"))]
    numbers = list(c.recurrence_numbers[:20])
    listed = join(numbers, t)
    if len(c.recurrence_numbers) > len(numbers):
        listed += t("and_more")
    w = widths(PORTRAIT_WIDTH, 0.3, 0.2, 0.3, 0.2)
    rows = [
        [
            head(t("effective")),
            cell(str(c.effective)),
            head(t("not_effective")),
            cell(str(c.not_effective)),
        ],
        [
            head(t("effectiveness_rate")),
            cell(rate(c.effectiveness_rate)),
            head(t("reopened_ncs")),
            cell(str(c.reopened_ncs)),
        ],
        [
            head(t("pending_verification")),
            cell(str(c.pending_verification)),
            head(t("recurrences")),
            cell(str(c.recurrences)),
        ],
    ]
    out.append(form_table(rows, w, label_columns=(0, 2)))
    if c.recurrences:
        out += [
            Spacer(1, 1.5 * mm),
            body(f"{t('recurrences')}: " + t("recurrence_list", n=c.recurrences, numbers=listed)),
        ]
    if c.effective + c.not_effective == 0:
        out.append(body(t("no_capa")))
    out += [
        Spacer(1, 1.5 * mm),
        small(t("capa_rule")),
        Spacer(1, 2 * mm),
        KeepTogether(
            [
                charts.rate_bars(
                    [
                        (t("rate_closure"), nc.closure_rate),
                        (t("rate_on_time"), nc.on_time_rate),
                        (t("rate_capa"), c.effectiveness_rate),
                    ],
                    t("rates_chart"),
                    width=PORTRAIT_WIDTH,
                    height=110,
                )
            ]
        ),
    ]
    return out


# --- 六、服务指标 ------------------------------------------------------------------------------


def _kpi_chart(k: KpiRow, year: int, t: Labels, width: float) -> Flowable:
    scale = 100.0 if k.unit == "%" else 1.0
    values = [None if v is None else v * scale for v in k.months]
    target = None if k.target is None else k.target * scale
    labels_ = [t("month_label", m=m if not t.english else _MONTHS_EN[m - 1]) for m in range(1, 13)]
    fmt = (lambda v: f"{v:g}%") if k.unit == "%" else (lambda v: f"{v:g}")
    return charts.line_chart(
        labels_,
        {str(year): values},
        target,
        f"{_kpi_name(k, t)}({fmt_target(k, t)})"
        if not t.english
        else f"{_kpi_name(k, t)} ({fmt_target(k, t)})",
        width=width,
        height=165,
        value_format=fmt,
        target_label=t("target_line") if target is not None else "",
        empty_text=t("na"),
    )


def _kpis(data: AnnualData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_kpis"))]
    has_values = any(v is not None for k in data.kpis for v in k.months)
    if not data.kpis or not has_values:
        return [*out, body(t("no_kpis"))]
    rows = []
    for k in data.kpis:
        met = t("na") if k.meets_target is None else (t("yes") if k.meets_target else t("no"))
        rows.append(
            [
                cell(_kpi_name(k, t)),
                *(
                    cell(format_kpi_value(q, k.unit, t.english))
                    for q in (list(k.quarters) + [None] * 4)[:4]
                ),
                cell(format_kpi_value(k.year_value, k.unit, t.english)),
                cell(fmt_target(k, t)),
                alert(met) if k.meets_target is False else cell(met),
            ]
        )
    w = widths(PORTRAIT_WIDTH, 0.22, 0.1, 0.1, 0.1, 0.1, 0.11, 0.17, 0.1)
    out += [
        grid_table(
            [t("kpi"), *(t("q", n=n) for n in range(1, 5)), t("year_value"), t("target"), t("met")],
            rows,
            w,
            zebra=False,
        ),
        Spacer(1, 1.5 * mm),
        small(t("kpi_rule")),
        Spacer(1, 3 * mm),
    ]
    half = (PORTRAIT_WIDTH - CHART_GAP) / 2
    drawings = [_kpi_chart(k, data.year, t, half) for k in data.kpis]
    grid_rows = [
        drawings[i : i + 2] + [""] * (2 - len(drawings[i : i + 2]))
        for i in range(0, len(drawings), 2)
    ]
    table = Table(grid_rows, colWidths=[half + CHART_GAP / 2, half + CHART_GAP / 2], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                # A table starts its drawing in its cells' font: the CJK one, never Helvetica.
                ("FONTNAME", (0, 0), (-1, -1), styles().font),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), CHART_GAP / 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CHART_GAP),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out.append(table)
    return out


# --- 七、客户满意度 ----------------------------------------------------------------------------


def _survey_row(s: SurveyRow, t: Labels) -> list[Flowable]:
    return [
        cell(t("q", n=s.quarter)),
        cell(s.title),
        cell(_coded("survey", s.status, t)),
        cell(str(s.responses)),
        cell(str(s.valid)),
        cell("—" if s.mean_score is None else f"{s.mean_score:.2f}"),
        cell(rate(s.score_rate)),
        cell(rate(s.satisfied_rate)),
        cell(str(s.dissatisfied)),
        cell(str(s.open_follow_ups)),
    ]


def _surveys(data: AnnualData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_csat"))]
    if not data.surveys:
        return [*out, body(t("no_surveys"))]
    rows = [_survey_row(s, t) for s in data.surveys]
    valid = sum(s.valid for s in data.surveys)
    total_score = sum((s.mean_score or 0) * s.valid for s in data.surveys)
    satisfied = sum(s.satisfied for s in data.surveys)
    rows.append(
        [
            head(t("year_row")),
            cell(""),
            cell(""),
            cell(str(sum(s.responses for s in data.surveys))),
            cell(str(valid)),
            cell(f"{total_score / valid:.2f}" if valid else "—"),
            cell(rate(total_score / (valid * 5) if valid else None)),
            cell(rate(satisfied / valid if valid else None)),
            cell(str(sum(s.dissatisfied for s in data.surveys))),
            cell(str(sum(s.open_follow_ups for s in data.surveys))),
        ]
    )
    w = widths(PORTRAIT_WIDTH, 0.08, 0.25, 0.08, 0.085, 0.06, 0.08, 0.08, 0.08, 0.105, 0.1)
    target = data.csat_target
    chart = charts.rate_bars(
        [(t("q", n=s.quarter), s.satisfied_rate) for s in data.surveys]
        + [(t("year_row"), satisfied / valid if valid else None)],
        t("csat_chart"),
        target=target,
        target_label=(f"{t('target_line')} ≥{rate(target)}" if target is not None else ""),
        width=PORTRAIT_WIDTH,
        height=max(100, 22 * (len(data.surveys) + 1) + 40),
    )
    out += [
        grid_table(
            [
                t("quarter"),
                t("survey"),
                t("status"),
                t("responses"),
                t("valid"),
                t("mean_score"),
                t("score_rate"),
                t("satisfied_rate"),
                t("dissatisfied"),
                t("follow_ups"),
            ],
            rows,
            w,
            zebra=False,
        ),
        Spacer(1, 1.5 * mm),
        small(t("csat_rule", target=rate(target))),
        Spacer(1, 2 * mm),
        KeepTogether([chart]),
    ]
    return out


# --- 八、管理评审 ------------------------------------------------------------------------------


def _action_rows(actions: Sequence[ReviewActionRow], t: Labels, *, with_review: bool):
    rows = []
    for a in actions:
        status = _action_status(a.status, t)
        if a.overdue:
            status += f" ({t('overdue_mark')})" if t.english else f"({t('overdue_mark')})"
        first = cell(f"{a.review_number} #{a.seq}") if with_review else cell(str(a.seq))
        rows.append(
            [
                first,
                cell(_coded("cat", a.category, t)),
                cell(a.description),
                cell(a.owner),
                cell(fmt_date(a.due_date)),
                alert(status) if a.overdue else cell(status),
                cell(fmt_date(a.completed_on)),
            ]
        )
    return rows


def _action_table(actions, t: Labels, *, with_review: bool) -> Table:
    w = widths(PORTRAIT_WIDTH, 0.12 if with_review else 0.06, 0.12, 0.34, 0.1, 0.1, 0.11, 0.1)
    return grid_table(
        [
            t("review") if with_review else t("seq"),
            t("category"),
            t("action"),
            t("owner"),
            t("due"),
            t("status"),
            t("completed"),
        ],
        _action_rows(actions, t, with_review=with_review),
        w,
    )


def _reviews(data: AnnualData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_reviews"))]
    if not data.reviews:
        return [*out, body(t("no_reviews"))]
    w = widths(PORTRAIT_WIDTH, 0.17, 0.33, 0.17, 0.33)
    for r in data.reviews:
        when = fmt_date(r.held_on) if r.held_on else ""
        rows = [
            [
                head(t("review_no")),
                cell(r.number),
                head(t("review_status")),
                cell(_coded("review", r.status, t)),
            ],
            [head(t("review_title")), cell(r.title), "", ""],
            [
                head(t("held_on") if r.held_on else t("planned_on")),
                cell(when or fmt_date(r.planned_on)),
                head(t("chair")),
                cell(r.chair),
            ],
        ]
        spans = [((1, 1), (3, 1))]
        if r.location:
            rows.append([head(t("location")), cell(r.location), "", ""])
            spans.append(((1, 3), (3, 3)))
        out += [
            subsection(f"{r.number} {r.title}"),
            form_table(rows, w, label_columns=(0, 2), spans=spans),
            Spacer(1, 2 * mm),
            caption(t("conclusion")),
            form_table(
                [
                    [head(t(k)), cell(getattr(r, k) or t("no_conclusion"))]
                    for k in ("suitability", "adequacy", "effectiveness")
                ],
                widths(PORTRAIT_WIDTH, 0.17, 0.83),
            ),
            Spacer(1, 2 * mm),
            caption(t("decisions")),
        ]
        if r.actions:
            out.append(_action_table(r.actions, t, with_review=False))
        else:
            out.append(body(t("no_actions")))
    return out


# --- 九、下一年度改进事项 -----------------------------------------------------------------------


def _next_year(data: AnnualData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_next"))]
    # 1. KPIs that missed their target
    missed = [k for k in data.kpis if k.meets_target is False]
    out.append(subsection(t("n_kpis")))
    if missed:
        w = widths(PORTRAIT_WIDTH, 0.4, 0.3, 0.3)
        out.append(
            grid_table(
                [t("kpi"), t("year_value"), t("target")],
                [
                    [
                        cell(_kpi_name(k, t)),
                        alert(format_kpi_value(k.year_value, k.unit, t.english)),
                        cell(fmt_target(k, t)),
                    ]
                    for k in missed
                ],
                w,
                zebra=False,
            )
        )
    elif any(k.year_value is not None for k in data.kpis):
        out.append(body(t("none_kpis")))
    else:
        out.append(body(t("no_kpis")))
    untargeted = [
        _kpi_name(k, t) for k in data.kpis if k.target is None and k.year_value is not None
    ]
    if untargeted:
        out.append(small(t("no_target_kpis", names=join(untargeted, t))))
    # 2. activities not done
    out.append(subsection(t("n_activities")))
    pending = [a for a in data.activities if a.state in ("overdue", "due", "upcoming")]
    if not data.has_programme:
        out.append(body(t("no_programme")))
    elif pending:
        w = widths(PORTRAIT_WIDTH, 0.08, 0.42, 0.2, 0.15, 0.15)
        out.append(
            grid_table(
                [t("seq"), t("activity"), t("responsible"), t("planned"), t("state")],
                [
                    [
                        cell(str(a.seq)),
                        cell(a.name_en if t.english and a.name_en else a.name),
                        cell(a.owner or a.responsible),
                        cell(_months(data.year, a.planned_months, t)),
                        alert(_state(a.state, t))
                        if a.state == "overdue"
                        else cell(_state(a.state, t)),
                    ]
                    for a in pending
                ],
                w,
                zebra=False,
            )
        )
    else:
        out.append(body(t("none_activities")))
    # 3. open NCs
    out += lead_in(t("n_open_ncs"))
    if data.open_ncs:
        rows = []
        for n in data.open_ncs:
            due = fmt_date(n.due_date)
            rows.append(
                [
                    # Plain two-line cells: a thousand rows are parsed fastest without markup.
                    cell(f"{n.number}\n{n.audit}" if n.audit else n.number),
                    _grade_cell(n.grade, t),
                    cell("\n".join(x for x in (n.department, process_label(n.process, t)) if x)),
                    cell(n.facts),
                    cell(status_label(n.status, t)),
                    alert(f"{due}\n{t('overdue_mark')}") if n.overdue else cell(due),
                ]
            )
        w = widths(PORTRAIT_WIDTH, 0.14, 0.11, 0.16, 0.35, 0.12, 0.12)
        out.append(
            grid_table(
                [
                    t("nc_no"),
                    t("grade"),
                    t("dept_process"),
                    t("facts"),
                    t("nc_status"),
                    t("nc_due"),
                ],
                rows,
                w,
            )
        )
    else:
        out.append(body(t("none_ncs")))
    # 4. open review actions
    out += lead_in(t("n_actions"))
    if data.open_review_actions:
        out.append(_action_table(data.open_review_actions, t, with_review=True))
    else:
        out.append(body(t("none_actions")))
    return out


# --- the document ------------------------------------------------------------------------------


def _heading(data: AnnualData, t: Labels) -> list[Flowable]:
    plan = t("plan_ref")
    if data.programme_number:
        plan = f"{plan} {data.programme_number}"
    as_of = fmt_date(data.as_of) if data.as_of else "—"
    return [small(t("year_line", year=data.year, as_of=as_of, plan=plan)), Spacer(1, 2 * mm)]


def story(data: AnnualData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    out += _heading(data, t)
    out += _summary(data, t)
    out += _schedule(data, t)
    out += _audits(data, t)
    out += _ncs(data, t)
    out += _capa(data, t)
    out += _kpis(data, t)
    out += _surveys(data, t)
    out += _reviews(data, t)
    out += _next_year(data, t)
    return out


def build(data: AnnualData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, story(data, _t(lang)), lang)
