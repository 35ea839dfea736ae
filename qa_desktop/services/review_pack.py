"""The management review's input pack: ISO/IEC 20000-1:2018 9.3 a–k compiled from the data.

One section per input, each with the figures it rests on, a short generated summary in
Chinese and in English, and the free text people wrote where the data cannot speak. A source
that fails or has nothing for the year does not stop the pack: its section says
"无数据 / no data" and the rest is compiled as usual.

Rates are fractions 0–1, as everywhere in the data; the summaries show them as percentages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from qa_desktop.domain.enums import GRADE_LABELS, Grade, NcStatus, Result
from qa_desktop.domain.kpi import format_kpi_target, format_kpi_value
from qa_desktop.store.queries import org as oq
from qa_desktop.store.queries import reviews as rq

from . import audits, measures, nc_stats, nonconformities, reviews, surveys
from .context import Context
from .reviews import INPUTS_BY_KEY, REVIEW_INPUTS, ReviewActionView

log = logging.getLogger(__name__)

WITHDRAWN = NcStatus.WITHDRAWN.value
_NOT_COUNTED = (NcStatus.DRAFT.value, WITHDRAWN)  # as services/nc_stats counts the closure rate
NO_DATA_ZH = "无数据"
NO_DATA_EN = "No data"
SUPPLIER_ITEM = "SP-15"  # 备件供应商到货时效是否监控和评价 (the SP checklist)
_LISTED_NCS = 50  # a section lists at most this many NCs; the summary gives the count

# --- the pack --------------------------------------------------------------------------------


@dataclass(frozen=True)
class NcFigures:
    """One year's nonconformity statistics, as services/nc_stats defines them."""

    year: int
    total: int
    counted: int
    open: int
    closed: int
    overdue: int
    actions_overdue: int
    closure_rate: float | None
    capa_effectiveness_rate: float | None
    mean_days_to_close: float | None
    by_grade: tuple[tuple[str, int], ...]  # every NC, as the dashboard counts them
    by_process: tuple[tuple[str, int], ...]
    # The NCs the closure rate counts (neither drafts nor withdrawn), by grade: what the
    # summary reports, so that its closure rate can be checked by hand.
    counted_by_grade: tuple[tuple[str, int], ...] = ()
    counted_by_process: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class AuditResult:
    number: str
    title: str
    status: str
    answered: int
    total: int
    nc_count: int  # not counting withdrawn NCs, as the audit list does
    by_grade: tuple[tuple[str, int], ...]  # the same NCs by grade


@dataclass(frozen=True)
class KpiResult:
    kpi: str
    name_zh: str
    name_en: str
    unit: str
    direction: str
    target: float | None
    year_value: float | None
    meets_target: bool | None
    quarters: tuple[float | None, ...]
    months: tuple[float | None, ...]
    source: str


@dataclass(frozen=True)
class SurveyResult:
    quarter: int
    title: str
    status: str
    responses: int  # received
    valid: int  # with an overall score: the rates' denominator
    satisfied: int
    mean_score: float | None
    score_rate: float | None
    satisfied_rate: float | None
    dissatisfied: int
    open_follow_ups: int


@dataclass(frozen=True)
class NcBrief:
    number: str
    grade: str
    status: str
    process: str
    department: str
    facts: str
    due_date: date | None
    overdue: bool


@dataclass(frozen=True)
class SupplierCheck:
    audit_number: str
    department: str
    result: str
    notes: str


@dataclass(frozen=True)
class PackSection:
    key: str  # a–k
    title_zh: str
    title_en: str
    summary_zh: str
    summary_en: str
    note: str  # the free text entered for this input
    has_data: bool  # False: the data says nothing here (see the summary and the note)
    previous_actions: tuple[ReviewActionView, ...] = ()
    nc_figures: tuple[NcFigures, ...] = ()  # the review year, then the year before
    audits: tuple[AuditResult, ...] = ()
    kpis: tuple[KpiResult, ...] = ()
    surveys: tuple[SurveyResult, ...] = ()
    ncs: tuple[NcBrief, ...] = ()
    supplier_checks: tuple[SupplierCheck, ...] = ()
    problems: tuple[str, ...] = ()  # sources that could not be read, one bilingual line each


@dataclass(frozen=True)
class ReviewPack:
    review_id: str
    review_number: str
    year: int
    title: str
    compiled_at: datetime
    sections: tuple[PackSection, ...]

    def section(self, key: str) -> PackSection:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)


# --- formatting (shared with the screens and the report) -------------------------------------


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _previous_zh(prev: NcFigures) -> str:
    return f";上年{prev.counted}项。" if prev.counted else ";上年无不符合项记录。"


def _previous_en(prev: NcFigures) -> str:
    return f"; {prev.counted} the year before." if prev.counted else "; none the year before."


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


_GRADES = frozenset(g.value for g in Grade)


def _grades_zh(by_grade) -> str:
    return "、".join(f"{GRADE_LABELS[Grade(g)][0]}{n}" for g, n in by_grade if g in _GRADES)


def _grades_en(by_grade) -> str:
    return ", ".join(
        f"{n} {GRADE_LABELS[Grade(g)][1].lower()}" for g, n in by_grade if g in _GRADES
    )


# --- reading the sources -----------------------------------------------------------------------


class _Sources:
    """Each source read once, its failure recorded instead of raised."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._cache: dict[str, object] = {}
        self.problems: dict[str, str] = {}

    def get(self, name: str, fn: Callable[[], object]):
        if name not in self._cache:
            try:
                self._cache[name] = fn()
            except Exception as exc:  # one broken source must not cost the whole pack
                log.warning("review pack: source %s failed", name, exc_info=True)
                self._cache[name] = None
                self.problems[name] = (
                    f"数据源不可用({name}):{exc} / source unavailable ({name}): {exc}"
                )
        return self._cache[name]

    def problem(self, *names: str) -> tuple[str, ...]:
        return tuple(self.problems[n] for n in names if n in self.problems)


def _num(x) -> float | None:
    """A KPI figure as a float: the other services may hand a number or a Ratio/Mean-like."""
    if x is None:
        return None
    if isinstance(x, int | float):
        return float(x)
    value = getattr(x, "value", None)
    if callable(value):
        value = value()
    return None if value is None else float(value)


def _kpis(ctx: Context, year: int) -> tuple[KpiResult, ...]:
    out = []
    for k in measures.year_summary(ctx, year):
        out.append(
            KpiResult(
                kpi=str(k.kpi),
                name_zh=k.name_zh,
                name_en=k.name_en,
                unit=k.unit,
                direction=str(getattr(k.direction, "value", k.direction)),
                target=_num(k.target),
                year_value=_num(k.year_value),
                meets_target=k.meets_target,
                quarters=tuple(_num(v) for v in (k.quarters or ())),
                months=tuple(_num(v) for v in (k.months or ())),
                source=str(getattr(k.source, "value", k.source) or ""),
            )
        )
    return tuple(out)


def _surveys(ctx: Context, year: int) -> tuple[SurveyResult, ...]:
    # list_surveys rather than year_results: the year's satisfied rate rolls up from the
    # parts (satisfied and valid responses), which only the full view carries.
    return tuple(
        SurveyResult(
            quarter=v.quarter,
            title=v.title,
            status=v.status,
            responses=v.responses,
            valid=v.valid,
            satisfied=v.satisfied,
            mean_score=v.mean_score,
            score_rate=v.score_rate,
            satisfied_rate=v.satisfied_rate,
            dissatisfied=v.dissatisfied,
            open_follow_ups=v.open_follow_ups,
        )
        for v in surveys.list_surveys(ctx, year)
    )


def _nc_figures(ctx: Context, year: int) -> NcFigures:
    st = nc_stats.nc_statistics(ctx, year=year)
    return NcFigures(
        year=year,
        total=st.total,
        counted=st.counted,
        open=st.open,
        closed=st.closed,
        overdue=st.overdue,
        actions_overdue=st.actions_overdue,
        closure_rate=st.closure_rate,
        capa_effectiveness_rate=st.capa_effectiveness_rate,
        mean_days_to_close=st.mean_days_to_close,
        by_grade=tuple(st.by_grade.items()),
        by_process=tuple(st.by_process.items()),
        counted_by_grade=tuple(
            (g, n - sum(st.count(grade=g, status=x) for x in _NOT_COUNTED))
            for g, n in st.by_grade.items()
        ),
        counted_by_process=tuple(
            (p, n - sum(st.count(process=p, status=x) for x in _NOT_COUNTED))
            for p, n in st.by_process.items()
        ),
    )


def _audits(ctx: Context, year: int) -> tuple[AuditResult, ...]:
    out = []
    for a in sorted(audits.list_audits(ctx, year), key=lambda a: a.number):
        st = nc_stats.nc_statistics(ctx, audit=a.number)
        by_grade = {g: n - st.count(grade=g, status=WITHDRAWN) for g, n in st.by_grade.items()}
        out.append(
            AuditResult(
                a.number,
                a.title,
                a.status,
                a.answered,
                a.total,
                a.nc_count,
                tuple(by_grade.items()),
            )
        )
    return tuple(out)


def _briefs(ctx: Context, **filters) -> tuple[NcBrief, ...]:
    page = nonconformities.list_ncs(
        ctx, sort="number", limit=_LISTED_NCS, with_total=False, **filters
    )
    return tuple(
        NcBrief(
            r.number, r.grade, r.status, r.process, r.department, r.facts, r.due_date, r.overdue
        )
        for r in page.rows
    )


def _supplier_checks(ctx: Context, year: int) -> tuple[SupplierCheck, ...]:
    with ctx.read() as s:
        org = oq.organisation(s)
        if org is None:
            return ()
        rows = rq.item_answers(s, org.id, year, SUPPLIER_ITEM)
    return tuple(SupplierCheck(n, d, r, notes) for n, d, r, notes in rows)


# --- the sections ------------------------------------------------------------------------------


def _section(key: str, note: str, zh: str, en: str, has_data: bool, **data) -> PackSection:
    spec = INPUTS_BY_KEY[key]
    return PackSection(key, spec.title_zh, spec.title_en, zh, en, note, has_data, **data)


def _notes_only(key: str, note: str) -> PackSection:
    if note:
        return _section(
            key,
            note,
            "数据无法反映本项,见下方说明。",
            "The data cannot show this; see the notes.",
            False,
        )
    return _section(
        key,
        note,
        f"{NO_DATA_ZH}:本项须在会前填写说明。",
        f"{NO_DATA_EN}: enter notes for this input before the meeting.",
        False,
    )


def _a(src: _Sources, review, note: str) -> PackSection:
    actions = src.get("previous_actions", lambda: reviews.previous_actions(src.ctx, review.id))
    problems = src.problem("previous_actions")
    if not actions:
        return _section(
            "a",
            note,
            f"{NO_DATA_ZH}:没有以往管理评审的措施。",
            f"{NO_DATA_EN}: there are no actions from earlier management reviews.",
            False,
            problems=problems,
        )
    done = sum(1 for a in actions if a.status == "done")
    cancelled = sum(1 for a in actions if a.status == "cancelled")
    unfinished = len(actions) - done - cancelled
    late = sum(1 for a in actions if a.overdue)
    reviews_seen = "、".join(dict.fromkeys(a.review_number for a in actions))
    zh = (
        f"以往评审({reviews_seen})措施共{len(actions)}项:已完成{done}项,"
        f"未完成{unfinished}项(其中逾期{late}项),已取消{cancelled}项。"
    )
    en = (
        f"{_n(len(actions), 'action')} from earlier reviews ({reviews_seen.replace('、', ', ')}): "
        f"{done} done, {unfinished} not finished ({late} overdue), {cancelled} cancelled."
    )
    return _section("a", note, zh, en, True, previous_actions=tuple(actions), problems=problems)


def _kpi_list_zh(kpis) -> str:
    return "、".join(
        f"{k.name_zh} {format_kpi_value(k.year_value, k.unit)}"
        f"(目标{format_kpi_target(k.direction, k.target, k.unit)})"
        for k in kpis
    )


def _kpi_list_en(kpis) -> str:
    return "; ".join(
        f"{k.name_en} {format_kpi_value(k.year_value, k.unit, True)} "
        f"(target {format_kpi_target(k.direction, k.target, k.unit, True)})"
        for k in kpis
    )


def _c(src: _Sources, year: int, note: str) -> PackSection:
    ctx = src.ctx
    figures = tuple(
        f
        for f in (
            src.get(f"nc_statistics {y}", lambda y=y: _nc_figures(ctx, y)) for y in (year, year - 1)
        )
        if f is not None
    )
    kpis = src.get("measures", lambda: _kpis(ctx, year)) or ()
    kpis = tuple(k for k in kpis if k.year_value is not None)
    found = src.get("audits", lambda: _audits(ctx, year)) or ()
    zh, en = [], []
    nc_data = bool(figures and figures[0].year == year and figures[0].counted)
    if nc_data:
        f = figures[0]
        prev = figures[1] if len(figures) > 1 else None
        zh.append(
            f"① 不符合与纠正措施:{year}年开具不符合项{f.counted}项"
            f"({_grades_zh(f.counted_by_grade)}),"
            f"已关闭{f.closed}项,关闭率{_pct(f.closure_rate)},"
            f"纠正措施有效率{_pct(f.capa_effectiveness_rate)},逾期未完成{f.overdue}项"
            + (_previous_zh(prev) if prev else "。")
        )
        en.append(
            f"① Nonconformities and corrective actions: {f.counted} issued in {year} "
            f"({_grades_en(f.counted_by_grade)}), {f.closed} closed, closure rate "
            f"{_pct(f.closure_rate)}, corrective-action effectiveness "
            f"{_pct(f.capa_effectiveness_rate)}, {f.overdue} overdue"
            + (_previous_en(prev) if prev else ".")
        )
    else:
        zh.append(f"① 不符合与纠正措施:{NO_DATA_ZH}。")
        en.append(f"① Nonconformities and corrective actions: {NO_DATA_EN.lower()}.")
    judged = [k for k in kpis if k.meets_target is not None]
    missed = [k for k in judged if not k.meets_target]
    if kpis and not judged:
        zh.append(f"② 监视和测量:{len(kpis)}项指标有全年数据,均未设定目标。")
        en.append(
            f"② Monitoring and measurement: {_n(len(kpis), 'measure')} with figures for the "
            "year, none with a target."
        )
    elif kpis:
        zh.append(
            f"② 监视和测量:{len(kpis)}项指标有全年数据,设定目标的{len(judged)}项中"
            f"{len(judged) - len(missed)}项达标"
            + (f",未达标:{_kpi_list_zh(missed)}。" if missed else "。")
        )
        en.append(
            f"② Monitoring and measurement: {_n(len(kpis), 'measure')} with figures for the "
            "year; "
            f"{len(judged) - len(missed)} of the {len(judged)} with a target met it"
            + (f"; missed: {_kpi_list_en(missed)}." if missed else ".")
        )
    else:
        zh.append(f"② 监视和测量:{NO_DATA_ZH}。")
        en.append(f"② Monitoring and measurement: {NO_DATA_EN.lower()}.")
    if found:
        answered = sum(a.answered for a in found)
        total = sum(a.total for a in found)
        ncs = sum(a.nc_count for a in found)
        numbers = [a.number for a in found]
        zh.append(
            f"③ 审核结果:{year}年实施内审{len(found)}次({'、'.join(numbers)}),"
            f"检查项完成{answered}/{total},发现不符合项{ncs}项。"
        )
        en.append(
            f"③ Audit results: {_n(len(found), 'internal audit')} in {year} "
            f"({', '.join(numbers)}), "
            f"{answered}/{total} checklist items answered, {ncs} nonconformities raised."
        )
    else:
        zh.append(f"③ 审核结果:{NO_DATA_ZH}。")
        en.append(f"③ Audit results: {NO_DATA_EN.lower()}.")
    has = bool(nc_data or kpis or found)
    return _section(
        "c",
        note,
        "\n".join(zh),
        "\n".join(en),
        has,
        nc_figures=figures,
        kpis=kpis,
        audits=found,
        problems=src.problem(
            f"nc_statistics {year}", f"nc_statistics {year - 1}", "measures", "audits"
        ),
    )


def _d(src: _Sources, year: int, note: str) -> PackSection:
    ctx = src.ctx
    counted = [s.value for s in NcStatus if s not in (NcStatus.DRAFT, NcStatus.WITHDRAWN)]
    observations = src.get(
        "observations",
        lambda: _briefs(ctx, grade=Grade.OBSERVATION.value, year=year, status=counted),
    )
    figures = src.get(f"nc_statistics {year}", lambda: _nc_figures(ctx, year))
    problems = src.problem("observations", f"nc_statistics {year}")
    if not observations and (figures is None or not figures.open):
        return _section(
            "d",
            note,
            f"{NO_DATA_ZH}:本年度没有观察项和未关闭的不符合项。",
            f"{NO_DATA_EN}: no observations and no open nonconformities this year.",
            False,
            problems=problems,
        )
    observations = observations or ()
    open_n = figures.open if figures else 0
    overdue = figures.overdue if figures else 0
    zh = (
        f"{year}年观察项{len(observations)}项;未关闭的不符合项{open_n}项(逾期{overdue}项)。"
        "观察项和反复出现的问题是改进机会的主要来源。"
    )
    en = (
        f"{_n(len(observations), 'observation')} in {year}; "
        f"{_n(open_n, 'nonconformity', 'nonconformities')} still open "
        f"({overdue} overdue). Observations and recurring problems are the main sources of "
        "improvement opportunities."
    )
    return _section("d", note, zh, en, True, ncs=observations, problems=problems)


def _e(src: _Sources, year: int, note: str) -> PackSection:
    results = src.get("surveys", lambda: _surveys(src.ctx, year)) or ()
    problems = src.problem("surveys")
    answered = [r for r in results if r.valid]
    if not answered:
        return _section(
            "e",
            note,
            f"{NO_DATA_ZH}:{year}年没有满意度调查结果。",
            f"{NO_DATA_EN}: no satisfaction survey results for {year}.",
            False,
            surveys=tuple(results),
            problems=problems,
        )
    valid = sum(r.valid for r in answered)
    # Rates roll up from their parts: satisfied responses over valid ones, never a mean.
    satisfied = sum(r.satisfied for r in answered)
    scored = [r for r in answered if r.mean_score is not None]
    mean = (
        sum(r.mean_score * r.valid for r in scored) / sum(r.valid for r in scored)
        if scored
        else None
    )
    dissatisfied = sum(r.dissatisfied for r in results)
    open_follow = sum(r.open_follow_ups for r in results)
    quarters = "、".join(f"Q{r.quarter} {_pct(r.satisfied_rate)}" for r in answered)
    mean_zh = f",平均得分{mean:.2f}/5" if mean is not None else ""
    mean_en = f", mean score {mean:.2f}/5" if mean is not None else ""
    zh = (
        f"{year}年完成满意度调查{len(answered)}次,有效问卷{valid}份,"
        f"满意率{_pct(satisfied / valid)}({quarters}){mean_zh};"
        f"不满意{dissatisfied}份,回访未完成{open_follow}项。"
    )
    en = (
        f"{_n(len(answered), 'satisfaction survey')} in {year}, "
        f"{_n(valid, 'valid response')}, satisfied rate {_pct(satisfied / valid)} "
        f"({quarters.replace('、', ', ')}){mean_en}; {dissatisfied} dissatisfied, "
        f"{_n(open_follow, 'follow-up')} still open."
    )
    return _section("e", note, zh, en, True, surveys=tuple(results), problems=problems)


def _g(src: _Sources, year: int, note: str) -> PackSection:
    kpis = src.get("measures", lambda: _kpis(src.ctx, year)) or ()
    judged = tuple(k for k in kpis if k.meets_target is not None)
    problems = src.problem("measures")
    if not judged:
        return _section(
            "g",
            note,
            f"{NO_DATA_ZH}:{year}年没有可与目标比较的指标数据。",
            f"{NO_DATA_EN}: no measure of {year} can be compared with a target.",
            False,
            problems=problems,
        )
    met = [k for k in judged if k.meets_target]
    missed = [k for k in judged if not k.meets_target]
    zh = f"设定目标的{len(judged)}项指标中{len(met)}项达成" + (
        f":{'、'.join(k.name_zh for k in met)}" if met else ""
    )
    zh += f";未达成:{_kpi_list_zh(missed)}。" if missed else "。"
    en = f"{len(met)} of the {len(judged)} measures with a target met it" + (
        f" ({', '.join(k.name_en for k in met)})" if met else ""
    )
    en += f"; missed: {_kpi_list_en(missed)}." if missed else "."
    return _section("g", note, zh, en, True, kpis=judged, problems=problems)


def _h(src: _Sources, year: int, note: str) -> PackSection:
    kpis = src.get("measures", lambda: _kpis(src.ctx, year)) or ()
    kpis = tuple(k for k in kpis if k.year_value is not None)
    problems = src.problem("measures")
    if not kpis:
        return _section(
            "h",
            note,
            f"{NO_DATA_ZH}:{year}年没有服务绩效数据。",
            f"{NO_DATA_EN}: no service performance figures for {year}.",
            False,
            problems=problems,
        )
    verdict_zh = {True: ",达标", False: ",未达标", None: ""}
    verdict_en = {True: ", met", False: ", missed", None: ""}
    # Service performance leads with the SLA, what the customer was promised.
    kpis = tuple(k for k in kpis if k.kpi == "sla_rate") + tuple(
        k for k in kpis if k.kpi != "sla_rate"
    )
    zh = ";".join(
        f"{k.name_zh} {format_kpi_value(k.year_value, k.unit)}"
        f"(目标{format_kpi_target(k.direction, k.target, k.unit)}{verdict_zh[k.meets_target]})"
        for k in kpis
    )
    en = "; ".join(
        f"{k.name_en} {format_kpi_value(k.year_value, k.unit, True)} "
        f"(target {format_kpi_target(k.direction, k.target, k.unit, True)}"
        f"{verdict_en[k.meets_target]})"
        for k in kpis
    )
    return _section(
        "h", note, f"{year}年:{zh}。", f"{year}: {en}.", True, kpis=kpis, problems=problems
    )


def _i(src: _Sources, year: int, note: str) -> PackSection:
    kpis = src.get("measures", lambda: _kpis(src.ctx, year)) or ()
    turnover = tuple(k for k in kpis if k.kpi == "inventory_turnover" and k.year_value is not None)
    checks = src.get("supplier_checks", lambda: _supplier_checks(src.ctx, year)) or ()
    problems = src.problem("measures", "supplier_checks")
    if not turnover and not checks:
        return _section(
            "i",
            note,
            f"{NO_DATA_ZH}:没有备件周转率数据和供方评价审核记录。",
            f"{NO_DATA_EN}: no spare-parts turnover figures and no supplier checks audited.",
            False,
            problems=problems,
        )
    zh, en = [], []
    for k in turnover:
        verdict = {True: "达标", False: "未达标", None: "未设目标"}[k.meets_target]
        verdict_en = {True: "met", False: "missed", None: "no target"}[k.meets_target]
        zh.append(
            f"备件库存周转率{format_kpi_value(k.year_value, k.unit)}"
            f"(目标{format_kpi_target(k.direction, k.target, k.unit)},{verdict})"
        )
        en.append(
            f"spare-parts inventory turnover {format_kpi_value(k.year_value, k.unit, True)} "
            f"(target {format_kpi_target(k.direction, k.target, k.unit, True)}, {verdict_en})"
        )
    if checks:
        ok = sum(1 for c in checks if c.result == Result.CONFORM.value)
        bad = sum(1 for c in checks if c.result == Result.NONCONFORM.value)
        zh.append(
            f"内审检查供方到货时效评价({SUPPLIER_ITEM}){len(checks)}次:符合{ok}次,不符合{bad}次"
        )
        en.append(
            f"supplier delivery evaluation audited ({SUPPLIER_ITEM}) {_n(len(checks), 'time')}: "
            f"{ok} conform, {bad} nonconform"
        )
    else:
        zh.append(f"供方评价:{NO_DATA_ZH}")
        en.append(f"supplier evaluation: {NO_DATA_EN.lower()}")
    text_en = "; ".join(en)
    return _section(
        "i",
        note,
        ";".join(zh) + "。",
        text_en[0].upper() + text_en[1:] + ".",
        True,
        kpis=turnover,
        supplier_checks=tuple(checks),
        problems=problems,
    )


def _k(src: _Sources, note: str) -> PackSection:
    majors = src.get(
        "open_majors", lambda: _briefs(src.ctx, grade=Grade.MAJOR.value, open_only=True)
    )
    problems = src.problem("open_majors")
    if majors is None:
        return _section(
            "k",
            note,
            f"{NO_DATA_ZH}:请填写风险评估结果。",
            f"{NO_DATA_EN}: enter the results of the risk assessment.",
            False,
            problems=problems,
        )
    if majors:
        numbers = [m.number for m in majors]
        zh = f"未关闭的严重不符合项{len(majors)}项({'、'.join(numbers)}),是当前主要风险。"
        en = (
            f"{_n(len(majors), 'major nonconformity', 'major nonconformities')} still open "
            f"({', '.join(numbers)}): "
            "the main current risks."
        )
    else:
        zh = "没有未关闭的严重不符合项。"
        en = "No major nonconformity is open."
    if not note:
        zh += "风险评估结果请在说明中填写。"
        en += " Enter the risk assessment results in the notes."
    return _section("k", note, zh, en, True, ncs=tuple(majors), problems=problems)


def compile_pack(ctx: Context, review: str) -> ReviewPack:
    """The input pack of a review (number or id), compiled from the data of its year."""
    view = reviews.get_review(ctx, review)
    year = view.year
    notes = view.input_notes
    src = _Sources(ctx)
    builders: dict[str, Callable[[str], PackSection]] = {
        "a": lambda n: _a(src, view, n),
        "b": lambda n: _notes_only("b", n),
        "c": lambda n: _c(src, year, n),
        "d": lambda n: _d(src, year, n),
        "e": lambda n: _e(src, year, n),
        "f": lambda n: _notes_only("f", n),
        "g": lambda n: _g(src, year, n),
        "h": lambda n: _h(src, year, n),
        "i": lambda n: _i(src, year, n),
        "j": lambda n: _notes_only("j", n),
        "k": lambda n: _k(src, n),
    }
    sections = tuple(builders[i.key](notes.get(i.key, "")) for i in REVIEW_INPUTS)
    return ReviewPack(view.id, view.number, year, view.title, ctx.now(), sections)
