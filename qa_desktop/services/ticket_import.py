"""Service-desk ticket exports → tickets → the monthly fcr, mttr_hours, sla_rate and kb_rate.

The flow is preview, then commit:

* ``preview_import(ctx, path, profile)`` reads the file (CSV or the first sheet of an XLSX),
  checks every row and says what the import would do — rows, tickets, row problems, the months
  it touches and their figures — writing nothing;
* ``commit_import(ctx, path, profile)`` reads it again and, only if no row has a problem,
  writes the tickets and the months' KPI values in ONE transaction with its import batch.

An export may be one row per ticket or an event log (ServiceNow's audit log writes a row per
change): rows are grouped by ticket number and the row with the highest version wins (on a
tie, the later row). The same rule holds across imports — a stored ticket is replaced only by
an equal or higher version — so importing a file twice, or two overlapping exports, never
counts a ticket twice. The monthly values are then RECOMPUTED from the ticket table for every
month the import touched (never added to): the same file twice gives identical figures.

A ticket counts in the month its final ``resolved_at`` falls in; unresolved tickets are stored
but count nowhere until a later export resolves them.
"""

from __future__ import annotations

import math
import re
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from qa_desktop.domain.kpi import (
    first_contact_resolution,
    kb_utilisation,
    mttr,
    percentile,
    resolved_hours,
    sla_attainment,
)
from qa_desktop.schemas.ticket_profile import (
    FIELD_LABELS,
    SERVICENOW,
    TicketColumns,
    TicketProfile,
)
from qa_desktop.store import kpi_values
from qa_desktop.store.models import ImportBatch, ImportProfile
from qa_desktop.store.queries import measures as q

from .context import Context, Invalid, NotFound, ServiceError, clean
from .organisation import current_org
from .spreadsheets import (
    RawTable,
    blank,
    csv_rows,
    is_xlsx,
    read_bytes,
    read_table,
    xlsx_rows,
)

MAX_BYTES = 50 * 1024 * 1024  # 50 MB: a year of a large desk's event log is well below
MAX_PROBLEMS_KEPT = 500  # the preview lists this many; the count covers them all
WRITE_CHUNK = 5000
TICKET_KPIS = ("fcr", "mttr_hours", "sla_rate", "kb_rate")
BUILTIN_PROFILES: dict[str, TicketProfile] = {SERVICENOW.name: SERVICENOW}
_HEADER_BYTES = 256 * 1024
_HEADER_SEARCH_ROWS = 20  # a title or a blank line or two above the header is common

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class ImportCancelled(ServiceError):
    """The user cancelled; nothing was written."""


# --- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    row: int  # as a spreadsheet shows it: the first line of the file is row 1
    column: str  # the header as written in the file
    value: str
    message: str  # "中文 / English"


@dataclass(frozen=True)
class PriorityFigures:
    priority: str
    tickets: int
    mean_hours: float | None
    median_hours: float | None
    p90_hours: float | None


@dataclass(frozen=True)
class MonthFigures:
    """One month's ticket KPIs, with the parts they were computed from."""

    period: str
    tickets: int  # resolved in the month
    fcr_first: int  # resolved with no reassignment and no reopen
    sla_made: int
    sla_known: int  # tickets whose made_sla is known
    kb_linked: int
    kb_known: int  # resolved tickets whose knowledge flag is known
    hours_total: float
    median_hours: float | None
    p90_hours: float | None
    by_priority: tuple[PriorityFigures, ...]
    # The values (parts divided), kept as fields so JSON output carries them.
    fcr: float | None = None
    mttr_hours: float | None = None
    sla_rate: float | None = None
    kb_rate: float | None = None

    def __post_init__(self) -> None:
        def div(n: float, d: float) -> float | None:
            return n / d if d else None

        object.__setattr__(self, "fcr", div(self.fcr_first, self.tickets))
        object.__setattr__(self, "mttr_hours", div(self.hours_total, self.tickets))
        object.__setattr__(self, "sla_rate", div(self.sla_made, self.sla_known))
        object.__setattr__(self, "kb_rate", div(self.kb_linked, self.kb_known))


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sha256: str
    size_bytes: int
    profile: str
    rows_read: int
    tickets: int  # distinct ticket numbers in the file (final states)
    resolved: int
    unresolved: int
    new_tickets: int  # not stored yet
    updated_tickets: int  # stored, and this file has a later version (or the same, changed)
    unchanged_tickets: int  # stored already exactly so (the same file imported again)
    older_ignored: int  # stored with a later version than this file's: kept as stored
    problems: tuple[RowProblem, ...]  # the first MAX_PROBLEMS_KEPT
    problem_count: int
    months: tuple[MonthFigures, ...]  # every month the import changes, as it would be after
    already_imported: str  # "" or when and by whom this very file was imported before

    @property
    def ok(self) -> bool:
        return self.problem_count == 0


@dataclass(frozen=True)
class ImportResult:
    batch_id: str
    file_name: str
    rows_read: int
    tickets: int
    inserted: int
    updated: int
    unchanged: int
    older_ignored: int
    months: tuple[MonthFigures, ...]
    seconds: float
    already_imported: str


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    builtin: bool


# --- reading a table ---------------------------------------------------------------------


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value).strip()


def _norm(header: Any) -> str:
    return cell_text(header).lstrip("\ufeff").strip().lower()


def file_headers(path: Path | str) -> list[str]:
    """The header row of a file (its first non-blank row), for the profile editor.

    Reads only the start of the file, so choosing a 50 MB export does not stall the screen.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            raw = fh.read(_HEADER_BYTES)
    except OSError as exc:
        raise Invalid(f"无法读取 / cannot read {path.name}: {exc.strerror or exc}") from exc
    if size > MAX_BYTES:
        read_bytes(path, MAX_BYTES)  # refuses with the size message
    if not raw.strip():
        raise Invalid(f"文件是空的 / the file is empty: {path.name}")
    if is_xlsx(path, raw):
        rows = xlsx_rows(path.read_bytes(), path.name)
    else:
        if len(raw) == _HEADER_BYTES and b"\n" in raw:
            raw = raw[: raw.rfind(b"\n") + 1]  # never cut a character in two
        rows = csv_rows(raw, path.name)
    for _n, cells in rows:
        if not blank(cells):
            return [cell_text(c).lstrip("\ufeff") for c in cells]
    raise Invalid(f"文件是空的 / the file is empty: {path.name}")


# Header names people's exports use, for the editor's first guess at a mapping.
_GUESSES: dict[str, tuple[str, ...]] = {
    "number": ("number", "ticket", "ticket number", "incident", "id", "工单号", "单号", "事件编号"),
    "opened_at": ("opened_at", "opened", "created", "created_at", "创建时间", "受理时间"),
    "resolved_at": ("resolved_at", "resolved", "solved_at", "解决时间"),
    "priority": ("priority", "优先级"),
    "made_sla": ("made_sla", "sla", "sla met", "sla达成", "是否达成sla"),
    "knowledge": ("knowledge", "kb", "知识", "关联知识"),
    "reassignment_count": ("reassignment_count", "reassignments", "转派次数"),
    "reopen_count": ("reopen_count", "reopens", "重开次数"),
    "version": ("sys_mod_count", "version", "版本"),
}


def guess_columns(headers: Iterable[str]) -> dict[str, str]:
    """{field: header} for the headers that look like a field (the editor's starting point)."""
    by_norm = {_norm(h): cell_text(h).lstrip("\ufeff") for h in headers if cell_text(h)}
    out: dict[str, str] = {}
    for f, names in _GUESSES.items():
        for name in names:
            if name in by_norm and by_norm[name] not in out.values():
                out[f] = by_norm[name]
                break
    return out


# --- profiles ----------------------------------------------------------------------------


def list_profiles(ctx: Context) -> list[ProfileInfo]:
    with ctx.read() as s:
        saved = [p.name for p in q.profiles(s, current_org(s).id)]
    return [ProfileInfo(n, True) for n in BUILTIN_PROFILES] + [ProfileInfo(n, False) for n in saved]


def get_profile(ctx: Context, name: str) -> TicketProfile:
    name = clean(name)
    if name in BUILTIN_PROFILES:
        return BUILTIN_PROFILES[name]
    with ctx.read() as s:
        row = q.profile(s, current_org(s).id, name)
        if row is None:
            known = ", ".join(p.name for p in list_profiles(ctx))
            raise NotFound(f"没有导入配置 / no import profile: {name}(可用 / known: {known})")
        return TicketProfile.model_validate({**row.settings, "name": row.name})


def make_profile(data: dict[str, Any]) -> TicketProfile:
    """A profile from plain data (the editor's fields, or JSON), refused in one line if wrong."""
    try:
        if "columns" in data and not isinstance(data["columns"], TicketColumns):
            data = {**data, "columns": TicketColumns.model_validate(data["columns"])}
        return TicketProfile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        err = (first.get("ctx") or {}).get("error")
        where = ".".join(str(x) for x in first.get("loc", ()))
        text = str(err) if err is not None else first["msg"]
        raise Invalid(f"导入配置无效 / invalid import profile ({where}): {text}") from None


def save_profile(ctx: Context, profile: TicketProfile | dict[str, Any]) -> TicketProfile:
    """Save (or replace) a user profile by its name; the built-in names are reserved."""
    if not isinstance(profile, TicketProfile):
        profile = make_profile(profile)
    if profile.name in BUILTIN_PROFILES:
        raise Invalid(
            f"“{profile.name}”是内置配置,请另起名称 / “{profile.name}” is built in; choose "
            f"another name"
        )
    settings = profile.model_dump(mode="json", exclude={"name"})
    with ctx.write() as s:
        org = current_org(s)
        row = q.profile(s, org.id, profile.name)
        if row is None:
            s.add(ImportProfile(organisation_id=org.id, name=profile.name, settings=settings))
        else:
            row.settings = settings
    return profile


def delete_profile(ctx: Context, name: str) -> None:
    name = clean(name)
    if name in BUILTIN_PROFILES:
        raise Invalid(f"内置配置不能删除 / a built-in profile cannot be deleted: {name}")
    with ctx.write() as s:
        row = q.profile(s, current_org(s).id, name)
        if row is None:
            raise NotFound(f"没有导入配置 / no import profile: {name}")
        s.delete(row)


def _resolve_profile(ctx: Context, profile: TicketProfile | str) -> TicketProfile:
    return profile if isinstance(profile, TicketProfile) else get_profile(ctx, profile)


# --- parsing rows ------------------------------------------------------------------------


class _Ticket(NamedTuple):
    number: str
    opened_at: datetime | None
    resolved_at: datetime | None
    priority: str
    made_sla: bool | None
    knowledge: bool | None
    reassignment_count: int
    reopen_count: int
    version: int
    row: int

    @property
    def resolved_period(self) -> str | None:
        return None if self.resolved_at is None else f"{self.resolved_at:%Y-%m}"


@dataclass
class _Parsed:
    table: RawTable
    profile: TicketProfile
    rows_read: int
    tickets: dict[str, _Ticket]
    problems: list[RowProblem]
    problem_count: int


class _Problems:
    def __init__(self) -> None:
        self.kept: list[RowProblem] = []
        self.count = 0

    def add(self, row: int, column: str, value: Any, message: str) -> None:
        self.count += 1
        if len(self.kept) < MAX_PROBLEMS_KEPT:
            text = cell_text(value)
            if len(text) > 60:
                text = text[:59] + "…"
            self.kept.append(RowProblem(row, column, text, message))


def _find_header(table: RawTable, profile: TicketProfile) -> tuple[int, dict[str, tuple[int, str]]]:
    """(index in table.rows of the header, {field: (column index, header as written)})."""
    wanted = profile.columns.mapped()
    best: tuple[int, dict[str, tuple[int, str]]] | None = None
    for index, (_n, cells) in enumerate(table.rows[:_HEADER_SEARCH_ROWS]):
        names = {}
        for i, c in enumerate(cells):
            names.setdefault(_norm(c), (i, cell_text(c).lstrip("\ufeff")))
        found = {f: names[col.lower()] for f, col in wanted.items() if col.lower() in names}
        if len(found) == len(wanted):
            return index, found
        if best is None or len(found) > len(best[1]):
            best = (index, found)
    assert best is not None
    missing = [f"{col}({FIELD_LABELS[f][0]})" for f, col in wanted.items() if f not in best[1]]
    raise Invalid(
        f"缺少列 / missing columns: {', '.join(missing)} — 导入配置“{profile.name}”需要这些列 / "
        f"the profile “{profile.name}” needs them: {table.name}"
    )


_FAST_TOKENS = {
    "%Y": r"(?P<Y>\d{4})",
    "%m": r"(?P<m>\d{1,2})",
    "%d": r"(?P<d>\d{1,2})",
    "%H": r"(?P<H>\d{1,2})",
    "%M": r"(?P<M>\d{1,2})",
    "%S": r"(?P<S>\d{1,2})",
}


def _fast_matcher(fmt: str) -> Callable[[str], datetime] | None:
    """A regex reader for the plain numeric formats (five times faster than strptime, which a
    100,000-ticket file calls 200,000 times); None for a format it does not cover."""
    parts = re.split(r"(%.)", fmt)
    pattern = ""
    for part in parts:
        if part.startswith("%"):
            if part not in _FAST_TOKENS or _FAST_TOKENS[part] in pattern:
                return None
            pattern += _FAST_TOKENS[part]
        else:
            pattern += r"\s+".join(re.escape(w) for w in part.split(" "))
    if not {"%Y", "%m", "%d"} <= set(parts):
        return None
    rx = re.compile(pattern + r"\Z")

    def match(text: str) -> datetime:
        m = rx.match(text)
        if m is None:
            raise ValueError(text)
        g = m.groupdict()
        # datetime() refuses 31 February just as strptime does.
        return datetime(
            int(g["Y"]),
            int(g["m"]),
            int(g["d"]),
            int(g.get("H") or 0),
            int(g.get("M") or 0),
            int(g.get("S") or 0),
        )

    return match


def _date_parser(profile: TicketProfile) -> Callable[[Any], datetime]:
    readers = []
    for fmt in profile.strptime_formats:
        fast = _fast_matcher(fmt)
        readers.append(fast or (lambda text, fmt=fmt: datetime.strptime(text, fmt)))
    cache: dict[str, datetime] = {}  # an event log repeats each ticket's times on every row

    def parse(value: Any) -> datetime:
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)  # the desk's wall clock, as the column keeps it
        if isinstance(value, date):
            return datetime(value.year, value.month, value.day)
        text = cell_text(value)
        hit = cache.get(text)
        if hit is not None:
            return hit
        for read in readers:
            try:
                parsed = read(text)
            except ValueError:
                continue
            cache[text] = parsed
            return parsed
        raise ValueError(text)

    return parse


def _parse(
    ctx: Context,
    path: Path | str,
    profile: TicketProfile | str,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> _Parsed:
    profile = _resolve_profile(ctx, profile)
    table = read_table(path, MAX_BYTES)
    header_index, columns = _find_header(table, profile)
    data = table.rows[header_index + 1 :]
    if not data:
        raise Invalid(f"只有表头,没有数据行 / the file has a header but no data rows: {table.name}")
    empty = {t.lower() for t in profile.empty}
    true_words, false_words = set(profile.true_words), set(profile.false_words)
    parse_date = _date_parser(profile)
    problems = _Problems()
    shown = {f: h for f, (_i, h) in columns.items()}
    index = {f: i for f, (i, _h) in columns.items()}
    date_hint = " 或 / or ".join(profile.date_formats)
    tickets: dict[str, _Ticket] = {}
    total = len(data)
    step = max(1, len(data) // 100)

    def get(cells: list[Any], f: str) -> Any:
        i = index.get(f)
        if i is None or i >= len(cells):
            return None
        v = cells[i]
        if v is None:
            return None
        if isinstance(v, str):
            v = v.strip()
            if v == "" or v.lower() in empty:
                return None
        return v

    def as_bool(n: int, cells, f: str) -> bool | None:
        v = get(cells, f)
        if v is None or isinstance(v, bool):
            return v
        word = cell_text(v).lower()
        if word in true_words:
            return True
        if word in false_words:
            return False
        problems.add(
            n,
            shown[f],
            v,
            f"应为是/否({'/'.join(profile.true_words)} 或 {'/'.join(profile.false_words)}) / "
            f"expected true or false ({'/'.join(profile.true_words)} or "
            f"{'/'.join(profile.false_words)})",
        )
        raise ValueError

    def as_count(n: int, cells, f: str) -> int:
        v = get(cells, f)
        if v is None:
            return 0  # no count written: nothing happened
        if isinstance(v, bool):
            v = cell_text(v)
        try:
            number = float(v) if not isinstance(v, int | float) else v
        except ValueError:
            number = -1.0
        # nan and inf are floats too: int() of them would raise past the problem list.
        if not math.isfinite(number) or number < 0 or number != int(number):
            problems.add(n, shown[f], v, "应为非负整数 / expected a whole number ≥ 0")
            raise ValueError
        return int(number)

    def as_date(n: int, cells, f: str) -> datetime | None:
        v = get(cells, f)
        if v is None:
            if f == "opened_at":  # a ticket without its opening time has no duration
                problems.add(n, shown[f], "", "不能为空 / must not be empty")
                raise ValueError
            return None
        try:
            return parse_date(v)
        except ValueError:
            problems.add(
                n,
                shown[f],
                v,
                f"日期无法识别,应为 {date_hint} / not a date in the format {date_hint}",
            )
            raise ValueError from None

    parsers = (
        ("opened_at", as_date),
        ("resolved_at", as_date),
        ("made_sla", as_bool),
        ("knowledge", as_bool),
        ("reassignment_count", as_count),
        ("reopen_count", as_count),
        ("version", as_count),
    )
    rows_read = 0
    for k, (n, cells) in enumerate(data):
        if k % step == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled(
                    "导入已取消,未写入任何数据 / import cancelled; nothing written"
                )
            if progress is not None:
                progress(k, total)
        rows_read += 1
        bad = False
        number = cell_text(get(cells, "number"))
        if not number:
            problems.add(n, shown["number"], "", "工单号不能为空 / the ticket number is empty")
            bad = True
        elif len(number) > 60:
            problems.add(n, shown["number"], number, "工单号过长(>60) / number too long (> 60)")
            bad = True
        values: dict[str, Any] = {}
        for f, fn in parsers:
            if f not in index:
                values[f] = 0 if f in ("reopen_count", "version") else None
                continue
            try:
                values[f] = fn(n, cells, f)
            except ValueError:
                bad = True
        if bad:
            continue
        priority = cell_text(get(cells, "priority"))[:40]
        ticket = _Ticket(
            number,
            values["opened_at"],
            values["resolved_at"],
            priority,
            values["made_sla"],
            values["knowledge"],
            values["reassignment_count"],
            values["reopen_count"],
            values["version"],
            n,
        )
        held = tickets.get(number)
        # The highest version is the final state; on a tie the later row (an export is in
        # time order), and without a version column simply the last row.
        if held is None or ticket.version >= held.version:
            tickets[number] = ticket
    for t in tickets.values():
        if t.resolved_at is not None and t.opened_at is not None and t.resolved_at < t.opened_at:
            problems.add(
                t.row,
                shown["resolved_at"],
                cell_text(t.resolved_at),
                f"解决时间早于受理时间({t.opened_at:%Y-%m-%d %H:%M}) / resolved before it was "
                f"opened ({t.opened_at:%Y-%m-%d %H:%M})",
            )
    problems.kept.sort(key=lambda p: p.row)
    if progress is not None:
        progress(len(data), total)
    return _Parsed(table, profile, rows_read, tickets, problems.kept, problems.count)


# --- monthly figures ---------------------------------------------------------------------


def _month_figures(period: str, tickets: Sequence[Any]) -> MonthFigures:
    """The KPIs of the tickets resolved in one month (domain/kpi.py does the arithmetic)."""
    fcr = first_contact_resolution(tickets)
    mean = mttr(tickets)
    hours = resolved_hours(tickets)
    sla = sla_attainment(tickets)
    kb = kb_utilisation([t for t in tickets if t.knowledge is not None])
    groups: dict[str, list[float]] = {}
    for t in tickets:
        groups.setdefault(t.priority or "", []).append(
            (t.resolved_at - t.opened_at).total_seconds() / 3600
        )
    by_priority = tuple(
        PriorityFigures(
            p,
            len(h),
            sum(h) / len(h),
            percentile(h, 50),
            percentile(h, 90),
        )
        for p, h in sorted(groups.items())
    )
    return MonthFigures(
        period=period,
        tickets=len(hours),
        fcr_first=int(fcr.numerator),
        sla_made=int(sla.numerator),
        sla_known=int(sla.denominator),
        kb_linked=int(kb.numerator),
        kb_known=int(kb.denominator),
        hours_total=mean.total,
        median_hours=percentile(hours, 50),
        p90_hours=percentile(hours, 90),
        by_priority=by_priority,
    )


def figures_by_month(tickets: Iterable[Any]) -> tuple[MonthFigures, ...]:
    """Resolved tickets grouped by the month of resolved_at, each month's figures, in order."""
    groups: dict[str, list[Any]] = {}
    for t in tickets:
        if t.resolved_at is not None:
            groups.setdefault(f"{t.resolved_at:%Y-%m}", []).append(t)
    return tuple(_month_figures(p, groups[p]) for p in sorted(groups))


def _round(v: float | None, digits: int = 4) -> float | None:
    return None if v is None else round(v, digits)


def _details(m: MonthFigures) -> dict[str, Any]:
    return {
        "tickets": m.tickets,
        "median_hours": _round(m.median_hours),
        "p90_hours": _round(m.p90_hours),
        "by_priority": {
            p.priority: {
                "tickets": p.tickets,
                "mean_hours": _round(p.mean_hours),
                "median_hours": _round(p.median_hours),
                "p90_hours": _round(p.p90_hours),
            }
            for p in m.by_priority
        },
    }


# --- plan: what the file changes ---------------------------------------------------------


@dataclass
class _Plan:
    new: list[_Ticket]
    updated: list[tuple[uuid.UUID, _Ticket]]
    unchanged: int  # stored already, same version and same content
    older: int  # stored with a later version: the stored one stands
    months: list[str]  # every month whose figures are recomputed


def _facts(t: Any) -> tuple:
    return (
        t.opened_at,
        t.resolved_at,
        t.priority,
        t.made_sla,
        t.knowledge,
        t.reassignment_count,
        t.reopen_count,
        t.version,
    )


def _plan(s, org_id: uuid.UUID, parsed: _Parsed) -> _Plan:
    stored = q.stored_tickets(s, org_id, list(parsed.tickets))
    new, updated, unchanged, older = [], [], 0, 0
    months: set[str] = set()
    for number, t in parsed.tickets.items():
        held = stored.get(number)
        if held is None:
            new.append(t)
        elif t.version < held.version:
            older += 1
            continue
        elif t.version == held.version and _facts(t) == _facts(held):
            unchanged += 1  # the same file again: nothing to write, but its month is redone
        else:  # a later version, or a tie (the later import is the later row)
            updated.append((held.id, t))
            if held.resolved_period:
                months.add(held.resolved_period)  # it may leave that month
        if t.resolved_period:
            months.add(t.resolved_period)
    return _Plan(new, updated, unchanged, older, sorted(months))


def _already(s, org_id: uuid.UUID, sha: str) -> str:
    batch = q.batch_by_hash(s, org_id, "tickets", sha)
    if batch is None:
        return ""
    when = batch.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{when} ({batch.file_name})"


def preview_import(
    ctx: Context,
    path: Path | str,
    profile: TicketProfile | str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportPreview:
    """Read and check the file and compute what importing it would give; writes nothing.

    The months' figures are those the months would have AFTER the import: the tickets already
    stored for them, with this file's later versions in their place.
    """
    parsed = _parse(ctx, path, profile, progress, cancelled)
    with ctx.read() as s:
        org = current_org(s)
        plan = _plan(s, org.id, parsed)
        already = _already(s, org.id, parsed.table.sha256)
        merged = {r.number: r for r in q.tickets_resolved_in(s, org.id, plan.months)}
    for t in [*plan.new, *(t for _id, t in plan.updated)]:
        merged.pop(t.number, None)
        if t.resolved_period in plan.months:
            merged[t.number] = t
    months = (
        ()
        if parsed.problem_count
        else _with_empty_months(figures_by_month(merged.values()), plan.months)
    )
    resolved = sum(1 for t in parsed.tickets.values() if t.resolved_at is not None)
    return ImportPreview(
        file_name=parsed.table.name,
        sha256=parsed.table.sha256,
        size_bytes=parsed.table.size,
        profile=parsed.profile.name,
        rows_read=parsed.rows_read,
        tickets=len(parsed.tickets),
        resolved=resolved,
        unresolved=len(parsed.tickets) - resolved,
        new_tickets=len(plan.new),
        updated_tickets=len(plan.updated),
        unchanged_tickets=plan.unchanged,
        older_ignored=plan.older,
        problems=tuple(parsed.problems),
        problem_count=parsed.problem_count,
        months=months,
        already_imported=already,
    )


def _with_empty_months(
    months: tuple[MonthFigures, ...], periods: Sequence[str]
) -> tuple[MonthFigures, ...]:
    """A month the import empties (its only ticket moved on) is listed with no tickets."""
    have = {m.period for m in months}
    empty = [
        MonthFigures(p, 0, 0, 0, 0, 0, 0, 0.0, None, None, ()) for p in periods if p not in have
    ]
    return tuple(sorted([*months, *empty], key=lambda m: m.period))


def _row_dict(t: _Ticket, org_id: uuid.UUID, batch_id: uuid.UUID, now: datetime) -> dict:
    return {
        "organisation_id": org_id,
        "number": t.number,
        "opened_at": t.opened_at,
        "resolved_at": t.resolved_at,
        "resolved_period": t.resolved_period,
        "priority": t.priority,
        "made_sla": t.made_sla,
        "knowledge": t.knowledge,
        "reassignment_count": t.reassignment_count,
        "reopen_count": t.reopen_count,
        "version": t.version,
        "batch_id": batch_id,
        "imported_at": now,
    }


def _write_months(s, org_id: uuid.UUID, batch_id: uuid.UUID, months: Sequence[str]) -> tuple:
    """Recompute the months from the ticket table and replace their four KPI values."""
    rows = q.tickets_resolved_in(s, org_id, months)
    figures = {m.period: m for m in figures_by_month(rows)}
    for period in months:
        m = figures.get(period)
        parts = {}
        if m is not None:
            parts = {
                "fcr": (m.fcr_first, m.tickets),
                "mttr_hours": (m.hours_total, m.tickets),
                "sla_rate": (m.sla_made, m.sla_known),
                "kb_rate": (m.kb_linked, m.kb_known),
            }
        for kpi in TICKET_KPIS:
            n, d = parts.get(kpi, (0, 0))
            if d:
                details = _details(m) if kpi == "mttr_hours" else {"tickets": m.tickets}
                kpi_values.upsert(
                    s,
                    org_id,
                    kpi,
                    period,
                    n,
                    d,
                    source="tickets",
                    batch_id=batch_id,
                    details=details,
                )
            else:
                # Nothing left to divide by: a value computed from tickets earlier is void.
                old = q.value(s, org_id, kpi, period)
                if old is not None and old.source == "tickets":
                    s.delete(old)
    return _with_empty_months(tuple(figures.values()), months)


def commit_import(
    ctx: Context,
    path: Path | str,
    profile: TicketProfile | str,
    *,
    expected_sha256: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportResult:
    """Import the file: every ticket and the touched months' KPI values, in one transaction.

    Refused (nothing written) when any row has a problem — run :func:`preview_import` to see
    them — or when `expected_sha256` is given and the file changed since its preview.
    """
    started = time.perf_counter()
    rows_total = [1]

    def read_progress(done: int, total: int) -> None:
        # Reading is the first half of the bar, writing the second.
        rows_total[0] = max(total, 1)
        if progress is not None:
            progress(done, 2 * rows_total[0])

    def write_progress(done: int, total: int) -> None:
        if progress is not None:
            rows = rows_total[0]
            progress(rows + round(done * rows / max(total, 1)), 2 * rows)

    parsed = _parse(ctx, path, profile, read_progress, cancelled)
    if parsed.problem_count:
        first = parsed.problems[0]
        raise Invalid(
            f"文件有 {parsed.problem_count} 处问题,未导入任何数据(首个:第 {first.row} 行 "
            f"{first.column}“{first.value}”:{first.message.split(' / ')[0]}) / the file has "
            f"{parsed.problem_count} problems; nothing was imported (first: row {first.row}, "
            f"{first.column} “{first.value}”: {first.message.split(' / ')[-1]})"
        )
    if expected_sha256 and parsed.table.sha256 != expected_sha256:
        raise Invalid(
            f"文件在预览后被修改,请重新预览 / the file changed since its preview; preview it "
            f"again: {parsed.table.name}"
        )

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled("导入已取消,未写入任何数据 / import cancelled; nothing written")

    with ctx.write() as s:
        org = current_org(s)
        already = _already(s, org.id, parsed.table.sha256)
        plan = _plan(s, org.id, parsed)
        batch = ImportBatch(
            id=uuid.uuid4(),
            organisation_id=org.id,
            kind="tickets",
            file_name=parsed.table.name[:255],
            sha256=parsed.table.sha256,
            profile=parsed.profile.name,
            rows=parsed.rows_read,
            items=len(parsed.tickets),
            summary={},
        )
        s.add(batch)
        s.flush()  # the tickets refer to it
        now = ctx.now()
        total = len(plan.new) + len(plan.updated)
        done = 0
        for start in range(0, len(plan.new), WRITE_CHUNK):
            check_cancel()
            chunk = plan.new[start : start + WRITE_CHUNK]
            rows = [{"id": uuid.uuid4(), **_row_dict(t, org.id, batch.id, now)} for t in chunk]
            q.insert_tickets(s, rows)
            done += len(chunk)
            write_progress(done, total)
        for start in range(0, len(plan.updated), WRITE_CHUNK):
            check_cancel()
            chunk = plan.updated[start : start + WRITE_CHUNK]
            q.update_tickets(
                s, [{"id": id_, **_row_dict(t, org.id, batch.id, now)} for id_, t in chunk]
            )
            done += len(chunk)
            write_progress(done, total)
        check_cancel()
        months = _write_months(s, org.id, batch.id, plan.months)
        seconds = time.perf_counter() - started
        batch.summary = {
            "inserted": len(plan.new),
            "updated": len(plan.updated),
            "unchanged": plan.unchanged,
            "older_ignored": plan.older,
            "months": list(plan.months),
            "seconds": round(seconds, 3),
        }
        batch_id = str(batch.id)
    return ImportResult(
        batch_id=batch_id,
        file_name=parsed.table.name,
        rows_read=parsed.rows_read,
        tickets=len(parsed.tickets),
        inserted=len(plan.new),
        updated=len(plan.updated),
        unchanged=plan.unchanged,
        older_ignored=plan.older,
        months=months,
        seconds=time.perf_counter() - started,
        already_imported=already,
    )


def ticket_count(ctx: Context) -> int:
    """Tickets stored (resolved or not)."""
    with ctx.read() as s:
        return q.ticket_count(s, current_org(s).id)
