"""What the internal-audit documents share: their words, date formats, coded-value labels and
the table helpers (every table splits inside rows, so a 10,000-character finding flows on to
the next page instead of stopping the document)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from qa_desktop.domain.enums import (
    ACTION_STATUS_LABELS,
    CAUSE_LABELS,
    GRADE_LABELS,
    NC_STATUS_LABELS,
    NC_TYPE_LABELS,
    PROCESS_LABELS,
    RESULT_LABELS,
    VERIFICATION_LABELS,
    ActionStatus,
    CauseCategory,
    Grade,
    NcStatus,
    NcType,
    Result,
    VerificationResult,
)

from .frame import MARGIN
from .labels import Labels
from .markup import esc, para, para_markup
from .styles import ALERT, HEADER_FILL, MUTED, RULE, form, grid, styles

PORTRAIT_WIDTH = A4[0] - 2 * MARGIN
LANDSCAPE_WIDTH = landscape(A4)[0] - 2 * MARGIN

AUDIT_LABELS: dict[str, tuple[str, str]] = {
    "audit_number": ("审核编号", "Audit no."),
    "audit_title": ("审核名称", "Audit"),
    "audit_status": ("审核状态", "Audit status"),
    "client": ("审核委托方", "Audit client"),
    "lead_auditor": ("审核组长", "Lead auditor"),
    "auditors": ("审核员", "Auditors"),
    "audit_team": ("审核组", "Audit team"),
    "auditor": ("审核员", "Auditor"),
    "representative": ("受审方代表", "Auditee rep."),
    "department": ("受审部门", "Department"),
    "process": ("过程", "Process"),
    "dept_process": ("受审部门/过程", "Department / process"),
    "clause": ("条款", "Clause"),
    "clauses": ("审核条款", "Clauses"),
    "time": ("时间段", "Time"),
    "grade": ("等级", "Grade"),
    "nc_type": ("类型", "Type"),
    "status": ("状态", "Status"),
    "facts": ("不符合事实", "Facts"),
    "nc_number": ("不符合项编号", "NC no."),
    "nc_no": ("NC编号", "NC no."),
    "due": ("完成期限", "Due"),
    "overdue": ("逾期", "overdue"),
    "origin_audit": ("原审核", "Raised in"),
    "result": ("结论", "Result"),
    "notes": ("记录/说明", "Notes"),
    "checklist": ("检查表", "Checklist"),
    "template": ("模板/版本", "Template / version"),
    "items": ("检查项", "Items"),
    "dates": ("日期", "Dates"),
    "locations": ("地点", "Locations"),
    "none": ("无", "None"),
    "all_team": ("审核组全体", "Whole audit team"),
    "opening_meeting": ("首次会议", "Opening meeting"),
    "closing_meeting": ("末次会议", "Closing meeting"),
    "other_refs": ("另 {n} 项实践/内部依据", "+ {n} practice / internal references"),
    "days": ("{n} 天", "{n} day(s)"),
    "role_lead": ("审核组长", "Lead auditor"),
    "role_auditor": ("审核员", "Auditor"),
    "role_representative": ("受审方代表/向导", "Auditee rep. / guide"),
    "follow_ups": ("以往不符合项跟踪验证", "Follow-up of earlier nonconformities"),
    "fu_result": ("跟踪结论", "Follow-up result"),
    "nc_status": ("不符合项状态", "NC status"),
    "page_photos": ("照片证据", "Photo evidence"),
}


def labels(lang: str, *tables: dict[str, tuple[str, str]]) -> Labels:
    return Labels(lang, AUDIT_LABELS, *tables)


# --- values -------------------------------------------------------------------------------


def fmt_date(d: date | datetime | None) -> str:
    return d.strftime("%Y-%m-%d") if d else ""


def fmt_span(start: datetime | None, end: datetime | None) -> str:
    """2025-11-17 09:30–12:00, or across days 2025-11-17 09:30 – 11-18 12:00."""
    if start is None:
        return ""
    if end is None:
        return start.strftime("%Y-%m-%d %H:%M")
    if start.date() == end.date():
        return f"{start:%Y-%m-%d} {start:%H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} – {end:%m-%d %H:%M}"


def _coded(table: dict, enum_cls, value, t: Labels) -> str:
    if value is None or value == "":
        return ""
    try:
        return t.pick(table.get(enum_cls(value)))
    except ValueError:
        return str(value)


def grade_label(value, t: Labels) -> str:
    return _coded(GRADE_LABELS, Grade, value, t)


def status_label(value, t: Labels) -> str:
    return _coded(NC_STATUS_LABELS, NcStatus, value, t)


def result_label(value, t: Labels) -> str:
    return _coded(RESULT_LABELS, Result, value, t)


def nc_type_label(value, t: Labels) -> str:
    return _coded(NC_TYPE_LABELS, NcType, value, t)


def cause_label(value, t: Labels) -> str:
    return _coded(CAUSE_LABELS, CauseCategory, value, t)


def verification_label(value, t: Labels) -> str:
    return _coded(VERIFICATION_LABELS, VerificationResult, value, t)


def action_status_label(value, t: Labels) -> str:
    return _coded(ACTION_STATUS_LABELS, ActionStatus, value, t)


def process_label(code: str, t: Labels, *, with_code: bool = True) -> str:
    """SD 服务台事件管理 (a process a template added keeps its code)."""
    if not code:
        return ""
    name = t.pick(PROCESS_LABELS.get(code))
    if not name:
        return code
    return f"{code} {name}" if with_code else name


def rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def join(names: Sequence[str], t: Labels) -> str:
    sep = ", " if t.english else "、"
    return sep.join(n for n in names if n)


# --- flowables ------------------------------------------------------------------------------


@cache
def _style(name: str, latin: bool, alert: bool = False) -> ParagraphStyle:
    """A document style; `latin` breaks lines between words only (CJK line breaking would cut
    English words anywhere), `alert` in the alert colour."""
    if name == "gloss":
        base = styles().cell
        style = base.clone("gloss", fontSize=7, leading=9.5, textColor=MUTED)
    else:
        style = getattr(styles(), name)
    changes: dict = {}
    if latin:
        changes["wordWrap"] = None
    if alert:
        changes["textColor"] = ALERT
    if not changes:
        return style
    return style.clone(f"{name}_{int(latin)}{int(alert)}", **changes)


def _is_latin(*texts: object) -> bool:
    return all(str(x or "").isascii() for x in texts)


def cell(text: object) -> Paragraph:
    return para(text, _style("cell", _is_latin(text)))


def small(text: object) -> Paragraph:
    return para(text, _style("small", _is_latin(text)))


def head(text: str) -> Paragraph:
    """A header cell (a label we wrote: escaped all the same)."""
    return para(text, _style("cell_head", _is_latin(text)))


def alert(text: object) -> Paragraph:
    return para(text, _style("cell", _is_latin(text), alert=True))


def two_lines(first: object, second: object) -> Paragraph | list[Paragraph]:
    """A value with a gloss under it in smaller grey text (both user text, both escaped).
    Chinese with an English gloss are two paragraphs, each broken into lines its own way."""
    if not second:
        return cell(first)
    if _is_latin(first) != _is_latin(second):
        return [cell(first), para(second, _style("gloss", _is_latin(second)))]
    return para_markup(
        f'{esc(first)}<br/><font size="7" color="#57606a">{esc(second)}</font>',
        _style("cell", _is_latin(first, second)),
    )


@cache
def _kept(name: str) -> ParagraphStyle:
    """A heading style that stays on the page of what follows it."""
    return getattr(styles(), name).clone(f"{name}_kept", keepWithNext=1)


def section(text: str) -> Paragraph:
    return para(text, _kept("h1"))


def subsection(text: str) -> Paragraph:
    return para(text, _kept("h2"))


def caption(text: str) -> Paragraph:
    """A small title above a table, kept with it."""
    return para(text, _kept("small"))


def body(text: object) -> Paragraph:
    return para(text, _style("body", _is_latin(text)))


# A row taller than this is cut into several rows (the tall cells' text continues below), so
# that no row is ever taller than a page: ReportLab cannot break a page inside a row.
MAX_ROW = 120.0
ZEBRA = colors.HexColor("#f6f8fa")
GROUP_FILL = colors.HexColor("#c9d7e8")


_TAG = re.compile(r"<[^>]*>")


def _surely_short(p: Paragraph, width: float, limit: float) -> bool:
    """True when a paragraph cannot be taller than `limit`: even with every character a full
    em wide (wider than any Latin letter of the font) and one character lost at the end of
    every line, its text fits. Only what this cannot promise is measured before layout, so a
    thousand short rows are wrapped once, by the layout, not twice."""
    per_line = max(1, int(width / p.style.fontSize) - 1)
    lines = 1 + sum(-(-len(_TAG.sub("", part)) // per_line) for part in p.text.split("<br/>"))
    return lines * p.style.leading <= limit


def _pieces(p: Paragraph, width: float, limit: float) -> list[Paragraph]:
    if _surely_short(p, width, limit):
        return [p]
    out = []
    while True:
        _w, h = p.wrap(width, 1e9)
        if h <= limit:
            return [*out, p]
        parts = p.split(width, limit)
        if len(parts) < 2:
            return [*out, p]
        out.append(parts[0])
        p = parts[1]


def fit_rows(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    limit: float = MAX_ROW,
    *,
    spans: Sequence[tuple] = (),
) -> tuple[list[list[object]], list[int]]:
    """Rows with every tall paragraph cut into pieces of at most `limit` points, each piece a
    row of its own; and for every new row, the index of the row it came from. A cell that
    spans columns (`spans`: ((c0, row), (c1, row)) pairs) is measured at its whole width."""
    spanned = {(r0, c0): sum(col_widths[c0 : c1 + 1]) for (c0, r0), (c1, _r1) in spans}
    out: list[list[object]] = []
    origin: list[int] = []
    for index, row in enumerate(rows):
        split = [
            _pieces(c, spanned.get((index, col), w) - 7, limit) if isinstance(c, Paragraph) else [c]
            for col, (c, w) in enumerate(zip(row, col_widths, strict=True))
        ]
        height = max(len(p) for p in split)
        for k in range(height):
            out.append([p[k] if k < len(p) else "" for p in split])
            origin.append(index)
    return out, origin


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    zebra: bool = True,
) -> Table:
    """A ruled table whose header repeats on every page; a row taller than MAX_ROW continues
    in further rows."""
    body_rows, origin = fit_rows(rows, widths)
    data = [[head(h) for h in header], *body_rows]
    # Widths fill the page between the margins; centred, the table lines up with the rules.
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="CENTER")
    style = grid(1)
    for i, o in enumerate(origin):
        if zebra and o % 2:
            style.add("BACKGROUND", (0, i + 1), (-1, i + 1), ZEBRA)
    for i in range(len(origin) - 1):  # no rule between the pieces of one cut row
        if origin[i] == origin[i + 1]:
            fill = ZEBRA if zebra and origin[i] % 2 else colors.white
            style.add("LINEBELOW", (0, i + 1), (-1, i + 1), 0.6, fill)
    table.setStyle(style)
    return table


def form_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    label_columns: tuple[int, ...] = (0,),
    spans: Sequence[tuple] = (),
    groups: Sequence[int] = (),
    compact: bool = False,
) -> Table:
    """Label | value cells, labels shaded; a value taller than MAX_ROW continues below.
    `groups` are the rows that title a group of fields (one cell across the form)."""
    last = len(widths) - 1
    spans = [*spans, *(((0, g), (last, g)) for g in groups)]
    data, origin = fit_rows(rows, widths, spans=spans)
    table = Table(data, colWidths=list(widths), hAlign="CENTER")
    style = form(label_columns)
    for (c0, r0), (c1, _r1) in spans:
        for i, o in enumerate(origin):
            if o == r0:
                style.add("SPAN", (c0, i), (c1, i))
    group_rows = set(groups)
    for (c0, r0), (c1, _r1) in spans:
        if r0 not in group_rows:  # a value across label columns is not shaded
            for i, o in enumerate(origin):
                if o == r0:
                    style.add("BACKGROUND", (c0, i), (c1, i), colors.white)
    for i, o in enumerate(origin):
        if o in group_rows:
            style.add("BACKGROUND", (0, i), (-1, i), GROUP_FILL)
    if compact:
        style.add("TOPPADDING", (0, 0), (-1, -1), 1.5)
        style.add("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)
    for i in range(len(origin) - 1):
        if origin[i] == origin[i + 1]:
            for col in range(len(widths)):
                fill = HEADER_FILL if col in label_columns else colors.white
                style.add("LINEBELOW", (col, i), (col, i), 0.6, fill)
    table.setStyle(style)
    return table


def labelled(t: Labels, key: str) -> Paragraph:
    return head(t(key))


def widths(total: float, *fractions: float) -> list[float]:
    scale = total / sum(fractions)
    return [f * scale for f in fractions]


class RuledLines(Flowable):
    """Empty lines to write on (the blank checklist's notes)."""

    def __init__(self, lines: int = 3, gap: float = 15) -> None:
        super().__init__()
        self.lines, self.gap = lines, gap

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.lines * self.gap

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.setDash(1, 2)
        for i in range(self.lines):
            y = i * self.gap + 1
            c.line(0, y, self.width, y)
        c.restoreState()


BOX = "\u25a1"  # □ (the bundled font has no ☐)


def boxes(results, t: Labels, *, one_per_line: bool = True) -> Paragraph:
    """Answer boxes: □ 符合 □ 不符合 … for the results an item accepts."""
    sep = "<br/>" if one_per_line else "&nbsp;&nbsp;"
    return para_markup(
        sep.join(f'<font size="11">{BOX}</font>&nbsp;{esc(result_label(r, t))}' for r in results),
        _boxes_style(t.english),
    )


@cache
def _boxes_style(latin: bool) -> ParagraphStyle:
    return _style("cell", latin).clone(f"boxes_{int(latin)}", leading=15)


def follow_up_table(rows, t: Labels, width: float, *, mode: str = "plan") -> Table:
    """The earlier NCs this audit checks again: listed in the plan (mode "plan"), checked on
    the checklist ("results", or "blank" with boxes to tick) and reported."""
    header = [t("nc_no"), t("origin_audit"), t("department"), t("grade"), t("facts"), t("clause")]
    fractions = [0.125, 0.11, 0.09, 0.06, 0.25, 0.15]
    if mode == "plan":
        header += [t("nc_status"), t("due")]
        fractions += [0.11, 0.11]
    else:
        header += [t("fu_result"), t("notes")]
        fractions += [0.1, 0.12] if mode == "blank" else [0.08, 0.14]
    out = []
    for f in rows:
        row = [
            cell(f.nc_number),
            cell(f.nc_audit),
            cell(f.department),
            cell(grade_label(f.grade, t)),
            cell(f.facts),
            cell(f.clause),
        ]
        if mode == "plan":
            due = fmt_date(f.due_date) + (f" ({t('overdue')})" if f.overdue else "")
            row += [cell(status_label(f.nc_status, t)), cell(due)]
        elif mode == "blank":
            row += [boxes(FOLLOW_UP_RESULTS, t), RuledLines(3)]
        else:
            row += [cell(result_label(f.result, t)), cell(f.notes)]
        out.append(row)
    return grid_table(header, out, widths(width, *fractions))


FOLLOW_UP_RESULTS = (Result.CONFORM.value, Result.NONCONFORM.value, Result.NOT_APPLICABLE.value)
