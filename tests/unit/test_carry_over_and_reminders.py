"""Carry-over of open NCs into later audits, repeat detection (重复发生), and reminders."""

from __future__ import annotations

from datetime import date

import pytest

from qa_desktop.services import audits, checklists, follow_ups, reminders
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Invalid


def _audit(ctx, title, processes=("SD",), departments=("服务台",), start=None):
    return audits.plan_audit(
        ctx,
        title=title,
        scope_processes=list(processes),
        scope_departments=list(departments),
        lead_auditor="王海燕",
        planned_start=start,
    )


def _nc(
    ctx,
    audit=None,
    process="SD",
    clause="ISO/IEC 20000-1:2018 8.6.1",
    department="服务台",
    grade="minor",
    found=date(2025, 6, 17),
    issue=True,
):
    return ncs.raise_nc(
        ctx,
        process=process,
        facts="P2 超时未升级",
        clause=clause,
        grade=grade,
        department=department,
        audit=audit,
        found_on=found,
        issue=issue,
    )


# --- carry-over ------------------------------------------------------------------------------


def test_a_new_audit_carries_the_open_ncs_of_its_scope(org_ctx):
    first = _audit(org_ctx, "6月审核", start=date(2025, 6, 16))
    open_sd = _nc(org_ctx, first.number)
    closed = _nc(org_ctx, first.number, grade="observation")
    ncs.transition(org_ctx, closed.number, "close")
    other_process = _nc(org_ctx, first.number, process="SP")
    other_dept = _nc(org_ctx, first.number, department="备件库")
    draft = _nc(org_ctx, first.number, issue=False)

    second = _audit(org_ctx, "11月审核", processes=("SD", "KM"), start=date(2025, 11, 17))
    carried = [f.nc_number for f in follow_ups.list_follow_ups(org_ctx, second.number)]
    assert carried == [open_sd.number]
    assert closed.number not in carried and draft.number not in carried
    assert other_process.number not in carried and other_dept.number not in carried
    # Its own findings are not follow-ups of itself.
    assert follow_ups.list_follow_ups(org_ctx, first.number) == []


def test_widening_the_scope_brings_more_follow_ups_once(org_ctx):
    first = _audit(org_ctx, "6月审核")
    sp = _nc(org_ctx, first.number, process="SP", department="备件库")
    second = _audit(org_ctx, "11月审核")
    assert follow_ups.list_follow_ups(org_ctx, second.number) == []
    audits.update_audit(
        org_ctx, second.number, scope_processes=["SD", "SP"], scope_departments=["服务台", "备件库"]
    )
    audits.update_audit(org_ctx, second.number, objectives="再保存一次")
    assert [f.nc_number for f in follow_ups.list_follow_ups(org_ctx, second.number)] == [sp.number]


def test_recording_a_follow_up_leaves_the_nc_status_alone(org_ctx):
    first = _audit(org_ctx, "6月审核")
    nc = _nc(org_ctx, first.number)
    second = _audit(org_ctx, "11月审核")
    item = follow_ups.list_follow_ups(org_ctx, second.number)[0]
    saved = follow_ups.record_follow_up(org_ctx, item.id, result="NC", notes="夜班仍未升级")
    assert (saved.result, saved.notes, saved.answered_by) == ("NC", "夜班仍未升级", org_ctx.actor)
    assert ncs.get_nc(org_ctx, nc.number).status == "issued"
    with pytest.raises(Invalid):
        follow_ups.record_follow_up(org_ctx, item.id, result="OBS")
    cleared = follow_ups.record_follow_up(org_ctx, item.id, result="unanswered")
    assert cleared.answered_by == "" and cleared.answered_at is None


def test_follow_ups_appear_in_the_runs_of_their_department_and_freeze_with_the_report(org_ctx):
    first = _audit(org_ctx, "6月审核", processes=("SD", "KM"))
    nc = _nc(org_ctx, first.number, process="KM")
    second = _audit(org_ctx, "11月审核", processes=("SD", "KM"), departments=("服务台", "备件库"))
    sd_desk = checklists.start_run(org_ctx, second.number, "SD", "服务台").summary.id
    sp_store = checklists.start_run(org_ctx, second.number, "SP", "备件库").summary.id
    assert [f.nc_number for f in follow_ups.follow_ups_for_run(org_ctx, sd_desk)] == [nc.number]
    assert follow_ups.follow_ups_for_run(org_ctx, sp_store) == []
    audits.start_audit(org_ctx, second.number)
    audits.report_audit(org_ctx, second.number, force=True)
    item = follow_ups.follow_ups_for_run(org_ctx, sd_desk)[0]
    with pytest.raises(Invalid, match="reported"):
        follow_ups.record_follow_up(org_ctx, item.id, result="C")


# --- repeats ---------------------------------------------------------------------------------


def test_same_clause_and_process_as_an_earlier_audit_is_a_repeat(org_ctx):
    first = _audit(org_ctx, "6月审核")
    earlier = _nc(org_ctx, first.number)
    second = _audit(org_ctx, "11月审核")
    again = _nc(org_ctx, second.number, found=date(2025, 11, 18))
    view = ncs.get_nc(org_ctx, again.number)
    assert view.repeat_of_number == earlier.number
    rows = {r.number: r for r in ncs.list_ncs(org_ctx).rows}
    assert rows[again.number].repeat and not rows[earlier.number].repeat


def test_not_a_repeat_within_one_audit_other_process_or_after_a_withdrawal(org_ctx):
    first = _audit(org_ctx, "6月审核")
    withdrawn = _nc(org_ctx, first.number)
    ncs.transition(org_ctx, withdrawn.number, "withdraw", reason="证据不足")
    same_audit = _nc(org_ctx, first.number)
    assert ncs.get_nc(org_ctx, same_audit.number).repeat_of_number == ""
    second = _audit(org_ctx, "11月审核")
    other = _nc(org_ctx, second.number, process="KM", found=date(2025, 11, 18))
    assert ncs.get_nc(org_ctx, other.number).repeat_of_number == ""
    # Editing the clause to match re-evaluates the flag.
    changed = ncs.update_nc(org_ctx, other.number, process="SD")
    assert changed.repeat_of_number == same_audit.number


def test_recurrence_draft_escalates_one_grade(org_ctx):
    parent = _nc(org_ctx, grade="minor")
    draft = ncs.recurrence_draft(org_ctx, parent.number)
    assert (draft.parent, draft.grade, draft.process, draft.clause) == (
        parent.number,
        "major",
        "SD",
        parent.clause,
    )


# --- reminders -------------------------------------------------------------------------------


def test_due_items_split_overdue_from_due_soon(org_ctx, clock):
    late = _nc(org_ctx, found=date(2025, 5, 1))  # due 2025-05-31
    soon = _nc(org_ctx, found=date(2025, 5, 20))  # due 2025-06-19
    later = _nc(org_ctx, found=date(2025, 6, 10))  # due 2025-07-10
    ncs.add_action(org_ctx, late.number, "修订程序", owner="刘洋", due_date=date(2025, 6, 1))
    ncs.add_action(org_ctx, soon.number, "培训坐席", owner="刘洋", due_date=date(2025, 6, 20))
    clock.set(2025, 6, 16)
    items = reminders.due_items(org_ctx)
    assert [r.number for r in items.overdue_ncs] == [late.number]
    assert [r.number for r in items.due_soon_ncs] == [soon.number]
    assert later.number not in {r.number for r in items.due_soon_ncs}
    assert [(a.nc_number, a.days_left) for a in items.overdue_actions] == [(late.number, -15)]
    assert [(a.nc_number, a.days_left) for a in items.due_soon_actions] == [(soon.number, 4)]


def test_my_overdue_names_my_actions_and_my_departments_ncs(org_ctx, clock):
    mine = _nc(org_ctx, found=date(2025, 4, 1))
    ncs.add_action(org_ctx, mine.number, "整改", owner="周婷", due_date=date(2025, 5, 1))
    clock.set(2025, 6, 16)
    org_ctx.actor = "周婷"  # an action owner, head of 备件库
    zt = reminders.my_overdue(org_ctx)
    assert [a.nc_number for a in zt.overdue_actions] == [mine.number] and zt.overdue_ncs == ()
    org_ctx.actor = "刘洋"  # head of 服务台, whose NC it is
    ly = reminders.my_overdue(org_ctx)
    assert [r.number for r in ly.overdue_ncs] == [mine.number] and ly.overdue_actions == ()
    org_ctx.actor = "无此人"
    assert reminders.my_overdue(org_ctx).count == 0


def test_management_review_decisions_are_reminded_like_corrective_actions(org_ctx, clock):
    from qa_desktop.services import reviews

    review = reviews.plan_review(org_ctx, title="2025年度管理评审", planned_on=date(2025, 6, 1))
    late = reviews.add_action(
        org_ctx, review.id, "增加夜班坐席", owner="刘洋", due_date=date(2025, 6, 10)
    )
    soon = reviews.add_action(
        org_ctx, review.id, "修订制度", owner="周婷", due_date=date(2025, 6, 20)
    )
    reviews.add_action(org_ctx, review.id, "远期", owner="周婷", due_date=date(2025, 9, 1))
    done = reviews.add_action(org_ctx, review.id, "已完成", owner="刘洋", due_date=date(2025, 6, 2))
    reviews.complete_action(org_ctx, done.id, evidence="记录")
    clock.set(2025, 6, 16)
    items = reminders.due_items(org_ctx)
    assert [a.id for a in items.overdue_review_actions] == [late.id]
    assert [a.id for a in items.due_soon_review_actions] == [soon.id]
    assert items.count == 1
    org_ctx.actor = "刘洋"
    assert [a.id for a in reminders.my_overdue(org_ctx).overdue_review_actions] == [late.id]
    org_ctx.actor = "周婷"
    assert reminders.my_overdue(org_ctx).count == 0


def test_due_soon_is_listed_even_behind_a_long_overdue_backlog(org_ctx, clock):
    late = [_nc(org_ctx, found=date(2025, 5, 1)) for _ in range(4)]  # due 2025-05-31
    soon = _nc(org_ctx, found=date(2025, 5, 20))  # due 2025-06-19
    clock.set(2025, 6, 16)
    items = reminders.due_items(org_ctx, limit=3)
    assert len(items.overdue_ncs) == 3 and {r.number for r in items.overdue_ncs} < {
        n.number for n in late
    }
    assert [r.number for r in items.due_soon_ncs] == [soon.number]
