"""The nonconformity (不符合项) life cycle: a transition table plus guards.

The table says which states a transition may start from; the guards say what the record
(and the user's input) must contain. Both are pure: the service layer turns a DB row into
:class:`NcFacts`, asks :func:`blockers` / :func:`apply`, and persists the result.

Guards come in two kinds. *Fact* guards look only at the record (e.g. facts written, actions
done); *input* guards look at what the user types with the transition (a reason, a verifier).
:func:`allowed_transitions` only counts fact guards, so a button can be enabled and then ask
for the missing input in its dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from qa_desktop.domain.enums import (
    NC_STATUS_LABELS,
    OPEN_NC_STATUSES,
    ActionStatus,
    Grade,
    NcStatus,
)


class Transition(StrEnum):
    ISSUE = "issue"
    DISPUTE = "dispute"
    RESOLVE_DISPUTE = "resolve_dispute"
    WITHDRAW = "withdraw"
    ACKNOWLEDGE = "acknowledge"
    TRACK = "track"
    SUBMIT_PLAN = "submit_plan"
    REJECT_PLAN = "reject_plan"
    APPROVE_PLAN = "approve_plan"
    START = "start"
    REQUEST_VERIFICATION = "request_verification"
    VERIFY_EFFECTIVE = "verify_effective"
    VERIFY_NOT_EFFECTIVE = "verify_not_effective"
    CLOSE = "close"
    REOPEN = "reopen"


TRANSITION_LABELS: dict[Transition, tuple[str, str]] = {
    Transition.ISSUE: ("开具", "Issue"),
    Transition.DISPUTE: ("提出异议", "Dispute"),
    Transition.RESOLVE_DISPUTE: ("裁定维持", "Uphold"),
    Transition.WITHDRAW: ("撤销", "Withdraw"),
    Transition.ACKNOWLEDGE: ("受审方确认", "Acknowledge"),
    Transition.TRACK: ("跟踪", "Track"),
    Transition.SUBMIT_PLAN: ("提交措施计划", "Submit plan"),
    Transition.REJECT_PLAN: ("退回计划", "Reject plan"),
    Transition.APPROVE_PLAN: ("批准计划", "Approve plan"),
    Transition.START: ("开始实施", "Start"),
    Transition.REQUEST_VERIFICATION: ("申请验证", "Request verification"),
    Transition.VERIFY_EFFECTIVE: ("验证有效", "Verified effective"),
    Transition.VERIFY_NOT_EFFECTIVE: ("验证无效", "Not effective"),
    Transition.CLOSE: ("关闭", "Close"),
    Transition.REOPEN: ("重新打开", "Reopen"),
}

_S = NcStatus

TRANSITIONS: Mapping[Transition, tuple[frozenset[NcStatus], NcStatus]] = MappingProxyType(
    {
        Transition.ISSUE: (frozenset({_S.DRAFT}), _S.ISSUED),
        Transition.DISPUTE: (frozenset({_S.ISSUED}), _S.DISPUTED),
        Transition.RESOLVE_DISPUTE: (frozenset({_S.DISPUTED}), _S.ACKNOWLEDGED),
        Transition.WITHDRAW: (frozenset({_S.DRAFT, _S.ISSUED, _S.DISPUTED}), _S.WITHDRAWN),
        Transition.ACKNOWLEDGE: (frozenset({_S.ISSUED}), _S.ACKNOWLEDGED),
        Transition.TRACK: (frozenset({_S.ISSUED, _S.ACKNOWLEDGED}), _S.TRACKING),
        Transition.SUBMIT_PLAN: (
            frozenset({_S.ACKNOWLEDGED, _S.PLAN_REJECTED, _S.REOPENED}),
            _S.PLAN_SUBMITTED,
        ),
        Transition.REJECT_PLAN: (frozenset({_S.PLAN_SUBMITTED}), _S.PLAN_REJECTED),
        Transition.APPROVE_PLAN: (frozenset({_S.PLAN_SUBMITTED}), _S.PLAN_APPROVED),
        Transition.START: (frozenset({_S.PLAN_APPROVED}), _S.IN_PROGRESS),
        Transition.REQUEST_VERIFICATION: (
            frozenset({_S.PLAN_APPROVED, _S.IN_PROGRESS}),
            _S.PENDING_VERIFICATION,
        ),
        Transition.VERIFY_EFFECTIVE: (frozenset({_S.PENDING_VERIFICATION}), _S.VERIFIED),
        Transition.VERIFY_NOT_EFFECTIVE: (frozenset({_S.PENDING_VERIFICATION}), _S.REOPENED),
        # Only VERIFIED closes a major/minor NC; the other three are for observations,
        # which domain.md lets close without verification (a fact guard enforces this).
        Transition.CLOSE: (
            frozenset({_S.VERIFIED, _S.TRACKING, _S.ISSUED, _S.ACKNOWLEDGED}),
            _S.CLOSED,
        ),
        Transition.REOPEN: (frozenset({_S.VERIFIED, _S.CLOSED}), _S.REOPENED),
    }
)

# Transitions that count as another round of corrective action.
_REOPENING: frozenset[Transition] = frozenset({Transition.VERIFY_NOT_EFFECTIVE, Transition.REOPEN})

# Which TransitionInput fields the dialog for a transition should ask for. ACKNOWLEDGE lists
# acknowledged_by even though the record may already hold it, so the dialog can confirm it.
REQUIRED_INPUTS: Mapping[Transition, frozenset[str]] = MappingProxyType(
    {
        t: frozenset(fields)
        for t, fields in {
            Transition.ISSUE: (),
            Transition.DISPUTE: ("reason",),
            Transition.RESOLVE_DISPUTE: ("reason",),
            Transition.WITHDRAW: ("reason",),
            Transition.ACKNOWLEDGE: ("acknowledged_by",),
            Transition.TRACK: (),
            Transition.SUBMIT_PLAN: (),
            Transition.REJECT_PLAN: ("reason",),
            Transition.APPROVE_PLAN: (),
            Transition.START: (),
            Transition.REQUEST_VERIFICATION: (),
            Transition.VERIFY_EFFECTIVE: ("verifier_id", "method"),
            Transition.VERIFY_NOT_EFFECTIVE: ("verifier_id",),
            Transition.CLOSE: (),
            Transition.REOPEN: ("reason",),
        }.items()
    }
)


@dataclass(frozen=True)
class ActionFacts:
    owner_id: str | None
    status: ActionStatus


@dataclass(frozen=True)
class NcFacts:
    """What the guards look at; the service builds it from the DB row."""

    status: NcStatus
    grade: Grade
    facts: str = ""
    clause: str = ""
    department_id: str | None = None
    acknowledged_by: str = ""  # the auditee representative's name
    correction: str = ""
    root_cause: str = ""
    root_cause_category: str | None = None
    actions: tuple[ActionFacts, ...] = ()
    reopen_count: int = 0


@dataclass(frozen=True)
class Blocker:
    """Why a transition is not possible now (a tooltip in the GUI, an error in the CLI)."""

    code: str
    zh: str
    en: str

    def message(self, lang: str = "zh_CN") -> str:
        return self.en if lang.startswith("en") else self.zh


@dataclass(frozen=True)
class TransitionInput:
    """What the user supplies with a transition."""

    reason: str = ""  # dispute / withdraw / reject / reopen / the ruling on a dispute
    acknowledged_by: str = ""
    verifier_id: str | None = None
    method: str = ""  # verification method: document check, re-sampling, KPI trend…


class TransitionError(ValueError):
    def __init__(self, transition: Transition, blockers: list[Blocker]) -> None:
        self.transition = transition
        self.blockers = list(blockers)
        zh = "；".join(b.zh for b in self.blockers)
        en = "; ".join(b.en for b in self.blockers)
        super().__init__(f"{zh} / {en}")


# --- guards ----------------------------------------------------------------------------


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _is_formal(nc: NcFacts) -> bool:
    """Major and minor NCs need the full corrective-action loop; observations do not."""
    return nc.grade != Grade.OBSERVATION


def _live_actions(nc: NcFacts) -> list[ActionFacts]:
    return [a for a in nc.actions if a.status != ActionStatus.CANCELLED]


def _wrong_state(nc: NcFacts, t: Transition) -> Blocker:
    state_zh, state_en = NC_STATUS_LABELS[nc.status]
    t_zh, t_en = TRANSITION_LABELS[t]
    return Blocker(
        "wrong_state",
        f"当前状态为“{state_zh}”，不能执行“{t_zh}”",
        f"'{t_en}' is not possible while the nonconformity is '{state_en}'",
    )


_NO_ACTIONS = Blocker(
    "no_actions",
    "严重/一般不符合至少需要一项纠正措施",
    "A major or minor nonconformity needs at least one corrective action",
)


def _reason(given: TransitionInput, out: list[Blocker]) -> None:
    if _blank(given.reason):
        out.append(Blocker("reason_required", "请填写理由", "A reason is required"))


def _actions_done(nc: NcFacts, out: list[Blocker]) -> None:
    live = _live_actions(nc)
    open_count = sum(a.status != ActionStatus.DONE for a in live)
    if open_count:
        out.append(
            Blocker(
                "actions_not_done",
                f"还有{open_count}项纠正措施未完成",
                f"{open_count} corrective action(s) are not done yet",
            )
        )
    elif _is_formal(nc) and not live:
        out.append(_NO_ACTIONS)


def _verifier(nc: NcFacts, given: TransitionInput, out: list[Blocker]) -> None:
    if _blank(given.verifier_id):
        out.append(Blocker("verifier_required", "请指定验证人", "A verifier is required"))
        return
    # Independence: whoever carried out an action may not judge its effectiveness.
    if any(a.owner_id == given.verifier_id for a in _live_actions(nc)):
        out.append(
            Blocker(
                "verifier_is_owner",
                "验证人不能是纠正措施的责任人",
                "The verifier may not own any of the corrective actions",
            )
        )


def _g_issue(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    out = []
    if _blank(nc.facts):
        out.append(Blocker("facts_missing", "请填写不符合事实描述", "The facts are missing"))
    if _blank(nc.clause):
        out.append(Blocker("clause_missing", "请填写不符合条款", "The clause is missing"))
    if _blank(nc.department_id):
        out.append(
            Blocker(
                "department_missing",
                "请选择受审部门",
                "The audited department is not set",
            )
        )
    return out


def _g_reason(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    out: list[Blocker] = []
    if not facts_only:
        _reason(given, out)
    return out


def _g_acknowledge(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    if facts_only or not (_blank(given.acknowledged_by) and _blank(nc.acknowledged_by)):
        return []
    return [
        Blocker(
            "acknowledged_by_required",
            "请填写受审方确认人",
            "The name of the auditee representative who acknowledges is required",
        )
    ]


def _g_track(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    if nc.grade == Grade.OBSERVATION:
        return []
    return [
        Blocker(
            "observation_only",
            "只有观察项可以转为跟踪",
            "Only observations can be put under tracking",
        )
    ]


def _g_submit_plan(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    if not _is_formal(nc):
        return []
    out = []
    if _blank(nc.correction):
        out.append(Blocker("correction_missing", "请填写纠正", "The correction is missing"))
    if _blank(nc.root_cause):
        out.append(
            Blocker("root_cause_missing", "请填写原因分析", "The root-cause analysis is missing")
        )
    if _blank(nc.root_cause_category):
        out.append(
            Blocker(
                "root_cause_category_missing",
                "请选择原因类别（人/机/料/法/环/测）",
                "The root-cause category is not set",
            )
        )
    live = _live_actions(nc)
    if not live:
        out.append(_NO_ACTIONS)
    unowned = sum(_blank(a.owner_id) for a in live)
    if unowned:
        out.append(
            Blocker(
                "action_owner_missing",
                f"有{unowned}项纠正措施未指定责任人",
                f"{unowned} corrective action(s) have no owner",
            )
        )
    return out


def _g_none(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    return []


def _g_request_verification(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    out: list[Blocker] = []
    _actions_done(nc, out)
    return out


def _g_verify_effective(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    out: list[Blocker] = []
    _actions_done(nc, out)
    if not facts_only:
        _verifier(nc, given, out)
        if _blank(given.method):
            out.append(
                Blocker("method_required", "请填写验证方法", "The verification method is required")
            )
    return out


def _g_verify_not_effective(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    out: list[Blocker] = []
    if not facts_only:
        _verifier(nc, given, out)
    return out


def _g_close(nc: NcFacts, given: TransitionInput, facts_only: bool) -> list[Blocker]:
    if nc.status == NcStatus.VERIFIED or nc.grade == Grade.OBSERVATION:
        return []
    return [
        Blocker(
            "verification_required",
            "严重/一般不符合须验证有效后才能关闭",
            "A major or minor nonconformity can only be closed once verified effective",
        )
    ]


_Guard = Callable[[NcFacts, TransitionInput, bool], list[Blocker]]

_GUARDS: dict[Transition, _Guard] = {
    Transition.ISSUE: _g_issue,
    Transition.DISPUTE: _g_reason,
    Transition.RESOLVE_DISPUTE: _g_reason,
    Transition.WITHDRAW: _g_reason,
    Transition.ACKNOWLEDGE: _g_acknowledge,
    Transition.TRACK: _g_track,
    Transition.SUBMIT_PLAN: _g_submit_plan,
    Transition.REJECT_PLAN: _g_reason,
    Transition.APPROVE_PLAN: _g_none,
    Transition.START: _g_none,
    Transition.REQUEST_VERIFICATION: _g_request_verification,
    Transition.VERIFY_EFFECTIVE: _g_verify_effective,
    Transition.VERIFY_NOT_EFFECTIVE: _g_verify_not_effective,
    Transition.CLOSE: _g_close,
    Transition.REOPEN: _g_reason,
}


# --- public API --------------------------------------------------------------------------


def blockers(
    nc: NcFacts, t: Transition, given: TransitionInput = TransitionInput()
) -> list[Blocker]:
    """Everything that stops ``t`` now; empty means :func:`apply` will succeed.

    A wrong state is reported alone: the other guards say nothing useful then.
    """
    sources, _target = TRANSITIONS[t]
    if nc.status not in sources:
        return [_wrong_state(nc, t)]
    return _GUARDS[t](nc, given, False)


def allowed_transitions(nc: NcFacts) -> list[Transition]:
    """Transitions whose from-state matches and whose fact guards pass.

    Input guards (a reason, a verifier, a method) are ignored, so the caller can offer the
    transition and collect the input in a dialog.
    """
    return [
        t
        for t, (sources, _target) in TRANSITIONS.items()
        if nc.status in sources and not _GUARDS[t](nc, TransitionInput(), True)
    ]


def apply(nc: NcFacts, t: Transition, given: TransitionInput = TransitionInput()) -> NcFacts:
    """The facts after ``t``; raises :class:`TransitionError` if anything blocks it."""
    found = blockers(nc, t, given)
    if found:
        raise TransitionError(t, found)
    _sources, target = TRANSITIONS[t]
    changes: dict[str, object] = {"status": target}
    if t in _REOPENING:
        changes["reopen_count"] = nc.reopen_count + 1
    if t == Transition.ACKNOWLEDGE and not _blank(given.acknowledged_by):
        changes["acknowledged_by"] = given.acknowledged_by.strip()
    return replace(nc, **changes)


def is_overdue(status: NcStatus, due_date: date | None, today: date) -> bool:
    """Overdue is a flag on open NCs, not a state: due strictly before today."""
    return status in OPEN_NC_STATUSES and due_date is not None and due_date < today


def action_is_overdue(status: ActionStatus, due_date: date | None, today: date) -> bool:
    return (
        status not in (ActionStatus.DONE, ActionStatus.CANCELLED)
        and due_date is not None
        and due_date < today
    )


# domain.md §2: major and minor NCs are typically closed within 30 days.
CLOSE_WITHIN_DAYS = 30


def default_due_date(grade: Grade, found_on: date) -> date | None:
    """Observations are tracked optionally, so they get no deadline."""
    if grade == Grade.OBSERVATION:
        return None
    return found_on + timedelta(days=CLOSE_WITHIN_DAYS)


def suggested_recurrence_grade(parent_grade: Grade) -> Grade:
    """A recurrence is escalated one grade (a recurring minor NC becomes major)."""
    return {
        Grade.OBSERVATION: Grade.MINOR,
        Grade.MINOR: Grade.MAJOR,
        Grade.MAJOR: Grade.MAJOR,
    }[parent_grade]
