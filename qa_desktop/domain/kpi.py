"""The six service KPIs of domain.md §4 as pure functions.

Rates are returned as :class:`Ratio` (numerator and denominator) and averages as
:class:`Mean` (total and count), never as bare floats, so that a quarter or a year is rolled
up by adding the parts. The mean of monthly rates is wrong whenever the months differ in
volume: 8/10 and 1/10 roll up to 9/20, but 8/10 and 1/2 roll up to 9/12 = 0.75, not 0.65.

Rates are fractions (0.85, not 85); multiply by 100 only for display.

Which tickets go in (the period, and exclusions such as auto-generated monitoring tickets
or pure service requests) is the caller's choice; these functions only apply the formula.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

# --- building blocks ---------------------------------------------------------------------


@dataclass(frozen=True)
class Ratio:
    numerator: float
    denominator: float

    def __post_init__(self) -> None:
        if self.numerator < 0 or self.denominator < 0:
            raise ValueError(
                f"比率的分子分母不能为负：{self.numerator}/{self.denominator} / "
                f"a ratio cannot have negative parts: {self.numerator}/{self.denominator}"
            )

    @property
    def value(self) -> float | None:
        """``numerator ÷ denominator``; None when there is nothing to divide by."""
        if self.denominator == 0:
            return None
        return self.numerator / self.denominator

    @property
    def percent(self) -> float | None:
        v = self.value
        return None if v is None else v * 100

    def __add__(self, other: Ratio) -> Ratio:
        if not isinstance(other, Ratio):
            return NotImplemented
        return Ratio(self.numerator + other.numerator, self.denominator + other.denominator)

    @classmethod
    def sum(cls, ratios: Iterable[Ratio]) -> Ratio:
        total = cls(0, 0)
        for r in ratios:
            total = total + r
        return total


@dataclass(frozen=True)
class Mean:
    total: float
    count: int

    def __post_init__(self) -> None:
        if self.count < 0:
            raise ValueError(f"计数不能为负：{self.count} / a count cannot be negative")

    @property
    def value(self) -> float | None:
        """``total ÷ count``; None when nothing was counted."""
        if self.count == 0:
            return None
        return self.total / self.count

    def __add__(self, other: Mean) -> Mean:
        if not isinstance(other, Mean):
            return NotImplemented
        return Mean(self.total + other.total, self.count + other.count)

    @classmethod
    def sum(cls, means: Iterable[Mean]) -> Mean:
        total = cls(0.0, 0)
        for m in means:
            total = total + m
        return total

    @classmethod
    def of(cls, values: Iterable[float]) -> Mean:
        items = list(values)
        return cls(float(sum(items)), len(items))


def percentile(values: Iterable[float], q: float) -> float | None:
    """The q-th percentile (q in 0..100) with linear interpolation, as numpy's default.

    Percentiles do not roll up: recompute them from the raw values of the whole period.
    None for no values.
    """
    if not 0 <= q <= 100:
        raise ValueError(f"百分位应在0~100之间：{q} / the percentile must be within 0..100: {q}")
    data = sorted(values)
    if not data:
        return None
    pos = (len(data) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


# --- tickets -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TicketFacts:
    """One incident ticket as the KPIs need it (from the desk tool's export)."""

    opened_at: datetime
    resolved_at: datetime | None
    priority: str
    made_sla: bool | None = None  # None: not under an SLA, or not known
    knowledge: bool | None = None  # a knowledge article was linked/used
    reassignment_count: int = 0
    reopen_count: int = 0  # reopens within the FCR window (7 days, domain.md §4)


def _get(ticket: Any, name: str) -> Any:
    """Tickets may be TicketFacts, any object with those attributes, or a mapping."""
    if isinstance(ticket, Mapping):
        return ticket.get(name)
    return getattr(ticket, name)


def _is_resolved(ticket: Any) -> bool:
    return _get(ticket, "resolved_at") is not None


def resolution_hours(ticket: Any) -> float | None:
    """Hours from opening to resolution; None while unresolved.

    Elapsed clock time: excluding approved 挂起 time or applying a 5×8 calendar is the
    caller's job, done before the ticket gets here.
    """
    resolved_at = _get(ticket, "resolved_at")
    if resolved_at is None:
        return None
    hours = (resolved_at - _get(ticket, "opened_at")).total_seconds() / 3600
    if hours < 0:
        # Bad export data is an audit finding in itself; do not hide it in an average.
        raise ValueError(
            f"解决时间早于受理时间：{_get(ticket, 'opened_at')} → {resolved_at} / "
            f"resolved before it was opened: {_get(ticket, 'opened_at')} → {resolved_at}"
        )
    return hours


def resolved_hours(tickets: Iterable[Any]) -> list[float]:
    """Resolution hours of the resolved tickets, for :func:`percentile` (median, P90)."""
    return [h for t in tickets if (h := resolution_hours(t)) is not None]


def first_contact_resolution(tickets: Iterable[Any]) -> Ratio:
    """服务台一次性解决率 FCR.

    Numerator: resolved tickets with no reassignment and no reopen.
    Denominator: resolved tickets.
    """
    resolved = [t for t in tickets if _is_resolved(t)]
    first = sum(
        1 for t in resolved if not _get(t, "reassignment_count") and not _get(t, "reopen_count")
    )
    return Ratio(first, len(resolved))


def mttr(tickets: Iterable[Any]) -> Mean:
    """事件平均解决时间 MTTR in hours.

    Total: Σ(resolved_at − opened_at) in hours. Count: resolved tickets.
    """
    return Mean.of(resolved_hours(tickets))


def mttr_by_priority(tickets: Iterable[Any]) -> dict[str, Mean]:
    """MTTR per priority, as domain.md §4 asks.

    Every priority that occurs is a key, even if none of its tickets is resolved yet (its
    Mean then has no value), so an empty P1 row is visible rather than missing.
    """
    groups: dict[str, list[Any]] = {}
    for t in tickets:
        groups.setdefault(str(_get(t, "priority")), []).append(t)
    return {p: mttr(groups[p]) for p in sorted(groups)}


def sla_attainment(tickets: Iterable[Any]) -> Ratio:
    """SLA达成率.

    Numerator: tickets that made their SLA. Denominator: tickets whose SLA outcome is
    known (``made_sla`` is not None), i.e. those under an SLA.
    """
    known = [_get(t, "made_sla") for t in tickets]
    known = [m for m in known if m is not None]
    return Ratio(sum(1 for m in known if m), len(known))


def kb_utilisation(tickets: Iterable[Any]) -> Ratio:
    """知识库利用率.

    Numerator: resolved tickets that linked or used a knowledge article.
    Denominator: resolved tickets.
    """
    resolved = [t for t in tickets if _is_resolved(t)]
    return Ratio(sum(1 for t in resolved if _get(t, "knowledge")), len(resolved))


# --- spare parts -------------------------------------------------------------------------


def inventory_turnover(
    issued_cost: float, opening_stock_cost: float, closing_stock_cost: float
) -> float | None:
    """库存周转率 = issued (consumed) cost ÷ average stock cost, average = (opening+closing)/2.

    None when the average stock is 0.
    """
    average = (opening_stock_cost + closing_stock_cost) / 2
    if average == 0:
        return None
    return issued_cost / average


def turnover_days(turnover: float | None, period_days: float) -> float | None:
    """周转天数 = days in the period ÷ turnover; None when the turnover is None or 0."""
    if not turnover:
        return None
    return period_days / turnover


@dataclass(frozen=True)
class TurnoverFigures:
    """Inventory-turnover parts that roll up over several periods.

    Roll-up: issued cost summed over the periods ÷ the mean of each period's average stock
    ((opening+closing)/2). Periods are weighted equally, matching domain.md's "mean of
    monthly balances". Build one per month with :meth:`for_period` and add them.
    """

    issued_cost: float = 0.0
    average_stock_sum: float = 0.0  # Σ of each period's average stock
    periods: int = 0
    days: float = 0.0

    @classmethod
    def for_period(
        cls,
        issued_cost: float,
        opening_stock_cost: float,
        closing_stock_cost: float,
        days: float,
    ) -> TurnoverFigures:
        return cls(issued_cost, (opening_stock_cost + closing_stock_cost) / 2, 1, days)

    @property
    def average_stock(self) -> float | None:
        if self.periods == 0:
            return None
        return self.average_stock_sum / self.periods

    @property
    def turnover(self) -> float | None:
        average = self.average_stock
        if not average:
            return None
        return self.issued_cost / average

    @property
    def turnover_days(self) -> float | None:
        return turnover_days(self.turnover, self.days)

    def __add__(self, other: TurnoverFigures) -> TurnoverFigures:
        if not isinstance(other, TurnoverFigures):
            return NotImplemented
        return TurnoverFigures(
            self.issued_cost + other.issued_cost,
            self.average_stock_sum + other.average_stock_sum,
            self.periods + other.periods,
            self.days + other.days,
        )

    @classmethod
    def sum(cls, figures: Iterable[TurnoverFigures]) -> TurnoverFigures:
        total = cls()
        for f in figures:
            total = total + f
        return total


def spare_availability(tested_ok: int, tested_total: int) -> Ratio:
    """备件可用率 = parts tested and found good ÷ parts tested."""
    if tested_ok > tested_total:
        raise ValueError(
            f"完好数{tested_ok}大于抽检数{tested_total} / "
            f"{tested_ok} good parts out of only {tested_total} tested"
        )
    return Ratio(tested_ok, tested_total)


# --- satisfaction ------------------------------------------------------------------------


def _valid_scores(scores: Iterable[float | None], full_marks: float) -> list[float]:
    """Blank answers (None) are not valid responses and are left out of the denominator."""
    valid = [s for s in scores if s is not None]
    for s in valid:
        if not 0 <= s <= full_marks:
            raise ValueError(
                f"得分{s}超出0~{full_marks}范围 / score {s} is outside 0..{full_marks}"
            )
    return valid


def satisfaction_score(scores: Iterable[float | None], full_marks: float = 5) -> Ratio:
    """客户满意度 (score form) = Σ scores ÷ (valid responses × full marks)."""
    valid = _valid_scores(scores, full_marks)
    return Ratio(float(sum(valid)), len(valid) * full_marks)


def satisfied_rate(
    overall_scores: Iterable[float | None], threshold: float = 4, full_marks: float = 5
) -> Ratio:
    """满意率 = (satisfied + very satisfied) ÷ valid responses.

    On a 1–5 scale "satisfied" is 4 and "very satisfied" 5, hence score ≥ ``threshold``.
    """
    valid = _valid_scores(overall_scores, full_marks)
    return Ratio(sum(1 for s in valid if s >= threshold), len(valid))


# --- definitions and targets -------------------------------------------------------------


class Direction(StrEnum):
    HIGHER = "higher"  # higher is better
    LOWER = "lower"  # lower is better


@dataclass(frozen=True)
class KpiDefinition:
    code: str
    name_zh: str
    name_en: str
    unit: str  # "%" for rates held as fractions, "h" hours, "次" turns
    direction: Direction
    formula_zh: str
    formula_en: str

    def name(self, lang: str = "zh_CN") -> str:
        return self.name_en if lang.startswith("en") else self.name_zh

    def formula(self, lang: str = "zh_CN") -> str:
        return self.formula_en if lang.startswith("en") else self.formula_zh


KPI_DEFINITIONS: dict[str, KpiDefinition] = {
    d.code: d
    for d in (
        KpiDefinition(
            "fcr",
            "服务台一次性解决率",
            "First-contact resolution",
            "%",
            Direction.HIGHER,
            "未转派且未重开的已解决事件数 ÷ 已解决事件数 × 100%",
            "Resolved incidents with no reassignment and no reopen ÷ resolved incidents × 100%",
        ),
        KpiDefinition(
            "mttr_hours",
            "事件平均解决时间",
            "Mean time to resolve",
            "h",
            Direction.LOWER,
            "Σ(解决时间 − 受理时间) ÷ 已解决事件数，按优先级统计",
            "Σ(resolved − opened) ÷ resolved incidents, per priority",
        ),
        KpiDefinition(
            "inventory_turnover",
            "备件库库存周转率",
            "Spare-parts inventory turnover",
            "次",
            Direction.HIGHER,
            "期间出库成本 ÷ 期间平均库存成本（平均库存 = (期初 + 期末) ÷ 2）",
            "Issued cost in the period ÷ average stock cost ((opening + closing) ÷ 2)",
        ),
        KpiDefinition(
            "kb_rate",
            "知识库利用率",
            "Knowledge-base utilisation",
            "%",
            Direction.HIGHER,
            "关联知识条目解决的工单数 ÷ 同期已解决工单数 × 100%",
            "Resolved tickets linked to a knowledge article ÷ resolved tickets × 100%",
        ),
        KpiDefinition(
            "sla_rate",
            "SLA达成率",
            "SLA attainment",
            "%",
            Direction.HIGHER,
            "SLA达成事件数 ÷ 适用SLA的事件数 × 100%",
            "Incidents within SLA ÷ incidents under an SLA × 100%",
        ),
        KpiDefinition(
            "csat",
            "客户满意度",
            "Customer satisfaction",
            "%",
            Direction.HIGHER,
            "(满意+非常满意)份数 ÷ 有效问卷数 × 100%",
            "(satisfied + very satisfied) responses ÷ valid responses × 100%",
        ),
    )
}


def meets_target(value: float | None, target: float | None, direction: str) -> bool | None:
    """Whether ``value`` reaches ``target`` (same scale, e.g. both fractions); None if unknown.

    Reaching the target exactly counts as meeting it.
    """
    direction = Direction(direction)  # a typo must fail loudly, not read as "lower"
    if value is None or target is None:
        return None
    if direction == Direction.HIGHER:
        return value >= target
    return value <= target


# --- roll-up of stored monthly parts -------------------------------------------------------


def month_parts_value(numerator: float, denominator: float) -> float | None:
    """A month's value from its stored parts: every KPI keeps ``value = numerator ÷ denominator``
    (a rate n/d, a mean total/count, turnover issued cost/average stock); None for d = 0."""
    if not denominator:
        return None
    return numerator / denominator


def rollup(kpi: str, parts: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """The (numerator, denominator) of several months together; None when no month has data.

    The rule per KPI (domain.md §4):

    * rates (fcr, sla_rate, kb_rate, csat) and means (mttr_hours): add the parts, so a busy
      month weighs more than a quiet one — 8/10 and 1/2 roll up to 9/12, not to the mean 0.65;
    * inventory_turnover: Σ issued cost ÷ the mean of the monthly average stocks (each month's
      stock weighs equally, as :class:`TurnoverFigures` does).

    Months with a zero denominator have no value and are left out (they would add nothing to a
    rate, but would drag the turnover's mean stock down).
    """
    if kpi not in KPI_DEFINITIONS:
        raise ValueError(f"未知指标 / unknown KPI: {kpi}")
    used = [(float(n), float(d)) for n, d in parts if d]
    if not used:
        return None
    numerator = sum(n for n, _ in used)
    if kpi == "inventory_turnover":
        return numerator, sum(d for _, d in used) / len(used)
    return numerator, sum(d for _, d in used)


def rollup_value(kpi: str, parts: Iterable[tuple[float, float]]) -> float | None:
    """:func:`rollup` as one figure (a rate, hours or turns); None when there is nothing."""
    total = rollup(kpi, parts)
    return None if total is None else month_parts_value(*total)


# --- as people read them -------------------------------------------------------------------


def format_kpi_value(value: float | None, unit: str, english: bool = False) -> str:
    """0.935 with unit "%" → "93.5%"; 4.2 with "h" → "4.2 小时" / "4.2 h"; 3.1 with "次" →
    "3.10 次" / "3.10 turns"; None → "—". One wording for the screens and every report."""
    if value is None:
        return "—"
    if unit == "%":
        return f"{value * 100:.1f}%"
    if unit == "h":
        return f"{value:.1f} h" if english else f"{value:.1f} 小时"
    if unit == "次":
        return f"{value:.2f} turns" if english else f"{value:.2f} 次"
    return f"{value:.2f} {unit}".rstrip()


def format_kpi_target(
    direction: str, target: float | None, unit: str, english: bool = False
) -> str:
    """ "≥95.0%" / "≤8.0 小时"; "—" when the year has no target."""
    if target is None:
        return "—"
    sign = "≤" if str(direction) == "lower" else "≥"
    return f"{sign}{format_kpi_value(target, unit, english)}"
