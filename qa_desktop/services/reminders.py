"""What is late and what falls due soon — derived from due dates every time, never stored.

The app is offline: there is no e-mail. Reminders are what Home shows and what the start-up
notice tells the current user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from qa_desktop.domain.enums import Role
from qa_desktop.store.models import Department, Person
from qa_desktop.store.queries import ncs as q
from qa_desktop.store.queries import org as oq

from .context import Context
from .nonconformities import NcRow, list_ncs
from .reviews import ReviewActionView, open_actions

DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class ActionDue:
    action_id: str
    nc_number: str
    seq: int
    description: str
    owner: str
    due_date: date
    days_left: int  # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class DueItems:
    overdue_ncs: tuple[NcRow, ...]
    due_soon_ncs: tuple[NcRow, ...]
    overdue_actions: tuple[ActionDue, ...]
    due_soon_actions: tuple[ActionDue, ...]
    # Management-review decisions are tracked like corrective actions (ISO/IEC 20000-1 9.3).
    overdue_review_actions: tuple[ReviewActionView, ...] = ()
    due_soon_review_actions: tuple[ReviewActionView, ...] = ()

    @property
    def count(self) -> int:
        late = (self.overdue_ncs, self.overdue_actions, self.overdue_review_actions)
        return sum(map(len, late))


def _actions(ctx: Context, until: date, owner_id=None) -> list[ActionDue]:
    today = ctx.today()
    with ctx.read() as s:
        rows = q.due_actions(s, today, until, owner_id)
        out = []
        for action, number in rows:
            owner = s.get(Person, action.owner_id) if action.owner_id else None
            out.append(
                ActionDue(
                    str(action.id),
                    number,
                    action.seq,
                    action.description,
                    owner.name if owner else "",
                    action.due_date,
                    (action.due_date - today).days,
                )
            )
        return out


def due_items(ctx: Context, *, days: int = DUE_SOON_DAYS, limit: int = 50) -> DueItems:
    """Overdue and due-within-`days` NCs and corrective actions of the whole organisation."""
    today = ctx.today()
    until = today + timedelta(days=days)
    overdue = list_ncs(ctx, overdue=True, limit=limit, with_total=False).rows
    # Not overdue, in SQL: with a long backlog the first page would be all overdue.
    soon = list_ncs(ctx, due_before=until, overdue=False, limit=limit, with_total=False).rows
    actions = _actions(ctx, until)
    # A year has a handful of review decisions: all of them are read, then split.
    decisions = [a for a in open_actions(ctx) if a.due_date is not None and a.due_date <= until]
    return DueItems(
        tuple(overdue),
        tuple(soon),
        tuple(a for a in actions if a.overdue),
        tuple(a for a in actions if not a.overdue),
        tuple(a for a in decisions if a.overdue)[:limit],
        tuple(a for a in decisions if not a.overdue)[:limit],
    )


def my_overdue(ctx: Context) -> DueItems:
    """The current user's late work: actions they own, NCs they audited, and the NCs of the
    department they head."""
    today = ctx.today()
    with ctx.read() as s:
        org = oq.organisation(s)
        me = oq.person_by_name(s, org.id, ctx.actor) if org else None
        if me is None:
            return DueItems((), (), (), ())
        heads = me.department_id if Role.DEPARTMENT_HEAD.value in me.roles else None
        name, me_id = me.name, me.id
        dept_name = s.get(Department, heads).name if heads else None
    ncs: dict[str, NcRow] = {}
    for filters in ({"auditor": name}, {"department_ref": dept_name} if dept_name else None):
        if filters:
            for row in list_ncs(ctx, overdue=True, limit=200, with_total=False, **filters).rows:
                ncs.setdefault(row.number, row)
    actions = [a for a in _actions(ctx, today - timedelta(days=1), me_id) if a.overdue]
    decisions = open_actions(ctx, owner=name, overdue_only=True)
    return DueItems(tuple(ncs.values()), (), tuple(actions), (), tuple(decisions))
