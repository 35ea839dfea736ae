"""Nonconformities through the service: numbering, prefill, the workflow and its side effects,
corrective actions, the register's filters and paging, and the change history."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from qa_desktop.domain.enums import NcStatus
from qa_desktop.services import audits, checklists, templates
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Invalid, NotFound

TODAY = date(2025, 6, 16)  # the conftest clock's day


def _as(ctx, actor):
    return dataclasses.replace(ctx, actor=actor)


def _raise(ctx, **kw):
    kw.setdefault("process", "SD")
    kw.setdefault("facts", "抽查25张P2工单,4张超时未升级。")
    kw.setdefault("clause", "ISO/IEC 20000-1:2018 8.6.1")
    kw.setdefault("grade", "minor")
    kw.setdefault("department", "服务台")
    return ncs.raise_nc(ctx, **kw)


def _plan_with_sd_run(ctx, dept="服务台"):
    a = audits.plan_audit(ctx, title="专项内审", lead_auditor="王海燕", scope_departments=[dept])
    run = checklists.start_run(ctx, a.number, "SD", dept, representative="刘洋")
    return a.number, run.summary.id


def _to_acknowledged(ctx, number, *, grade_cause=True):
    ncs.transition(ctx, number, "issue")
    ncs.transition(ctx, number, "acknowledge", acknowledged_by="刘洋")
    if grade_cause:
        ncs.update_nc(
            ctx,
            number,
            correction="逐张复盘超时工单",
            root_cause="P2未配置自动升级",
            root_cause_category="method",
            why_steps=["P2超时未升级", "系统未提醒", "只为P1配置了升级"],
        )


def _to_in_progress(ctx, number, owner="刘洋"):
    _to_acknowledged(ctx, number)
    action = ncs.add_action(
        ctx, number, "为全部优先级配置自动升级", owner=owner, due_date=date(2025, 7, 10)
    )
    ncs.transition(ctx, number, "submit_plan")
    ncs.transition(ctx, number, "approve_plan")
    ncs.transition(ctx, number, "start")
    return action


def _to_pending(ctx, number, owner="刘洋"):
    action = _to_in_progress(ctx, number, owner)
    ncs.complete_action(ctx, action.id, evidence="配置截图")
    ncs.transition(ctx, number, "request_verification")
    return action


# --- raising ----------------------------------------------------------------------------


def test_numbers_per_found_on_year(org_ctx):
    assert _raise(org_ctx).number == "NC-2025-001"
    assert _raise(org_ctx).number == "NC-2025-002"
    old = _raise(org_ctx, found_on=date(2024, 12, 30))
    assert (old.number, old.year) == ("NC-2024-001", 2024)
    assert _raise(org_ctx, found_on=date(2025, 1, 2)).number == "NC-2025-003"
    assert _raise(org_ctx, found_on=date(2026, 1, 2)).number == "NC-2026-001"


def test_new_nc_is_a_draft_with_defaults(org_ctx):
    nc = _raise(org_ctx, nc_type="implementation", internal_clause="《事件管理程序》5.2")
    assert nc.status == "draft"
    assert nc.found_on == TODAY
    assert nc.department == "服务台"
    assert nc.nc_type == "implementation"
    assert nc.internal_clause == "《事件管理程序》5.2"
    assert nc.reopen_count == 0
    assert nc.closed_at is None and nc.closed_by == ""
    assert nc.actions == ()
    assert "issue" in nc.allowed and "acknowledge" not in nc.allowed
    assert ncs.get_nc(org_ctx, nc.number) == nc
    assert ncs.get_nc(org_ctx, nc.id).number == nc.number


@pytest.mark.parametrize(
    ("grade", "found", "due"),
    [
        ("major", TODAY, TODAY + timedelta(days=30)),
        ("minor", TODAY, TODAY + timedelta(days=30)),
        ("minor", date(2025, 2, 10), date(2025, 3, 12)),
        ("observation", TODAY, None),
    ],
)
def test_default_due_date(org_ctx, grade, found, due):
    assert _raise(org_ctx, grade=grade, found_on=found).due_date == due


def test_given_due_date_wins(org_ctx):
    assert _raise(org_ctx, due_date=date(2025, 6, 30)).due_date == date(2025, 6, 30)


@pytest.mark.parametrize(
    "overrides",
    [
        {"grade": "critical"},
        {"grade": ""},
        {"process": "  "},
        {"nc_type": "random"},
    ],
)
def test_raise_refusals(org_ctx, overrides):
    with pytest.raises(Invalid):
        _raise(org_ctx, **overrides)
    assert ncs.list_ncs(org_ctx).total == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"department": "不存在"},
        {"audit": "IA-2025-09"},
        {"auditor": "无名氏"},
        {"parent": "NC-2025-099"},
    ],
)
def test_raise_with_unknown_reference(org_ctx, overrides):
    with pytest.raises(NotFound):
        _raise(org_ctx, **overrides)
    assert ncs.list_ncs(org_ctx).total == 0
    assert _raise(org_ctx).number == "NC-2025-001"


def test_raise_and_issue_at_once(org_ctx):
    nc = _raise(org_ctx, issue=True)
    assert nc.status == "issued"
    with pytest.raises(Invalid):
        _raise(org_ctx, department=None, issue=True)  # issuing needs the department
    assert ncs.list_ncs(org_ctx).total == 1


def test_raise_from_response_prefills(org_ctx):
    number, run_id = _plan_with_sd_run(org_ctx)
    rid = checklists.response_id_for_item(org_ctx, run_id, "SD-04")
    checklists.record_response(
        org_ctx,
        rid,
        result="NC",
        notes="4张工单未关联CI",
        sampled_refs=["INC0009", "INC0012"],
        nonconforming_count=4,
    )
    draft = ncs.draft_from_response(org_ctx, rid)
    assert draft.grade == "minor"

    nc = ncs.raise_nc_from_response(org_ctx, rid)
    item = next(i for i in templates.get_template(org_ctx, "SD").items if i.id == "SD-04")
    assert nc.process == "SD"
    for clause in item.clause:
        assert clause in nc.clause
    assert "4张工单未关联CI" in nc.facts
    assert "抽样 25,不符合 4" in nc.facts
    assert "INC0009" in nc.facts
    assert nc.department == "服务台"
    assert nc.audit_number == number
    assert nc.source_response_id == rid
    assert nc.source_item == "SD-04"
    assert nc.auditor == "王海燕"
    assert nc.auditee_representative == "刘洋"
    assert nc.status == "draft"
    assert nc.due_date == TODAY + timedelta(days=30)

    run = checklists.get_run(org_ctx, run_id)
    by_item = {i.item.id: i.nc_numbers for i in run.items}
    assert by_item["SD-04"] == (nc.number,)
    assert all(v == () for k, v in by_item.items() if k != "SD-04")
    assert audits.get_audit(org_ctx, number).nc_count == 1


def test_raise_from_observation_answer(org_ctx):
    _, run_id = _plan_with_sd_run(org_ctx)
    rid = checklists.response_id_for_item(org_ctx, run_id, "SD-11")
    checklists.record_response(org_ctx, rid, result="OBS", notes="交接记录偶有遗漏")
    nc = ncs.raise_nc_from_response(org_ctx, rid, issue=True)
    assert nc.grade == "observation"
    assert nc.due_date is None
    assert nc.facts == "交接记录偶有遗漏"
    assert nc.status == "issued"
    override = ncs.raise_nc_from_response(org_ctx, rid, grade="major", facts="改写的事实")
    assert (override.grade, override.facts) == ("major", "改写的事实")
    assert override.due_date == TODAY + timedelta(days=30)


def test_raise_from_unknown_response(org_ctx):
    with pytest.raises(NotFound):
        ncs.raise_nc_from_response(org_ctx, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFound):
        _raise(org_ctx, source_response_id="00000000-0000-0000-0000-000000000000")
    assert ncs.list_ncs(org_ctx).total == 0


# --- the workflow -------------------------------------------------------------------------


def test_full_walk_with_side_effects(org_ctx, clock):
    auditor = _as(org_ctx, "王海燕")
    nc = _raise(auditor, grade="major")
    number = nc.number

    clock.set(2025, 6, 17)
    assert ncs.transition(auditor, number, "issue").status == "issued"

    clock.set(2025, 6, 18)
    v = ncs.transition(_as(org_ctx, "刘洋"), number, "acknowledge", acknowledged_by="刘洋")
    assert v.status == "acknowledged"
    assert (v.acknowledged_by, v.acknowledged_on) == ("刘洋", date(2025, 6, 18))

    v = ncs.update_nc(
        org_ctx,
        number,
        correction=" 逐张复盘超时工单 ",
        root_cause="P2未配置自动升级",
        root_cause_category="method",
        why_steps=["P2超时未升级", " ", "只为P1配置了升级"],
        similar_check="已排查P3",
    )
    assert v.correction == "逐张复盘超时工单"
    assert v.root_cause_category == "method"
    assert v.why_steps == ("P2超时未升级", "只为P1配置了升级")
    action = ncs.add_action(org_ctx, number, "配置自动升级", owner="刘洋", due_date=None)
    assert action.seq == 1
    assert action.owner == "刘洋"
    assert action.due_date == v.due_date  # defaults to the NC's deadline
    assert action.status == "open"

    assert ncs.transition(org_ctx, number, "submit_plan").status == "plan_submitted"
    assert ncs.transition(auditor, number, "approve_plan").status == "plan_approved"
    assert ncs.transition(org_ctx, number, "start").status == "in_progress"

    clock.set(2025, 7, 1, 8)
    done = ncs.complete_action(_as(org_ctx, "刘洋"), action.id, evidence="配置截图")
    assert done.status == "done"
    assert done.completed_at == datetime(2025, 7, 1, 8, tzinfo=UTC)
    assert done.evidence == "配置截图"

    v = ncs.transition(org_ctx, number, "request_verification")
    assert v.status == "pending_verification"

    clock.set(2025, 7, 15)
    v = ncs.transition(
        auditor, number, "verify_effective", verifier="李明", method="复查20张工单", notes="无超时"
    )
    assert v.status == "verified"
    assert (v.verifier, v.verified_on) == ("李明", date(2025, 7, 15))
    assert v.verification_result == "effective"
    assert v.verification_method == "复查20张工单"
    assert v.verification_notes == "无超时"

    clock.set(2025, 7, 16, 9)
    v = ncs.transition(auditor, number, "close")
    assert v.status == "closed"
    assert v.closed_at == datetime(2025, 7, 16, 9, tzinfo=UTC)
    assert v.closed_by == "王海燕"
    assert v.allowed == ("reopen",)
    assert v.overdue is False
    assert ncs.get_nc(org_ctx, number) == v


def _unchanged(ctx, before):
    after = ncs.get_nc(ctx, before.number)
    assert after == before


def test_submit_plan_without_root_cause_refused(org_ctx):
    nc = _raise(org_ctx)
    _to_acknowledged(org_ctx, nc.number, grade_cause=False)
    ncs.update_nc(org_ctx, nc.number, correction="已纠正", root_cause_category="man")
    ncs.add_action(org_ctx, nc.number, "培训", owner="刘洋", due_date=None)
    before = ncs.get_nc(org_ctx, nc.number)
    assert "submit_plan" not in before.allowed
    assert [b.code for b in before.blockers["submit_plan"]] == ["root_cause_missing"]
    with pytest.raises(Invalid) as exc:
        ncs.transition(org_ctx, nc.number, "submit_plan")
    assert nc.number in str(exc.value)
    _unchanged(org_ctx, before)
    ncs.update_nc(org_ctx, nc.number, root_cause="培训不足")
    assert ncs.transition(org_ctx, nc.number, "submit_plan").status == "plan_submitted"


def test_submit_plan_needs_an_owned_action(org_ctx):
    nc = _raise(org_ctx)
    _to_acknowledged(org_ctx, nc.number)
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "submit_plan")
    action = ncs.add_action(org_ctx, nc.number, "培训", owner=None, due_date=None)
    before = ncs.get_nc(org_ctx, nc.number)
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "submit_plan")
    _unchanged(org_ctx, before)
    ncs.update_action(org_ctx, action.id, owner="刘洋")
    assert ncs.transition(org_ctx, nc.number, "submit_plan").status == "plan_submitted"


def test_verifier_who_owns_an_action_refused(org_ctx):
    nc = _raise(org_ctx)
    _to_pending(org_ctx, nc.number, owner="刘洋")
    before = ncs.get_nc(org_ctx, nc.number)
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "verify_effective", verifier="刘洋", method="复查")
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "verify_not_effective", verifier="刘洋")
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "verify_effective", verifier="李明")  # no method
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "verify_effective", method="复查")  # no verifier
    with pytest.raises(NotFound):
        ncs.transition(org_ctx, nc.number, "verify_effective", verifier="无名氏", method="复查")
    _unchanged(org_ctx, before)
    assert before.verifier_id is None and before.verified_on is None
    v = ncs.transition(org_ctx, nc.number, "verify_effective", verifier="李明", method="复查")
    assert v.status == "verified"


def test_request_verification_with_open_action_refused(org_ctx):
    nc = _raise(org_ctx)
    first = _to_in_progress(org_ctx, nc.number)
    second = ncs.add_action(org_ctx, nc.number, "修订程序", owner="周婷", due_date=None)
    ncs.complete_action(org_ctx, first.id)
    before = ncs.get_nc(org_ctx, nc.number)
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "request_verification")
    _unchanged(org_ctx, before)
    # A cancelled action no longer holds it up.
    ncs.set_action_status(org_ctx, second.id, "cancelled")
    assert ncs.transition(org_ctx, nc.number, "request_verification").status == (
        "pending_verification"
    )


def test_close_major_without_verification_refused(org_ctx):
    nc = _raise(org_ctx, grade="major")
    _to_acknowledged(org_ctx, nc.number)
    before = ncs.get_nc(org_ctx, nc.number)
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "close")
    _unchanged(org_ctx, before)
    assert before.closed_at is None


def test_observation_closes_without_verification(org_ctx):
    nc = _raise(org_ctx, grade="observation")
    ncs.transition(org_ctx, nc.number, "issue")
    assert ncs.transition(org_ctx, nc.number, "track").status == "tracking"
    v = ncs.transition(org_ctx, nc.number, "close")
    assert (v.status, v.closed_by) == ("closed", "测试员")


def test_wrong_state_and_unknown_transition(org_ctx):
    nc = _raise(org_ctx)
    before = ncs.get_nc(org_ctx, nc.number)
    for t in ("acknowledge", "approve_plan", "close", "reopen", "start"):
        with pytest.raises(Invalid):
            ncs.transition(org_ctx, nc.number, t, reason="x", acknowledged_by="刘洋")
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "teleport")
    with pytest.raises(NotFound):
        ncs.transition(org_ctx, "NC-2025-404", "issue")
    _unchanged(org_ctx, before)


def test_dispute_and_withdraw_need_reasons(org_ctx):
    nc = _raise(org_ctx, issue=True)
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "dispute", reason="  ")
    v = ncs.transition(org_ctx, nc.number, "dispute", reason="样本不具代表性")
    assert (v.status, v.dispute_reason, v.last_reason) == (
        "disputed",
        "样本不具代表性",
        "样本不具代表性",
    )
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "withdraw")
    v = ncs.transition(org_ctx, nc.number, "withdraw", reason="管代裁定撤销")
    assert (v.status, v.last_reason) == ("withdrawn", "管代裁定撤销")


def test_not_effective_reopens_then_plan_again_and_reopen_from_closed(org_ctx, clock):
    nc = _raise(org_ctx)
    number = nc.number
    _to_pending(org_ctx, number)
    v = ncs.transition(
        org_ctx, number, "verify_not_effective", verifier="李明", notes="仍有2张超时"
    )
    assert v.status == "reopened"
    assert v.reopen_count == 1
    assert v.verification_result == "not_effective"
    assert v.verifier == "李明"

    # Another round: a new action, the plan again.
    extra = ncs.add_action(org_ctx, number, "夜班升级名单", owner="周婷", due_date=None)
    assert extra.seq == 2
    assert ncs.transition(org_ctx, number, "submit_plan").status == "plan_submitted"
    ncs.transition(org_ctx, number, "approve_plan")
    ncs.complete_action(org_ctx, extra.id)
    ncs.transition(org_ctx, number, "request_verification")
    ncs.transition(org_ctx, number, "verify_effective", verifier="李明", method="复查")
    closed = ncs.transition(org_ctx, number, "close")
    assert closed.closed_at is not None and closed.closed_by == "测试员"
    assert closed.reopen_count == 1

    with pytest.raises(Invalid):
        ncs.transition(org_ctx, number, "reopen")  # a reason is required
    clock.set(2025, 9, 1)
    v = ncs.transition(_as(org_ctx, "王海燕"), number, "reopen", reason="同类问题再次发生")
    assert v.status == "reopened"
    assert v.reopen_count == 2
    assert v.closed_at is None and v.closed_by == ""
    assert v.last_reason == "同类问题再次发生"
    assert ncs.transition(org_ctx, number, "submit_plan").status == "plan_submitted"


def test_reject_plan_and_resubmit(org_ctx):
    nc = _raise(org_ctx)
    _to_acknowledged(org_ctx, nc.number)
    ncs.add_action(org_ctx, nc.number, "培训", owner="刘洋", due_date=None)
    ncs.transition(org_ctx, nc.number, "submit_plan")
    with pytest.raises(Invalid):
        ncs.transition(org_ctx, nc.number, "reject_plan")
    v = ncs.transition(org_ctx, nc.number, "reject_plan", reason="措施不针对根因")
    assert (v.status, v.last_reason) == ("plan_rejected", "措施不针对根因")
    assert ncs.transition(org_ctx, nc.number, "submit_plan").status == "plan_submitted"


def test_edits_refused_on_closed_and_withdrawn(org_ctx):
    closed = _raise(org_ctx, grade="observation", issue=True)
    ncs.transition(org_ctx, closed.number, "close")
    withdrawn = _raise(org_ctx)
    ncs.transition(org_ctx, withdrawn.number, "withdraw", reason="重复记录")
    for number in (closed.number, withdrawn.number):
        before = ncs.get_nc(org_ctx, number)
        with pytest.raises(Invalid):
            ncs.update_nc(org_ctx, number, facts="改写")
        with pytest.raises(Invalid):
            ncs.update_nc(org_ctx, number, grade="major")
        with pytest.raises(Invalid):
            ncs.add_action(org_ctx, number, "补救", owner="刘洋", due_date=None)
        _unchanged(org_ctx, before)


def test_update_nc_refusals(org_ctx):
    nc = _raise(org_ctx)
    before = ncs.get_nc(org_ctx, nc.number)
    with pytest.raises(Invalid):
        ncs.update_nc(org_ctx, nc.number, status="closed")  # not an editable field
    with pytest.raises(Invalid):
        ncs.update_nc(org_ctx, nc.number, root_cause_category="weather")
    with pytest.raises(Invalid):
        ncs.update_nc(org_ctx, nc.number, parent=nc.number)
    _unchanged(org_ctx, before)
    other = _raise(org_ctx)
    v = ncs.update_nc(org_ctx, other.number, parent=nc.number, grade="major", due_date=None)
    assert (v.parent_number, v.grade, v.due_date) == (nc.number, "major", None)


def test_action_completion_refused_before_plan_approved(org_ctx):
    nc = _raise(org_ctx)
    _to_acknowledged(org_ctx, nc.number)
    action = ncs.add_action(org_ctx, nc.number, "培训", owner="刘洋", due_date=None)
    with pytest.raises(Invalid):
        ncs.complete_action(org_ctx, action.id)
    ncs.transition(org_ctx, nc.number, "submit_plan")
    with pytest.raises(Invalid):
        ncs.complete_action(org_ctx, action.id)
    # While the plan is under review it cannot change either.
    with pytest.raises(Invalid):
        ncs.add_action(org_ctx, nc.number, "再加一项", owner="刘洋", due_date=None)
    view = ncs.get_nc(org_ctx, nc.number)
    assert [(a.status, a.completed_at) for a in view.actions] == [("open", None)]
    ncs.transition(org_ctx, nc.number, "approve_plan")
    assert ncs.complete_action(org_ctx, action.id).status == "done"
    assert ncs.action_id_by_seq(org_ctx, nc.number, 1) == action.id
    with pytest.raises(NotFound):
        ncs.action_id_by_seq(org_ctx, nc.number, 2)


def test_reset_action_clears_completion(org_ctx):
    nc = _raise(org_ctx)
    action = _to_in_progress(org_ctx, nc.number)
    ncs.complete_action(org_ctx, action.id)
    v = ncs.set_action_status(org_ctx, action.id, "open")
    assert (v.status, v.completed_at) == ("open", None)
    with pytest.raises(Invalid):
        ncs.set_action_status(org_ctx, action.id, "finished")


def test_action_overdue_flag(org_ctx, clock):
    nc = _raise(org_ctx)
    action = _to_in_progress(org_ctx, nc.number)  # due 2025-07-10
    clock.set(2025, 7, 10)
    assert ncs.get_nc(org_ctx, nc.number).actions[0].overdue is False
    clock.set(2025, 7, 11)
    assert ncs.get_nc(org_ctx, nc.number).actions[0].overdue is True
    ncs.complete_action(org_ctx, action.id)
    assert ncs.get_nc(org_ctx, nc.number).actions[0].overdue is False


# --- the register -------------------------------------------------------------------------


@pytest.fixture
def register(org_ctx):
    """A small register with known properties: {key: NcView}."""
    a1 = audits.plan_audit(org_ctx, title="一", lead_auditor="王海燕", scope_departments=["服务台"])
    a2 = audits.plan_audit(org_ctx, title="二", lead_auditor="李明", scope_departments=["备件库"])
    made = {}
    made["sd_minor"] = _raise(
        org_ctx,
        audit=a1.number,
        facts="P2工单100%未升级",
        clause="ISO/IEC 20000-1:2018 8.6.1",
        issue=True,
    )
    made["sp_major"] = _raise(
        org_ctx,
        process="SP",
        grade="major",
        department="备件库",
        audit=a2.number,
        facts="账实不符 6 项,库位 B_07 无标识",
        clause="GB/T 28827.1 备件管理",
        found_on=date(2025, 5, 20),
    )
    _to_acknowledged(org_ctx, made["sp_major"].number)
    made["km_obs"] = _raise(
        org_ctx, process="KM", grade="observation", facts="FAQ 未评审", clause="KM-05"
    )
    made["sp_old"] = _raise(
        org_ctx,
        process="SP",
        department="备件库",
        facts="出库单无审批",
        clause="SP-04",
        found_on=date(2024, 11, 1),
        issue=True,
    )
    made["sd_withdrawn"] = _raise(org_ctx, facts="重复登记", clause="SD-09", audit=a1.number)
    ncs.transition(org_ctx, made["sd_withdrawn"].number, "withdraw", reason="重复")
    made["sd_closed_obs"] = _raise(
        org_ctx, grade="observation", facts="交接偶有遗漏", clause="SD-11", issue=True
    )
    ncs.transition(org_ctx, made["sd_closed_obs"].number, "close")
    made["sd_owned"] = _raise(
        org_ctx, facts="知识未关联", clause="SD-12", due_date=date(2025, 8, 31)
    )
    _to_in_progress(org_ctx, made["sd_owned"].number, owner="周婷")
    return {k: ncs.get_nc(org_ctx, v.number) for k, v in made.items()}


def _numbers(page):
    return {r.number for r in page.rows}


def _expect(register, *keys):
    return {register[k].number for k in keys}


def test_register_fixture_is_what_the_filters_assume(register):
    assert {k: v.status for k, v in register.items()} == {
        "sd_minor": "issued",
        "sp_major": "acknowledged",
        "km_obs": "draft",
        "sp_old": "issued",
        "sd_withdrawn": "withdrawn",
        "sd_closed_obs": "closed",
        "sd_owned": "in_progress",
    }


def test_unfiltered_list_and_row_content(org_ctx, register):
    page = ncs.list_ncs(org_ctx)
    assert page.total == len(page.rows) == len(register)
    assert page.offset == 0
    rows = {r.number: r for r in page.rows}
    for v in register.values():
        r = rows[v.number]
        assert (r.status, r.grade, r.process, r.department) == (
            v.status,
            v.grade,
            v.process,
            v.department,
        )
        assert (r.audit, r.clause, r.facts, r.found_on, r.due_date) == (
            v.audit_number,
            v.clause,
            v.facts,
            v.found_on,
            v.due_date,
        )
        js = r.as_json()
        assert js["number"] == v.number and js["due_date"] == (
            v.due_date.isoformat() if v.due_date else None
        )


def test_row_overdue_and_reopen_count_match_the_record(org_ctx, clock, register):
    clock.set(2025, 12, 1)  # sp_old, sp_major, sd_minor and sd_owned are late now
    rows = {r.number: r for r in ncs.list_ncs(org_ctx).rows}
    views = {n: ncs.get_nc(org_ctx, n) for n in rows}
    assert {n: (r.overdue, r.reopen_count) for n, r in rows.items()} == {
        n: (v.overdue, v.reopen_count) for n, v in views.items()
    }


def test_row_reopen_count(org_ctx):
    nc = _raise(org_ctx)
    _to_pending(org_ctx, nc.number)
    ncs.transition(org_ctx, nc.number, "verify_not_effective", verifier="李明")
    (row,) = ncs.list_ncs(org_ctx, text=nc.number).rows
    assert (row.reopen_count, row.overdue) == (1, False)
    assert row.as_json()["reopen_count"] == 1


FILTER_CASES = [
    ({"status": "issued"}, ("sd_minor", "sp_old")),
    ({"status": ["issued", "draft"]}, ("sd_minor", "sp_old", "km_obs")),
    ({"grade": "major"}, ("sp_major",)),
    ({"grade": ["observation"]}, ("km_obs", "sd_closed_obs")),
    ({"process": "sp"}, ("sp_major", "sp_old")),
    ({"process": ["KM", "SP"]}, ("sp_major", "sp_old", "km_obs")),
    ({"department_ref": "备件库"}, ("sp_major", "sp_old")),
    ({"audit": "IA-2025-01"}, ("sd_minor", "sd_withdrawn")),
    ({"audit": "IA-2025-02"}, ("sp_major",)),
    ({"year": 2024}, ("sp_old",)),
    ({"owner": "周婷"}, ("sd_owned",)),
    ({"status": "issued", "process": "SD"}, ("sd_minor",)),
    (
        {"grade": "minor", "year": 2025, "department_ref": "服务台"},
        ("sd_minor", "sd_withdrawn", "sd_owned"),
    ),
]


def test_filters(org_ctx, register):
    for filters, keys in FILTER_CASES:
        page = ncs.list_ncs(org_ctx, **filters)
        assert _numbers(page) == _expect(register, *keys), filters
        assert page.total == len(keys), filters


def test_owner_filter_counts_action_owners(org_ctx, register):
    # 刘洋 owns no action yet on sp_major (acknowledged only): add one.
    ncs.add_action(org_ctx, register["sp_major"].number, "盘点", owner="刘洋", due_date=None)
    assert _numbers(ncs.list_ncs(org_ctx, owner="刘洋")) == _expect(register, "sp_major")
    assert ncs.list_ncs(org_ctx, owner="赵磊").total == 0
    with pytest.raises(NotFound):
        ncs.list_ncs(org_ctx, owner="无名氏")


def test_open_only_leaves_out_finished(org_ctx, register):
    got = _numbers(ncs.list_ncs(org_ctx, open_only=True))
    assert got >= _expect(register, "sd_minor", "sp_major", "sp_old", "sd_owned")
    assert not got & _expect(register, "sd_withdrawn", "sd_closed_obs")


def test_overdue_follows_the_clock(org_ctx, clock, register):
    # Today 2025-06-16: only the 2024 NC (due 2024-12-01) is late; sp_major was due 2025-06-19.
    page = ncs.list_ncs(org_ctx, overdue=True)
    assert _numbers(page) == _expect(register, "sp_old")
    clock.set(2025, 6, 20)
    assert _numbers(ncs.list_ncs(org_ctx, overdue=True)) == _expect(register, "sp_old", "sp_major")
    # sd_minor and sd_owned: due 2025-07-16 and 2025-08-31; closed/withdrawn/drafts never.
    clock.set(2025, 7, 17)
    late = _expect(register, "sp_old", "sp_major", "sd_minor")
    assert _numbers(ncs.list_ncs(org_ctx, overdue=True)) == late
    assert ncs.get_nc(org_ctx, register["sd_minor"].number).overdue is True
    clock.set(2025, 12, 1)
    late |= _expect(register, "sd_owned")
    page = ncs.list_ncs(org_ctx, overdue=True)
    assert _numbers(page) == late and page.total == len(late)
    not_late = ncs.list_ncs(org_ctx, overdue=False)
    assert _numbers(not_late) == {v.number for v in register.values()} - late
    views = [ncs.get_nc(org_ctx, v.number) for v in register.values()]
    assert {v.number for v in views if v.overdue} == late


def test_overdue_flag_on_rows_follows_the_clock(org_ctx, clock, register):
    assert all(r.overdue for r in ncs.list_ncs(org_ctx, overdue=True).rows)
    clock.set(2025, 12, 1)
    late = _expect(register, "sp_old", "sp_major", "sd_minor", "sd_owned")
    assert not any(r.overdue for r in ncs.list_ncs(org_ctx, overdue=False).rows)
    flags = {r.number: r.overdue for r in ncs.list_ncs(org_ctx).rows}
    assert {n for n, f in flags.items() if f} == late


SEARCH_CASES = [
    ("NC-2024", ("sp_old",)),
    ("20000-1", ("sd_minor",)),
    ("账实不符", ("sp_major",)),
    ("ISO", ("sd_minor",)),
    ("sp-04", ("sp_old",)),  # case-insensitive
    ("100%", ("sd_minor",)),
    ("%", ("sd_minor",)),  # literal, not "anything"
    ("_", ("sp_major",)),  # literal, not "any one character"
    ("B_07", ("sp_major",)),
    ("不存在的词", ()),
]


def test_text_search(org_ctx, register):
    for text, keys in SEARCH_CASES:
        page = ncs.list_ncs(org_ctx, text=text)
        assert _numbers(page) == _expect(register, *keys), text
        assert page.total == len(keys), text


def test_text_search_by_number(org_ctx, register):
    number = register["km_obs"].number
    assert _numbers(ncs.list_ncs(org_ctx, text=number)) == {number}


def test_sort_and_paging(org_ctx, register):
    everything = ncs.list_ncs(org_ctx, sort="number")
    numbers = [r.number for r in everything.rows]
    key = [(int(n.split("-")[1]), n) for n in numbers]
    assert key == sorted(key)
    desc = ncs.list_ncs(org_ctx, sort="number", descending=True)
    assert [r.number for r in desc.rows] == numbers[::-1]

    for sort in ("due_date", "found_on", "grade", "status", "process", "number"):
        for descending in (False, True):
            full = ncs.list_ncs(org_ctx, sort=sort, descending=descending)
            pages, offset = [], 0
            while True:
                page = ncs.list_ncs(
                    org_ctx, sort=sort, descending=descending, offset=offset, limit=3
                )
                assert page.total == full.total == len(register)
                assert page.offset == offset
                if not page.rows:
                    break
                pages.extend(page.rows)
                offset += 3
            assert [r.number for r in pages] == [r.number for r in full.rows], sort

    found = [r.found_on for r in ncs.list_ncs(org_ctx, sort="found_on").rows]
    assert found == sorted(found)
    dated = [r.due_date for r in ncs.list_ncs(org_ctx, sort="due_date").rows if r.due_date]
    assert dated == sorted(dated)
    dated = [
        r.due_date
        for r in ncs.list_ncs(org_ctx, sort="due_date", descending=True).rows
        if r.due_date
    ]
    assert dated == sorted(dated, reverse=True)


def test_paging_with_a_filter_counts_the_filtered_total(org_ctx, register):
    page = ncs.list_ncs(org_ctx, process="SD", offset=1, limit=2, sort="number")
    all_sd = ncs.list_ncs(org_ctx, process="SD", sort="number")
    assert page.total == all_sd.total == len(all_sd.rows) == 4
    assert [r.number for r in page.rows] == [r.number for r in all_sd.rows][1:3]


def test_bad_sort_and_filters_refused(org_ctx, register):
    with pytest.raises(Invalid):
        ncs.list_ncs(org_ctx, sort="facts; drop table nonconformity")
    with pytest.raises(Invalid):
        ncs.list_ncs(org_ctx, status="lost")
    with pytest.raises(Invalid):
        ncs.list_ncs(org_ctx, grade="huge")
    with pytest.raises(NotFound):
        ncs.list_ncs(org_ctx, department_ref="不存在")
    assert ncs.list_ncs(org_ctx).total == len(register)


# --- history --------------------------------------------------------------------------------


def test_history_lists_status_changes_with_actors(org_ctx, clock):
    qm, head, auditor = _as(org_ctx, "王海燕"), _as(org_ctx, "刘洋"), _as(org_ctx, "李明")
    nc = _raise(auditor)
    number = nc.number
    ncs.transition(auditor, number, "issue")
    ncs.transition(head, number, "acknowledge", acknowledged_by="刘洋")
    ncs.update_nc(head, number, correction="c", root_cause="r", root_cause_category="man")
    action = ncs.add_action(head, number, "培训", owner="刘洋", due_date=None)
    ncs.transition(head, number, "submit_plan")
    ncs.transition(qm, number, "approve_plan")
    ncs.complete_action(head, action.id)
    ncs.transition(head, number, "request_verification")
    ncs.transition(qm, number, "verify_effective", verifier="李明", method="复查")
    ncs.transition(qm, number, "close")

    entries = ncs.history(org_ctx, number)
    assert [e.seq for e in entries] == sorted(e.seq for e in entries)
    status_changes = [
        (c.before, c.after, e.actor)
        for e in entries
        if e.entity == "nonconformity"
        for c in e.changes
        if c.field == "status"
    ]
    assert status_changes == [
        (None, "draft", "李明"),
        ("draft", "issued", "李明"),
        ("issued", "acknowledged", "刘洋"),
        ("acknowledged", "plan_submitted", "刘洋"),
        ("plan_submitted", "plan_approved", "王海燕"),
        ("plan_approved", "pending_verification", "刘洋"),
        ("pending_verification", "verified", "王海燕"),
        ("verified", "closed", "王海燕"),
    ]
    action_entries = [e for e in entries if e.entity == "corrective_action"]
    assert action_entries and {e.actor for e in action_entries} == {"刘洋"}
    done = [c for e in action_entries for c in e.changes if c.field == "status"]
    assert ("open", "done") in [(c.before, c.after) for c in done]
    edits = [c.field for e in entries for c in e.changes if e.actor == "刘洋"]
    assert {"correction", "root_cause", "root_cause_category"} <= set(edits)
    # Unchanged bookkeeping columns are not reported as changes.
    assert not any(c.field in ("updated_at", "id") for e in entries for c in e.changes)


def test_history_of_unknown_nc(org_ctx):
    with pytest.raises(NotFound):
        ncs.history(org_ctx, "NC-2025-404")


# --- the demo year (read only) ----------------------------------------------------------------


def test_demo_register_filters_partition_the_total(demo_ctx, clock):
    clock.set(2025, 12, 31)
    total = ncs.list_ncs(demo_ctx).total
    assert total >= 12
    for field, values in (
        ("status", [s.value for s in NcStatus]),
        ("grade", ["major", "minor", "observation"]),
    ):
        counts = [ncs.list_ncs(demo_ctx, **{field: v}).total for v in values]
        assert sum(counts) == total, field
    late = ncs.list_ncs(demo_ctx, overdue=True).total
    assert late + ncs.list_ncs(demo_ctx, overdue=False).total == total
    # An audit's NC count leaves out withdrawn ones.
    kept = [s.value for s in NcStatus if s != NcStatus.WITHDRAWN]
    for a in audits.list_audits(demo_ctx):
        assert ncs.list_ncs(demo_ctx, audit=a.number, status=kept).total == a.nc_count


def test_demo_register_pages_reassemble(demo_ctx):
    for sort in ("number", "due_date", "status"):
        full = [r.number for r in ncs.list_ncs(demo_ctx, sort=sort, descending=True).rows]
        paged = []
        for offset in range(0, len(full) + 5, 5):
            page = ncs.list_ncs(demo_ctx, sort=sort, descending=True, offset=offset, limit=5)
            assert page.total == len(full)
            paged.extend(r.number for r in page.rows)
        assert paged == full


def test_demo_reopened_nc_history(demo_ctx):
    page = ncs.list_ncs(demo_ctx, status="reopened")
    assert page.rows
    number = page.rows[0].number
    view = ncs.get_nc(demo_ctx, number)
    assert view.reopen_count >= 1
    assert view.verification_result == "not_effective"
    steps = [
        (c.after, e.actor)
        for e in ncs.history(demo_ctx, number)
        if e.entity == "nonconformity"
        for c in e.changes
        if c.field == "status"
    ]
    assert steps[0][0] == "draft"
    assert ("reopened", steps[-1][1]) == steps[-1]
    assert [s for s, _ in steps].count("pending_verification") >= 1
    assert all(actor for _, actor in steps)


def test_text_search_backslash_is_literal(org_ctx):
    with_path = _raise(org_ctx, facts=r"共享目录 C:\temp\qa 无权限控制")
    _raise(org_ctx, facts="普通事实 temp")
    assert _numbers(ncs.list_ncs(org_ctx, text="\\")) == {with_path.number}
    assert _numbers(ncs.list_ncs(org_ctx, text=r"C:\temp")) == {with_path.number}


def test_the_register_filter_names_match_what_the_filter_takes():
    import inspect

    taken = [p for p in inspect.signature(ncs.register_filter).parameters if p not in ("s", "org")]
    assert list(ncs.REGISTER_FILTERS) == taken
