"""Management reviews (管理评审): plan, hold, note what the data cannot say, decide, follow up.

A review is planned with an agenda of the ISO/IEC 20000-1:2018 9.3 inputs a–k, each with an
owner who presents it; the input pack (services/review_pack.py) compiles the figures. The
meeting's decisions are actions with an owner and a due date, followed up like corrective
actions: *overdue* is derived from the due date every time, never stored. A review closes
once it was held and its conclusion on the suitability, adequacy and effectiveness
(适宜性、充分性、有效性) of the management system is written; its actions stay open to
follow-up after that.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from qa_desktop.domain.enums import ActionStatus, Role
from qa_desktop.domain.nc_workflow import action_is_overdue
from qa_desktop.domain.numbering import next_sequence
from qa_desktop.store.models import ManagementReview, Organisation, Person, ReviewAction
from qa_desktop.store.queries import org as oq
from qa_desktop.store.queries import reviews as q

from .context import Context, Invalid, NotFound, clean
from .organisation import current_org, person

REVIEW_PREFIX = "MR"

# --- vocabulary ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewInput:
    key: str
    title_zh: str
    title_en: str
    # What the data can say about it; "notes" = only what people write (b, f, j).
    source: str


# ISO/IEC 20000-1:2018 9.3 inputs (domain.md §3), in the standard's order.
REVIEW_INPUTS: tuple[ReviewInput, ...] = (
    ReviewInput(
        "a",
        "以往管理评审所采取措施的状态",
        "Status of actions from previous management reviews",
        "data",
    ),
    ReviewInput(
        "b",
        "与服务管理体系相关的内外部事项的变化",
        "Changes in external and internal issues relevant to the SMS",
        "notes",
    ),
    ReviewInput(
        "c",
        "绩效趋势:不符合与纠正措施、监视和测量结果、审核结果",
        "Trends in nonconformities and corrective actions, monitoring and measurement "
        "results, audit results",
        "data",
    ),
    ReviewInput("d", "持续改进的机会", "Opportunities for continual improvement", "data"),
    ReviewInput(
        "e", "顾客和其他相关方的反馈", "Feedback from customers and interested parties", "data"
    ),
    ReviewInput(
        "f",
        "服务管理方针及其他策略的符合性和适宜性",
        "Adherence to and suitability of the service management policy and other policies",
        "notes",
    ),
    ReviewInput(
        "g",
        "服务管理目标的完成程度",
        "Extent to which service management objectives were met",
        "data",
    ),
    ReviewInput("h", "服务绩效", "Performance of the services", "data"),
    ReviewInput(
        "i",
        "参与服务交付的其他方(供方)的绩效",
        "Performance of other parties involved in the delivery of services (suppliers)",
        "data",
    ),
    ReviewInput(
        "j",
        "当前和预测的人力、技术、信息和财务资源水平及能力",
        "Current and forecast human, technical, information and financial resources",
        "notes",
    ),
    ReviewInput(
        "k",
        "风险评估结果及应对风险和机遇措施的有效性",
        "Results of risk assessment and effectiveness of actions addressing risks and "
        "opportunities",
        "data",
    ),
)
INPUT_KEYS: tuple[str, ...] = tuple(i.key for i in REVIEW_INPUTS)
INPUTS_BY_KEY: dict[str, ReviewInput] = {i.key: i for i in REVIEW_INPUTS}

REVIEW_STATUS_LABELS: dict[str, tuple[str, str]] = {
    "planned": ("已计划", "Planned"),
    "held": ("已召开", "Held"),
    "closed": ("已关闭", "Closed"),
}

# ISO 9001 9.3.3 / ISO/IEC 20000-1 9.3 outputs.
ACTION_CATEGORIES = ("improvement", "system_change", "resources")
ACTION_CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "improvement": ("改进机会", "Improvement"),
    "system_change": ("体系与服务变更", "System / service change"),
    "resources": ("资源需求", "Resources"),
}

CONCLUSION_LABELS: dict[str, tuple[str, str]] = {
    "suitability": ("适宜性", "Suitability"),
    "adequacy": ("充分性", "Adequacy"),
    "effectiveness": ("有效性", "Effectiveness"),
}

_UNSET: object = object()

# --- what the callers get --------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItem:
    key: str
    title_zh: str
    title_en: str
    owner: str  # who presents the input (a name as written)
    note: str  # the agenda's remark (time slot, material to bring…)


@dataclass(frozen=True)
class ReviewActionView:
    id: str
    review_id: str
    review_number: str
    seq: int
    category: str
    description: str
    owner_id: str | None
    owner: str
    due_date: date | None
    status: str
    completed_at: datetime | None
    evidence: str
    overdue: bool
    days_overdue: int  # 0 unless overdue


@dataclass(frozen=True)
class ReviewView:
    id: str
    number: str
    year: int
    title: str
    planned_on: date | None
    held_on: date | None
    location: str
    chair_id: str | None
    chair: str
    participants: tuple[str, ...]
    agenda: tuple[AgendaItem, ...]
    input_notes: dict[str, str]  # input key → free text, only the keys with text
    suitability: str
    adequacy: str
    effectiveness: str
    status: str
    closed_at: datetime | None
    actions: tuple[ReviewActionView, ...]
    # Why closing is refused now (one bilingual line each); empty when it may close or is closed.
    close_blockers: tuple[str, ...]

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if a.status in _UNFINISHED)

    @property
    def overdue_actions(self) -> int:
        return sum(1 for a in self.actions if a.overdue)


@dataclass(frozen=True)
class ReviewSummary:
    id: str
    number: str
    year: int
    title: str
    planned_on: date | None
    held_on: date | None
    chair: str
    status: str
    actions: int
    open_actions: int
    overdue_actions: int


_UNFINISHED = frozenset({ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value})

# --- helpers ---------------------------------------------------------------------------------


def find_review(session: Session, org: Organisation, ref: str) -> ManagementReview:
    """A review by number (MR-2025-01) or id."""
    ref = clean(ref)
    review = q.by_number(session, org.id, ref.upper())
    if review is None:
        try:
            review = session.get(ManagementReview, uuid.UUID(ref))
        except ValueError:
            review = None
    if review is None or review.organisation_id != org.id:
        raise NotFound(f"找不到管理评审 / no such management review: {ref}")
    return review


def _action_row(s: Session, action_id: str) -> ReviewAction:
    try:
        a = s.get(ReviewAction, uuid.UUID(str(action_id)))
    except ValueError:
        a = None
    if a is None:
        raise NotFound(f"找不到评审措施 / no such review action: {action_id}")
    return a


def _key(key: str) -> str:
    k = clean(key).lower().rstrip(")").lstrip("(")
    if k not in INPUTS_BY_KEY:
        raise Invalid(f"未知评审输入 / unknown review input: {key} (a–k)")
    return k


def _category(value: str | None) -> str:
    v = clean(value) or "improvement"
    if v not in ACTION_CATEGORIES:
        raise Invalid(
            f"未知措施类别 / unknown action category: {value} ({', '.join(ACTION_CATEGORIES)})"
        )
    return v


def _status(value: str) -> ActionStatus:
    try:
        return ActionStatus(clean(value))
    except ValueError:
        valid = ", ".join(s.value for s in ActionStatus)
        raise Invalid(f"未知措施状态 / unknown action status: {value} ({valid})") from None


def _not_closed(review: ManagementReview, what: str) -> None:
    if review.status == "closed":
        raise Invalid(
            f"{review.number} 已关闭,不能{what} / {review.number} is closed and can no longer change"
        )


def _participants(names: Iterable[str] | str | None) -> list[str]:
    if names is None:
        return []
    if isinstance(names, str):
        names = names.replace(",", ",").replace("、", ",").split(",")
    out: list[str] = []
    for n in names:
        n = clean(n)
        if n and n not in out:
            out.append(n)
    return out


def _default_owner(s: Session, org: Organisation, actor: str) -> str:
    """Who presents an input unless told otherwise: the quality manager, who runs the review."""
    people = oq.people(s, org.id)
    for p in people:
        if p.active and Role.QUALITY_MANAGER.value in p.roles:
            return p.name
    return actor if any(p.name == actor for p in people) else ""


def _agenda(
    existing: list[dict],
    owners: Mapping[str, str] | None,
    notes: Mapping[str, str] | None,
    default_owner: str,
) -> list[dict]:
    by_key = {e.get("key"): e for e in existing if e.get("key") in INPUTS_BY_KEY}
    for k in list(owners or ()) + list(notes or ()):
        _key(k)
    owners = {_key(k): clean(v) for k, v in (owners or {}).items()}
    notes = {_key(k): clean(v) for k, v in (notes or {}).items()}
    out = []
    for key in INPUT_KEYS:
        old = by_key.get(key, {})
        out.append(
            {
                "key": key,
                "owner": owners.get(key, old.get("owner", default_owner)),
                "note": notes.get(key, old.get("note", "")),
            }
        )
    return out


def _action_view(a: ReviewAction, number: str, owner: str, today: date) -> ReviewActionView:
    late = action_is_overdue(ActionStatus(a.status), a.due_date, today)
    return ReviewActionView(
        id=str(a.id),
        review_id=str(a.review_id),
        review_number=number,
        seq=a.seq,
        category=a.category,
        description=a.description,
        owner_id=str(a.owner_id) if a.owner_id else None,
        owner=owner,
        due_date=a.due_date,
        status=a.status,
        completed_at=a.completed_at,
        evidence=a.evidence,
        overdue=late,
        days_overdue=(today - a.due_date).days if late and a.due_date else 0,
    )


def action_views(
    s: Session, rows: list[tuple[ReviewAction, str]], today: date
) -> list[ReviewActionView]:
    names = q.person_names(s, [a.owner_id for a, _n in rows])
    return [_action_view(a, n, names.get(a.owner_id, ""), today) for a, n in rows]


def _blockers(r: ManagementReview) -> tuple[str, ...]:
    """Why an open review cannot close yet; () when it can, and for a closed review."""
    if r.status == "closed":
        return ()
    out = []
    if r.status != "held" or r.held_on is None:
        out.append("评审会议尚未召开 / the review meeting has not been held yet")
    missing = [k for k in CONCLUSION_LABELS if not clean(getattr(r, k))]
    if missing:
        zh = "、".join(CONCLUSION_LABELS[k][0] for k in missing)
        en = ", ".join(CONCLUSION_LABELS[k][1].lower() for k in missing)
        out.append(f"评审结论缺少{zh} / the conclusion on {en} is missing")
    return tuple(out)


def review_view(s: Session, r: ManagementReview, today: date) -> ReviewView:
    chair = s.get(Person, r.chair_id) if r.chair_id else None
    agenda = _agenda(list(r.agenda or []), None, None, "")
    return ReviewView(
        id=str(r.id),
        number=r.number,
        year=r.year,
        title=r.title,
        planned_on=r.planned_on,
        held_on=r.held_on,
        location=r.location,
        chair_id=str(r.chair_id) if r.chair_id else None,
        chair=chair.name if chair else "",
        participants=tuple(r.participants or ()),
        agenda=tuple(
            AgendaItem(
                e["key"],
                INPUTS_BY_KEY[e["key"]].title_zh,
                INPUTS_BY_KEY[e["key"]].title_en,
                e["owner"],
                e["note"],
            )
            for e in agenda
        ),
        input_notes={k: v for k, v in (r.input_notes or {}).items() if k in INPUTS_BY_KEY and v},
        suitability=r.suitability,
        adequacy=r.adequacy,
        effectiveness=r.effectiveness,
        status=r.status,
        closed_at=r.closed_at,
        actions=tuple(action_views(s, [(a, r.number) for a in q.actions(s, r.id)], today)),
        close_blockers=_blockers(r),
    )


# --- the review ------------------------------------------------------------------------------


def plan_review(
    ctx: Context,
    *,
    title: str,
    planned_on: date,
    year: int | None = None,
    location: str = "",
    chair: str | None = None,
    participants: Iterable[str] | str | None = None,
    owners: Mapping[str, str] | None = None,
    agenda_notes: Mapping[str, str] | None = None,
) -> ReviewView:
    """A new review numbered MR-YYYY-NN, with the a–k agenda (owners default to the quality
    manager)."""
    if not clean(title):
        raise Invalid("请填写评审名称 / the review needs a title")
    if planned_on is None:
        raise Invalid("请填写计划日期 / the planned date is required")
    year = planned_on.year if year is None else year
    if not 2000 <= year <= 2100:
        raise Invalid(f"年份不合理 / implausible year: {year}")
    with ctx.write() as s:
        org = current_org(s)
        seq = next_sequence(q.numbers_for_year(s, org.id, year), REVIEW_PREFIX, year)
        r = ManagementReview(
            organisation_id=org.id,
            number=f"{REVIEW_PREFIX}-{year}-{seq:02d}",
            year=year,
            title=clean(title),
            planned_on=planned_on,
            location=clean(location),
            chair_id=person(s, org, chair).id if clean(chair) else None,
            participants=_participants(participants),
            agenda=_agenda([], owners, agenda_notes, _default_owner(s, org, ctx.actor)),
            input_notes={},
            status="planned",
        )
        s.add(r)
        s.flush()
        return review_view(s, r, ctx.today())


def update_review(
    ctx: Context,
    ref: str,
    *,
    title: str | None = None,
    planned_on=_UNSET,
    location: str | None = None,
    chair=_UNSET,
    participants: Iterable[str] | str | None = None,
    owners: Mapping[str, str] | None = None,
    agenda_notes: Mapping[str, str] | None = None,
) -> ReviewView:
    with ctx.write() as s:
        org = current_org(s)
        r = find_review(s, org, ref)
        _not_closed(r, "修改")
        if title is not None:
            if not clean(title):
                raise Invalid("请填写评审名称 / the review needs a title")
            r.title = clean(title)
        if planned_on is not _UNSET:
            if planned_on is None:
                raise Invalid("请填写计划日期 / the planned date is required")
            r.planned_on = planned_on
        if location is not None:
            r.location = clean(location)
        if chair is not _UNSET:
            r.chair_id = person(s, org, chair).id if clean(chair) else None
        if participants is not None:
            r.participants = _participants(participants)
        if owners is not None or agenda_notes is not None:
            r.agenda = _agenda(list(r.agenda or []), owners, agenda_notes, "")
        s.flush()
        return review_view(s, r, ctx.today())


def hold_review(ctx: Context, ref: str, held_on: date) -> ReviewView:
    """Record that the meeting took place (again, to correct its date)."""
    if held_on is None:
        raise Invalid("请填写召开日期 / the meeting date is required")
    if held_on > ctx.today():
        raise Invalid(
            f"召开日期不能晚于今天 / the meeting cannot have been held in the future: {held_on}"
        )
    with ctx.write() as s:
        r = find_review(s, current_org(s), ref)
        _not_closed(r, "修改")
        r.held_on = held_on
        r.status = "held"
        s.flush()
        return review_view(s, r, ctx.today())


def set_input_note(ctx: Context, ref: str, key: str, text: str) -> ReviewView:
    """The free text of one input (b, f, j, k… where the data cannot speak); "" clears it."""
    key = _key(key)
    with ctx.write() as s:
        r = find_review(s, current_org(s), ref)
        _not_closed(r, "修改")
        notes = dict(r.input_notes or {})
        text = (text or "").strip()
        if text:
            notes[key] = text
        else:
            notes.pop(key, None)
        r.input_notes = notes  # a new dict: the JSON column notices reassignment only
        s.flush()
        return review_view(s, r, ctx.today())


def set_conclusion(
    ctx: Context,
    ref: str,
    *,
    suitability: str | None = None,
    adequacy: str | None = None,
    effectiveness: str | None = None,
) -> ReviewView:
    """The conclusion on the management system's suitability, adequacy and effectiveness."""
    with ctx.write() as s:
        r = find_review(s, current_org(s), ref)
        _not_closed(r, "修改结论")
        for field, value in (
            ("suitability", suitability),
            ("adequacy", adequacy),
            ("effectiveness", effectiveness),
        ):
            if value is not None:
                setattr(r, field, value.strip())
        s.flush()
        return review_view(s, r, ctx.today())


def close_review(ctx: Context, ref: str) -> ReviewView:
    """Close a held review whose conclusion is written; its actions stay followed up."""
    with ctx.write() as s:
        r = find_review(s, current_org(s), ref)
        _not_closed(r, "再次关闭")
        blockers = _blockers(r)
        if blockers:
            zh = ";".join(b.partition(" / ")[0] for b in blockers)
            en = "; ".join(b.partition(" / ")[2] for b in blockers)
            raise Invalid(f"{r.number} 不能关闭:{zh} / {r.number} cannot be closed: {en}")
        r.status = "closed"
        r.closed_at = ctx.now()
        s.flush()
        return review_view(s, r, ctx.today())


def get_review(ctx: Context, ref: str) -> ReviewView:
    with ctx.read() as s:
        return review_view(s, find_review(s, current_org(s), ref), ctx.today())


def list_reviews(ctx: Context, year: int | None = None) -> list[ReviewSummary]:
    today = ctx.today()
    with ctx.read() as s:
        org = oq.organisation(s)
        if org is None:
            return []
        rows = q.reviews(s, org.id, year)
        counts = q.action_counts(s, [r.id for r in rows], today)
        chairs = q.person_names(s, [r.chair_id for r in rows])
        return [
            ReviewSummary(
                str(r.id),
                r.number,
                r.year,
                r.title,
                r.planned_on,
                r.held_on,
                chairs.get(r.chair_id, ""),
                r.status,
                *counts.get(r.id, (0, 0, 0)),
            )
            for r in rows
        ]


def review_years(ctx: Context) -> list[int]:
    with ctx.read() as s:
        org = oq.organisation(s)
        return q.years(s, org.id) if org else []


# --- decisions and actions -------------------------------------------------------------------


def add_action(
    ctx: Context,
    ref: str,
    description: str,
    *,
    owner: str | None,
    due_date: date | None,
    category: str = "improvement",
) -> ReviewActionView:
    """A decision of the review: what, who, by when (ISO 9001 9.3.3 category)."""
    if not clean(description):
        raise Invalid("请描述措施 / describe the action")
    if not clean(owner):
        raise Invalid("请指定责任人 / the action needs an owner")
    if due_date is None:
        raise Invalid("请填写完成期限 / the action needs a due date")
    category = _category(category)
    with ctx.write() as s:
        org = current_org(s)
        r = find_review(s, org, ref)
        _not_closed(r, "增加措施")
        owner_row = person(s, org, owner)
        a = ReviewAction(
            review_id=r.id,
            seq=max((x.seq for x in q.actions(s, r.id)), default=0) + 1,
            category=category,
            description=description.strip(),
            owner_id=owner_row.id,
            due_date=due_date,
            status=ActionStatus.OPEN.value,
        )
        s.add(a)
        s.flush()
        return _action_view(a, r.number, owner_row.name, ctx.today())


def update_action(
    ctx: Context,
    action_id: str,
    *,
    description: str | None = None,
    category: str | None = None,
    owner=_UNSET,
    due_date=_UNSET,
    evidence: str | None = None,
) -> ReviewActionView:
    """Change an action. After the review closes only its owner, due date and evidence may
    change (a reassignment or a new deadline is follow-up, the decision itself is not)."""
    with ctx.write() as s:
        org = current_org(s)
        a = _action_row(s, action_id)
        r = s.get(ManagementReview, a.review_id)
        if description is not None or category is not None:
            _not_closed(r, "修改措施内容")
        if description is not None:
            if not clean(description):
                raise Invalid("请描述措施 / describe the action")
            a.description = description.strip()
        if category is not None:
            a.category = _category(category)
        if owner is not _UNSET:
            if not clean(owner):
                raise Invalid("请指定责任人 / the action needs an owner")
            a.owner_id = person(s, org, owner).id
        if due_date is not _UNSET:
            if due_date is None:
                raise Invalid("请填写完成期限 / the action needs a due date")
            a.due_date = due_date
        if evidence is not None:
            a.evidence = evidence.strip()
        s.flush()
        return action_views(s, [(a, r.number)], ctx.today())[0]


def set_action_status(
    ctx: Context,
    action_id: str,
    status: str,
    *,
    evidence: str | None = None,
    completed_at: datetime | None = None,
) -> ReviewActionView:
    """Start, complete, cancel or reopen an action; completing records when and the evidence."""
    new = _status(status)
    with ctx.write() as s:
        a = _action_row(s, action_id)
        r = s.get(ManagementReview, a.review_id)
        if new == ActionStatus.DONE:
            if completed_at is not None and completed_at.tzinfo is None:
                raise Invalid("完成时间须带时区 / the completion time needs a time zone")
            a.completed_at = completed_at or ctx.now()
        else:
            a.completed_at = None
        a.status = new.value
        if evidence is not None:
            a.evidence = evidence.strip()
        s.flush()
        return action_views(s, [(a, r.number)], ctx.today())[0]


def complete_action(
    ctx: Context, action_id: str, *, evidence: str = "", completed_at: datetime | None = None
) -> ReviewActionView:
    return set_action_status(
        ctx, action_id, ActionStatus.DONE, evidence=evidence, completed_at=completed_at
    )


def action_id_by_seq(ctx: Context, ref: str, seq: int) -> str:
    with ctx.read() as s:
        r = find_review(s, current_org(s), ref)
        for a in q.actions(s, r.id):
            if a.seq == seq:
                return str(a.id)
        raise NotFound(f"{r.number} 没有第 {seq} 项措施 / {r.number} has no action {seq}")


def open_actions(
    ctx: Context,
    *,
    owner: str | None = None,
    overdue_only: bool = False,
    limit: int | None = None,
) -> list[ReviewActionView]:
    """Unfinished actions of all reviews, overdue first (earliest due first), for Home and
    reminders; `owner` narrows to one person's actions."""
    today = ctx.today()
    with ctx.read() as s:
        org = oq.organisation(s)
        if org is None:
            return []
        owner_id = None
        if owner is not None:
            found = oq.person_by_name(s, org.id, clean(owner))
            if found is None:
                return []
            owner_id = found.id
        rows = q.open_actions(
            s, org.id, owner_id=owner_id, due_before=today if overdue_only else None, limit=limit
        )
        return action_views(s, rows, today)


def previous_actions(ctx: Context, ref: str) -> list[ReviewActionView]:
    """What input a) reports on: every action of the review just before this one, and the
    still unfinished actions of older reviews."""
    today = ctx.today()
    with ctx.read() as s:
        r = find_review(s, current_org(s), ref)
        earlier = q.earlier_reviews(s, r)
        if not earlier:
            return []
        numbers = {e.id: e.number for e in earlier}
        last = earlier[-1].id
        rows = [
            (a, numbers[a.review_id])
            for a in q.actions_of(s, list(numbers))
            if a.review_id == last or a.status in _UNFINISHED
        ]
        rows.sort(key=lambda row: (row[1], row[0].seq))
        return action_views(s, rows, today)
