"""What the three customer-satisfaction documents (满意度调查计划 / 结果 / 报告) share: their
words in both languages, number formats, coded-value labels and a few tables.

The table helpers come from audit_common: every table splits inside rows (a 10,000-character
comment flows on to the next page) and repeats its header on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from qa_desktop.schemas.report_inputs_surveys import (
    DimensionFigure,
    DimensionInfo,
    Figures,
    PlannedSurvey,
    Scale,
)

from .audit_common import (
    body,
    cell,
    grid_table,
    head,
    rate,
    widths,
)
from .labels import Labels
from .markup import esc, para, para_markup
from .styles import ALERT, MUTED, styles

SURVEY_LABELS: dict[str, tuple[str, str]] = {
    "quarter": ("{year}年第{q}季度", "Q{q} {year}"),
    "q_short": ("第{q}季度", "Q{q}"),
    "year_total": ("全年", "Year"),
    "year_n": ("{year}年度", "Year {year}"),
    "survey": ("调查", "Survey"),
    "survey_title": ("调查名称", "Survey"),
    "period": ("季度", "Quarter"),
    "method": ("调查方式", "Method"),
    "sample_size": ("样本量", "Sample size"),
    "sample_plan": ("调查对象/范围", "Customers / scope"),
    "owner": ("负责人", "Responsible"),
    "planned_month": ("计划月份", "Planned month"),
    "conducted_on": ("实施日期", "Conducted on"),
    "status": ("状态", "Status"),
    "dimension": ("维度", "Dimension"),
    "overall": ("总体满意度", "Overall"),
    "overall_short": ("总体", "Overall"),
    "received": ("回收问卷", "Received"),
    "valid": ("有效问卷", "Valid"),
    "coverage": ("样本覆盖率", "Sample coverage"),
    "answered": ("作答数", "Answers"),
    "mean": ("平均分", "Mean score"),
    "score_rate": ("得分率", "Score rate"),
    "satisfied_q": ("满意", "Satisfied?"),
    "satisfied_rate": ("满意率", "Satisfied rate"),
    "target": ("目标", "Target"),
    "met": ("达成", "Met"),
    "dissatisfied": ("不满意", "Dissatisfied"),
    "open_follow_ups": ("待跟进", "Open follow-ups"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "invalid": ("无效", "invalid"),
    "met_yes": ("达成", "Met"),
    "met_no": ("未达成", "Not met"),
    "target_value": ("满意率 ≥ {rate}", "satisfied rate ≥ {rate}"),
    "target_default": (
        "(未在绩效指标中设定 {year} 年的满意度目标,按默认值)",
        " (no {year} satisfaction target is set in Measures: the default applies)",
    ),
    "target_measures": ("(来自绩效指标的年度目标)", " (the year's target in Measures)"),
    "st_planned": ("计划中", "Planned"),
    "st_in_progress": ("进行中", "In progress"),
    "st_done": ("已完成", "Done"),
    "fu_none": ("无需跟进", "None"),
    "fu_open": ("待跟进", "Open"),
    "fu_done": ("已跟进", "Done"),
    "score_1": ("非常不满意", "Very dissatisfied"),
    "score_2": ("不满意", "Dissatisfied"),
    "score_3": ("一般", "Neutral"),
    "score_4": ("满意", "Satisfied"),
    "score_5": ("非常满意", "Very satisfied"),
    "dim_safety": (
        "信息与系统安全:数据保密、权限与操作规范、安全事件的防范与处置",
        "Information and system security: confidentiality, access and operating discipline, "
        "preventing and handling security incidents",
    ),
    "dim_reliability": (
        "按约定可靠地提供服务:服务连续稳定、问题一次解决、承诺(SLA)兑现",
        "Service delivered as agreed: continuous and stable, problems fixed first time, SLA "
        "commitments kept",
    ),
    "dim_responsiveness": (
        "及时响应:受理、到场和解决的及时性,升级与进展通报",
        "Timely response: acceptance, on-site arrival and resolution times, escalation and "
        "progress updates",
    ),
    "dim_tangibles": (
        "服务的有形展示:服务报告与文档、工具与备件、人员形象与着装",
        "What the customer sees: service reports and documents, tools and spare parts, staff "
        "appearance",
    ),
    "dim_empathy": (
        "服务态度与沟通:礼貌、主动、理解客户需求、沟通清楚",
        "Attitude and communication: courtesy, initiative, understanding the customer's "
        "needs, clear communication",
    ),
    "dim_overall": (
        "对运维服务的总体评价(计算满意率的依据)",
        "The overall rating of the service (what the satisfied rate is computed from)",
    ),
}


def survey_labels(lang: str, *tables: dict[str, tuple[str, str]]) -> Labels:
    return Labels(lang, SURVEY_LABELS, *tables)


# --- values -------------------------------------------------------------------------------


def score(value: float | None) -> str:
    """A mean score on the 1–5 scale: 4.21, or — when nothing was scored."""
    return "—" if value is None else f"{value:.2f}"


def count(value: int | None) -> str:
    return "—" if value is None else str(value)


def pct(value: float | None) -> str:
    return rate(value)


def quarter_label(year: int, quarter: int | None, t: Labels) -> str:
    if quarter is None:
        return t("year_total")
    return t("quarter", year=year, q=quarter)


def q_short(quarter: int | None, t: Labels) -> str:
    return t("year_total") if quarter is None else t("q_short", q=quarter)


def dim_label(d: DimensionInfo, t: Labels) -> str:
    return d.en if t.english else d.zh


def dim_text(code: str, t: Labels) -> str:
    """What the questionnaire asks about a dimension ("" for one it does not describe)."""
    key = f"dim_{code}"
    return t(key) if key in SURVEY_LABELS else ""


def status_label(code: str, t: Labels) -> str:
    key = f"st_{code}"
    return t(key) if code and key in SURVEY_LABELS else code


def follow_up_label(code: str, t: Labels) -> str:
    key = f"fu_{code}"
    return t(key) if code and key in SURVEY_LABELS else code


def score_label(value: int | None, t: Labels) -> str:
    return t(f"score_{value}") if value in (1, 2, 3, 4, 5) else ""


def met_label(met: bool | None, t: Labels) -> str:
    if met is None:
        return "—"
    return t("met_yes") if met else t("met_no")


def target_text(scale: Scale, t: Labels, year: int, *, with_source: bool = False) -> str:
    text = t("target_value", rate=pct(scale.target))
    if with_source:
        text += (
            t("target_measures") if scale.target_from_measures else t("target_default", year=year)
        )
    return text


def dim_figure(figures: Figures, code: str) -> DimensionFigure | None:
    return next((d for d in figures.dimensions if d.code == code), None)


def plan_date(p: PlannedSurvey) -> str:
    return p.planned_on.strftime("%Y-%m-%d") if p.planned_on else ""


# --- flowables ------------------------------------------------------------------------------


@cache
def _centred() -> ParagraphStyle:
    return styles().cell.clone("cell_centred", alignment=TA_CENTER, wordWrap=None)


def num(text: object) -> Paragraph:
    """A number (or a short word) centred in its cell."""
    return para(text, _centred())


def heading_before_table(text: str, room: float = 45 * mm) -> list[Flowable]:
    """A section heading over a long table: a new page only when fewer than `room` points are
    left (the heading and a few rows), else the table starts here and splits — never the
    whole table pushed to the next page, leaving this one half empty."""
    return [CondPageBreak(room), para(text, styles().h1)]


def table_caption(text: str, room: float = 40 * mm) -> list[Flowable]:
    """A small title over a long table (not kept with it, see heading_before_table)."""
    return [CondPageBreak(room), para(text, styles().small)]


@cache
def _note_style(latin: bool) -> ParagraphStyle:
    # Latin text breaks between words; CJK line breaking would cut English words anywhere.
    return styles().cell.clone(f"cell_note_{int(latin)}", wordWrap=None if latin else "CJK")


def status_note(status: str, note: str, *, warn: bool = False) -> Paragraph:
    """A coded status (a label we wrote) over the user's note, in one cell that splits."""
    colour = ALERT.hexval()[2:] if warn else MUTED.hexval()[2:]
    markup = f'<font color="#{colour}">{esc(status)}</font>'
    if note:
        markup += f"<br/>{esc(note)}"
    return para_markup(markup, _note_style(f"{status}{note}".isascii()))


def centre_all(story: list[Flowable]) -> list[Flowable]:
    """Tables and charts as wide as the page's header rules, centred on them as the control
    block is (a full-width table aligned left would run past the right margin by the frame's
    padding)."""
    for f in story:
        if isinstance(f, Table | Drawing):
            f.hAlign = "CENTER"
        elif isinstance(f, KeepTogether):
            centre_all(f._content)
    return story


def muted(text: object) -> Paragraph:
    return para(text, styles().muted)


def numbered(items: Sequence[str]) -> list[Flowable]:
    """1. … 2. … as body paragraphs (the items are escaped like any text)."""
    return [body(f"{i}. {text}") for i, text in enumerate(items, 1)]


def figures_table(rows: Sequence[tuple[str, Figures]], t: Labels, total_width: float) -> Flowable:
    """One line per survey (and the year): responses, mean, rates against the target."""
    w = widths(total_width, 0.2, 0.13, 0.12, 0.1, 0.1, 0.1, 0.1, 0.15)
    body_rows = []
    for name, f in rows:
        body_rows.append(
            [
                head(name) if f.quarter is None else cell(name),
                cell(f.conducted_on.strftime("%Y-%m-%d") if f.conducted_on else ""),
                cell(f"{f.received} / {f.valid}"),
                cell(score(f.mean_score)),
                cell(pct(f.score_rate)),
                cell(pct(f.satisfied_rate)),
                cell(met_label(f.meets_target, t)),
                cell(f"{f.dissatisfied} / {f.open_follow_ups}"),
            ]
        )
    return grid_table(
        [
            t("survey"),
            t("conducted_on"),
            f"{t('received')} / {t('valid')}",
            t("mean"),
            t("score_rate"),
            t("satisfied_rate"),
            t("met"),
            f"{t('dissatisfied')} / {t('open_follow_ups')}",
        ],
        body_rows,
        w,
        zebra=False,
    )
