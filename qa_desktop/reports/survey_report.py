"""满意度调查报告 — the analysis of the year's customer-satisfaction surveys (plan §4.4 row 3):
the surveys held and their headline figures by quarter and for the year, the mean score of
each dimension with a bar chart, the satisfied rate by quarter against the target with a line
chart, each survey's own analysis, the dissatisfied questionnaires with their follow-ups, the
conclusions and the improvement actions."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from qa_desktop.schemas.report_inputs_surveys import Figures, SurveyReportData

from . import charts
from .audit_common import (
    PORTRAIT_WIDTH,
    alert,
    body,
    cell,
    form_table,
    grid_table,
    head,
    join,
    section,
    subsection,
    two_lines,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels
from .survey_common import (
    centre_all,
    count,
    dim_figure,
    dim_label,
    figures_table,
    follow_up_label,
    heading_before_table,
    met_label,
    muted,
    num,
    numbered,
    pct,
    q_short,
    quarter_label,
    score,
    status_note,
    survey_labels,
    target_text,
)

REPORT_LABELS: dict[str, tuple[str, str]] = {
    "s_overview": ("报告概况", "Overview"),
    "s_summary": ("一、调查概况", "1. Surveys held"),
    "s_dimensions": ("二、各维度得分", "2. Scores by dimension"),
    "s_rate": ("三、满意率与目标", "3. Satisfied rate against the target"),
    "s_analysis": ("四、各季度调查分析", "4. Analysis of each survey"),
    "s_dissatisfied": ("五、不满意问卷及跟进情况", "5. Dissatisfied questionnaires and follow-up"),
    "s_conclusions": ("六、结论", "6. Conclusions"),
    "s_actions": ("七、改进措施", "7. Improvement actions"),
    "year": ("年度", "Year"),
    "surveys_held": ("调查次数", "Surveys"),
    "year_rate": ("年度满意率", "Satisfied rate of the year"),
    "year_mean": ("年度平均分", "Mean score of the year"),
    "chart_dimensions": ("各维度平均分(满分 {full})", "Mean score by dimension (out of {full})"),
    "chart_rate": ("各季度满意率与目标", "Satisfied rate by quarter and target"),
    "target_line": ("目标 {rate}", "Target {rate}"),
    "rate_series": ("满意率", "Satisfied rate"),
    "dims_note": (
        "各维度平均分 = Σ该维度得分 ÷ 作答的有效问卷数;全年数值由全年问卷直接计算,不是各季度的平均。"
        "红色数值低于 {score} 分的目标。",
        "A dimension's mean = Σ its scores ÷ the valid questionnaires that scored it; the "
        "year's figures are computed from all of the year's questionnaires, not as a mean of "
        "the quarters. Figures in red are below the target of {score}.",
    ),
    "dist_line": (
        "非常满意 {s5},满意 {s4},一般 {s3},不满意 {s2},非常不满意 {s1}。",
        "Very satisfied {s5}, satisfied {s4}, neutral {s3}, dissatisfied {s2}, very "
        "dissatisfied {s1}.",
    ),
    "figures_line": (
        "有效问卷 {valid} 份,平均分 {mean},满意率 {rate}({met});最低维度:{weak}。",
        "{valid} valid questionnaires, mean score {mean}, satisfied rate {rate} ({met}); "
        "lowest dimension: {weak}.",
    ),
    "analyst": ("分析人", "Analysed by"),
    "no_analysis": ("(未填写分析意见)", "(no analysis written)"),
    "no_responses": ("尚无问卷,未作分析。", "No questionnaire yet: not analysed."),
    "no_dissatisfied": ("本年度无不满意问卷。", "No dissatisfied questionnaire this year."),
    "customer_respondent": ("客户/受访人", "Customer / respondent"),
    "comment": ("意见/建议", "Comment"),
    "follow_up": ("跟进状态及情况", "Follow-up"),
    "row": ("序号", "No."),
    "c_year": (
        "{year}年共开展客户满意度调查 {n} 次,回收问卷 {received} 份,其中有效问卷 {valid} 份。"
        "年度满意率为 {rate}(目标 {target}),{met};年度平均分为 {mean} 分(得分率 {score_rate})。",
        "In {year}, {n} customer satisfaction surveys were held: {received} questionnaires "
        "were received, {valid} of them valid. The satisfied rate of the year is {rate} "
        "(target: {target}), {met}; the mean score is {mean} (score rate {score_rate}).",
    ),
    "c_none": (
        "{year}年尚无有效问卷,无法对客户满意度作出结论。",
        "There is no valid questionnaire for {year} yet: no conclusion on customer "
        "satisfaction can be drawn.",
    ),
    "c_dims": (
        "各维度中得分最高的是{best}({best_mean} 分),最低的是{worst}({worst_mean} 分)。",
        "The best-rated dimension is {best} ({best_mean}), the lowest {worst} ({worst_mean}).",
    ),
    "c_quarters_met": ("各季度满意率均达到目标。", "Every quarter met the satisfied-rate target."),
    "c_quarters_missed": (
        "未达到满意率目标的季度:{quarters}。",
        "Quarters below the satisfied-rate target: {quarters}.",
    ),
    "c_follow": (
        "全年不满意问卷 {n} 份,已完成跟进 {done} 份,待跟进 {open} 份。",
        "{n} questionnaires were dissatisfied this year: {done} followed up, {open} still open.",
    ),
    "c_trend": (
        "满意率由{first}的 {a} 变为{last}的 {b}。",
        "The satisfied rate went from {a} in {first} to {b} in {last}.",
    ),
    "a_open": (
        "完成 {n} 份不满意问卷的回访与跟进(见第五节),在下一次调查前关闭:{which}。",
        "Finish the call-backs and follow-up of the {n} dissatisfied questionnaires still "
        "open (section 5) before the next survey: {which}.",
    ),
    "a_dims_low": (
        "针对平均分低于 {score} 分的维度({dims})分析原因,制定并落实专项改进措施。",
        "Analyse the causes and carry out improvement actions for the dimensions whose mean "
        "is below {score} ({dims}).",
    ),
    "a_weakest": (
        "将得分最低的维度“{dim}”({mean} 分)作为下一年度服务改进的重点。",
        "Make the lowest-rated dimension, {dim} ({mean}), the focus of next year's service "
        "improvement.",
    ),
    "a_quarters": (
        "分析{quarters}满意率未达目标的原因,纳入纠正措施跟踪。",
        "Analyse why the satisfied rate missed the target in {quarters} and track the "
        "corrective actions.",
    ),
    "a_unanalysed": (
        "按计划完成尚无问卷的调查:{which}。",
        "Carry out the planned surveys that have no questionnaire yet: {which}.",
    ),
    "a_review": (
        "将本报告作为管理评审“顾客满意”输入(ISO/IEC 20000-1:2018 9.3 c),并在下一年度满意度调查计划中"
        "跟踪上述措施的效果。",
        "Submit this report to the management review as its customer-satisfaction input "
        "(ISO/IEC 20000-1:2018 9.3 c) and check the effect of these actions in next year's "
        "surveys.",
    ),
}


def _t(lang: str) -> Labels:
    return survey_labels(lang, REPORT_LABELS)


def _dim_name(data: SurveyReportData, code: str, t: Labels) -> str:
    d = next((d for d in data.dimensions if d.code == code), None)
    return dim_label(d, t) if d else code


def _overview(data: SurveyReportData, t: Labels) -> list[Flowable]:
    y = data.total
    w = widths(PORTRAIT_WIDTH, 0.18, 0.32, 0.18, 0.32)
    held = join([q_short(f.quarter, t) for f in data.quarters], t)
    rows = [
        [head(t("year")), cell(t("year_n", year=data.year)), head(t("surveys_held")),
         cell(f"{len(data.quarters)} ({held})")],
        [head(t("received")), cell(str(y.received)), head(t("valid")), cell(str(y.valid))],
        [head(t("year_rate")), cell(f"{pct(y.satisfied_rate)} · {met_label(y.meets_target, t)}"),
         head(t("target")), cell(target_text(data.scale, t, data.year, with_source=True))],
        [head(t("year_mean")), cell(f"{score(y.mean_score)} / {data.scale.full_marks}"),
         head(t("score_rate")), cell(pct(y.score_rate))],
    ]  # fmt: skip
    return [section(t("s_overview")), form_table(rows, w, label_columns=(0, 2))]


def _summary(data: SurveyReportData, t: Labels) -> list[Flowable]:
    rows: list[tuple[str, Figures]] = [
        (quarter_label(data.year, f.quarter, t), f) for f in data.quarters
    ]
    rows.append((t("year_total"), data.total))
    return [section(t("s_summary")), figures_table(rows, t, PORTRAIT_WIDTH)]


def _dimensions(data: SurveyReportData, t: Labels) -> list[Flowable]:
    columns = [*data.quarters, data.total]
    w = widths(PORTRAIT_WIDTH, 0.24, *([0.76 / len(columns)] * len(columns)))
    header = [t("dimension"), *(q_short(f.quarter, t) for f in columns)]
    rows = []
    for d in data.dimensions:
        row: list[object] = [cell(dim_label(d, t))]
        for f in columns:
            fig = dim_figure(f, d.code)
            mean = fig.mean if fig else None
            low = mean is not None and mean < data.scale.score_target
            row.append((alert if low else cell)(score(mean)))
        rows.append(row)
    rows.append([head(t("overall")), *(cell(score(f.mean_score)) for f in columns)])
    series = {
        q_short(f.quarter, t): [
            round(m, 2) if (m := getattr(dim_figure(f, d.code), "mean", None)) else 0
            for d in data.dimensions
        ]
        + [round(f.mean_score, 2) if f.mean_score else 0]
        for f in data.quarters
    }
    chart = charts.bar_chart(
        [*(dim_label(d, t) for d in data.dimensions), t("overall")],
        series,
        t("chart_dimensions", full=data.scale.full_marks),
        stacked=False,
        integer=False,
        width=PORTRAIT_WIDTH,
        height=200,
    )
    return [
        section(t("s_dimensions")),
        grid_table(header, rows, w, zebra=False),
        Spacer(1, 1.5 * mm),
        muted(t("dims_note", score=f"{data.scale.score_target:g}")),
        Spacer(1, 3 * mm),
        KeepTogether([chart]),
    ]


def _rate(data: SurveyReportData, t: Labels) -> list[Flowable]:
    labels = [q_short(f.quarter, t) for f in data.quarters]
    values = [
        None if f.satisfied_rate is None else round(f.satisfied_rate * 100, 1)
        for f in data.quarters
    ]
    target = round(data.scale.target * 100, 1)
    chart = charts.line_chart(
        labels,
        {t("rate_series"): values},
        target=target,
        title=t("chart_rate"),
        width=PORTRAIT_WIDTH,
        height=190,
        value_format=lambda v: f"{v:g}%",
        target_label=t("target_line", rate=pct(data.scale.target)),
    )
    bars = charts.rate_bars(
        [(quarter_label(data.year, f.quarter, t), f.satisfied_rate) for f in data.quarters]
        + [(t("year_total"), data.total.satisfied_rate)],
        target=data.scale.target,
        target_label=t("target_line", rate=pct(data.scale.target)),
        width=PORTRAIT_WIDTH,
        height=max(70, 22 * (len(data.quarters) + 1) + 30),
    )
    return [section(t("s_rate")), KeepTogether([chart]), Spacer(1, 2 * mm), KeepTogether([bars])]


def _analysis(data: SurveyReportData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = [section(t("s_analysis"))]
    figures = {f.key: f for f in data.quarters}
    for a in data.analyses:
        f = figures.get(a.survey)
        out.append(
            subsection(f"{a.title}({a.survey})" if not t.english else f"{a.title} ({a.survey})")
        )
        if f is None or f.valid == 0:
            out.append(muted(t("no_responses")))
        else:
            means = [(d.mean, d.code) for d in f.dimensions if d.mean is not None]
            weak = min(means, key=lambda m: m[0]) if means else None
            out.append(
                body(
                    t(
                        "figures_line",
                        valid=f.valid,
                        mean=score(f.mean_score),
                        rate=pct(f.satisfied_rate),
                        met=met_label(f.meets_target, t),
                        weak=f"{_dim_name(data, weak[1], t)} {score(weak[0])}" if weak else "—",
                    )
                )
            )
            d = f.distribution
            out.append(body(t("dist_line", s1=d[0], s2=d[1], s3=d[2], s4=d[3], s5=d[4])))
        if a.text.strip():
            out.append(body(a.text))
        else:
            out.append(muted(t("no_analysis")))
        if a.owner:
            out.append(muted(f"{t('analyst')}: {a.owner}"))
    return out


def _dissatisfied(data: SurveyReportData, t: Labels) -> list[Flowable]:
    if not data.dissatisfied:
        return [section(t("s_dissatisfied")), body(t("no_dissatisfied"))]
    out: list[Flowable] = heading_before_table(t("s_dissatisfied"))
    w = widths(PORTRAIT_WIDTH, 0.075, 0.06, 0.16, 0.065, 0.28, 0.36)
    rows = []
    for d in data.dissatisfied:
        r = d.response
        rows.append(
            [
                cell(q_short(d.quarter, t)),
                cell(str(r.row)),
                two_lines(r.customer, r.respondent),
                (alert if r.dissatisfied else num)(count(r.overall)),
                cell(r.comment),
                status_note(
                    follow_up_label(r.follow_up_status, t),
                    r.follow_up,
                    warn=r.follow_up_status == "open",
                ),
            ]
        )
    out.append(
        grid_table(
            [
                t("period"),
                t("row"),
                t("customer_respondent"),
                t("overall_short"),
                t("comment"),
                t("follow_up"),
            ],
            rows,
            w,
        )
    )
    return out


def _conclusions(data: SurveyReportData, t: Labels) -> list[str]:
    y = data.total
    if y.valid == 0:
        return [t("c_none", year=data.year)]
    out = [
        t(
            "c_year",
            year=data.year,
            n=len(data.quarters),
            received=y.received,
            valid=y.valid,
            rate=pct(y.satisfied_rate),
            target=target_text(data.scale, t, data.year),
            met=met_label(y.meets_target, t),
            mean=score(y.mean_score),
            score_rate=pct(y.score_rate),
        )
    ]
    means = [(d.mean, d.code) for d in y.dimensions if d.mean is not None]
    if means:
        best = max(means, key=lambda m: m[0])
        worst = min(means, key=lambda m: m[0])
        out.append(
            t(
                "c_dims",
                best=_dim_name(data, best[1], t),
                best_mean=score(best[0]),
                worst=_dim_name(data, worst[1], t),
                worst_mean=score(worst[0]),
            )
        )
    rated = [f for f in data.quarters if f.satisfied_rate is not None]
    if len(rated) >= 2:
        out.append(
            t(
                "c_trend",
                first=q_short(rated[0].quarter, t),
                a=pct(rated[0].satisfied_rate),
                last=q_short(rated[-1].quarter, t),
                b=pct(rated[-1].satisfied_rate),
            )
        )
    if data.below_target:
        out.append(t("c_quarters_missed", quarters=_quarters(data, data.below_target, t)))
    elif rated:
        out.append(t("c_quarters_met"))
    done = sum(1 for d in data.dissatisfied if d.response.follow_up_status == "done")
    n = sum(1 for d in data.dissatisfied if d.response.dissatisfied)
    out.append(t("c_follow", n=n, done=done, open=y.open_follow_ups))
    return out


def _quarters(data: SurveyReportData, keys, t: Labels) -> str:
    by_key = {f.key: f for f in data.quarters}
    return join([q_short(by_key[k].quarter, t) if k in by_key else k for k in keys], t)


def _actions(data: SurveyReportData, t: Labels) -> list[str]:
    out = []
    open_ = [d for d in data.dissatisfied if d.response.follow_up_status == "open"]
    if open_:
        by_quarter: dict[int, list[str]] = {}
        for d in open_:
            by_quarter.setdefault(d.quarter, []).append(f"#{d.response.row}")
        sep = "; " if t.english else ";"
        which = sep.join(f"{q_short(q, t)} {join(rows, t)}" for q, rows in by_quarter.items())
        out.append(t("a_open", n=len(open_), which=which))
    sc = f"{data.scale.score_target:g}"
    if data.below_score_target:
        dims = join([_dim_name(data, c, t) for c in data.below_score_target], t)
        out.append(t("a_dims_low", score=sc, dims=dims))
    elif data.weakest:
        mean = getattr(dim_figure(data.total, data.weakest), "mean", None)
        out.append(t("a_weakest", dim=_dim_name(data, data.weakest, t), mean=score(mean)))
    if data.below_target:
        out.append(t("a_quarters", quarters=_quarters(data, data.below_target, t)))
    if data.unanalysed:
        out.append(t("a_unanalysed", which=_quarters(data, data.unanalysed, t)))
    out.append(t("a_review"))
    return out


def story(data: SurveyReportData, t: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    out += _overview(data, t)
    out += _summary(data, t)
    out += _dimensions(data, t)
    out += _rate(data, t)
    out += _analysis(data, t)
    out += _dissatisfied(data, t)
    out += [section(t("s_conclusions")), *(body(c) for c in _conclusions(data, t))]
    out += [section(t("s_actions")), *numbered(_actions(data, t))]
    return out


def build(data: SurveyReportData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, centre_all(story(data, _t(lang))), lang)
