"""Nonconformities in spreadsheets: export the register, import a sheet of new NCs.

Export pages through the register (the same filters as `nonconformities.list_ncs`) and
streams rows into the file, so a year of 10,000 NCs never sits in memory at once. The file is
written beside its destination and renamed at the end: a full disk or a file locked by Excel
leaves the old file (or nothing), never half a workbook.

Import is all or nothing. Every row is checked first and every problem reported with the row
number Excel shows; only a clean sheet is recorded, in one transaction, with the same
numbering and repeat detection as raising NCs one at a time.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.enums import (
    ACTION_STATUS_LABELS,
    CAUSE_LABELS,
    GRADE_LABELS,
    NC_STATUS_LABELS,
    NC_TYPE_LABELS,
    PROCESS_LABELS,
    VERIFICATION_LABELS,
    ActionStatus,
    CauseCategory,
    Grade,
    NcStatus,
    NcType,
    VerificationResult,
    label,
)
from qa_desktop.domain.numbering import NC_PREFIX, format_nc_number, next_sequence
from qa_desktop.schemas.nc_rows import (
    IMPORT_COLUMNS,
    SAMPLE_ROW,
    ImportColumn,
    NcImportRow,
    cell_text,
)
from qa_desktop.store.models import Nonconformity
from qa_desktop.store.queries import nc_export as xq
from qa_desktop.store.queries import ncs as ncq

from . import nonconformities as ncs
from . import templates
from .audits import find_audit
from .context import Context, Invalid, NotFound
from .organisation import current_org, get_organisation
from .organisation import department as find_department
from .organisation import person as find_person
from .spreadsheets import read_table

__all__ = [
    "EXPORT_COLUMNS",
    "ImportReport",
    "RowError",
    "export_ncs",
    "import_ncs",
    "raise_ncs_batch",
    "write_import_template",
]

PAGE_SIZE = 1000
FORMATS = ("xlsx", "csv")
_T = TypeVar("_T")


def _en(lang: str) -> bool:
    return lang.startswith("en")


def _pick(lang: str, zh: str, en: str) -> str:
    return en if _en(lang) else zh


# --- columns ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportColumn:
    key: str
    zh: str
    en: str
    width: float  # in characters of the default font; CJK characters count about two
    kind: str = "text"  # text | long (wrapped) | date | int

    def header(self, lang: str) -> str:
        return _pick(lang, self.zh, self.en)


_IMPORT = {c.key: c for c in IMPORT_COLUMNS}


def _col(key: str, width: float, kind: str = "text", zh: str = "", en: str = "") -> ExportColumn:
    shared = _IMPORT.get(key)  # a column both directions know reads the same in both
    return ExportColumn(key, zh or shared.zh, en or shared.en, width, kind)


EXPORT_COLUMNS: tuple[ExportColumn, ...] = (
    _col("number", 13, zh="编号", en="Number"),
    _col("audit", 12),
    _col("process", 22),
    _col("department", 14),
    _col("found_on", 12, "date"),
    _col("facts", 48, "long"),
    _col("clause", 18),
    _col("internal_clause", 16),
    _col("grade", 8),
    _col("nc_type", 9),
    _col("status", 14),
    _col("acknowledged_by", 12, zh="受审方确认人", en="Acknowledged by"),
    _col("correction", 36, "long", zh="纠正", en="Correction"),
    _col("root_cause_category", 10, zh="原因类别", en="Cause category"),
    _col("why_steps", 36, "long", zh="5-Why", en="5-Why"),
    _col("root_cause", 36, "long", zh="根本原因", en="Root cause"),
    _col("actions", 48, "long", zh="纠正措施", en="Corrective actions"),
    _col("due_date", 12, "date"),
    _col("overdue", 7, zh="逾期", en="Overdue"),
    _col("verifier", 10, zh="验证人", en="Verifier"),
    _col("verified_on", 12, "date", zh="验证日期", en="Verified on"),
    _col("verification_result", 10, zh="验证结论", en="Verification"),
    _col("closed_on", 12, "date", zh="关闭日期", en="Closed on"),
    _col("reopen_count", 9, "int", zh="重开次数", en="Reopened"),
    _col("repeat_of", 13, zh="重复发生", en="Repeat of"),
    _col("parent", 13, zh="前序不符合项", en="Follows up"),
)


# --- writing files safely --------------------------------------------------------------------


def _atomic_write(path: Path, write: Callable[[Path], _T]) -> _T:
    """Write through a temporary file in the same folder, then rename it into place."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise Invalid(f"文件夹不存在 / no such folder: {folder}")
    tmp = folder / f".{path.name}.{uuid.uuid4().hex[:8]}.part"
    try:
        result = write(tmp)
        os.replace(tmp, path)
        return result
    except PermissionError as exc:
        raise Invalid(
            f"无法写入 {path.name}(文件是否已在 Excel/WPS 中打开?) / cannot write {path.name} "
            f"(is it open in Excel or WPS?): {exc.strerror or exc}"
        ) from exc
    except OSError as exc:
        raise Invalid(
            f"无法写入 {path.name}(磁盘已满或不可写?) / cannot write {path.name} "
            f"(disk full or read-only?): {exc.strerror or exc}"
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _format_of(path: Path, fmt: str | None) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise Invalid(f"只能导出为 .xlsx 或 .csv / export to .xlsx or .csv only: {Path(path).name}")
    return fmt


# --- export -----------------------------------------------------------------------------------

# The filters list_ncs takes, named for the note that says what an export contains.
_FILTER_LABELS: dict[str, tuple[str, str]] = {
    "status": ("状态", "Status"),
    "grade": ("等级", "Grade"),
    "process": ("过程", "Process"),
    "department_ref": ("受审部门", "Department"),
    "audit": ("审核", "Audit"),
    "year": ("年度", "Year"),
    "owner": ("措施责任人", "Action owner"),
    "auditor": ("审核员", "Auditor"),
    "due_before": ("期限不晚于", "Due on or before"),
    "overdue": ("逾期", "Overdue"),
    "open_only": ("仅未关闭", "Open only"),
    "text": ("搜索", "Search"),
}
FILTERS = ncs.REGISTER_FILTERS


def _process_label(code: str, lang: str) -> str:
    return f"{code} {label(PROCESS_LABELS, code, lang)}" if code in PROCESS_LABELS else code


def _coded(labels: dict, enum_cls, value, lang: str) -> str:
    if not value:
        return ""
    try:
        return label(labels, enum_cls(value), lang)
    except ValueError:
        return str(value)


def _yes(flag: bool, lang: str) -> str:
    return _pick(lang, "是", "Yes") if flag else _pick(lang, "否", "No")


def _filter_value(key: str, value: Any, lang: str) -> str:
    values = [value] if isinstance(value, str) or not isinstance(value, list | tuple) else value
    tables = {
        "status": (NC_STATUS_LABELS, NcStatus),
        "grade": (GRADE_LABELS, Grade),
    }
    out = []
    for v in values:
        if key in tables:
            out.append(_coded(*tables[key], v, lang))
        elif key == "process":
            out.append(_process_label(str(v).strip().upper(), lang))
        elif isinstance(v, bool):
            out.append(_yes(v, lang))
        elif isinstance(v, date):
            out.append(v.isoformat())
        else:
            out.append(str(v))
    return "、".join(out) if not _en(lang) else ", ".join(out)


def _active_filters(filters: dict) -> dict:
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise Invalid(f"未知筛选条件 / unknown filter: {', '.join(unknown)}")
    return {k: v for k, v in filters.items() if v not in (None, False, "", (), [])}


def _summary_actions(acts: list, lang: str) -> str:
    lines = []
    for a in acts:
        owner = a.owner or "—"
        due = a.due_date.isoformat() if a.due_date else "—"
        status = _coded(ACTION_STATUS_LABELS, ActionStatus, a.status, lang)
        lines.append(f"{a.seq}. {a.description} ({owner}, {due}, {status})")
    return "\n".join(lines)


def _values(r: ncs.NcRow, d, acts: list, lang: str) -> dict[str, Any]:
    """One NC as the export's cells, by column key (dates stay dates)."""
    closed = d.closed_at.astimezone().date() if d is not None and d.closed_at else None
    return {
        "number": r.number,
        "audit": r.audit,
        "process": _process_label(r.process, lang),
        "department": r.department,
        "found_on": r.found_on,
        "facts": r.facts,
        "clause": r.clause,
        "internal_clause": d.internal_clause if d is not None else "",
        "grade": _coded(GRADE_LABELS, Grade, r.grade, lang),
        "nc_type": _coded(NC_TYPE_LABELS, NcType, d.nc_type if d else None, lang),
        "status": _coded(NC_STATUS_LABELS, NcStatus, r.status, lang),
        "acknowledged_by": d.acknowledged_by if d is not None else "",
        "correction": d.correction if d is not None else "",
        "root_cause_category": _coded(
            CAUSE_LABELS, CauseCategory, d.root_cause_category if d else None, lang
        ),
        "why_steps": "\n".join(
            f"{i}. {w}" for i, w in enumerate((d.why_steps or []) if d else [], 1)
        ),
        "root_cause": d.root_cause if d is not None else "",
        "actions": _summary_actions(acts, lang),
        "due_date": r.due_date,
        "overdue": _yes(r.overdue, lang),
        "verifier": (d.verifier or "") if d is not None else "",
        "verified_on": d.verified_on if d is not None else None,
        "verification_result": _coded(
            VERIFICATION_LABELS, VerificationResult, d.verification_result if d else None, lang
        ),
        "closed_on": closed,
        "reopen_count": r.reopen_count,
        "repeat_of": (d.repeat_number or "") if d is not None else "",
        "parent": (d.parent_number or "") if d is not None else "",
    }


def register_rows(ctx: Context, lang: str, filters: dict) -> Iterator[dict[str, Any]]:
    """Every NC the filters select, a page at a time, in number order.

    Each page is its own short read (list_ncs opens one per call), so a long export never
    holds up the auditors' writes; a change saved while it runs may or may not be in it."""
    offset = 0
    while True:
        page = ncs.list_ncs(
            ctx, sort="number", offset=offset, limit=PAGE_SIZE, with_total=False, **filters
        )
        if not page.rows:
            return
        ids = [uuid.UUID(r.id) for r in page.rows]
        with ctx.read() as s:
            details = xq.details(s, ids)
            actions = xq.actions(s, ids)
        for r, i in zip(page.rows, ids, strict=True):
            yield _values(r, details.get(i), actions.get(i, []), lang)
        if len(page.rows) < PAGE_SIZE:
            return
        offset += PAGE_SIZE


def _notes(ctx: Context, lang: str, filters: dict, count: int) -> list[tuple[str, str]]:
    org = get_organisation(ctx)
    described = [
        (_pick(lang, *_FILTER_LABELS.get(k, (k, k))), _filter_value(k, v, lang))
        for k, v in filters.items()
    ]
    return [
        (_pick(lang, "不符合项登记表", "Nonconformity register"), org.name if org else ""),
        (
            _pick(lang, "导出时间", "Exported at"),
            ctx.now().astimezone().strftime("%Y-%m-%d %H:%M"),
        ),
        (_pick(lang, "导出人", "Exported by"), ctx.actor),
        (_pick(lang, "逾期判断日期", "Overdue as of"), ctx.today().isoformat()),
        (_pick(lang, "行数", "Rows"), str(count)),
        (
            _pick(lang, "筛选条件", "Filter"),
            "" if described else _pick(lang, "全部(无筛选)", "all (no filter)"),
        ),
        *described,
    ]


def _write_csv(tmp: Path, rows: Iterator[dict], lang: str) -> int:
    count = 0
    # The BOM is what makes Excel and WPS read the file as UTF-8 rather than GBK.
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([c.header(lang) for c in EXPORT_COLUMNS])
        for values in rows:
            out.writerow(
                [
                    v.isoformat() if isinstance(v, date) else ("" if v is None else v)
                    for v in (values[c.key] for c in EXPORT_COLUMNS)
                ]
            )
            count += 1
    return count


def _write_xlsx(
    tmp: Path, rows: Iterator[dict], lang: str, notes: Callable[[int], list[tuple[str, str]]]
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_pick(lang, "不符合项", "Nonconformities"))
    for i, c in enumerate(EXPORT_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = max(c.width, len(c.header(lang)) + 3)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    centre = Alignment(vertical="center", wrap_text=True)
    top, wrap = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)

    def header(text: str, sheet=ws) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, text)
        cell.font, cell.fill, cell.alignment = bold, fill, centre
        return cell

    ws.append([header(c.header(lang)) for c in EXPORT_COLUMNS])

    # Styling a cell costs a style lookup; copy the style of one prepared cell per kind.
    protos = {}
    for kind, fmt, align in (
        ("date", "yyyy-mm-dd", top),
        ("long", None, wrap),
        ("text", None, top),
    ):
        proto = WriteOnlyCell(ws, "")
        proto.alignment = align
        if fmt:
            proto.number_format = fmt
        protos[kind] = proto._style
    protos["int"] = protos["text"]

    def cell(value, kind: str):
        if value is None or value == "":
            return None
        c = WriteOnlyCell(ws, value)
        c._style = protos[kind]  # a StyleArray, shared read-only by every cell of its kind
        return c

    kinds = [(c.key, c.kind) for c in EXPORT_COLUMNS]
    count = 0
    try:
        for values in rows:
            ws.append([cell(values[key], kind) for key, kind in kinds])
            count += 1
    except BaseException:
        _discard(ws)
        raise
    last = get_column_letter(len(EXPORT_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{count + 1}"

    info = wb.create_sheet(_pick(lang, "说明", "Notes"))
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 60
    for n, (key, value) in enumerate(notes(count)):
        info.append([header(key, info) if n == 0 else key, value])
    wb.save(tmp)
    return count


def _discard(ws) -> None:
    """Close a half-written streaming sheet and delete the scratch file openpyxl keeps for it
    (otherwise it lingers in the temp folder until the program exits)."""
    with contextlib.suppress(Exception):
        ws.close()
    writer = getattr(ws, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def export_ncs(
    ctx: Context, path: Path, *, fmt: str | None = None, lang: str = "zh_CN", **filters
) -> int:
    """Write the NCs the filters select (those of `list_ncs`) to .xlsx or .csv; returns the
    number of rows written."""
    path = Path(path)
    fmt = _format_of(path, fmt)
    active = _active_filters(filters)
    # Check the filters (unknown department, bad status…) before any file is touched.
    ncs.list_ncs(ctx, limit=1, with_total=False, **active)
    rows = register_rows(ctx, lang, active)
    if fmt == "csv":
        return _atomic_write(path, lambda tmp: _write_csv(tmp, rows, lang))
    return _atomic_write(
        path, lambda tmp: _write_xlsx(tmp, rows, lang, lambda n: _notes(ctx, lang, active, n))
    )


# --- reading a sheet --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sheet:
    header_row: int
    headers: list[Any]
    rows: list[tuple[int, tuple]]  # (row number as Excel shows it, values)


def _read_sheet(path: Path) -> _Sheet:
    table = read_table(path)
    (header_row, headers), *data = table.rows
    if not data:
        raise Invalid(f"只有表头,没有数据行 / the file has a header but no data rows: {table.name}")
    return _Sheet(header_row, list(headers), [(n, tuple(values)) for n, values in data])


# --- import -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    row: int  # as Excel shows it: the header is row 1
    column: str  # the column's header as written in the file
    value: str
    message: str  # "中文 / English"


@dataclass(frozen=True)
class ImportReport:
    rows_read: int
    rows_ok: int
    errors: tuple[RowError, ...]
    created: tuple[str, ...]  # NC numbers; empty on a dry run or when any row is bad
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def _norm(header: Any) -> str:
    return re.sub(r"[\s*＊]+", "", cell_text(header)).lower()


_HEADER_KEYS: dict[str, ImportColumn] = {
    _norm(name): c for c in IMPORT_COLUMNS for name in (c.zh, c.en, *c.aliases)
}


def _map_columns(sheet: _Sheet, name: str) -> dict[str, tuple[int, str]]:
    """{field: (column index, header as written)}; refuses unknown, doubled and missing columns."""
    found: dict[str, tuple[int, str]] = {}
    unknown, doubled = [], []
    for i, h in enumerate(sheet.headers):
        shown = cell_text(h)
        if not shown:
            if any(i < len(v) and cell_text(v[i]) for _, v in sheet.rows):
                unknown.append(f"第{i + 1}列(无表头)/ column {i + 1} (no header)")
            continue
        col = _HEADER_KEYS.get(_norm(h))
        if col is None:
            unknown.append(shown)
        elif col.key in found:
            doubled.append(shown)
        else:
            found[col.key] = (i, shown.rstrip("*＊ "))
    if unknown:
        expected = "、".join(c.zh for c in IMPORT_COLUMNS)
        raise Invalid(
            f"未知的列 / unknown columns: {', '.join(unknown)}(可用的列 / expected: {expected}) "
            f"in {name}"
        )
    if doubled:
        raise Invalid(f"重复的列 / columns given twice: {', '.join(doubled)} in {name}")
    missing = [f"{c.zh} {c.en}" for c in IMPORT_COLUMNS if c.required and c.key not in found]
    if missing:
        raise Invalid(f"缺少必填列 / missing required columns: {', '.join(missing)} in {name}")
    return found


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _known_processes(ctx: Context) -> set[str]:
    return set(PROCESS_LABELS) | {t.process for t in templates.list_templates(ctx)}


_Problem = tuple[int, int, str, str]  # (row, column index, value, message)


def _check_references(
    ctx: Context, rows: list[tuple[int, NcImportRow]], columns: dict[str, tuple[int, str]]
) -> list[_Problem]:
    """Departments, audits and auditors named in the sheet must exist (each looked up once)."""
    finders = (("department", find_department), ("audit", find_audit), ("auditor", find_person))
    problems = []
    with ctx.read() as s:
        org = current_org(s)
        for key, finder in finders:
            cache: dict[str, str] = {}
            for n, row in rows:
                ref = getattr(row, key)
                if not ref:
                    continue
                if ref not in cache:
                    try:
                        finder(s, org, ref)
                        cache[ref] = ""
                    except NotFound as exc:
                        cache[ref] = str(exc)
                if cache[ref]:
                    problems.append((n, columns[key][0], ref, cache[ref]))
    return problems


def _column_name(index: int) -> str:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(index + 1)
    return f"第{letter}列 / column {letter}"


def _validate(
    ctx: Context, sheet: _Sheet, columns: dict[str, tuple[int, str]]
) -> tuple[list[NcImportRow], list[RowError], int]:
    """(the good rows, every problem in the order the sheet reads, how many rows were read)."""
    context = {"processes": _known_processes(ctx), "today": ctx.today()}
    width = len(sheet.headers)
    problems: list[_Problem] = []
    valid: list[tuple[int, NcImportRow]] = []
    read = 0
    for n, values in sheet.rows:
        raw = {key: (values[i] if i < len(values) else None) for key, (i, _h) in columns.items()}
        # Cells right of the last header: in a CSV, mostly an unquoted comma in a text.
        extra = [(i, cell_text(v)) for i, v in enumerate(values[width:], width) if cell_text(v)]
        if not extra and all(cell_text(v) == "" for v in raw.values()):
            continue
        read += 1
        for i, text in extra:
            problems.append(
                (
                    n,
                    i,
                    text,
                    "此单元格没有表头(CSV 中是否有未加引号的逗号?) / a cell beyond the last "
                    "header (an unquoted comma in the CSV?)",
                )
            )
        try:
            valid.append((n, NcImportRow.model_validate(raw, context=context)))
        except ValidationError as exc:
            for e in exc.errors(include_url=False):
                key = str(e["loc"][0]) if e["loc"] else "facts"
                err = (e.get("ctx") or {}).get("error")
                message = str(err) if err is not None else f"无效值 / invalid value: {e['msg']}"
                problems.append((n, columns[key][0], cell_text(raw.get(key)), message))
    problems += _check_references(ctx, valid, columns)
    problems.sort(key=lambda p: (p[0], p[1]))
    header_of = {i: shown for i, shown in columns.values()}
    errors = [
        RowError(n, header_of.get(i) or _column_name(i), _clip(value), message)
        for n, i, value, message in problems
    ]
    bad = {p[0] for p in problems}
    return [row for n, row in valid if n not in bad], errors, read


def import_ncs(ctx: Context, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Check every row of an .xlsx (first sheet) or .csv of new NCs; record them all in one
    transaction, or none of them if any row is wrong (or on a dry run)."""
    path = Path(path)
    sheet = _read_sheet(path)
    columns = _map_columns(sheet, path.name)
    rows, errors, rows_read = _validate(ctx, sheet, columns)
    if errors or dry_run:
        return ImportReport(rows_read, len(rows), tuple(errors), (), dry_run)
    created = raise_ncs_batch(ctx, rows)
    return ImportReport(rows_read, len(rows), (), created, False)


def raise_ncs_batch(ctx: Context, drafts: Sequence[NcImportRow]) -> tuple[str, ...]:
    """Record many NCs in one write transaction, numbered and checked for repeats exactly as
    `nonconformities.raise_nc` does one at a time. Any failure records none of them."""
    if not drafts:
        return ()
    created: list[str] = []
    with ctx.write() as s:
        org = current_org(s)
        lookups: dict[tuple[str, str], Any] = {}

        def ref(kind: str, value: str, finder):
            if (kind, value) not in lookups:
                lookups[kind, value] = finder(s, org, value)
            return lookups[kind, value]

        next_seq: dict[int, int] = {}
        # Only an NC sharing process and clause with another can be a repeat; asking the
        # repeat query for the others would cost a query and a flush per row.
        pairs = xq.process_clause_pairs(s, org.id)
        for d in drafts:
            year = d.found_on.year
            if year not in next_seq:
                next_seq[year] = next_sequence(
                    ncq.numbers_for_year(s, org.id, year), NC_PREFIX, year
                )
            audit = ref("audit", d.audit, find_audit) if d.audit else None
            auditor = ref("person", d.auditor, find_person) if d.auditor else None
            grade = Grade(d.grade)
            nc = Nonconformity(
                id=uuid.uuid4(),
                organisation_id=org.id,
                number=format_nc_number(year, next_seq[year]),
                year=year,
                audit_id=audit.id if audit else None,
                process=d.process.strip().upper(),
                facts=d.facts.strip(),
                clause=d.clause.strip(),
                internal_clause=d.internal_clause.strip(),
                grade=grade.value,
                nc_type=d.nc_type,
                found_on=d.found_on,
                department_id=ref("department", d.department, find_department).id,
                auditor_id=auditor.id if auditor else (audit.lead_auditor_id if audit else None),
                auditee_representative=d.auditee_representative.strip(),
                due_date=d.due_date or wf.default_due_date(grade, d.found_on),
                status=NcStatus.DRAFT.value,
            )
            next_seq[year] += 1
            pair = (nc.process, nc.clause)
            if pair in pairs:
                # While still a draft, as raise_nc does. The query's autoflush writes the rows
                # before this one, so a repeat of an NC earlier in the same sheet is found too.
                ncs.mark_repeat(s, nc)
            pairs.add(pair)
            if d.status == NcStatus.ISSUED:
                # A new NC has no actions yet: nothing to flush for the guard to read.
                with s.no_autoflush:
                    ncs.apply_transition(ctx, s, nc, wf.Transition.ISSUE, wf.TransitionInput())
            s.add(nc)
            created.append(nc.number)
        s.flush()
    return tuple(created)


# --- the template -----------------------------------------------------------------------------


def write_import_template(path: Path, lang: str = "zh_CN") -> Path:
    """An .xlsx to fill in for `import_ncs`: the columns (required ones marked *), an example
    row, drop-downs for grade, process, type and status, and a sheet explaining each column."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise Invalid(f"模板须保存为 .xlsx / save the template as .xlsx: {path.name}")
    _atomic_write(path, lambda tmp: _write_template(tmp, lang))
    return path


def _write_template(tmp: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    en = _en(lang)
    wb = Workbook()
    ws = wb.active
    ws.title = _pick(lang, "不符合项", "Nonconformities")
    bold, red = Font(bold=True), Font(bold=True, color="C00000")
    fill = PatternFill("solid", fgColor="DDEBF7")
    letters = {}
    for i, c in enumerate(IMPORT_COLUMNS, 1):
        letter = letters[c.key] = get_column_letter(i)
        cell = ws.cell(1, i, c.header(lang) + ("*" if c.required else ""))
        cell.font, cell.fill = (red if c.required else bold), fill
        cell.alignment = Alignment(vertical="center")
        wide = c.key in ("facts", "clause", "internal_clause")
        ws.column_dimensions[letter].width = 40 if c.key == "facts" else 18 if wide else 14
    sample = dict(SAMPLE_ROW)
    if en:
        sample.update(grade="Minor", nc_type="Implementation", status="Draft")
    for i, c in enumerate(IMPORT_COLUMNS, 1):
        cell = ws.cell(2, i, sample[c.key])
        if isinstance(sample[c.key], date):
            cell.number_format = "yyyy-mm-dd"
        cell.alignment = Alignment(vertical="top", wrap_text=c.key == "facts")
    ws.freeze_panes = "A2"

    last_row = 2000

    def choices(key: str, values: list[str], strict: bool = True) -> None:
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(values) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="stop" if strict else "warning",
            error=_pick(lang, "请从列表中选择", "Pick a value from the list"),
        )
        ws.add_data_validation(dv)
        dv.add(f"{letters[key]}2:{letters[key]}{last_row}")

    labels = 1 if en else 0
    choices("grade", [pair[labels] for pair in GRADE_LABELS.values()])
    choices("nc_type", [pair[labels] for pair in NC_TYPE_LABELS.values()])
    choices("status", [NC_STATUS_LABELS[s][labels] for s in (NcStatus.DRAFT, NcStatus.ISSUED)])
    # Templates can add processes beyond the three built in: warn, do not forbid.
    choices("process", [_process_label(p, lang) for p in PROCESS_LABELS], strict=False)
    for key in ("found_on", "due_date"):
        ws.column_dimensions[letters[key]].number_format = "yyyy-mm-dd"
    for key in ("clause", "internal_clause"):  # "8.5" must stay text, not become a number
        ws.column_dimensions[letters[key]].number_format = "@"

    info = wb.create_sheet(_pick(lang, "说明", "Notes"))
    heads = ("Column", "Required", "What to enter") if en else ("列", "必填", "填写说明")
    info.append(list(heads))
    for cell in info[1]:
        cell.font, cell.fill = bold, fill
    for c in IMPORT_COLUMNS:
        info.append(
            [
                c.header(lang),
                _yes(c.required, lang),
                c.help_en if en else c.help_zh,
            ]
        )
    info.append([])
    for line in _template_notes(lang):
        info.append([line])
    info.column_dimensions["A"].width = 22
    info.column_dimensions["B"].width = 8
    info.column_dimensions["C"].width = 70
    wb.save(tmp)


def _template_notes(lang: str) -> list[str]:
    if _en(lang):
        return [
            "Row 2 is an example: replace it with a real finding or delete it.",
            "Headers may be in Chinese or English, in any order; unknown columns are refused.",
            "Nothing is imported unless every row is correct: fix the rows the report names, "
            "then import again.",
            "Imported NCs get the next numbers of their year (NC-YYYY-NNN), as draft or issued.",
        ]
    return [
        "第2行是示例:请改写为真实的不符合项,或删除。",
        "表头可用中文或英文,列的顺序不限;不认识的列会被拒绝。",
        "只要有一行有错,就不会导入任何数据:按报告修改有错的行后再导入。",
        "导入的不符合项按发现年份续编号(NC-年份-流水号),状态为草稿或已开具。",
    ]
