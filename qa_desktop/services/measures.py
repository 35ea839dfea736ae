"""The plan's six measures (domain.md §4): targets per year, one value per month, roll-ups.

A month's value is stored as its parts (store/kpi_values.py) and every figure shown is
``numerator ÷ denominator``: a rate n/d, a mean total hours/tickets, turnover issued cost/
average stock. Quarters and years add the parts (domain.kpi.rollup), never average the rates.

Values come from four places, named in `source`: ``tickets`` (services/ticket_import.py),
``stock`` (services/stock_figures.py), ``survey`` (the satisfaction surveys) and ``manual``
(typed in the grid or with ``kpi set``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from qa_desktop.domain.kpi import (
    KPI_DEFINITIONS,
    meets_target,
    month_parts_value,
    rollup_value,
)
from qa_desktop.store import kpi_values
from qa_desktop.store.models import KpiTarget
from qa_desktop.store.queries import measures as q

from .context import Context, Invalid, clean
from .organisation import current_org

KPI_CODES: tuple[str, ...] = tuple(KPI_DEFINITIONS)
RATE_KPIS = frozenset(c for c, d in KPI_DEFINITIONS.items() if d.unit == "%")

# Targets domain.md §4 names; the other KPIs have none until the quality manager sets one.
DEFAULT_TARGETS: dict[str, tuple[float, str]] = {
    "fcr": (0.75, "参考:行业通常≥75%(domain.md §4) / reference: usually ≥ 75 %"),
    "sla_rate": (
        0.90,
        "参考:工单解决率85–90%,关键系统≥95%(domain.md §4) / reference: 85–90 %, key systems ≥ 95 %",
    ),
    "csat": (0.80, "参考:好评率≥80%(domain.md §4) / reference: good-rating rate ≥ 80 %"),
}

_PERIOD_RE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")


# --- views -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthValue:
    period: str  # YYYY-MM
    value: float | None
    numerator: float | None
    denominator: float | None
    source: str  # "" when the month has no value
    bare: bool = False  # typed as a bare value: no volume to weigh it by in a roll-up


def _rolled(kpi: str, months: Sequence[MonthValue]) -> float | None:
    """A quarter's or the year's value from its months' parts.

    A month typed as a bare value is stored as value/1; beside months that carry their
    volume (500 tickets) it would weigh as one ticket, so a period that mixes the two has no
    value until the bare month is given its parts. Bare months alone weigh equally."""
    entered = [m for m in months if m.denominator is not None]
    if mixes_bare_and_parts(entered):
        return None
    return rollup_value(kpi, [(m.numerator, m.denominator) for m in entered])


def mixes_bare_and_parts(months: Sequence[MonthValue]) -> bool:
    return len({m.bare for m in months if m.denominator is not None}) > 1


@dataclass(frozen=True)
class KpiYear:
    kpi: str
    name_zh: str
    name_en: str
    unit: str  # "%" (a fraction 0–1), "h", "次"
    direction: str  # "higher" / "lower" is better
    target: float | None
    months: tuple[MonthValue, ...]  # 12, January first
    quarters: tuple[float | None, ...]  # 4, rolled up from the months' parts
    year_value: float | None
    meets_target: bool | None
    source: str  # the months' sources, e.g. "tickets" or "manual+tickets"; "" for none


@dataclass(frozen=True)
class TargetView:
    year: int
    kpi: str
    target: float | None
    is_default: bool  # the domain.md §4 reference value, not one the user set
    note: str
    direction: str


@dataclass(frozen=True)
class ValueRow:
    """One stored month of one KPI, as ``kpi list --json`` prints it."""

    kpi: str
    period: str
    value: float | None
    numerator: float
    denominator: float
    source: str
    target: float | None
    meets_target: bool | None
    details: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class Trend:
    kpi: str
    year: int
    target: float | None
    # (year, 12 monthly values January first), the asked year first; earlier years only
    # when they have a value.
    series: tuple[tuple[int, tuple[float | None, ...]], ...]


# --- checks ------------------------------------------------------------------------------


def check_kpi(kpi: str) -> str:
    code = clean(kpi).lower()
    if code not in KPI_DEFINITIONS:
        raise Invalid(f"未知指标 / unknown KPI: {kpi}(可用 / one of: {', '.join(KPI_CODES)})")
    return code


def check_period(period: str) -> str:
    """'2025-3', '2025/03', '2025年3月' → '2025-03'."""
    m = _PERIOD_RE.match(str(period or ""))
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        raise Invalid(f"月份格式应为 YYYY-MM / expected a month YYYY-MM: {period}")
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def check_year(year: int) -> int:
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise Invalid(f"年份不合理 / implausible year: {year}")
    return year


def months_of(year: int) -> tuple[str, ...]:
    return tuple(f"{year:04d}-{m:02d}" for m in range(1, 13))


def _check_level(kpi: str, value: float, what: str) -> float:
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise Invalid(f"应为数字 / expected a number: {value}") from None
    if not math.isfinite(value):
        raise Invalid(f"应为数字 / expected a number: {value}")
    if value < 0:
        raise Invalid(f"{what}不能为负 / the {kpi} value cannot be negative: {value}")
    if kpi in RATE_KPIS and value > 1:
        raise Invalid(
            f"比率应在 0–1 之间(85% 写作 0.85) / a rate is a fraction 0–1 (85 % is 0.85): {value}"
        )
    return value


def _check_parts(kpi: str, numerator: float, denominator: float) -> tuple[float, float]:
    try:
        n, d = float(numerator), float(denominator)
    except (TypeError, ValueError):
        raise Invalid(
            f"分子分母应为数字 / the parts must be numbers: {numerator}/{denominator}"
        ) from None
    if not (math.isfinite(n) and math.isfinite(d)) or n < 0 or d <= 0:
        raise Invalid(
            f"分子不能为负、分母须大于0 / the numerator cannot be negative and the denominator "
            f"must be above 0: {numerator}/{denominator}"
        )
    if kpi in RATE_KPIS and n > d:
        raise Invalid(
            f"分子不能大于分母 / the numerator cannot exceed the denominator: {n:g}/{d:g}"
        )
    return n, d


# --- targets -----------------------------------------------------------------------------


def _target_view(year: int, kpi: str, row: KpiTarget | None) -> TargetView:
    direction = KPI_DEFINITIONS[kpi].direction.value
    if row is not None:
        return TargetView(year, kpi, row.target, False, row.note, direction)
    default = DEFAULT_TARGETS.get(kpi)
    if default is None:
        return TargetView(year, kpi, None, False, "", direction)
    return TargetView(year, kpi, default[0], True, default[1], direction)


def list_targets(ctx: Context, year: int) -> list[TargetView]:
    """The six KPIs' targets for the year (the domain.md §4 reference where none was set)."""
    check_year(year)
    with ctx.read() as s:
        stored = {t.kpi: t for t in q.targets(s, current_org(s).id, year)}
        return [_target_view(year, k, stored.get(k)) for k in KPI_CODES]


def get_target(ctx: Context, year: int, kpi: str) -> TargetView:
    kpi = check_kpi(kpi)
    return next(t for t in list_targets(ctx, year) if t.kpi == kpi)


def set_target(
    ctx: Context, year: int, kpi: str, target: float | None, *, note: str = ""
) -> TargetView:
    """Set the year's target (same scale as the values: 0.95 for 95 %, hours for MTTR).

    None removes the user's target, so the reference value (if any) applies again.
    """
    check_year(year)
    kpi = check_kpi(kpi)
    if target is not None:
        target = _check_level(kpi, target, "目标")
    with ctx.write() as s:
        org = current_org(s)
        row = q.target(s, org.id, year, kpi)
        if target is None:
            if row is not None:
                s.delete(row)
            s.flush()
            return _target_view(year, kpi, None)
        if row is None:
            row = KpiTarget(organisation_id=org.id, year=year, kpi=kpi, target=target, note="")
            s.add(row)
        row.target = float(target)
        row.note = clean(note)
        s.flush()
        return _target_view(year, kpi, row)


# --- values ------------------------------------------------------------------------------


def set_value(
    ctx: Context,
    kpi: str,
    period: str,
    value: float | None = None,
    *,
    numerator: float | None = None,
    denominator: float | None = None,
    note: str | None = None,
) -> MonthValue:
    """Enter a month's value by hand (source ``manual``), replacing what the month had.

    Give the parts — ``numerator``/``denominator``: tickets first-time-fixed of tickets
    resolved, total hours of tickets, issued cost of average stock — so the month weighs in a
    quarter by its volume. A bare ``value`` (a rate as a fraction, hours, turns) is stored as
    ``value/1`` and marked bare: bare months weigh equally in a roll-up, and a quarter or year
    that mixes them with months carrying their volume has no value (see ``_rolled``). Prefer
    the parts.
    """
    kpi = check_kpi(kpi)
    period = check_period(period)
    if value is not None and (numerator is not None or denominator is not None):
        raise Invalid("请给出数值或分子分母,不能同时给出 / give a value or its parts, not both")
    if value is not None:
        n, d = _check_level(kpi, value, "数值"), 1.0
        entered = "value"
    elif numerator is not None and denominator is not None:
        n, d = _check_parts(kpi, numerator, denominator)
        entered = "parts"
    else:
        raise Invalid("请给出数值,或分子和分母 / give a value, or a numerator and a denominator")
    with ctx.write() as s:
        org = current_org(s)
        kpi_values.upsert(
            s, org.id, kpi, period, n, d, source="manual", details={"entered": entered}, note=note
        )
    return MonthValue(period, month_parts_value(n, d), n, d, "manual", entered == "value")


def clear_value(ctx: Context, kpi: str, period: str) -> bool:
    """Remove a month's value (whatever its source); False if there was none."""
    kpi, period = check_kpi(kpi), check_period(period)
    with ctx.write() as s:
        row = q.value(s, current_org(s).id, kpi, period)
        if row is None:
            return False
        s.delete(row)
        return True


def _row(row, target: float | None, kpi: str) -> ValueRow:
    value = month_parts_value(row.numerator, row.denominator)
    return ValueRow(
        kpi=row.kpi,
        period=row.period,
        value=value,
        numerator=row.numerator,
        denominator=row.denominator,
        source=row.source,
        target=target,
        meets_target=meets_target(value, target, KPI_DEFINITIONS[kpi].direction),
        details=dict(row.details or {}),
        note=row.note or "",
    )


def get_value(ctx: Context, kpi: str, period: str) -> ValueRow | None:
    kpi, period = check_kpi(kpi), check_period(period)
    year = int(period[:4])
    target = get_target(ctx, year, kpi).target
    with ctx.read() as s:
        row = q.value(s, current_org(s).id, kpi, period)
        return None if row is None else _row(row, target, kpi)


def list_values(ctx: Context, year: int | None = None) -> list[ValueRow]:
    """Every stored month (of one year, or all), by period then KPI, with the year's target."""
    if year is not None:
        check_year(year)
    with ctx.read() as s:
        org = current_org(s)
        first, last = (f"{year:04d}-01", f"{year:04d}-12") if year is not None else (None, None)
        rows = [r for r in q.values(s, org.id, first, last) if r.kpi in KPI_DEFINITIONS]
        years = sorted({int(r.period[:4]) for r in rows})
        stored = {(t.year, t.kpi): t for y in years for t in q.targets(s, org.id, y)}
        targets = {
            (y, k): _target_view(y, k, stored.get((y, k))).target for y in years for k in KPI_CODES
        }
        return [_row(r, targets[(int(r.period[:4]), r.kpi)], r.kpi) for r in rows]


def measure_years(ctx: Context, *, with_current: bool = True) -> list[int]:
    """Years that have a value or a target, and (unless told not to) the current year."""
    with ctx.read() as s:
        org = current_org(s)
        years = set(q.value_years(s, org.id)) | set(q.target_years(s, org.id))
    if with_current:
        years.add(ctx.today().year)
    return sorted(years)


def _is_bare(row) -> bool:
    return row.source == "manual" and (row.details or {}).get("entered") == "value"


def _source(months: list[MonthValue]) -> str:
    return "+".join(sorted({m.source for m in months if m.source}))


def year_summary(ctx: Context, year: int) -> tuple[KpiYear, ...]:
    """The six KPIs of a year: 12 months, 4 quarters and the year, against the year's target.

    Quarters and the year roll up from the months' parts (domain.kpi.rollup); a quarter with
    no month has no value. `meets_target` compares the year's value, direction-aware.
    """
    check_year(year)
    periods = months_of(year)
    targets = {t.kpi: t.target for t in list_targets(ctx, year)}
    with ctx.read() as s:
        rows = q.values(s, current_org(s).id, periods[0], periods[-1])
        stored = {
            (r.kpi, r.period): (r.numerator, r.denominator, r.source, _is_bare(r)) for r in rows
        }
    out = []
    for code, d in KPI_DEFINITIONS.items():
        months = []
        for p in periods:
            got = stored.get((code, p))
            if got is None:
                months.append(MonthValue(p, None, None, None, ""))
            else:
                n, den, source, bare = got
                months.append(MonthValue(p, month_parts_value(n, den), n, den, source, bare))
        quarters = tuple(_rolled(code, months[3 * i : 3 * i + 3]) for i in range(4))
        year_value = _rolled(code, months)
        target = targets.get(code)
        out.append(
            KpiYear(
                kpi=code,
                name_zh=d.name_zh,
                name_en=d.name_en,
                unit=d.unit,
                direction=d.direction.value,
                target=target,
                months=tuple(months),
                quarters=quarters,
                year_value=year_value,
                meets_target=meets_target(year_value, target, d.direction),
                source=_source(months),
            )
        )
    return tuple(out)


def trend(ctx: Context, kpi: str, year: int, *, years_back: int = 1) -> Trend:
    """A KPI's months of `year` and of up to `years_back` earlier years that have values."""
    kpi = check_kpi(kpi)
    check_year(year)
    first = f"{year - years_back:04d}-01"
    with ctx.read() as s:
        rows = q.values(s, current_org(s).id, first, f"{year:04d}-12", kpi=kpi)
        by_period = {r.period: month_parts_value(r.numerator, r.denominator) for r in rows}
    series = []
    for y in range(year, year - years_back - 1, -1):
        values = tuple(by_period.get(p) for p in months_of(y))
        if y == year or any(v is not None for v in values):
            series.append((y, values))
    return Trend(kpi, year, get_target(ctx, year, kpi).target, tuple(series))
