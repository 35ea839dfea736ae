"""满意度调查计划 — the year's customer-satisfaction surveys as planned (plan §4.4 row 1: in
March, June and September, by the service desk): purpose, the surveys (quarter, planned month,
method, sample size, customers surveyed, responsible), the dimensions surveyed (GB/T
33850-2017 安全性/可靠性/响应性/有形性/友好性 and overall satisfaction), the scoring and the
target satisfied rate, and what happens to the results."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from qa_desktop.schemas.report_inputs_surveys import SurveyPlanData

from .audit_common import (
    PORTRAIT_WIDTH,
    body,
    caption,
    cell,
    form_table,
    grid_table,
    head,
    join,
    section,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels
from .survey_common import (
    centre_all,
    count,
    dim_label,
    dim_text,
    heading_before_table,
    num,
    plan_date,
    q_short,
    score_label,
    survey_labels,
    table_caption,
    target_text,
)

PLAN_LABELS: dict[str, tuple[str, str]] = {
    "s_overview": ("计划概况", "Overview"),
    "s_purpose": ("一、目的与依据", "1. Purpose and basis"),
    "s_schedule": ("二、调查安排", "2. Survey schedule"),
    "s_dimensions": ("三、调查维度", "3. Dimensions surveyed"),
    "s_scoring": ("四、评分方法与目标", "4. Scoring and target"),
    "s_results": ("五、结果处理与输出", "5. Handling the results"),
    "year": ("年度", "Year"),
    "surveys_n": ("调查次数", "Surveys"),
    "n_surveys": ("{n} 次({quarters})", "{n} ({quarters})"),
    "basis": ("依据", "Basis"),
    "basis_text": (
        "《{year}年度运维服务质量管理计划》4.4 质量保证活动实施 第1–3项;GB/T 33850-2017 "
        "信息技术服务 服务质量评价指标体系",
        "The {year} annual quality plan §4.4 rows 1–3 (customer satisfaction survey plan, survey, "
        "analysis); GB/T 33850-2017 IT service quality evaluation indicators",
    ),
    "responsible": ("责任人", "Responsible"),
    "purpose_text": (
        "按季度开展客户满意度调查,了解客户对运维服务在安全性、可靠性、响应性、有形性和友好性"
        "方面的评价,衡量客户满意度目标的达成情况,识别服务中的不足,对不满意的客户逐一回访并"
        "跟踪改进,为管理评审提供客户满意方面的输入。",
        "Customer satisfaction is surveyed every quarter to learn how customers rate the "
        "operations service for safety, reliability, responsiveness, tangibles and empathy, to "
        "measure the satisfaction target, to find where the service falls short, to call back "
        "and follow up every dissatisfied customer, and to give the management review its "
        "customer-satisfaction input.",
    ),
    "dimension_content": ("调查内容", "What is asked"),
    "scale": ("评分", "Score"),
    "scale_1_5": ("1–5 分", "1–5"),
    "scale_title": ("评分标准", "Scale"),
    "scoring_valid": (
        "有效问卷:填写了总体满意度的问卷;未填写总体满意度的问卷保留其意见,但不计入任何比率。",
        "Valid questionnaire: one with an overall score; one without it keeps its comments "
        "but counts in no rate.",
    ),
    "scoring_mean": (
        "平均分 = Σ总体满意度得分 ÷ 有效问卷数;各维度平均分 = Σ该维度得分 ÷ 该维度作答数;"
        "得分率 = Σ得分 ÷ (有效问卷数 × {full} 分)。",
        "Mean score = Σ overall scores ÷ valid questionnaires; per dimension, Σ its scores ÷ "
        "the answers it received; score rate = Σ scores ÷ (valid questionnaires × {full}).",
    ),
    "scoring_rate": (
        "满意率 = 总体满意度 ≥ {n} 分(满意 + 非常满意)的问卷数 ÷ 有效问卷数。",
        "Satisfied rate = questionnaires with overall ≥ {n} (satisfied + very satisfied) ÷ "
        "valid questionnaires.",
    ),
    "scoring_target": (
        "目标:{target};各维度平均分 ≥ {score} 分。",
        "Target: {target}; a mean score of at least {score} in every dimension.",
    ),
    "results_text_1": (
        "总体满意度 ≤ {n} 分的问卷为不满意问卷,负责人应逐一回访客户,记录跟进情况直至完成。",
        "A questionnaire with overall ≤ {n} is dissatisfied: the responsible person calls "
        "the customer back and records the follow-up until it is done.",
    ),
    "results_text_2": (
        "每次调查结束后汇总问卷,形成《满意度调查结果》;分析各维度得分、满意率及不满意原因,"
        "形成《满意度调查报告》并提出改进措施。",
        "After each survey the questionnaires are compiled into the survey results; the "
        "scores, the satisfied rate and the reasons for dissatisfaction are analysed in the "
        "survey report, with improvement actions.",
    ),
    "results_text_3": (
        "调查结果作为客户满意度(csat)指标按调查月份计入绩效指标,并作为管理评审的输入"
        "(ISO/IEC 20000-1:2018 9.3 c)。",
        "The results count as the customer-satisfaction (csat) measure in the month of the "
        "survey and are an input to the management review (ISO/IEC 20000-1:2018 9.3 c).",
    ),
}


def _t(lang: str) -> Labels:
    return survey_labels(lang, PLAN_LABELS)


def _overview(data: SurveyPlanData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.17, 0.33, 0.17, 0.33)
    quarters = join([q_short(s.quarter, t) for s in data.surveys], t)
    owners = join(list(dict.fromkeys(s.owner for s in data.surveys if s.owner)), t)
    rows = [
        [head(t("year")), cell(t("year_n", year=data.year)), head(t("surveys_n")),
         cell(t("n_surveys", n=len(data.surveys), quarters=quarters))],
        [head(t("target")), cell(target_text(data.scale, t, data.year, with_source=True)),
         head(t("responsible")), cell(owners)],
        [head(t("basis")), cell(t("basis_text", year=data.year)), "", ""],
    ]  # fmt: skip
    return [
        section(t("s_overview")),
        form_table(rows, w, label_columns=(0, 2), spans=[((1, 2), (3, 2))]),
    ]


def _schedule(data: SurveyPlanData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.09, 0.25, 0.14, 0.22, 0.1, 0.2)
    rows = []
    for s in data.surveys:
        when = s.planned_month
        day = plan_date(s)
        rows.append(
            [
                cell(q_short(s.quarter, t)),
                cell(s.title),
                cell(f"{when}\n{day}" if day else when),
                cell(s.method),
                num(count(s.sample_size)),
                cell(s.owner),
            ]
        )
    # Who is surveyed, how many and how they are chosen: free text, often long, so full width.
    scope = form_table(
        [[head(q_short(s.quarter, t)), cell(s.sample_plan)] for s in data.surveys],
        widths(PORTRAIT_WIDTH, 0.12, 0.88),
    )
    return [
        *heading_before_table(t("s_schedule")),
        grid_table(
            [
                t("period"),
                t("survey_title"),
                t("planned_month"),
                t("method"),
                t("sample_size"),
                t("owner"),
            ],
            rows,
            w,
        ),
        Spacer(1, 3 * mm),
        *table_caption(t("sample_plan"), 25 * mm),
        scope,
    ]


def _dimensions(data: SurveyPlanData, t: Labels) -> list[Flowable]:
    w = widths(PORTRAIT_WIDTH, 0.2, 0.65, 0.15)
    rows = [
        [
            cell(dim_label(d, t)),
            cell(dim_text(d.code, t)),
            cell(t("scale_1_5")),
        ]
        for d in data.dimensions
    ]
    rows.append([head(t("overall")), cell(t("dim_overall")), cell(t("scale_1_5"))])
    return [
        section(t("s_dimensions")),
        grid_table([t("dimension"), t("dimension_content"), t("scale")], rows, w),
    ]


def _scoring(data: SurveyPlanData, t: Labels) -> list[Flowable]:
    sc = data.scale
    w = widths(PORTRAIT_WIDTH, 0.2, 0.8)
    scale = form_table(
        [[head(str(k)), cell(score_label(k, t))] for k in range(sc.full_marks, 0, -1)],
        w,
        compact=True,
    )
    return [
        section(t("s_scoring")),
        caption(t("scale_title")),
        scale,
        Spacer(1, 2 * mm),
        body(t("scoring_valid")),
        body(t("scoring_mean", full=sc.full_marks)),
        body(t("scoring_rate", n=sc.satisfied_from)),
        body(
            t("scoring_target", target=target_text(sc, t, data.year), score=f"{sc.score_target:g}")
        ),
    ]


def _results(data: SurveyPlanData, t: Labels) -> list[Flowable]:
    return [
        section(t("s_results")),
        body(f"1. {t('results_text_1', n=data.scale.dissatisfied_upto)}"),
        body(f"2. {t('results_text_2')}"),
        body(f"3. {t('results_text_3')}"),
    ]


def story(data: SurveyPlanData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    out += _overview(data, t)
    out += [section(t("s_purpose")), body(t("purpose_text"))]
    out += _schedule(data, t)
    out += _dimensions(data, t)
    out += _scoring(data, t)
    out += _results(data, t)
    return out


def build(data: SurveyPlanData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, centre_all(story(data, _t(lang))), lang)
