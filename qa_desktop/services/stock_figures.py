"""Spare parts and knowledge-base figures, where no service-desk export carries them.

Spare parts: movements (date, part, quantity, unit cost, in/out) are entered or imported, and
the value of the stock at each month end is entered. A month's inventory turnover (domain.md
§4) is the cost issued in the month ÷ its average stock, average = (previous month end + this
month end) ÷ 2; it needs both month-end levels, else the month has no value and says which
level is missing. Turnover days (days in the month ÷ turnover) go alongside in the details.
The value is stored as the KPI ``inventory_turnover`` with source ``stock`` and recomputed
whenever a movement or a level of the month changes.

Knowledge: the counts of articles (total / active — referenced at least once — / new) per
month. Their 知识活跃率 (active ÷ total) is a secondary figure, shown beside the KPI
``kb_rate`` (tickets resolved with an article), never stored as it.
"""

from __future__ import annotations

import calendar
import math
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from qa_desktop.domain.kpi import turnover_days
from qa_desktop.store import kpi_values
from qa_desktop.store.models import ImportBatch, KbCount, StockLevel, StockMovement
from qa_desktop.store.queries import measures as q

from .context import Context, Invalid, NotFound, clean
from .measures import check_period, check_year, months_of
from .organisation import current_org
from .spreadsheets import read_table
from .ticket_import import MAX_BYTES, MAX_PROBLEMS_KEPT, RowProblem, cell_text

KPI = "inventory_turnover"
_DIRECTION_WORDS = {
    "in": "in",
    "入": "in",
    "入库": "in",
    "receipt": "in",
    "received": "in",
    "收": "in",
    "out": "out",
    "出": "out",
    "出库": "out",
    "issue": "out",
    "issued": "out",
    "领用": "out",
    "发": "out",
}


# --- views -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MovementView:
    id: str
    moved_on: date
    part: str
    quantity: float
    unit_cost: float
    direction: str  # in / out
    reference: str
    cost: float  # quantity × unit cost
    imported: bool  # from a file (else entered by hand)


@dataclass(frozen=True)
class StockMonth:
    period: str
    issued_cost: float  # Σ quantity × unit cost of the month's "out" movements
    received_cost: float
    movements: int
    opening: float | None  # previous month's month-end stock value
    closing: float | None  # this month's month-end stock value
    average: float | None
    turnover: float | None
    turnover_days: float | None
    days: int
    missing: str  # "" or e.g. "缺少 2025-02 月末库存 / missing stock level for 2025-02"


@dataclass(frozen=True)
class KbMonth:
    period: str
    total: int | None  # None: nothing entered for the month
    active: int | None
    new: int | None

    @property
    def active_rate(self) -> float | None:
        """知识活跃率 = active ÷ total (secondary; not the kb_rate KPI)."""
        if not self.total or self.active is None:
            return None
        return self.active / self.total


@dataclass(frozen=True)
class StockImportReport:
    file_name: str
    rows_read: int
    imported: int  # movements written (0 on a dry run or with problems)
    problems: tuple[RowProblem, ...]
    problem_count: int
    months: tuple[str, ...]  # months whose turnover the file changes
    dry_run: bool

    @property
    def ok(self) -> bool:
        return self.problem_count == 0


# --- helpers -----------------------------------------------------------------------------


def _month_bounds(period: str) -> tuple[date, date, int]:
    y, m = int(period[:4]), int(period[5:7])
    days = calendar.monthrange(y, m)[1]
    start = date(y, m, 1)
    return start, start + timedelta(days=days), days


def _previous(period: str) -> str:
    y, m = int(period[:4]), int(period[5:7])
    return f"{y - 1:04d}-12" if m == 1 else f"{y:04d}-{m - 1:02d}"


def _next(period: str) -> str:
    y, m = int(period[:4]), int(period[5:7])
    return f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"


def _missing(periods: list[str]) -> str:
    if not periods:
        return ""
    listed = "、".join(periods)
    return f"缺少 {listed} 月末库存 / missing stock level for {', '.join(periods)}"


def _stock_month(s, org_id: uuid.UUID, period: str) -> StockMonth:
    start, end, days = _month_bounds(period)
    sums = q.movement_sums(s, org_id, start, end)
    issued, n_out = sums.get("out", (0.0, 0))
    received, n_in = sums.get("in", (0.0, 0))
    prev = q.stock_level(s, org_id, _previous(period))
    this = q.stock_level(s, org_id, period)
    opening = None if prev is None else prev.value
    closing = None if this is None else this.value
    missing = [p for p, lvl in ((_previous(period), prev), (period, this)) if lvl is None]
    average = turnover = None
    if not missing:
        average = (opening + closing) / 2
        turnover = issued / average if average else None
    return StockMonth(
        period=period,
        issued_cost=issued,
        received_cost=received,
        movements=n_out + n_in,
        opening=opening,
        closing=closing,
        average=average,
        turnover=turnover,
        turnover_days=turnover_days(turnover, days),
        days=days,
        missing=_missing(missing),
    )


def _recompute(s, org_id: uuid.UUID, period: str) -> StockMonth:
    """Store the month's turnover (source "stock"), or remove a stale one it can no longer give."""
    m = _stock_month(s, org_id, period)
    if m.average:
        kpi_values.upsert(
            s,
            org_id,
            KPI,
            period,
            m.issued_cost,
            m.average,
            source="stock",
            details={
                "issued_cost": round(m.issued_cost, 2),
                "opening": m.opening,
                "closing": m.closing,
                "days": m.days,
                "turnover_days": None if m.turnover_days is None else round(m.turnover_days, 2),
            },
        )
    else:
        old = q.value(s, org_id, KPI, period)
        if old is not None and old.source == "stock":
            s.delete(old)
    return m


def _money(value: Any, what_zh: str, what_en: str, *, positive: bool = False) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise Invalid(f"{what_zh}应为数字 / the {what_en} must be a number: {value}") from None
    if not math.isfinite(number) or number < 0 or (positive and number == 0):
        rule = "大于0" if positive else "不能为负"
        rule_en = "above 0" if positive else "not negative"
        raise Invalid(f"{what_zh}应{rule} / the {what_en} must be {rule_en}: {value}")
    return number


def _direction(value: Any) -> str:
    word = _DIRECTION_WORDS.get(cell_text(value).lower())
    if word is None:
        raise Invalid(f"出入库方向应为 入库/出库(in/out) / direction must be in or out: {value}")
    return word


def _view(m: StockMovement) -> MovementView:
    return MovementView(
        str(m.id),
        m.moved_on,
        m.part,
        m.quantity,
        m.unit_cost,
        m.direction,
        m.reference,
        m.quantity * m.unit_cost,
        m.batch_id is not None,
    )


# --- movements ---------------------------------------------------------------------------


def record_movement(
    ctx: Context,
    moved_on: date,
    part: str,
    quantity: float,
    unit_cost: float,
    direction: str,
    reference: str = "",
) -> MovementView:
    """Enter one movement; the month's turnover is recomputed at once."""
    part = clean(part)
    if not part:
        raise Invalid("备件名称不能为空 / the part must be named")
    if not isinstance(moved_on, date):
        raise Invalid(f"日期无效 / not a date: {moved_on}")
    qty = _money(quantity, "数量", "quantity", positive=True)
    cost = _money(unit_cost, "单价", "unit cost")
    way = _direction(direction)
    with ctx.write() as s:
        org = current_org(s)
        row = StockMovement(
            organisation_id=org.id,
            moved_on=moved_on,
            part=part[:120],
            quantity=qty,
            unit_cost=cost,
            direction=way,
            reference=clean(reference)[:120],
        )
        s.add(row)
        s.flush()
        _recompute(s, org.id, f"{moved_on:%Y-%m}")
        return _view(row)


def delete_movement(ctx: Context, movement_id: str) -> None:
    with ctx.write() as s:
        org = current_org(s)
        try:
            row = s.get(StockMovement, uuid.UUID(str(movement_id)))
        except ValueError:
            row = None
        if row is None or row.organisation_id != org.id:
            raise NotFound(f"找不到出入库记录 / no such stock movement: {movement_id}")
        period = f"{row.moved_on:%Y-%m}"
        s.delete(row)
        s.flush()
        _recompute(s, org.id, period)


def list_movements(
    ctx: Context, year: int, month: int | None = None, limit: int = 500
) -> list[MovementView]:
    """The movements of a year (or one month of it), newest first, at most `limit`."""
    check_year(year)
    if month is None:
        start, end = date(year, 1, 1), date(year + 1, 1, 1)
    else:
        start, end, _days = _month_bounds(check_period(f"{year}-{month}"))
    with ctx.read() as s:
        return [_view(m) for m in q.movements(s, current_org(s).id, start, end, limit)]


# --- import ------------------------------------------------------------------------------

_COLUMNS: dict[str, tuple[str, ...]] = {
    "moved_on": ("日期", "date", "moved_on", "出入库日期", "业务日期"),
    "part": ("备件", "part", "备件名称", "物料", "item", "名称"),
    "quantity": ("数量", "quantity", "qty"),
    "unit_cost": ("单价", "unit cost", "unit_cost", "单位成本", "成本单价"),
    "direction": ("方向", "direction", "出入库", "in/out", "类型", "type"),
    "reference": ("单号", "reference", "ref", "工单号", "出入库单号"),
}
_REQUIRED = ("moved_on", "part", "quantity", "unit_cost", "direction")
_LABELS = {
    "moved_on": "日期 date",
    "part": "备件 part",
    "quantity": "数量 quantity",
    "unit_cost": "单价 unit cost",
    "direction": "方向 direction",
    "reference": "单号 reference",
}
_DATE_RE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def _parse_day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    m = _DATE_RE.match(text) or re.match(r"^(\d{4})(\d{2})(\d{2})$", text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise Invalid(f"日期应为 YYYY-MM-DD / expected a date YYYY-MM-DD: {text}")


def import_movements(ctx: Context, path: Path | str, *, dry_run: bool = False) -> StockImportReport:
    """Stock movements from a CSV/XLSX (columns 日期/date, 备件/part, 数量/quantity,
    单价/unit cost, 方向/direction, optional 单号/reference): all rows or none.

    Movements have no key of their own (two identical issues on one day are two issues), so
    the same file twice would count twice: a file already imported is refused.
    """
    table = read_table(path, MAX_BYTES)
    _header_row, header = table.rows[0]
    index: dict[str, int] = {}
    shown: dict[str, str] = {}
    names = {c: k for k, aliases in _COLUMNS.items() for c in aliases}
    for i, h in enumerate(header):
        key = names.get(cell_text(h).lstrip("\ufeff").strip().lower())
        if key and key not in index:
            index[key], shown[key] = i, cell_text(h).lstrip("\ufeff")
    missing = [_LABELS[k] for k in _REQUIRED if k not in index]
    if missing:
        raise Invalid(f"缺少列 / missing columns: {', '.join(missing)}: {table.name}")
    data = table.rows[1:]
    if not data:
        raise Invalid(f"只有表头,没有数据行 / the file has a header but no data rows: {table.name}")
    problems: list[RowProblem] = []
    count = 0
    rows: list[dict[str, Any]] = []

    def cell(cells: list[Any], key: str) -> Any:
        i = index.get(key)
        return cells[i] if i is not None and i < len(cells) else None

    checks = (
        ("moved_on", _parse_day),
        ("part", lambda v: clean(cell_text(v)) or _no_part()),
        ("quantity", lambda v: _money(v, "数量", "quantity", positive=True)),
        ("unit_cost", lambda v: _money(v, "单价", "unit cost")),
        ("direction", _direction),
    )
    for n, cells in data:
        values: dict[str, Any] = {}
        bad = False
        for key, fn in checks:
            raw = cell(cells, key)
            try:
                values[key] = fn(raw)
            except Invalid as exc:
                bad = True
                count += 1
                if len(problems) < MAX_PROBLEMS_KEPT:
                    problems.append(RowProblem(n, shown[key], cell_text(raw), str(exc)))
        if not bad:
            values["reference"] = clean(cell_text(cell(cells, "reference")))[:120]
            values["part"] = values["part"][:120]
            rows.append(values)
    months = tuple(sorted({f"{r['moved_on']:%Y-%m}" for r in rows}))
    report = StockImportReport(table.name, len(data), 0, tuple(problems), count, months, dry_run)
    if count or dry_run:
        return report
    with ctx.write() as s:
        org = current_org(s)
        earlier = q.batch_by_hash(s, org.id, "stock", table.sha256)
        if earlier is not None:
            when = earlier.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            raise Invalid(
                f"此文件已于 {when} 导入过,再次导入会重复计数 / this file was already imported "
                f"on {when}; importing it again would count its movements twice: {table.name}"
            )
        batch = ImportBatch(
            id=uuid.uuid4(),
            organisation_id=org.id,
            kind="stock",
            file_name=table.name[:255],
            sha256=table.sha256,
            rows=len(data),
            items=len(rows),
            summary={"months": list(months)},
        )
        s.add(batch)
        s.flush()
        now = ctx.now()
        q.insert_movements(
            s,
            [
                {
                    "id": uuid.uuid4(),
                    "organisation_id": org.id,
                    "batch_id": batch.id,
                    "imported_at": now,
                    **r,
                }
                for r in rows
            ],
        )
        for period in months:
            _recompute(s, org.id, period)
    return StockImportReport(table.name, len(data), len(rows), (), 0, months, False)


def _no_part() -> str:
    raise Invalid("备件名称不能为空 / the part must be named")


# --- stock levels ------------------------------------------------------------------------


def set_stock_level(ctx: Context, period: str, value: float) -> StockMonth:
    """The stock's value at the end of the month; the month and the next are recomputed."""
    period = check_period(period)
    amount = _money(value, "库存金额", "stock value")
    with ctx.write() as s:
        org = current_org(s)
        row = q.stock_level(s, org.id, period)
        if row is None:
            s.add(StockLevel(organisation_id=org.id, period=period, value=amount))
        else:
            row.value = amount
        s.flush()
        _recompute(s, org.id, _next(period))
        return _recompute(s, org.id, period)


def clear_stock_level(ctx: Context, period: str) -> None:
    period = check_period(period)
    with ctx.write() as s:
        org = current_org(s)
        row = q.stock_level(s, org.id, period)
        if row is None:
            return
        s.delete(row)
        s.flush()
        _recompute(s, org.id, period)
        _recompute(s, org.id, _next(period))


def stock_months(ctx: Context, year: int) -> tuple[StockMonth, ...]:
    """The twelve months of a year: issued cost, levels, average stock, turnover and days."""
    check_year(year)
    with ctx.read() as s:
        org = current_org(s)
        return tuple(_stock_month(s, org.id, p) for p in months_of(year))


# --- knowledge counts --------------------------------------------------------------------


def _count(value: Any, what_zh: str, what_en: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise Invalid(f"{what_zh}应为整数 / {what_en} must be a whole number: {value}") from None
    if number < 0 or number != float(value):
        raise Invalid(f"{what_zh}应为非负整数 / {what_en} must be a whole number ≥ 0: {value}")
    return number


def set_kb_counts(ctx: Context, period: str, total: int, active: int, new: int) -> KbMonth:
    """A month's knowledge-base counts: articles in force, referenced ≥ once, added."""
    period = check_period(period)
    total = _count(total, "条目总数", "the total")
    active = _count(active, "活跃条目数", "the active count")
    new = _count(new, "新增条目数", "the new count")
    if active > total or new > total:
        raise Invalid(
            f"活跃数和新增数不能大于总数 / active and new cannot exceed the total: "
            f"{active}, {new} > {total}"
        )
    with ctx.write() as s:
        org = current_org(s)
        row = q.kb_count(s, org.id, period)
        if row is None:
            row = KbCount(organisation_id=org.id, period=period)
            s.add(row)
        row.total, row.active, row.new = total, active, new
    return KbMonth(period, total, active, new)


def kb_months(ctx: Context, year: int) -> tuple[KbMonth, ...]:
    """Twelve months; a month with nothing entered has None counts."""
    check_year(year)
    periods = months_of(year)
    with ctx.read() as s:
        rows = {
            r.period: KbMonth(r.period, r.total, r.active, r.new)
            for r in q.kb_counts(s, current_org(s).id, periods[0], periods[-1])
        }
    return tuple(rows.get(p, KbMonth(p, None, None, None)) for p in periods)
