"""What the management-review documents share: their words, coded-value labels, figures and the
review's overview table. The table helpers are those of the audit documents (audit_common):
headers repeat on every page and a tall row continues on the next one."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from qa_desktop.domain.kpi import format_kpi_target, format_kpi_value
from qa_desktop.schemas.report_inputs_reviews import ActionRow, Attendee, ReviewInfo

from .audit_common import (
    PORTRAIT_WIDTH,
    action_status_label,
    alert,
    cell,
    fmt_date,
    form_table,
    grid_table,
    labelled,
    section,
    two_lines,
    widths,
)
from .labels import Labels

REVIEW_LABELS: dict[str, tuple[str, str]] = {
    "review_number": ("评审编号", "Review no."),
    "review_title": ("评审名称", "Review"),
    "review_year": ("评审期间", "Period reviewed"),
    "period_value": ("{year} 年度", "The year {year}"),
    "planned_on": ("计划日期", "Planned date"),
    "held_on": ("召开日期", "Date held"),
    "location": ("地点", "Place"),
    "chair": ("主持人", "Chair"),
    "participants": ("参加人员", "Participants"),
    "status": ("状态", "Status"),
    "name": ("姓名", "Name"),
    "capacity": ("身份", "Capacity"),
    "dept": ("部门", "Department"),
    "post": ("职务", "Position"),
    "cap_chair": ("主持人", "Chair"),
    "cap_participant": ("参加人员", "Participant"),
    "cap_top_management": ("最高管理者", "Top management"),
    "cap_action_owner": ("措施责任人", "Action owner"),
    "cap_quality": ("质量管理部门(存档)", "Quality department (file copy)"),
    "seq": ("序号", "No."),
    "input": ("评审输入", "Review input"),
    "owner": ("责任人", "Owner"),
    "presenter": ("汇报人", "Presented by"),
    "due": ("期限", "Due"),
    "action": ("措施", "Action"),
    "category": ("类别", "Category"),
    "overdue": ("逾期", "Overdue"),
    "yes": ("是", "Yes"),
    "evidence": ("完成证据", "Evidence"),
    "completed": ("{day}", "on {day}"),
    "review_no": ("评审", "Review"),
    "none": ("无", "None"),
    "st_planned": ("已计划", "Planned"),
    "st_held": ("已召开", "Held"),
    "st_closed": ("已关闭", "Closed"),
    "cat_improvement": ("改进机会", "Improvement"),
    "cat_system_change": ("体系与服务变更", "Change to the system and services"),
    "cat_resources": ("资源需求", "Resources"),
    "suitability": ("适宜性", "Suitability"),
    "adequacy": ("充分性", "Adequacy"),
    "effectiveness": ("有效性", "Effectiveness"),
}

CATEGORIES = ("improvement", "system_change", "resources")


def review_labels(lang: str, *tables: dict[str, tuple[str, str]]) -> Labels:
    return Labels(lang, REVIEW_LABELS, *tables)


def _known(t: Labels, key: str, value: str) -> str:
    try:
        return t(key)
    except KeyError:  # a code this build does not know: shown as stored
        return value


def review_status(value: str, t: Labels) -> str:
    return _known(t, f"st_{value}", value) if value else ""


def category_label(value: str, t: Labels) -> str:
    return _known(t, f"cat_{value}", value) if value else ""


def capacity_label(value: str, t: Labels) -> str:
    return _known(t, f"cap_{value}", value) if value else ""


def input_title(key: str, title_zh: str, title_en: str, t: Labels) -> str:
    return f"{key}) {title_en if t.english else title_zh}"


def fmt_value(value: float | None, unit: str, t: Labels) -> str:
    return format_kpi_value(value, unit, t.english)


def fmt_target(direction: str, target: float | None, unit: str, t: Labels) -> str:
    return format_kpi_target(direction, target, unit, t.english)


def pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def join(names: Sequence[str], t: Labels) -> str:
    sep = ", " if t.english else "、"
    return sep.join(n for n in names if n)


# --- shared flowables --------------------------------------------------------------------------


def _who(a: Attendee, t: Labels) -> str:
    if not a.department:
        return a.name
    return f"{a.name} ({a.department})" if t.english else f"{a.name}({a.department})"


def overview(
    info: ReviewInfo,
    t: Labels,
    heading: str,
    *,
    held: bool,
    attendees: Sequence[Attendee] = (),
    list_participants: bool = True,
) -> list[Flowable]:
    """The review's facts as a form: number, period, title, date(s), place, chair and (unless
    a table of them follows) the participants with their departments."""
    w = widths(PORTRAIT_WIDTH, 0.17, 0.33, 0.17, 0.33)
    chair = next((a for a in attendees if a.capacity == "chair"), None)
    participants = [_who(a, t) for a in attendees if a.capacity == "participant"]
    if not attendees:
        participants = list(info.participants)
    second = [labelled(t, "planned_on"), cell(fmt_date(info.planned_on))] if held else ["", ""]
    rows = [
        [
            labelled(t, "review_number"),
            cell(info.number),
            labelled(t, "review_year"),
            cell(t("period_value", year=info.year)),
        ],
        [labelled(t, "review_title"), cell(info.title), "", ""],
        [
            labelled(t, "held_on" if held else "planned_on"),
            cell(fmt_date(info.held_on if held else info.planned_on)),
            *second,
        ],
        [labelled(t, "location"), cell(info.location), "", ""],
        [labelled(t, "chair"), cell(_who(chair, t) if chair else info.chair), "", ""],
    ]
    if list_participants:
        rows.append([labelled(t, "participants"), cell(join(participants, t)), "", ""])
    if held and info.status:
        rows.append([labelled(t, "status"), cell(review_status(info.status, t)), "", ""])
    spans = [((1, r), (3, r)) for r in range(len(rows)) if r not in (0, 2)]
    if not held:
        spans.append(((1, 2), (3, 2)))
    return [section(heading), form_table(rows, w, label_columns=(0, 2), spans=spans)]


def attendee_table(attendees: Sequence[Attendee], t: Labels) -> Flowable:
    w = widths(PORTRAIT_WIDTH, 0.08, 0.2, 0.2, 0.27, 0.25)
    rows = [
        [
            cell(str(i)),
            cell(a.name),
            cell(capacity_label(a.capacity, t)),
            cell(a.department),
            cell(a.title),
        ]
        for i, a in enumerate(attendees, start=1)
    ]
    return grid_table([t("seq"), t("name"), t("capacity"), t("dept"), t("post")], rows, w)


def action_table(actions: Sequence[ActionRow], t: Labels, *, with_review: bool = False) -> Flowable:
    """Decisions and actions: number, description (and evidence), category, owner, due date,
    status (and when done), overdue."""
    header = [t("seq"), t("action"), t("category"), t("owner"), t("due"), t("status"), t("overdue")]
    fractions = [0.05, 0.36, 0.13, 0.09, 0.11, 0.15, 0.09]
    if with_review:
        header = [t("review_no"), *header]
        fractions = [0.12, 0.05, 0.28, 0.12, 0.09, 0.11, 0.14, 0.09]
    rows = []
    for a in actions:
        status = action_status_label(a.status, t)
        if a.completed_on:
            status = f"{status}\n{t('completed', day=fmt_date(a.completed_on))}"
        evidence = f"{t('evidence')}: {a.evidence}" if a.evidence else ""
        row = [
            cell(str(a.seq)),
            two_lines(a.description, evidence),
            cell(category_label(a.category, t)),
            cell(a.owner),
            cell(fmt_date(a.due_date)),
            cell(status),
            alert(t("yes")) if a.overdue else cell(""),
        ]
        if with_review:
            row = [cell(a.review_number), *row]
        rows.append(row)
    return grid_table(header, rows, widths(PORTRAIT_WIDTH, *fractions))
