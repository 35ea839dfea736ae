"""管理评审报告 — the record of one management review: the meeting (date, place, chair,
participants); every input of ISO/IEC 20000-1:2018 9.3 a–k as the input pack compiled it (its
summary, the figures it rests on — earlier actions, NC figures, audit results, KPIs against
their targets with their monthly trends, satisfaction by quarter, supplier checks, open major
NCs — and the notes written for it); the conclusion on the suitability, adequacy and
effectiveness of the management system (适宜性、充分性、有效性); the decisions and actions
(improvement, changes to the system and services, resources) with owner, due date, status and
overdue flag; and the distribution list."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from qa_desktop.domain.enums import AUDIT_STATUS_LABELS, AuditStatus, Grade
from qa_desktop.schemas.report_inputs_reviews import (
    InputSection,
    KpiRow,
    NcFiguresRow,
    ReviewReportData,
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
    labelled,
    process_label,
    result_label,
    section,
    status_label,
    subsection,
    two_lines,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels
from .markup import para
from .review_common import (
    CATEGORIES,
    action_table,
    capacity_label,
    category_label,
    fmt_target,
    fmt_value,
    input_title,
    overview,
    pct,
    review_labels,
)
from .styles import styles

REPORT_LABELS: dict[str, tuple[str, str]] = {
    "s_meeting": ("一、会议概况", "1. The meeting"),
    "s_inputs": (
        "二、评审输入(ISO/IEC 20000-1:2018 9.3 a)–k))",
        "2. Review inputs (ISO/IEC 20000-1:2018 9.3 a)–k))",
    ),
    "s_conclusion": (
        "三、评审结论:服务管理体系的适宜性、充分性、有效性",
        "3. Conclusion: suitability, adequacy and effectiveness of the management system",
    ),
    "s_outputs": ("四、评审输出:决定和措施", "4. Review outputs: decisions and actions"),
    "s_distribution": ("五、分发清单", "5. Distribution list"),
    "inputs_intro": (
        "以下各项输入由系统根据{year}年度数据汇总(不符合项、内审、KPI、满意度调查、以往评审措施),"
        "数据无法反映的内容由负责人在“说明”中填写。",
        "Each input below was compiled from the data of {year} (nonconformities, audits, KPIs, "
        "satisfaction surveys, actions of earlier reviews); what the data cannot show was "
        "written by the owner under “Notes”.",
    ),
    "presented_by": ("汇报人:", "Presented by: "),
    "notes": ("说明", "Notes"),
    "no_notes": ("(无说明)", "(no notes)"),
    "problem": ("数据源问题", "Source problem"),
    "prev_actions": ("以往评审措施", "Actions of earlier reviews"),
    "nc_figures": ("不符合与纠正措施", "Nonconformities and corrective actions"),
    "measure": ("项目", "Figure"),
    "year_col": ("{year}年", "{year}"),
    "f_counted": ("开具不符合项(不含草稿、撤销)", "Raised (without drafts and withdrawn)"),
    "f_grade": ("其中{grade}", "of which {grade}"),
    "f_closed": ("已关闭", "Closed"),
    "f_open": ("未关闭", "Open"),
    "f_closure": ("关闭率", "Closure rate"),
    "f_capa": ("纠正措施有效率", "Corrective-action effectiveness"),
    "f_overdue": ("逾期未完成的不符合项", "Overdue nonconformities"),
    "f_actions_overdue": ("逾期的纠正措施", "Overdue corrective actions"),
    "f_days": ("平均关闭天数", "Mean days to close"),
    "audit_results": ("内审结果", "Internal audit results"),
    "audit_no": ("审核编号", "Audit no."),
    "audit": ("审核名称", "Audit"),
    "answered": ("检查项完成", "Items answered"),
    "ncs": ("不符合项", "NCs"),
    "kpi": ("指标", "Measure"),
    "target": ("目标", "Target"),
    "year_value": ("全年", "Year"),
    "verdict": ("结果", "Result"),
    "met": ("达标", "Met"),
    "missed": ("未达标", "Missed"),
    "no_target": ("未设目标", "No target"),
    "kpi_targets": ("质量目标(KPI)完成情况", "Quality objectives (KPIs) against target"),
    "kpi_quarters": ("服务绩效(按季度)", "Service performance by quarter"),
    "kpi_trends": ("KPI 月度趋势", "Monthly KPI trends"),
    "kpi_trend_none": (
        "本年度指标数据不足两个月,不绘制趋势图。",
        "Fewer than two months of figures this year: no trend charts.",
    ),
    "month": ("{m}月", "{m}"),
    "surveys": ("满意度调查结果(按季度)", "Satisfaction survey results by quarter"),
    "quarter": ("季度", "Quarter"),
    "survey": ("调查", "Survey"),
    "responses": ("回收", "Received"),
    "valid": ("有效", "Valid"),
    "satisfied_rate": ("满意率", "Satisfied"),
    "mean_score": ("平均分", "Mean score"),
    "dissatisfied": ("不满意", "Dissatisfied"),
    "open_follow": ("待回访", "Open follow-ups"),
    "sv_planned": ("已计划", "Planned"),
    "sv_in_progress": ("进行中", "In progress"),
    "sv_done": ("已完成", "Done"),
    "nc_list_d": ("观察项及改进机会", "Observations and improvement opportunities"),
    "nc_list_k": ("未关闭的严重不符合项", "Open major nonconformities"),
    "nc_no": ("NC编号", "NC no."),
    "grade": ("等级", "Grade"),
    "dept": ("部门", "Department"),
    "facts": ("不符合事实", "Facts"),
    "due": ("期限", "Due"),
    "overdue_tag": ("(逾期)", "(overdue)"),
    "supplier_checks": ("供方评价(内审检查记录)", "Supplier evaluation (audit answers)"),
    "kpi_supplier": ("供方相关指标", "Supplier-related measures"),
    "result": ("结论", "Result"),
    "record": ("记录", "Notes"),
    "conclusion_missing": ("(未填写)", "(not written)"),
    "no_actions": ("本次评审未作出措施决定。", "The review decided no actions."),
    "action_counts": (
        "本次评审共作出决定和措施{n}项:{parts}。",
        "The review decided {n} action(s): {parts}.",
    ),
    "count_part": ("{label}{n}项", "{label} {n}"),
    "overdue_count": ("其中逾期{n}项。", "{n} of them overdue."),
    "received": ("签收", "Received"),
    "recipient": ("接收人", "Recipient"),
}


def _t(lang: str) -> Labels:
    return review_labels(lang, REPORT_LABELS)


def _summary(s: InputSection, t: Labels) -> str:
    return s.summary_en if t.english else s.summary_zh


# --- input tables ------------------------------------------------------------------------------


def _nc_figures(figures: tuple[NcFiguresRow, ...], t: Labels) -> list[Flowable]:
    # The review's year, and the year before when there is something to compare with.
    years = [f for i, f in enumerate(figures) if i == 0 or f.total]
    w = widths(PORTRAIT_WIDTH, 0.46, *([0.54 / len(years)] * len(years)))
    grades = [g.value for g in Grade]

    def row(label: str, values: list[str]) -> list[Flowable]:
        return [cell(label), *(cell(v) for v in values)]

    rows = [row(t("f_counted"), [str(f.counted) for f in years])]
    for g in grades:
        rows.append(
            row(
                t("f_grade", grade=grade_label(g, t)),
                [str(dict(f.counted_by_grade).get(g, 0)) for f in years],
            )
        )
    rows += [
        row(t("f_closed"), [str(f.closed) for f in years]),
        row(t("f_open"), [str(f.open) for f in years]),
        row(t("f_closure"), [pct(f.closure_rate) for f in years]),
        row(t("f_capa"), [pct(f.capa_effectiveness_rate) for f in years]),
        row(t("f_overdue"), [str(f.overdue) for f in years]),
        row(t("f_actions_overdue"), [str(f.actions_overdue) for f in years]),
        row(
            t("f_days"),
            ["—" if f.mean_days_to_close is None else f"{f.mean_days_to_close:.1f}" for f in years],
        ),
    ]
    header = [t("measure"), *(t("year_col", year=f.year) for f in years)]
    return [caption(t("nc_figures")), grid_table(header, rows, w)]


def _audits(s: InputSection, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.15, 0.36, 0.12, 0.14, 0.23)
    rows = []
    for a in s.audits:
        try:
            status = t.pick(AUDIT_STATUS_LABELS.get(AuditStatus(a.status)))
        except ValueError:
            status = a.status
        grades = ", " if t.english else "、"
        by_grade = grades.join(f"{grade_label(g, t)} {n}" for g, n in a.by_grade if n)
        rows.append(
            [
                cell(a.number),
                cell(a.title),
                cell(status),
                cell(f"{a.answered}/{a.total}"),
                two_lines(str(a.nc_count), by_grade),
            ]
        )
    header = [t("audit_no"), t("audit"), t("status"), t("answered"), t("ncs")]
    return [caption(t("audit_results")), grid_table(header, rows, w)]


def _verdict(k: KpiRow, t: Labels) -> Flowable:
    if k.meets_target is None:
        return cell(t("no_target"))
    return cell(t("met")) if k.meets_target else alert(t("missed"))


def _kpi_name(k: KpiRow, t: Labels) -> str:
    return k.name_en if t.english else k.name_zh


def _kpi_targets(kpis, t: Labels, title: str) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.4, 0.2, 0.2, 0.2)
    rows = [
        [
            cell(_kpi_name(k, t)),
            cell(fmt_target(k.direction, k.target, k.unit, t)),
            cell(fmt_value(k.year_value, k.unit, t)),
            _verdict(k, t),
        ]
        for k in kpis
    ]
    header = [t("kpi"), t("target"), t("year_value"), t("verdict")]
    return [caption(title), grid_table(header, rows, w)]


def _kpi_quarters(kpis, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.25, 0.1, 0.1, 0.1, 0.1, 0.11, 0.12, 0.12)
    rows = []
    for k in kpis:
        quarters = list(k.quarters) + [None] * (4 - len(k.quarters))
        rows.append(
            [
                cell(_kpi_name(k, t)),
                *(cell(fmt_value(v, k.unit, t)) for v in quarters[:4]),
                cell(fmt_value(k.year_value, k.unit, t)),
                cell(fmt_target(k.direction, k.target, k.unit, t)),
                _verdict(k, t),
            ]
        )
    header = [t("kpi"), "Q1", "Q2", "Q3", "Q4", t("year_value"), t("target"), t("verdict")]
    return [caption(t("kpi_quarters")), grid_table(header, rows, w)]


CHART_GAP = 6 * mm
CHART_HEIGHT = 150


def _chart(k: KpiRow, t: Labels, width: float, year: int) -> Flowable:
    months = list(k.months)[:12] + [None] * max(0, 12 - len(k.months))
    scale = 100.0 if k.unit == "%" else 1.0
    series = {str(year): [None if v is None else v * scale for v in months]}
    target = None if k.target is None else k.target * scale
    suffix = "%" if k.unit == "%" else ""

    def fmt(v: float) -> str:
        return f"{v:g}{suffix}"

    title = _kpi_name(k, t)
    if k.target is not None:
        target_text = f"{t('target')} {fmt_target(k.direction, k.target, k.unit, t)}"
        title += f" ({target_text})" if t.english else f"({target_text})"
    return charts.line_chart(
        [t("month", m=m) for m in range(1, 13)],
        series,
        target,
        title,
        width=width,
        height=CHART_HEIGHT,
        value_format=fmt,
        target_label=t("target"),
    )


def kpi_charts(kpis, t: Labels, year: int) -> list[Flowable]:
    """A line chart of each KPI with at least two months of figures, two charts a row."""
    drawn = [k for k in kpis if sum(v is not None for v in k.months) >= 2]
    out: list[Flowable] = [caption(t("kpi_trends"))]
    if not drawn:
        return [*out, body(t("kpi_trend_none"))]
    width = (PORTRAIT_WIDTH - CHART_GAP) / 2
    cells: list[Flowable | str] = [_chart(k, t, width, year) for k in drawn]
    if len(cells) % 2:
        cells.append("")
    style = TableStyle(
        [
            # A cell starts in its style's font even when it holds a drawing: never Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), styles().font),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), CHART_GAP / 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    # One table per row of two charts: a row moves to the next page whole, and the caption
    # (kept with what follows) stays with the first row.
    for i in range(0, len(cells), 2):
        row = Table([cells[i : i + 2]], colWidths=[width + CHART_GAP / 2] * 2, hAlign="LEFT")
        row.setStyle(style)
        out.append(row)
    return out


def _surveys(s: InputSection, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.08, 0.22, 0.11, 0.09, 0.07, 0.09, 0.09, 0.11, 0.12)
    rows = []
    for v in s.surveys:
        try:
            status = t(f"sv_{v.status}")
        except KeyError:
            status = v.status
        rows.append(
            [
                cell(f"Q{v.quarter}"),
                cell(v.title),
                cell(status),
                cell(str(v.responses)),
                cell(str(v.valid)),
                cell(pct(v.satisfied_rate)),
                cell("—" if v.mean_score is None else f"{v.mean_score:.2f}"),
                cell(str(v.dissatisfied)),
                cell(str(v.open_follow_ups)),
            ]
        )
    header = [
        t("quarter"),
        t("survey"),
        t("status"),
        t("responses"),
        t("valid"),
        t("satisfied_rate"),
        t("mean_score"),
        t("dissatisfied"),
        t("open_follow"),
    ]
    return [caption(t("surveys")), grid_table(header, rows, w)]


def _ncs(s: InputSection, t: Labels, title: str) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.13, 0.11, 0.13, 0.16, 0.32, 0.14)
    rows = []
    for n in s.ncs:
        grade = grade_label(n.grade, t)
        due = fmt_date(n.due_date)
        rows.append(
            [
                cell(n.number),
                alert(grade) if n.grade == Grade.MAJOR.value else cell(grade),
                cell(status_label(n.status, t)),
                two_lines(n.department, process_label(n.process, t)),
                cell(n.facts),
                alert(f"{due}\n{t('overdue_tag')}".strip()) if n.overdue else cell(due),
            ]
        )
    header = [t("nc_no"), t("grade"), t("status"), t("dept"), t("facts"), t("due")]
    return [caption(title), grid_table(header, rows, w)]


def _suppliers(s: InputSection, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.16, 0.18, 0.14, 0.52)
    rows = [
        [cell(c.audit_number), cell(c.department), cell(result_label(c.result, t)), cell(c.notes)]
        for c in s.supplier_checks
    ]
    header = [t("audit_no"), t("dept"), t("result"), t("record")]
    return [caption(t("supplier_checks")), grid_table(header, rows, w)]


def _data_tables(s: InputSection, t: Labels, year: int) -> list[Flowable]:
    out: list[Flowable] = []
    gap = Spacer(1, 2 * mm)
    if s.previous_actions:
        out += [caption(t("prev_actions")), action_table(s.previous_actions, t, with_review=True)]
    if s.key == "c":
        if any(f.counted or f.total for f in s.nc_figures):
            out += [gap, *_nc_figures(s.nc_figures, t)]
        if s.audits:
            out += [gap, *_audits(s, t)]
    if s.key == "g" and s.kpis:
        out += [gap, *_kpi_targets(s.kpis, t, t("kpi_targets"))]
    if s.key == "h" and s.kpis:
        out += [gap, *_kpi_quarters(s.kpis, t), gap, *kpi_charts(s.kpis, t, year)]
    if s.key == "e" and any(v.responses for v in s.surveys):
        out += [gap, *_surveys(s, t)]
    if s.key in ("d", "k") and s.ncs:
        out += [gap, *_ncs(s, t, t(f"nc_list_{s.key}"))]
    if s.key == "i":
        if s.kpis:
            out += [gap, *_kpi_targets(s.kpis, t, t("kpi_supplier"))]
        if s.supplier_checks:
            out += [gap, *_suppliers(s, t)]
    return out


def _input(s: InputSection, t: Labels, year: int) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [subsection(input_title(s.key, s.title_zh, s.title_en, t))]
    if s.owner:
        out.append(para(t("presented_by") + s.owner, st.muted))
    out.append(body(_summary(s, t)))
    for problem in s.problems:
        out.append(para(f"{t('problem')}: {problem}", st.alert))
    out += _data_tables(s, t, year)
    if s.note:
        out += [Spacer(1, 2 * mm), caption(t("notes")), body(s.note)]
    return out


def _inputs(data: ReviewReportData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [
        section(t("s_inputs")),
        body(t("inputs_intro", year=data.year)),
    ]
    for s in data.inputs:
        out += _input(s, t, data.year)
    return out


# --- conclusion, outputs, distribution -----------------------------------------------------------


def _conclusion(data: ReviewReportData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.17, 0.83)
    c = data.conclusion
    rows = []
    for key in ("suitability", "adequacy", "effectiveness"):
        text = getattr(c, key)
        rows.append([labelled(t, key), cell(text) if text else alert(t("conclusion_missing"))])
    return [section(t("s_conclusion")), form_table(rows, w)]


def _outputs(data: ReviewReportData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_outputs"))]
    if not data.actions:
        return [*out, body(t("no_actions"))]
    sep = ", " if t.english else "、"
    parts = sep.join(
        t("count_part", label=category_label(c, t), n=n)
        for c in CATEGORIES
        if (n := sum(1 for a in data.actions if a.category == c))
    )
    line = t("action_counts", n=len(data.actions), parts=parts)
    late = sum(1 for a in data.actions if a.overdue)
    if late:
        line += (" " if t.english else "") + t("overdue_count", n=late)
    return [*out, body(line), Spacer(1, 2 * mm), action_table(data.actions, t)]


def _distribution(data: ReviewReportData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.08, 0.22, 0.3, 0.22, 0.18)
    rows = [
        [
            cell(str(i)),
            cell(r.name),
            cell(capacity_label(r.role, t)),
            cell(r.department),
            cell(""),
        ]
        for i, r in enumerate(data.distribution, start=1)
    ]
    return [
        section(t("s_distribution")),
        grid_table([t("seq"), t("recipient"), t("capacity"), t("dept"), t("received")], rows, w),
    ]


def story(data: ReviewReportData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    out += overview(data.review, t, t("s_meeting"), held=True, attendees=data.attendees)
    out += _inputs(data, t)
    out += _conclusion(data, t)
    out += _outputs(data, t)
    out += _distribution(data, t)
    return out


def build(data: ReviewReportData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, story(data, _t(lang)), lang)
