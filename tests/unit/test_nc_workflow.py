from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desktop.domain.enums import (
    NC_STATUS_LABELS,
    OPEN_NC_STATUSES,
    ActionStatus,
    Grade,
    NcStatus,
)
from qa_desktop.domain.nc_workflow import (
    REQUIRED_INPUTS,
    TRANSITION_LABELS,
    TRANSITIONS,
    ActionFacts,
    Blocker,
    NcFacts,
    Transition,
    TransitionError,
    TransitionInput,
    action_is_overdue,
    allowed_transitions,
    apply,
    blockers,
    default_due_date,
    is_overdue,
    suggested_recurrence_grade,
)

S = NcStatus
T = Transition

# The table as the brief specifies it, written out independently of the implementation.
EXPECTED: dict[Transition, tuple[set[NcStatus], NcStatus]] = {
    T.ISSUE: ({S.DRAFT}, S.ISSUED),
    T.DISPUTE: ({S.ISSUED}, S.DISPUTED),
    T.RESOLVE_DISPUTE: ({S.DISPUTED}, S.ACKNOWLEDGED),
    T.WITHDRAW: ({S.DRAFT, S.ISSUED, S.DISPUTED}, S.WITHDRAWN),
    T.ACKNOWLEDGE: ({S.ISSUED}, S.ACKNOWLEDGED),
    T.TRACK: ({S.ISSUED, S.ACKNOWLEDGED}, S.TRACKING),
    T.SUBMIT_PLAN: ({S.ACKNOWLEDGED, S.PLAN_REJECTED, S.REOPENED}, S.PLAN_SUBMITTED),
    T.REJECT_PLAN: ({S.PLAN_SUBMITTED}, S.PLAN_REJECTED),
    T.APPROVE_PLAN: ({S.PLAN_SUBMITTED}, S.PLAN_APPROVED),
    T.START: ({S.PLAN_APPROVED}, S.IN_PROGRESS),
    T.REQUEST_VERIFICATION: ({S.PLAN_APPROVED, S.IN_PROGRESS}, S.PENDING_VERIFICATION),
    T.VERIFY_EFFECTIVE: ({S.PENDING_VERIFICATION}, S.VERIFIED),
    T.VERIFY_NOT_EFFECTIVE: ({S.PENDING_VERIFICATION}, S.REOPENED),
    T.CLOSE: ({S.VERIFIED, S.TRACKING, S.ISSUED, S.ACKNOWLEDGED}, S.CLOSED),
    T.REOPEN: ({S.VERIFIED, S.CLOSED}, S.REOPENED),
}

OWNER = "u-owner"
VERIFIER = "u-verifier"
FULL_INPUT = TransitionInput(
    reason="理由", acknowledged_by="张三", verifier_id=VERIFIER, method="抽查20张工单"
)


def ready(status: NcStatus, grade: Grade = Grade.MINOR, **changes) -> NcFacts:
    """Facts that satisfy every fact guard."""
    nc = NcFacts(
        status=status,
        grade=grade,
        facts="抽查25张工单，4张P2超时未升级",
        clause="ISO/IEC 20000-1 8.6.1 c)",
        department_id="dept-sd",
        acknowledged_by="",
        correction="逐单复盘并书面说明",
        root_cause="SLA提醒只配置了P1",
        root_cause_category="method",
        actions=(ActionFacts(OWNER, ActionStatus.DONE),),
    )
    return replace(nc, **changes)


def codes(found: list[Blocker]) -> list[str]:
    return [b.code for b in found]


def grade_for(t: Transition, source: NcStatus) -> Grade:
    observation_only = t == T.TRACK or (t == T.CLOSE and source != S.VERIFIED)
    return Grade.OBSERVATION if observation_only else Grade.MINOR


ALLOWED = [(t, s) for t, (sources, _) in EXPECTED.items() for s in sorted(sources)]
FORBIDDEN = [(t, s) for t in Transition for s in NcStatus if s not in EXPECTED[t][0]]


def test_table_matches_the_specification():
    assert {t: (set(src), dst) for t, (src, dst) in TRANSITIONS.items()} == EXPECTED


def test_every_transition_has_labels_and_input_spec():
    assert set(TRANSITION_LABELS) == set(Transition)
    assert set(REQUIRED_INPUTS) == set(Transition)
    for zh, en in TRANSITION_LABELS.values():
        assert zh.strip() and en.strip()
    assert TRANSITION_LABELS[T.ACKNOWLEDGE] == ("受审方确认", "Acknowledge")
    for fields in REQUIRED_INPUTS.values():
        assert fields <= {"reason", "acknowledged_by", "verifier_id", "method"}


@pytest.mark.parametrize(("t", "source"), ALLOWED)
def test_allowed_transition(t: Transition, source: NcStatus):
    nc = ready(source, grade_for(t, source), reopen_count=2)
    assert blockers(nc, t, FULL_INPUT) == []
    assert t in allowed_transitions(nc)
    after = apply(nc, t, FULL_INPUT)
    assert after.status == EXPECTED[t][1]
    assert isinstance(after.status, NcStatus)
    expected_reopens = 3 if t in (T.VERIFY_NOT_EFFECTIVE, T.REOPEN) else 2
    assert after.reopen_count == expected_reopens
    assert nc.status == source  # the input facts are untouched


@pytest.mark.parametrize(("t", "source"), FORBIDDEN)
@pytest.mark.parametrize("grade", list(Grade))
def test_forbidden_transition_is_wrong_state(t: Transition, source: NcStatus, grade: Grade):
    nc = ready(source, grade)
    found = blockers(nc, t, FULL_INPUT)
    assert codes(found) == ["wrong_state"]
    zh, en = NC_STATUS_LABELS[source]
    assert zh in found[0].zh
    assert en in found[0].en
    assert t not in allowed_transitions(nc)
    with pytest.raises(TransitionError) as info:
        apply(nc, t, FULL_INPUT)
    assert info.value.transition == t
    assert codes(info.value.blockers) == ["wrong_state"]


def test_withdrawn_is_terminal():
    for grade in Grade:
        assert allowed_transitions(ready(S.WITHDRAWN, grade)) == []


# --- individual guards -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("facts", "", "facts_missing"),
        ("facts", "   ", "facts_missing"),
        ("clause", "", "clause_missing"),
        ("department_id", None, "department_missing"),
    ],
)
def test_issue_needs_facts_clause_and_department(field, value, code):
    nc = ready(S.DRAFT, **{field: value})
    assert codes(blockers(nc, T.ISSUE)) == [code]
    assert T.ISSUE not in allowed_transitions(nc)
    assert T.WITHDRAW in allowed_transitions(nc)


def test_issue_reports_every_missing_field_at_once():
    nc = ready(S.DRAFT, facts="", clause="", department_id=None)
    assert set(codes(blockers(nc, T.ISSUE))) == {
        "facts_missing",
        "clause_missing",
        "department_missing",
    }


@pytest.mark.parametrize(
    ("t", "source"),
    [
        (T.DISPUTE, S.ISSUED),
        (T.RESOLVE_DISPUTE, S.DISPUTED),
        (T.WITHDRAW, S.DRAFT),
        (T.WITHDRAW, S.ISSUED),
        (T.WITHDRAW, S.DISPUTED),
        (T.REJECT_PLAN, S.PLAN_SUBMITTED),
        (T.REOPEN, S.VERIFIED),
        (T.REOPEN, S.CLOSED),
    ],
)
@pytest.mark.parametrize("reason", ["", "  \t"])
def test_reason_required(t: Transition, source: NcStatus, reason: str):
    nc = ready(source)
    given = replace(FULL_INPUT, reason=reason)
    assert codes(blockers(nc, t, given)) == ["reason_required"]
    # An input guard: the button is still offered, the dialog asks for the reason.
    assert t in allowed_transitions(nc)
    assert "reason" in REQUIRED_INPUTS[t]
    with pytest.raises(TransitionError):
        apply(nc, t, given)


def test_acknowledge_needs_a_name_from_input_or_facts():
    nc = ready(S.ISSUED)
    assert codes(blockers(nc, T.ACKNOWLEDGE)) == ["acknowledged_by_required"]
    assert T.ACKNOWLEDGE in allowed_transitions(nc)

    after = apply(nc, T.ACKNOWLEDGE, TransitionInput(acknowledged_by=" 王五 "))
    assert after.status == S.ACKNOWLEDGED
    assert after.acknowledged_by == "王五"

    already = ready(S.ISSUED, acknowledged_by="赵六")
    assert blockers(already, T.ACKNOWLEDGE) == []
    assert apply(already, T.ACKNOWLEDGE).acknowledged_by == "赵六"


@pytest.mark.parametrize("grade", [Grade.MAJOR, Grade.MINOR])
@pytest.mark.parametrize("source", [S.ISSUED, S.ACKNOWLEDGED])
def test_track_is_for_observations_only(grade: Grade, source: NcStatus):
    nc = ready(source, grade)
    assert codes(blockers(nc, T.TRACK)) == ["observation_only"]
    assert T.TRACK not in allowed_transitions(nc)
    assert blockers(replace(nc, grade=Grade.OBSERVATION), T.TRACK) == []


@pytest.mark.parametrize("grade", [Grade.MAJOR, Grade.MINOR])
@pytest.mark.parametrize("source", [S.ISSUED, S.ACKNOWLEDGED, S.TRACKING])
def test_major_and_minor_close_only_after_verification(grade: Grade, source: NcStatus):
    nc = ready(source, grade)
    assert codes(blockers(nc, T.CLOSE)) == ["verification_required"]
    assert T.CLOSE not in allowed_transitions(nc)


@pytest.mark.parametrize("grade", list(Grade))
def test_verified_closes_for_any_grade(grade: Grade):
    assert apply(ready(S.VERIFIED, grade), T.CLOSE).status == S.CLOSED


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"correction": ""}, "correction_missing"),
        ({"root_cause": " "}, "root_cause_missing"),
        ({"root_cause_category": None}, "root_cause_category_missing"),
        ({"actions": ()}, "no_actions"),
        ({"actions": (ActionFacts(OWNER, ActionStatus.CANCELLED),)}, "no_actions"),
        (
            {
                "actions": (
                    ActionFacts(OWNER, ActionStatus.OPEN),
                    ActionFacts(None, ActionStatus.OPEN),
                )
            },
            "action_owner_missing",
        ),
        ({"actions": (ActionFacts("", ActionStatus.IN_PROGRESS),)}, "action_owner_missing"),
    ],
)
@pytest.mark.parametrize("grade", [Grade.MAJOR, Grade.MINOR])
@pytest.mark.parametrize("source", [S.ACKNOWLEDGED, S.PLAN_REJECTED, S.REOPENED])
def test_submit_plan_guards(changes, code, grade, source):
    nc = ready(source, grade, **changes)
    assert codes(blockers(nc, T.SUBMIT_PLAN)) == [code]
    assert T.SUBMIT_PLAN not in allowed_transitions(nc)


def test_submit_plan_ignores_cancelled_actions_without_owner():
    nc = ready(
        S.ACKNOWLEDGED,
        actions=(ActionFacts(None, ActionStatus.CANCELLED), ActionFacts(OWNER, ActionStatus.OPEN)),
    )
    assert blockers(nc, T.SUBMIT_PLAN) == []


def test_submit_plan_has_no_requirements_for_an_observation():
    nc = NcFacts(status=S.ACKNOWLEDGED, grade=Grade.OBSERVATION)
    assert blockers(nc, T.SUBMIT_PLAN) == []


@pytest.mark.parametrize("source", [S.PLAN_APPROVED, S.IN_PROGRESS])
@pytest.mark.parametrize("grade", list(Grade))
@pytest.mark.parametrize("open_status", [ActionStatus.OPEN, ActionStatus.IN_PROGRESS])
def test_request_verification_needs_all_actions_done(source, grade, open_status):
    nc = ready(
        source,
        grade,
        actions=(ActionFacts(OWNER, ActionStatus.DONE), ActionFacts("u2", open_status)),
    )
    assert codes(blockers(nc, T.REQUEST_VERIFICATION)) == ["actions_not_done"]
    assert T.REQUEST_VERIFICATION not in allowed_transitions(nc)


def test_request_verification_ignores_cancelled_actions():
    nc = ready(
        S.IN_PROGRESS,
        actions=(ActionFacts(OWNER, ActionStatus.DONE), ActionFacts("u2", ActionStatus.CANCELLED)),
    )
    assert blockers(nc, T.REQUEST_VERIFICATION) == []


@pytest.mark.parametrize("grade", [Grade.MAJOR, Grade.MINOR])
def test_request_verification_needs_a_done_action_for_major_and_minor(grade):
    for actions in [(), (ActionFacts(OWNER, ActionStatus.CANCELLED),)]:
        nc = ready(S.IN_PROGRESS, grade, actions=actions)
        assert codes(blockers(nc, T.REQUEST_VERIFICATION)) == ["no_actions"]


def test_request_verification_observation_needs_no_action():
    nc = NcFacts(status=S.PLAN_APPROVED, grade=Grade.OBSERVATION)
    assert apply(nc, T.REQUEST_VERIFICATION).status == S.PENDING_VERIFICATION


def test_verify_effective_guards():
    nc = ready(S.PENDING_VERIFICATION)
    assert codes(blockers(nc, T.VERIFY_EFFECTIVE, replace(FULL_INPUT, verifier_id=None))) == [
        "verifier_required"
    ]
    assert codes(blockers(nc, T.VERIFY_EFFECTIVE, replace(FULL_INPUT, verifier_id=OWNER))) == [
        "verifier_is_owner"
    ]
    assert codes(blockers(nc, T.VERIFY_EFFECTIVE, replace(FULL_INPUT, method=" "))) == [
        "method_required"
    ]
    not_done = replace(nc, actions=(ActionFacts(OWNER, ActionStatus.IN_PROGRESS),))
    assert codes(blockers(not_done, T.VERIFY_EFFECTIVE, FULL_INPUT)) == ["actions_not_done"]
    # Not done is about the record, so the button is not even offered.
    assert T.VERIFY_EFFECTIVE not in allowed_transitions(not_done)
    assert T.VERIFY_EFFECTIVE in allowed_transitions(nc)


def test_verifier_owning_only_a_cancelled_action_is_independent():
    nc = ready(
        S.PENDING_VERIFICATION,
        actions=(
            ActionFacts(OWNER, ActionStatus.DONE),
            ActionFacts(VERIFIER, ActionStatus.CANCELLED),
        ),
    )
    assert apply(nc, T.VERIFY_EFFECTIVE, FULL_INPUT).status == S.VERIFIED


def test_verifier_is_owner_message_is_bilingual():
    nc = ready(S.PENDING_VERIFICATION)
    (b,) = blockers(nc, T.VERIFY_EFFECTIVE, replace(FULL_INPUT, verifier_id=OWNER))
    assert b.message() == "验证人不能是纠正措施的责任人"
    assert b.message("en_US") == "The verifier may not own any of the corrective actions"


def test_verify_not_effective_guards_and_reopens():
    nc = ready(S.PENDING_VERIFICATION, reopen_count=1)
    assert codes(blockers(nc, T.VERIFY_NOT_EFFECTIVE, TransitionInput())) == ["verifier_required"]
    assert codes(blockers(nc, T.VERIFY_NOT_EFFECTIVE, TransitionInput(verifier_id=OWNER))) == [
        "verifier_is_owner"
    ]
    after = apply(nc, T.VERIFY_NOT_EFFECTIVE, TransitionInput(verifier_id=VERIFIER))
    assert (after.status, after.reopen_count) == (S.REOPENED, 2)


def test_transition_error_text_joins_both_languages():
    nc = ready(S.DRAFT, facts="", clause="")
    with pytest.raises(TransitionError) as info:
        apply(nc, T.ISSUE)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.transition == T.ISSUE
    zh = "；".join(b.zh for b in err.blockers)
    en = "; ".join(b.en for b in err.blockers)
    assert len(err.blockers) == 2
    assert str(err) == f"{zh} / {en}"


def test_allowed_transitions_for_typical_records():
    assert allowed_transitions(ready(S.ISSUED, Grade.MINOR)) == [
        T.DISPUTE,
        T.WITHDRAW,
        T.ACKNOWLEDGE,
    ]
    assert set(allowed_transitions(ready(S.ISSUED, Grade.OBSERVATION))) == {
        T.DISPUTE,
        T.WITHDRAW,
        T.ACKNOWLEDGE,
        T.TRACK,
        T.CLOSE,
    }
    assert allowed_transitions(ready(S.TRACKING, Grade.OBSERVATION)) == [T.CLOSE]
    assert allowed_transitions(ready(S.TRACKING, Grade.MAJOR)) == []


def test_main_path_then_failed_effectiveness_check():
    nc = NcFacts(status=S.DRAFT, grade=Grade.MAJOR)
    with pytest.raises(TransitionError):
        apply(nc, T.ISSUE)
    nc = replace(nc, facts="6项账实不符", clause="20000-1 8.2.5", department_id="ops")
    nc = apply(nc, T.ISSUE)
    nc = apply(nc, T.ACKNOWLEDGE, TransitionInput(acknowledged_by="运维部经理"))
    nc = replace(
        nc,
        correction="全面盘点",
        root_cause="职责未分离",
        root_cause_category="man",
        actions=(ActionFacts("mgr", ActionStatus.OPEN),),
    )
    nc = apply(nc, T.SUBMIT_PLAN)
    nc = apply(nc, T.REJECT_PLAN, TransitionInput(reason="措施不具体"))
    nc = apply(nc, T.SUBMIT_PLAN)
    nc = apply(nc, T.APPROVE_PLAN)
    nc = apply(nc, T.START)
    with pytest.raises(TransitionError):
        apply(nc, T.REQUEST_VERIFICATION)
    nc = replace(nc, actions=(ActionFacts("mgr", ActionStatus.DONE),))
    nc = apply(nc, T.REQUEST_VERIFICATION)
    nc = apply(nc, T.VERIFY_EFFECTIVE, TransitionInput(verifier_id="lead", method="再抽20项"))
    nc = apply(nc, T.CLOSE)
    assert (nc.status, nc.reopen_count) == (S.CLOSED, 0)
    nc = apply(nc, T.REOPEN, TransitionInput(reason="下季度盘点差异仍超标"))
    assert (nc.status, nc.reopen_count) == (S.REOPENED, 1)
    assert apply(nc, T.SUBMIT_PLAN).status == S.PLAN_SUBMITTED


# --- random sequences ------------------------------------------------------------------

PEOPLE = ["u1", "u2", "u3"]
_text = st.sampled_from(["", "  ", "内容"])
_actions = st.lists(
    st.builds(
        ActionFacts,
        owner_id=st.one_of(st.none(), st.just(""), st.sampled_from(PEOPLE)),
        status=st.sampled_from(ActionStatus),
    ),
    max_size=3,
).map(tuple)
_inputs = st.builds(
    TransitionInput,
    reason=_text,
    acknowledged_by=_text,
    # Verifiers come from the same few people as owners, so "verifier is owner" happens.
    verifier_id=st.one_of(st.none(), st.just(""), st.sampled_from(PEOPLE)),
    method=_text,
)
# What the service may change between transitions (never status or reopen_count).
_edits = st.fixed_dictionaries(
    {},
    optional={
        "grade": st.sampled_from(Grade),
        "facts": _text,
        "clause": _text,
        "department_id": st.one_of(st.none(), st.just("dept")),
        "acknowledged_by": _text,
        "correction": _text,
        "root_cause": _text,
        "root_cause_category": st.one_of(st.none(), st.just("method")),
        "actions": _actions,
    },
)
_STEP_KINDS = ["edit", "any_transition", "matching_transition", "matching_transition"]


def _live(nc: NcFacts) -> list[ActionFacts]:
    return [a for a in nc.actions if a.status != ActionStatus.CANCELLED]


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    start=st.sampled_from(NcStatus),
    grade=st.sampled_from(Grade),
    actions=_actions,
    n_steps=st.integers(0, 60),
)
def test_random_sequences_keep_the_invariants(data, start, grade, actions, n_steps):
    nc = NcFacts(status=start, grade=grade, actions=actions)
    reopens = 0
    withdrawn = start == S.WITHDRAWN
    for _ in range(n_steps):
        kind = data.draw(st.sampled_from(_STEP_KINDS))
        if kind == "edit":
            nc = replace(nc, **data.draw(_edits))
            continue
        # Half the time pick a transition that starts from the current state, so that
        # long runs get past the first few states instead of bouncing off wrong_state.
        candidates = list(Transition)
        if kind == "matching_transition":
            candidates = [t for t, (src, _) in EXPECTED.items() if nc.status in src] or candidates
        t = data.draw(st.sampled_from(candidates))
        given_input = data.draw(_inputs)
        before = nc

        # allowed_transitions agrees with blockers given complete, independent input.
        independent = replace(FULL_INPUT, verifier_id="independent-verifier")
        assert (t in allowed_transitions(nc)) == (blockers(nc, t, independent) == [])

        try:
            nc = apply(nc, t, given_input)
        except TransitionError as err:
            assert err.blockers
            assert nc == before
            assert blockers(before, t, given_input) == err.blockers
            continue

        sources, target = EXPECTED[t]
        assert before.status in sources
        assert nc.status == target
        assert not withdrawn
        if t in (T.VERIFY_NOT_EFFECTIVE, T.REOPEN):
            reopens += 1
        if t == T.ACKNOWLEDGE and given_input.acknowledged_by.strip():
            assert nc.acknowledged_by == given_input.acknowledged_by.strip()
        else:
            assert nc.acknowledged_by == before.acknowledged_by
        unchanged = replace(
            nc,
            status=before.status,
            reopen_count=before.reopen_count,
            acknowledged_by=before.acknowledged_by,
        )
        assert unchanged == before

        if nc.status == S.VERIFIED:
            live = _live(before)
            assert all(a.status == ActionStatus.DONE for a in live)
            assert given_input.verifier_id and given_input.verifier_id.strip()
            assert all(a.owner_id != given_input.verifier_id for a in live)
            assert given_input.method.strip()
            if before.grade != Grade.OBSERVATION:
                assert live
        if nc.status == S.CLOSED and before.grade != Grade.OBSERVATION:
            assert before.status == S.VERIFIED
        if nc.status == S.WITHDRAWN:
            withdrawn = True

    assert isinstance(nc.status, NcStatus)
    assert nc.reopen_count == reopens
    if withdrawn:
        assert nc.status == S.WITHDRAWN


# --- deadlines and recurrence ----------------------------------------------------------

TODAY = date(2025, 6, 15)


@pytest.mark.parametrize("status", [S.CLOSED, S.VERIFIED, S.WITHDRAWN, S.DRAFT])
def test_finished_or_draft_never_overdue(status):
    assert not is_overdue(status, date(2020, 1, 1), TODAY)


@pytest.mark.parametrize("status", sorted(OPEN_NC_STATUSES))
def test_open_nc_overdue_only_after_the_due_date(status):
    assert is_overdue(status, date(2025, 6, 14), TODAY)
    assert not is_overdue(status, TODAY, TODAY)
    assert not is_overdue(status, date(2025, 6, 16), TODAY)
    assert not is_overdue(status, None, TODAY)


def test_open_statuses_are_the_working_ones():
    assert {S.ISSUED, S.IN_PROGRESS, S.PENDING_VERIFICATION, S.TRACKING} <= OPEN_NC_STATUSES


def test_action_overdue():
    yesterday = date(2025, 6, 14)
    assert action_is_overdue(ActionStatus.OPEN, yesterday, TODAY)
    assert action_is_overdue(ActionStatus.IN_PROGRESS, yesterday, TODAY)
    assert not action_is_overdue(ActionStatus.DONE, yesterday, TODAY)
    assert not action_is_overdue(ActionStatus.CANCELLED, yesterday, TODAY)
    assert not action_is_overdue(ActionStatus.OPEN, TODAY, TODAY)
    assert not action_is_overdue(ActionStatus.OPEN, None, TODAY)


def test_default_due_date():
    assert default_due_date(Grade.MAJOR, date(2025, 1, 20)) == date(2025, 2, 19)
    assert default_due_date(Grade.MINOR, date(2025, 12, 15)) == date(2026, 1, 14)
    assert default_due_date(Grade.OBSERVATION, date(2025, 1, 20)) is None


def test_recurrence_escalates():
    assert suggested_recurrence_grade(Grade.OBSERVATION) == Grade.MINOR
    assert suggested_recurrence_grade(Grade.MINOR) == Grade.MAJOR
    assert suggested_recurrence_grade(Grade.MAJOR) == Grade.MAJOR
