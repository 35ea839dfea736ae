"""管理评审计划 — the plan of one management review: the meeting (date, place, chair,
participants), its purpose, the agenda built from the inputs of ISO/IEC 20000-1:2018 9.3 a–k
with who presents each, who prepares which input by when, the schedule from the notice to the
follow-up of the actions, and the outputs the meeting must produce. Top management approves
it (the document-control block)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from qa_desktop.schemas.report_inputs_reviews import ReviewPlanData

from .audit_common import PORTRAIT_WIDTH, body, cell, fmt_date, grid_table, section, widths
from .frame import Control, build_pdf
from .labels import Labels
from .review_common import attendee_table, input_title, join, overview, review_labels

PLAN_LABELS: dict[str, tuple[str, str]] = {
    "s_overview": ("一、评审概况", "1. The review"),
    "s_purpose": ("二、评审目的", "2. Purpose"),
    "s_attendees": ("三、参加人员", "3. Participants"),
    "s_agenda": (
        "四、评审议程(ISO/IEC 20000-1:2018 9.3 评审输入 a)–k))",
        "4. Agenda (review inputs a)–k) of ISO/IEC 20000-1:2018 9.3)",
    ),
    "s_preparation": ("五、评审输入的准备与职责", "5. Preparation of the inputs"),
    "s_schedule": ("六、日程安排", "6. Schedule"),
    "s_outputs": ("七、评审输出要求", "7. Required outputs"),
    "purpose": (
        "由最高管理者按策划的时间间隔评审服务管理体系和服务,以确保其持续的适宜性、充分性和有效性;"
        "评价改进的机会和变更的需求(包括服务管理方针、目标和服务),并作出相应的决定和措施。",
        "Top management reviews the service management system and the services at planned "
        "intervals to ensure their continuing suitability, adequacy and effectiveness, to "
        "evaluate opportunities for improvement and the need for changes (including the "
        "service management policy, objectives and services), and to decide the actions.",
    ),
    "materials": ("准备材料", "Material"),
    "remark": ("备注", "Remark"),
    "by_data": ("系统汇总 + 书面说明", "data compiled + notes"),
    "by_notes": ("书面说明", "notes"),
    "prepares": ("负责的输入", "Inputs prepared"),
    "due_inputs": ("材料提交期限", "Hand in by"),
    "unassigned": ("(未指定)", "(not assigned)"),
    "step": ("工作", "Step"),
    "when": ("时间", "When"),
    "responsible": ("负责人", "Responsible"),
    "m_notice": (
        "发布评审计划,通知参加人员",
        "Issue this plan and notify the participants",
    ),
    "m_inputs": ("各输入负责人提交评审输入材料", "Input owners hand in their material"),
    "m_pack": (
        "质量管理部门汇编评审输入并发送参加人员",
        "The quality department compiles the inputs and sends them to the participants",
    ),
    "m_meeting": ("召开管理评审会议", "Management review meeting"),
    "m_report": (
        "编制管理评审报告,经最高管理者批准后发布",
        "Write the management review report; issued once top management approved it",
    ),
    "m_follow_up": (
        "跟踪评审决定和措施的实施及有效性",
        "Follow up the decisions and actions and their effectiveness",
    ),
    "by_due_dates": ("按各措施期限", "By each action's due date"),
    "input_owners": ("各输入负责人(见第五节)", "The input owners (see section 5)"),
    "outputs": (
        "评审输出应包括以下决定和措施,每项措施明确责任人和完成期限:\n"
        "1. 持续改进的机会;\n"
        "2. 服务管理体系和服务的变更需求;\n"
        "3. 资源需求。\n"
        "并对服务管理体系的适宜性、充分性和有效性作出结论。评审记录由质量管理部门保存。",
        "The outputs shall include the decisions and actions below, each with an owner and a "
        "due date:\n"
        "1. opportunities for continual improvement;\n"
        "2. any need for changes to the service management system and the services;\n"
        "3. resource needs.\n"
        "The review concludes on the suitability, adequacy and effectiveness of the service "
        "management system. The quality department keeps the records of the review.",
    ),
    # What each input brings to the meeting (the plan's own words).
    "mat_a": ("以往管理评审措施清单及完成情况", "Actions of earlier reviews and their status"),
    "mat_b": (
        "内外部事项(客户、合同、法规、组织、技术)变化的说明",
        "Changes in external and internal issues (customers, contracts, regulations, "
        "organisation, technology)",
    ),
    "mat_c": (
        "不符合及纠正措施统计、KPI监视测量结果、本年度内审报告",
        "Nonconformity and corrective-action figures, KPI results, this year's audit reports",
    ),
    "mat_d": (
        "观察项、未关闭不符合项及改进建议",
        "Observations, open nonconformities and improvement proposals",
    ),
    "mat_e": (
        "季度满意度调查结果、投诉与表扬",
        "Quarterly satisfaction survey results, complaints and compliments",
    ),
    "mat_f": (
        "服务管理方针及其他策略的执行情况说明",
        "How the service management policy and other policies were followed",
    ),
    "mat_g": ("年度质量目标(KPI)达成情况", "The year's quality objectives (KPIs) against target"),
    "mat_h": (
        "SLA达成率、一次性解决率、平均解决时间等服务绩效",
        "Service performance: SLA attainment, first-contact resolution, resolution time",
    ),
    "mat_i": (
        "备件供应商及其他参与交付方的绩效评价",
        "Performance of spare-parts suppliers and other parties involved in delivery",
    ),
    "mat_j": (
        "人力、技术、信息和财务资源的现状及预测",
        "Current and forecast human, technical, information and financial resources",
    ),
    "mat_k": (
        "风险评估结果及应对措施有效性",
        "Risk assessment results and effectiveness of the actions",
    ),
}


def _t(lang: str) -> Labels:
    return review_labels(lang, PLAN_LABELS)


def _material(key: str, source: str, t: Labels) -> str:
    try:
        material = t(f"mat_{key}")
    except KeyError:
        material = ""
    how = t("by_data") if source == "data" else t("by_notes")
    return f"{material}\n({how})" if material else how


def _agenda(data: ReviewPlanData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.36, 0.34, 0.12, 0.18)
    rows = [
        [
            cell(input_title(a.key, a.title_zh, a.title_en, t)),
            cell(_material(a.key, a.source, t)),
            cell(a.owner or t("unassigned")),
            cell(a.note),
        ]
        for a in data.agenda
    ]
    return [
        section(t("s_agenda")),
        grid_table([t("input"), t("materials"), t("presenter"), t("remark")], rows, w),
    ]


def _preparation(data: ReviewPlanData, t: Labels) -> list[Flowable]:
    """Who prepares which inputs (their titles are on the agenda above) and by when."""
    w = widths(PORTRAIT_WIDTH, 0.2, 0.22, 0.38, 0.2)
    rows = [
        [
            cell(p.owner or t("unassigned")),
            cell(p.department),
            cell(join([f"{k})" for k in p.keys], t)),
            cell(fmt_date(p.due)),
        ]
        for p in data.preparation
    ]
    return [
        section(t("s_preparation")),
        grid_table([t("owner"), t("dept"), t("prepares"), t("due_inputs")], rows, w),
    ]


def _schedule(data: ReviewPlanData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.07, 0.5, 0.18, 0.25)
    rows = []
    for i, m in enumerate(data.schedule, start=1):
        when = fmt_date(m.on) if m.on else (t("by_due_dates") if m.key == "follow_up" else "")
        who = t("input_owners") if m.key == "inputs" else join(m.owners, t)
        try:
            step = t(f"m_{m.key}")
        except KeyError:
            step = m.key
        rows.append([cell(str(i)), cell(step), cell(when), cell(who)])
    return [
        section(t("s_schedule")),
        grid_table([t("seq"), t("step"), t("when"), t("responsible")], rows, w),
    ]


def story(data: ReviewPlanData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    out += overview(
        data.review,
        t,
        t("s_overview"),
        held=False,
        attendees=data.attendees,
        list_participants=False,
    )
    out += [section(t("s_purpose")), body(t("purpose"))]
    out += [section(t("s_attendees")), attendee_table(data.attendees, t)]
    out += _agenda(data, t)
    out += _preparation(data, t)
    out += _schedule(data, t)
    out += [section(t("s_outputs")), body(t("outputs"))]
    return out


def build(data: ReviewPlanData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, story(data, _t(lang)), lang)
