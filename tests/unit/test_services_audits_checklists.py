"""Planning audits, running checklists and recording answers through the services."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
import yaml

from qa_desktop.services import audits, checklists, nonconformities, templates
from qa_desktop.services.context import Context, Invalid, NotFound


def _plan(ctx, **kw):
    kw.setdefault("title", "服务台专项内审")
    kw.setdefault("lead_auditor", "王海燕")
    kw.setdefault("scope_departments", ["服务台"])
    return audits.plan_audit(ctx, **kw)


def _run(ctx, audit_number, code="SD", dept="服务台", **kw):
    return checklists.start_run(ctx, audit_number, code, dept, **kw)


def _rid(ctx, run_id, item):
    return checklists.response_id_for_item(ctx, run_id, item)


def _item(run, item_id):
    return next(i for i in run.items if i.item.id == item_id)


@pytest.fixture
def audit_run(org_ctx):
    """An SD checklist on 服务台 in a planned audit: (audit number, run id)."""
    a = _plan(org_ctx)
    run = _run(org_ctx, a.number, representative="刘洋")
    return a.number, run.summary.id


# --- audits ---------------------------------------------------------------------------


def test_audit_numbers_per_year(org_ctx, clock):
    first = _plan(org_ctx)
    second = _plan(org_ctx, title="第二次内审")
    assert (first.number, second.number) == ("IA-2025-01", "IA-2025-02")
    assert first.year == second.year == 2025
    assert first.status == "planned"
    # Another year's audit starts again at 01, whatever the calendar says today.
    next_year = _plan(org_ctx, title="明年", year=2026)
    assert next_year.number == "IA-2026-01"
    by_start = _plan(org_ctx, title="按开始日期", planned_start=date(2026, 3, 2))
    assert by_start.number == "IA-2026-02"
    assert by_start.year == 2026
    clock.set(2026, 1, 5)
    assert _plan(org_ctx, title="今年").number == "IA-2026-03"
    clock.set(2027, 1, 5)
    assert _plan(org_ctx, title="后年").number == "IA-2027-01"
    assert {a.number for a in audits.list_audits(org_ctx, year=2025)} == {
        "IA-2025-01",
        "IA-2025-02",
    }
    assert {a.number for a in audits.list_audits(org_ctx, year=2026)} == {
        "IA-2026-01",
        "IA-2026-02",
        "IA-2026-03",
    }


def test_audit_fields_round_trip(org_ctx):
    a = _plan(
        org_ctx,
        title="  2025年度内部审核  ",
        objectives="验证体系符合性",
        criteria="ISO/IEC 20000-1:2018",
        scope_processes=["sd", "KM"],
        scope_departments=["服务台", "备件库"],
        team=["李明", "王海燕"],
        planned_start=date(2025, 6, 16),
        planned_end=date(2025, 6, 18),
    )
    got = audits.get_audit(org_ctx, a.number)
    assert got == a
    assert got.title == "2025年度内部审核"
    assert got.scope_processes == ("SD", "KM")
    assert {d.name for d in got.scope_departments} == {"服务台", "备件库"}
    assert got.lead_auditor.name == "王海燕"
    # The lead is not also a team member.
    assert [t.name for t in got.team] == ["李明"]
    assert (got.answered, got.total, got.nc_count) == (0, 0, 0)
    assert audits.get_audit(org_ctx, a.id).number == a.number


def test_plan_audit_refusals(org_ctx):
    with pytest.raises(Invalid):
        _plan(org_ctx, planned_start=date(2025, 6, 18), planned_end=date(2025, 6, 16))
    with pytest.raises(Invalid):
        _plan(org_ctx, title="   ")
    with pytest.raises(NotFound):
        _plan(org_ctx, lead_auditor="不存在")
    with pytest.raises(NotFound):
        _plan(org_ctx, scope_departments=["不存在的部门"])
    assert audits.list_audits(org_ctx) == []
    # Refused plans use no number.
    assert _plan(org_ctx).number == "IA-2025-01"


def test_independence_warning_for_own_department(org_ctx):
    own = _plan(org_ctx, title="研发部审核", lead_auditor="赵磊", scope_departments=["研发部"])
    assert len(own.warnings) == 1
    assert "赵磊" in own.warnings[0]
    assert "研发部" in own.warnings[0]
    assert audits.get_audit(org_ctx, own.number).warnings == own.warnings

    as_member = _plan(
        org_ctx,
        title="研发部审核二",
        lead_auditor="王海燕",
        team=["赵磊"],
        scope_departments=["研发部"],
    )
    assert len(as_member.warnings) == 1 and "赵磊" in as_member.warnings[0]

    independent = _plan(
        org_ctx,
        title="服务台审核",
        lead_auditor="赵磊",
        team=["李明"],
        scope_departments=["服务台"],
    )
    assert independent.warnings == ()
    other = _plan(org_ctx, title="研发部审核三", lead_auditor="李明", scope_departments=["研发部"])
    assert other.warnings == ()


def test_run_warns_when_auditor_checks_own_department(org_ctx):
    a = _plan(org_ctx, lead_auditor="李明", scope_departments=["研发部", "服务台"])
    run = _run(org_ctx, a.number, dept="研发部", auditor="赵磊")
    assert len(run.warnings) == 1 and "赵磊" in run.warnings[0]
    clean = _run(org_ctx, a.number, code="KM", dept="服务台", auditor="赵磊")
    assert clean.warnings == ()


def test_audit_state_guards(org_ctx):
    a = _plan(org_ctx)
    with pytest.raises(Invalid):
        audits.report_audit(org_ctx, a.number, force=True)
    with pytest.raises(Invalid):
        audits.close_audit(org_ctx, a.number)
    assert audits.get_audit(org_ctx, a.number).status == "planned"
    assert audits.start_audit(org_ctx, a.number).status == "in_progress"
    with pytest.raises(Invalid):
        audits.start_audit(org_ctx, a.number)
    with pytest.raises(NotFound):
        audits.start_audit(org_ctx, "IA-2025-99")


# --- checklist runs -------------------------------------------------------------------


def test_start_run_one_unanswered_response_per_item(org_ctx, audit_run):
    number, run_id = audit_run
    sd = templates.get_template(org_ctx, "SD")
    run = checklists.get_run(org_ctx, run_id)
    assert len(run.items) == len(sd.items) == 16
    assert [i.item.id for i in run.items] == [i.id for i in sd.items]
    assert [i.response.position for i in run.items] == list(range(1, 17))
    assert {i.response.result for i in run.items} == {"unanswered"}
    assert all(i.response.answered_by == "" and i.response.answered_at is None for i in run.items)
    assert all(i.nc_numbers == () and i.attachments == 0 for i in run.items)
    # Sample items start with the template's sample size.
    for i in run.items:
        assert i.response.sample_size == i.item.answer.sample_size
    s = run.summary
    assert (s.audit_number, s.template_code, s.template_version) == (number, "SD", "1.0")
    assert (s.department, s.auditor, s.answered, s.total) == ("服务台", "王海燕", 0, 16)
    assert checklists.find_run(org_ctx, number, "sd") == run_id
    assert checklists.find_run(org_ctx, number, "SD", "服务台") == run_id


def test_start_run_refusals(org_ctx, audit_run):
    number, _ = audit_run
    with pytest.raises(Invalid):
        _run(org_ctx, number)  # the same template on the same department again
    with pytest.raises(NotFound):
        _run(org_ctx, number, code="XX")
    with pytest.raises(NotFound):
        _run(org_ctx, number, dept="不存在")
    with pytest.raises(NotFound):
        _run(org_ctx, "IA-2025-77")
    assert len(checklists.list_runs(org_ctx, number)) == 1


def test_start_run_extends_the_audit_scope(org_ctx):
    a = _plan(org_ctx, scope_departments=["服务台"], scope_processes=["SD"])
    _run(org_ctx, a.number, code="SP", dept="备件库")
    got = audits.get_audit(org_ctx, a.number)
    assert set(got.scope_processes) == {"SD", "SP"}
    assert {d.name for d in got.scope_departments} == {"服务台", "备件库"}


def test_find_run_needs_department_when_ambiguous(org_ctx):
    a = _plan(org_ctx)
    _run(org_ctx, a.number, dept="服务台")
    second = _run(org_ctx, a.number, dept="备件库")
    with pytest.raises(Invalid):
        checklists.find_run(org_ctx, a.number, "SD")
    assert checklists.find_run(org_ctx, a.number, "SD", "备件库") == second.summary.id
    with pytest.raises(NotFound):
        checklists.find_run(org_ctx, a.number, "KM")


def _new_sd_version(ctx, tmp_path):
    exported = templates.export_template(ctx, "SD", tmp_path / "sd-1.0.yaml")
    data = yaml.safe_load(exported.read_text(encoding="utf-8"))
    data["version"] = "1.1"
    data["items"][0]["question"] = "新版问题:程序是否经批准并已培训全部坐席?"
    data["items"] = data["items"][:10]
    path = tmp_path / "sd-1.1.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_run_keeps_its_template_snapshot(org_ctx, audit_run, tmp_path):
    number, run_id = audit_run
    old_question = _item(checklists.get_run(org_ctx, run_id), "SD-01").item.question
    checklists.record_response(org_ctx, _rid(org_ctx, run_id, "SD-01"), result="C")

    summary = templates.import_template_file(org_ctx, _new_sd_version(org_ctx, tmp_path))
    assert (summary.code, summary.version, summary.items, summary.builtin) == (
        "SD",
        "1.1",
        10,
        False,
    )
    assert {(t.code, t.version) for t in templates.list_templates(org_ctx)} >= {
        ("SD", "1.0"),
        ("SD", "1.1"),
    }

    # A fresh context (no cached snapshot) still reads the old items for the old run.
    fresh = Context(store=org_ctx.store, actor="另一台电脑", clock=org_ctx.clock)
    for c in (org_ctx, fresh):
        run = checklists.get_run(c, run_id)
        assert run.summary.template_version == "1.0"
        assert len(run.items) == 16
        assert _item(run, "SD-01").item.question == old_question
        assert _item(run, "SD-01").response.result == "C"
    # Answering the old run is still validated against its own snapshot.
    checklists.record_response(fresh, _rid(fresh, run_id, "SD-16"), result="C")

    new_run = _run(org_ctx, number, dept="备件库")
    assert new_run.summary.template_version == "1.1"
    assert len(new_run.items) == 10
    assert _item(new_run, "SD-01").item.question.startswith("新版问题")
    older = _run(org_ctx, number, dept="研发部", version="1.0")
    assert older.summary.template_version == "1.0" and len(older.items) == 16


def test_reimporting_a_version_with_other_content_refused(org_ctx, tmp_path):
    path = _new_sd_version(org_ctx, tmp_path)
    templates.import_template_file(org_ctx, path)
    with pytest.raises(Invalid):
        templates.import_template_file(org_ctx, path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["items"][0]["question"] = "又改了一次"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(Invalid):
        templates.import_template_file(org_ctx, path)
    doc = templates.get_template(org_ctx, "SD", "1.1")
    assert doc.items[0].question.startswith("新版问题")


# --- answers --------------------------------------------------------------------------


def test_record_response_round_trip(org_ctx, clock, audit_run):
    _, run_id = audit_run
    clock.set(2025, 6, 17, 3)
    rid = _rid(org_ctx, run_id, "SD-04")
    saved = checklists.record_response(
        org_ctx,
        rid,
        result="NC",
        notes="4张工单缺少CI",
        sampled_refs=["INC0001", " INC0002 ", "", "INC0003"],
        sample_size=20,
        nonconforming_count=4,
    )
    assert saved.result == "NC"
    assert saved.notes == "4张工单缺少CI"
    assert saved.sampled_refs == ("INC0001", "INC0002", "INC0003")
    assert (saved.sample_size, saved.nonconforming_count) == (20, 4)
    assert saved.measured_value is None
    assert saved.answered_by == "测试员"
    assert saved.answered_at == datetime(2025, 6, 17, 3, tzinfo=UTC)
    assert checklists.get_response(org_ctx, rid) == saved
    fresh = Context(store=org_ctx.store, actor="x", clock=clock)
    assert _item(checklists.get_run(fresh, run_id), "SD-04").response == saved

    rate = checklists.record_response(
        org_ctx, _rid(org_ctx, run_id, "SD-03"), result="C", measured_value=0.85
    )
    assert rate.measured_value == pytest.approx(0.85)
    assert checklists.get_response(org_ctx, rate.id).measured_value == pytest.approx(0.85)


def test_partial_update_keeps_other_fields(org_ctx, clock, audit_run):
    _, run_id = audit_run
    rid = _rid(org_ctx, run_id, "SD-04")
    checklists.record_response(
        org_ctx, rid, result="NC", notes="原记录", sampled_refs=["A1"], nonconforming_count=2
    )
    later = dataclasses.replace(org_ctx, actor="李明")
    clock.set(2025, 6, 18, 9)
    r = checklists.record_response(later, rid, notes="补充记录")
    assert (r.result, r.notes, r.sampled_refs) == ("NC", "补充记录", ("A1",))
    assert (r.sample_size, r.nonconforming_count) == (25, 2)
    assert r.answered_by == "李明"
    assert r.answered_at == datetime(2025, 6, 18, 9, tzinfo=UTC)
    r = checklists.record_response(org_ctx, rid, result="OBS")
    assert (r.result, r.notes, r.nonconforming_count) == ("OBS", "补充记录", 2)


@pytest.mark.parametrize(
    ("item", "fields"),
    [
        ("SD-01", {"result": "OBS"}),  # SD-01 allows only C / NC
        ("SD-01", {"result": "NA"}),
        ("SD-01", {"result": "maybe"}),
        ("SD-04", {"result": "NC", "nonconforming_count": 26}),  # sample of 25
        ("SD-04", {"result": "NC", "sample_size": 3, "nonconforming_count": 4}),
        ("SD-04", {"result": "NC", "nonconforming_count": -1}),
        ("SD-04", {"result": "NC", "sample_size": 2.5}),
        ("SD-03", {"result": "C", "measured_value": 85}),  # a rate is a fraction
        ("SD-03", {"result": "C", "measured_value": -0.1}),
        ("SD-03", {"result": "C", "measured_value": "abc"}),
        ("SD-03", {"result": "C", "measured_value": float("nan")}),
        ("SD-01", {"result": "C", "measured_value": 0.5}),  # not a measure item
    ],
)
def test_invalid_answers_refused_and_nothing_saved(org_ctx, audit_run, item, fields):
    number, run_id = audit_run
    rid = _rid(org_ctx, run_id, item)
    before = checklists.get_response(org_ctx, rid)
    with pytest.raises(Invalid):
        checklists.record_response(org_ctx, rid, **fields)
    assert checklists.get_response(org_ctx, rid) == before
    # A refused answer does not start the audit either.
    assert audits.get_audit(org_ctx, number).status == "planned"


def test_bad_count_refused_against_stored_sample(org_ctx, audit_run):
    _, run_id = audit_run
    rid = _rid(org_ctx, run_id, "SD-04")
    checklists.record_response(org_ctx, rid, result="NC", sample_size=10, nonconforming_count=3)
    with pytest.raises(Invalid):
        checklists.record_response(org_ctx, rid, nonconforming_count=11)
    with pytest.raises(Invalid):
        checklists.record_response(org_ctx, rid, sample_size=2)
    r = checklists.get_response(org_ctx, rid)
    assert (r.sample_size, r.nonconforming_count) == (10, 3)


def test_allowed_results_accepted(org_ctx, audit_run):
    _, run_id = audit_run
    for item, result in (("SD-01", "NC"), ("SD-04", "OBS"), ("SD-10", "NA"), ("SD-02", "C")):
        assert (
            checklists.record_response(org_ctx, _rid(org_ctx, run_id, item), result=result).result
            == result
        )


def test_measured_value_at_bounds(org_ctx, audit_run):
    _, run_id = audit_run
    rid = _rid(org_ctx, run_id, "SD-06")
    assert (
        checklists.record_response(org_ctx, rid, result="C", measured_value=1).measured_value == 1
    )
    assert checklists.record_response(org_ctx, rid, measured_value=0.0).measured_value == 0
    assert checklists.record_response(org_ctx, rid, measured_value=None).measured_value is None


def test_unanswered_clears_the_answer(org_ctx, audit_run):
    _, run_id = audit_run
    rid = _rid(org_ctx, run_id, "SD-02")
    checklists.record_response(org_ctx, rid, result="NC", notes="无矩阵")
    cleared = checklists.record_response(org_ctx, rid, result="unanswered")
    assert cleared.result == "unanswered"
    assert cleared.answered_by == ""
    assert cleared.answered_at is None
    assert checklists.get_run(org_ctx, run_id).summary.answered == 0


def test_unknown_response_and_item(org_ctx, audit_run):
    _, run_id = audit_run
    with pytest.raises(NotFound):
        checklists.record_response(org_ctx, "not-a-uuid", result="C")
    with pytest.raises(NotFound):
        checklists.record_response(org_ctx, "00000000-0000-0000-0000-000000000000", result="C")
    with pytest.raises(NotFound):
        checklists.response_id_for_item(org_ctx, run_id, "SD-99")
    assert _rid(org_ctx, run_id, " sd-04 ") == _rid(org_ctx, run_id, "SD-04")


def test_first_answer_starts_a_planned_audit(org_ctx, audit_run):
    number, run_id = audit_run
    checklists.record_response(org_ctx, _rid(org_ctx, run_id, "SD-01"), notes="仅记录")
    assert audits.get_audit(org_ctx, number).status == "planned"
    checklists.record_response(org_ctx, _rid(org_ctx, run_id, "SD-01"), result="C")
    assert audits.get_audit(org_ctx, number).status == "in_progress"
    # Already under way: starting it again is refused, answering goes on.
    with pytest.raises(Invalid):
        audits.start_audit(org_ctx, number)
    checklists.record_response(org_ctx, _rid(org_ctx, run_id, "SD-02"), result="C")
    assert audits.get_audit(org_ctx, number).status == "in_progress"


def test_report_needs_all_answers_unless_forced(org_ctx, audit_run):
    number, run_id = audit_run
    audits.start_audit(org_ctx, number)
    checklists.record_response(org_ctx, _rid(org_ctx, run_id, "SD-01"), result="C")
    with pytest.raises(Invalid) as exc:
        audits.report_audit(org_ctx, number, conclusion="基本符合")
    assert "15" in str(exc.value)
    got = audits.get_audit(org_ctx, number)
    assert got.status == "in_progress" and got.conclusion == ""
    reported = audits.report_audit(org_ctx, number, conclusion="基本符合", force=True)
    assert (reported.status, reported.conclusion) == ("reported", "基本符合")


def test_report_without_force_once_everything_is_answered(org_ctx, audit_run):
    number, run_id = audit_run
    run = checklists.get_run(org_ctx, run_id)
    for i in run.items:
        checklists.record_response(org_ctx, i.response.id, result=i.item.answer.results[0].value)
    assert audits.report_audit(org_ctx, number).status == "reported"


def test_answers_refused_after_report(org_ctx, audit_run):
    number, run_id = audit_run
    rid = _rid(org_ctx, run_id, "SD-01")
    checklists.record_response(org_ctx, rid, result="C")
    audits.report_audit(org_ctx, number, force=True)
    for fields in ({"result": "NC"}, {"notes": "补记"}, {"result": "unanswered"}):
        with pytest.raises(Invalid):
            checklists.record_response(org_ctx, rid, **fields)
    r = checklists.get_response(org_ctx, rid)
    assert (r.result, r.notes) == ("C", "")
    with pytest.raises(Invalid):
        _run(org_ctx, number, code="KM")
    audits.close_audit(org_ctx, number)
    with pytest.raises(Invalid):
        checklists.record_response(org_ctx, rid, result="NC")
    with pytest.raises(Invalid):
        audits.update_audit(org_ctx, number, title="改名")


def test_close_refused_while_draft_ncs_exist(org_ctx, audit_run):
    number, run_id = audit_run
    rid = _rid(org_ctx, run_id, "SD-01")
    checklists.record_response(org_ctx, rid, result="NC", notes="程序未批准")
    nc = nonconformities.raise_nc_from_response(org_ctx, rid)
    audits.report_audit(org_ctx, number, force=True)
    with pytest.raises(Invalid):
        audits.close_audit(org_ctx, number)
    assert audits.get_audit(org_ctx, number).status == "reported"
    nonconformities.transition(org_ctx, nc.number, "issue")
    closed = audits.close_audit(org_ctx, number)
    assert closed.status == "closed"
    assert closed.nc_count == 1


def test_withdrawn_draft_no_longer_blocks_close(org_ctx, audit_run):
    number, _ = audit_run
    nc = nonconformities.raise_nc(
        org_ctx,
        process="SD",
        facts="f",
        clause="c",
        grade="minor",
        department="服务台",
        audit=number,
    )
    audits.start_audit(org_ctx, number)
    audits.report_audit(org_ctx, number, force=True)
    with pytest.raises(Invalid):
        audits.close_audit(org_ctx, number)
    nonconformities.transition(org_ctx, nc.number, "withdraw", reason="误判")
    closed = audits.close_audit(org_ctx, number)
    assert closed.status == "closed"
    assert closed.nc_count == 0  # a withdrawn NC is not one of the audit's findings


def test_progress_counts_agree_with_answers(org_ctx):
    a = _plan(org_ctx, scope_departments=["服务台", "备件库"])
    sd = _run(org_ctx, a.number, "SD", "服务台")
    km = _run(org_ctx, a.number, "KM", "服务台")
    sp = _run(org_ctx, a.number, "SP", "备件库")
    given = {sd.summary.id: ["SD-01", "SD-02", "SD-04"], km.summary.id: ["KM-01"]}
    for run_id, items in given.items():
        for item in items:
            checklists.record_response(org_ctx, _rid(org_ctx, run_id, item), result="C")
    # An answer that is later cleared does not count.
    tmp = _rid(org_ctx, sp.summary.id, "SP-01")
    checklists.record_response(org_ctx, tmp, result="NC")
    checklists.record_response(org_ctx, tmp, result="unanswered")
    # Notes alone are not an answer.
    checklists.record_response(org_ctx, _rid(org_ctx, sp.summary.id, "SP-02"), notes="待查")

    totals = {r.summary.id: len(r.items) for r in (sd, km, sp)}
    runs = {r.id: r for r in checklists.list_runs(org_ctx, a.number)}
    assert set(runs) == set(totals)
    for run_id, total in totals.items():
        assert runs[run_id].total == total
        assert runs[run_id].answered == len(given.get(run_id, []))
        assert checklists.get_run(org_ctx, run_id).summary == runs[run_id]
    listed = next(x for x in audits.list_audits(org_ctx) if x.number == a.number)
    assert (listed.answered, listed.total) == (4, sum(totals.values()))
    view = audits.get_audit(org_ctx, a.number)
    assert (view.answered, view.total) == (4, sum(totals.values()))


# --- the demo year (read only) ----------------------------------------------------------------


def test_demo_progress_counts_agree(demo_ctx):
    listed = audits.list_audits(demo_ctx)
    assert len(listed) == 2
    for a in listed:
        runs = checklists.list_runs(demo_ctx, a.number)
        assert runs
        assert sum(r.answered for r in runs) == a.answered
        assert sum(r.total for r in runs) == a.total
        for r in runs:
            view = checklists.get_run(demo_ctx, r.id)
            answered = sum(i.response.result != "unanswered" for i in view.items)
            assert (answered, len(view.items)) == (r.answered, r.total)
            assert all(i.response.answered_by for i in view.items if i.response.answered_at)
        assert a.status in ("reported", "closed")
