"""满意度调查结果 — the year's customer-satisfaction surveys as answered (plan §4.4 row 2): for
each survey what was planned and done, its summary (valid questionnaires, mean score per
dimension, satisfied rate against the target, the spread of overall scores) and every
questionnaire (customer, respondent, the five dimension scores, overall, satisfied or not,
comment) in a table that runs over as many pages as it needs, its header on every page.

Landscape: the questionnaire table has eleven columns."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from qa_desktop.schemas.report_inputs_surveys import (
    Response,
    SurveyResults,
    SurveyResultsData,
)

from .audit_common import (
    LANDSCAPE_WIDTH,
    alert,
    body,
    caption,
    cell,
    form_table,
    grid_table,
    head,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels
from .survey_common import (
    centre_all,
    count,
    dim_figure,
    dim_label,
    heading_before_table,
    met_label,
    muted,
    num,
    pct,
    score,
    score_label,
    status_label,
    survey_labels,
    table_caption,
    target_text,
)

RESULTS_LABELS: dict[str, tuple[str, str]] = {
    "s_survey": ("{n}、{title}({code})", "{n}. {title} ({code})"),
    "numerals": ("一二三四五六七八九十", ""),
    "by_dimension": ("各维度得分", "Scores by dimension"),
    "distribution": ("总体满意度分布(有效问卷)", "Overall scores (valid questionnaires)"),
    "responses": ("问卷明细", "Questionnaires"),
    "no_responses": ("本次调查尚无问卷。", "No questionnaire has been recorded for this survey."),
    "row": ("序号", "No."),
    "customer": ("客户", "Customer"),
    "respondent": ("受访人", "Respondent"),
    "comment": ("意见/建议", "Comment"),
    "item": ("项目", "Figure"),
    "summary_line": (
        "有效问卷 {valid} 份(回收 {received} 份),满意 {satisfied} 份,满意率 {rate},"
        "目标{target},{met};不满意 {dissatisfied} 份,待跟进 {open} 份。",
        "{valid} valid questionnaires ({received} received), {satisfied} satisfied: satisfied "
        "rate {rate}, target: {target}, {met}; {dissatisfied} dissatisfied, {open} follow-ups "
        "open.",
    ),
    "legend": (
        "评分 1–5 分;“满意”指总体满意度 ≥ {n} 分;未填写总体满意度的问卷为无效问卷,不计入比率。",
        "Scores 1–5; “satisfied” means an overall score of at least {n}; a questionnaire "
        "without an overall score is not valid and counts in no rate.",
    ),
}


def _t(lang: str) -> Labels:
    return survey_labels(lang, RESULTS_LABELS)


def _heading(i: int, s: SurveyResults, t: Labels) -> str:
    n = str(i) if t.english else (RESULTS_LABELS["numerals"][0][i - 1] if i <= 10 else str(i))
    return t("s_survey", n=n, title=s.plan.title, code=s.plan.key)


def _info(s: SurveyResults, data: SurveyResultsData, t: Labels) -> Flowable:
    p, f = s.plan, s.figures
    w = widths(LANDSCAPE_WIDTH, 0.12, 0.21, 0.12, 0.21, 0.12, 0.22)
    conducted = f.conducted_on.strftime("%Y-%m-%d") if f.conducted_on else ""
    rows = [
        [head(t("method")), cell(p.method), head(t("conducted_on")), cell(conducted),
         head(t("owner")), cell(p.owner)],
        [head(t("sample_size")), cell(count(p.sample_size)), head(t("received")),
         cell(str(f.received)), head(t("coverage")), cell(pct(f.sample_coverage))],
        [head(t("status")), cell(status_label(f.status, t)), head(t("valid")),
         cell(str(f.valid)), head(t("target")), cell(target_text(data.scale, t, data.year))],
        [head(t("sample_plan")), cell(p.sample_plan), "", "", "", ""],
    ]  # fmt: skip
    return form_table(rows, w, label_columns=(0, 2, 4), spans=[((1, 3), (5, 3))])


def _summary(s: SurveyResults, data: SurveyResultsData, t: Labels) -> list[Flowable]:
    f = s.figures
    dims = data.dimensions
    n = len(dims) + 1
    w = widths(LANDSCAPE_WIDTH, 0.16, *([0.84 / n] * n))
    header = [t("item"), *(dim_label(d, t) for d in dims), t("overall")]
    answered, means, rates = [head(t("answered"))], [head(t("mean"))], [head(t("score_rate"))]
    for d in dims:
        fig = dim_figure(f, d.code)
        answered.append(cell(str(fig.answered) if fig else "0"))
        means.append(cell(score(fig.mean if fig else None)))
        rates.append(
            cell(pct(None if fig is None or fig.mean is None else fig.mean / data.scale.full_marks))
        )
    answered.append(cell(str(f.valid)))
    means.append(cell(score(f.mean_score)))
    rates.append(cell(pct(f.score_rate)))
    k = data.scale.full_marks
    w_dist = widths(LANDSCAPE_WIDTH, *([1.0] * k))
    dist = grid_table(
        [f"{v} {score_label(v, t)}" for v in range(1, k + 1)],
        [[cell(str(x)) for x in f.distribution[:k]]],
        w_dist,
        zebra=False,
    )
    line = t(
        "summary_line",
        valid=f.valid,
        received=f.received,
        satisfied=f.satisfied,
        rate=pct(f.satisfied_rate),
        target=target_text(data.scale, t, data.year),
        met=met_label(f.meets_target, t),
        dissatisfied=f.dissatisfied,
        open=f.open_follow_ups,
    )
    return [
        caption(t("by_dimension")),
        grid_table(header, [answered, means, rates], w, zebra=False),
        Spacer(1, 2 * mm),
        caption(t("distribution")),
        dist,
        Spacer(1, 2 * mm),
        body(line),
    ]


def _response_row(r: Response, data: SurveyResultsData, t: Labels) -> list[object]:
    if r.valid:
        yes = r.overall is not None and r.overall >= data.scale.satisfied_from
        verdict = t("yes") if yes else t("no")
    else:
        verdict = t("invalid")
    mark = alert if r.dissatisfied else num
    return [
        cell(str(r.row)),
        cell(r.customer),
        cell(r.respondent),
        *(num(count(r.scores.get(d.code))) for d in data.dimensions),
        mark(count(r.overall)),
        mark(verdict),
        cell(r.comment),
    ]


def _responses(s: SurveyResults, data: SurveyResultsData, t: Labels) -> list[Flowable]:
    if not s.responses:
        return [caption(t("responses")), body(t("no_responses"))]
    n = len(data.dimensions)
    score_w = 0.09 if t.english else 0.06  # "Responsiveness" on one line
    customer = 0.12 if t.english else 0.17
    comment = 1.0 - (0.04 + customer + 0.08 + n * score_w + 0.065 + 0.065)
    w = widths(LANDSCAPE_WIDTH, 0.04, customer, 0.08, *([score_w] * n), 0.065, 0.065, comment)
    header = [
        t("row"),
        t("customer"),
        t("respondent"),
        *(dim_label(d, t) for d in data.dimensions),
        t("overall_short"),
        t("satisfied_q"),
        t("comment"),
    ]
    return [
        *table_caption(t("responses")),
        grid_table(header, [_response_row(r, data, t) for r in s.responses], w),
        Spacer(1, 1.5 * mm),
        muted(t("legend", n=data.scale.satisfied_from)),
    ]


def story(data: SurveyResultsData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    for i, s in enumerate(data.surveys, 1):
        if i > 1:
            out.append(PageBreak())
        # Not kept with the form below: a survey whose customers take pages to describe would
        # otherwise leave the page before it empty.
        out += [*heading_before_table(_heading(i, s, t), 60 * mm), _info(s, data, t)]
        out.append(Spacer(1, 2 * mm))
        out += _summary(s, data, t)
        out.append(Spacer(1, 3 * mm))
        out += _responses(s, data, t)
    return out


def build(data: SurveyResultsData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, centre_all(story(data, _t(lang))), lang, wide=True)
