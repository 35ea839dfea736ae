"""Nonconformity statistics for the dashboard and the reports: counts, closure, effectiveness.

Definitions (every rate is a fraction 0–1, or None when its denominator is 0):

- **closure rate** = closed NCs ÷ all NCs except drafts and withdrawn ones (a draft was never
  issued, a withdrawn NC was never a finding, so neither can be "not closed yet").
- **days to close** = the local date of ``closed_at`` − ``found_on``, over closed NCs; the
  mean and the median (None when nothing is closed).
- **overdue** = open NCs due strictly before today — the rule of
  :func:`qa_desktop.domain.nc_workflow.is_overdue`, evaluated in SQL with the clock's today.
- **CAPA effectiveness rate** = effective ÷ (effective + not effective), where *effective*
  counts NCs whose standing verification result is "effective" (status verified or closed: an
  NC reopened after an effective verification no longer counts) and *not effective* is the
  sum of ``reopen_count`` — every "verified not effective" and every reopening of a verified
  or closed NC is one failed effectiveness check.
- **actions overdue** = corrective actions not done or cancelled, due before today, of NCs that
  are neither closed nor withdrawn (what the reminders list).

The figures are sums of one grouped query, so the cost does not grow with the number of
statistics, and 100,000 NCs are a few table scans.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from qa_desktop.domain.enums import OPEN_NC_STATUSES, PROCESS_LABELS, Grade, NcStatus
from qa_desktop.store.queries import nc_stats as q
from qa_desktop.store.queries import org as oq

from .audits import find_audit
from .context import Context

_NOT_COUNTED = frozenset({NcStatus.DRAFT.value, NcStatus.WITHDRAWN.value})
_OPEN = frozenset(s.value for s in OPEN_NC_STATUSES)


@dataclass(frozen=True)
class NcCount:
    grade: str
    process: str
    status: str
    count: int


def _frozen(d: dict) -> Mapping:
    return MappingProxyType(dict(d))


@dataclass(frozen=True)
class NcStatistics:
    year: int | None
    audit: str | None  # the audit number, when the figures are for one audit
    counts: tuple[NcCount, ...]  # grade × process × status, only non-zero cells
    # Totals. by_grade and by_status list every grade / status in workflow order (zeros
    # included) so charts keep their shape; by_process lists the processes that have NCs.
    by_grade: Mapping[str, int] = field(default_factory=dict)
    by_process: Mapping[str, int] = field(default_factory=dict)
    by_status: Mapping[str, int] = field(default_factory=dict)
    total: int = 0
    open: int = 0
    closed: int = 0
    counted: int = 0  # the closure rate's denominator: all but drafts and withdrawn NCs
    overdue: int = 0
    actions_overdue: int = 0
    closure_rate: float | None = None
    mean_days_to_close: float | None = None
    median_days_to_close: float | None = None
    effective: int = 0
    not_effective: int = 0
    capa_effectiveness_rate: float | None = None

    def count(
        self, *, grade: str | None = None, process: str | None = None, status: str | None = None
    ) -> int:
        return sum(
            c.count
            for c in self.counts
            if (grade is None or c.grade == grade)
            and (process is None or c.process == process)
            and (status is None or c.status == status)
        )

    def grade_by_process(self) -> dict[str, dict[str, int]]:
        """{process: {grade: count}} with every grade present: a stacked bar chart's input."""
        out = {p: dict.fromkeys(self.by_grade, 0) for p in self.by_process}
        for c in self.counts:
            out[c.process][c.grade] += c.count
        return out


def _process_order(process: str) -> tuple[int, str]:
    known = list(PROCESS_LABELS)
    return (known.index(process), "") if process in known else (len(known), process)


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _offset_minutes(ctx: Context) -> int:
    offset = ctx.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def nc_statistics(
    ctx: Context, *, year: int | None = None, audit: str | None = None
) -> NcStatistics:
    """The statistics of the NCs of a year (NC.year) and/or one audit (number or id)."""
    today = ctx.today()
    offset = _offset_minutes(ctx)
    with ctx.read() as s:
        org = oq.organisation(s)
        if org is None:  # before the first start is finished: nothing to count, nothing to refuse
            return _assemble(year, None, [], 0, None)
        audit_number = None
        audit_id = None
        if audit:
            found = find_audit(s, org, audit)
            audit_number, audit_id = found.number, found.id
        scope = q.Scope(org.id, year, audit_id)
        rows = q.grouped(s, scope, today, offset)
        closed_n = sum(int(r.closed_n or 0) for r in rows)
        median = q.median_days_to_close(s, scope, offset, closed_n)
        actions_overdue = q.overdue_actions(s, scope, today)
    return _assemble(year, audit_number, rows, actions_overdue, median)


def _assemble(year, audit_number, rows, actions_overdue: int, median) -> NcStatistics:
    counts = []
    by_grade = dict.fromkeys((g.value for g in Grade), 0)
    by_status = dict.fromkeys((st.value for st in NcStatus), 0)
    by_process: dict[str, int] = {}
    overdue = effective = reopens = closed_n = closed_days = 0
    for r in rows:
        n = int(r.n)
        counts.append(NcCount(r.grade, r.process, r.status, n))
        by_grade[r.grade] = by_grade.get(r.grade, 0) + n
        by_status[r.status] = by_status.get(r.status, 0) + n
        by_process[r.process] = by_process.get(r.process, 0) + n
        overdue += int(r.overdue or 0)
        effective += int(r.effective or 0)
        reopens += int(r.reopens or 0)
        closed_n += int(r.closed_n or 0)
        closed_days += int(r.closed_days or 0)
    grade_rank = {g: i for i, g in enumerate(by_grade)}
    status_rank = {st: i for i, st in enumerate(by_status)}
    counts.sort(
        key=lambda c: (
            grade_rank.get(c.grade, 99),
            _process_order(c.process),
            status_rank.get(c.status, 99),
        )
    )
    total = sum(by_status.values())
    counted = total - sum(by_status.get(st, 0) for st in _NOT_COUNTED)
    closed = by_status.get(NcStatus.CLOSED.value, 0)
    return NcStatistics(
        year=year,
        audit=audit_number,
        counts=tuple(counts),
        by_grade=_frozen(by_grade),
        by_process=_frozen(dict(sorted(by_process.items(), key=lambda kv: _process_order(kv[0])))),
        by_status=_frozen(by_status),
        total=total,
        open=sum(n for st, n in by_status.items() if st in _OPEN),
        closed=closed,
        counted=counted,
        overdue=overdue,
        actions_overdue=actions_overdue,
        closure_rate=_rate(closed, counted),
        mean_days_to_close=closed_days / closed_n if closed_n else None,
        median_days_to_close=median,
        effective=effective,
        not_effective=reopens,
        capa_effectiveness_rate=_rate(effective, effective + reopens),
    )


def nc_years(ctx: Context) -> tuple[int, ...]:
    """The years that have NCs, oldest first (for a year selector)."""
    with ctx.read() as s:
        org = oq.organisation(s)
        return tuple(q.years(s, org.id)) if org else ()
