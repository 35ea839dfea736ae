"""NC statistics: hand-counted figures on NCs walked through the workflow, and SQL at scale."""

from __future__ import annotations

import dataclasses
import random
import statistics
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.enums import NcStatus
from qa_desktop.services import audits, nc_stats, organisation
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Context, NotFound
from qa_desktop.store import bulk
from qa_desktop.store.models import CorrectiveAction, Nonconformity
from qa_desktop.store.queries import nc_stats as q

TODAY = date(2025, 6, 16)


def _raise(ctx, found_on, *, grade="minor", process="SD", audit=None, due_date=None):
    return ncs.raise_nc(
        ctx,
        process=process,
        facts="抽查工单,记录不完整。",
        clause="ISO/IEC 20000-1:2018 8.6.1",
        grade=grade,
        department="服务台",
        found_on=found_on,
        audit=audit,
        due_date=due_date,
    ).number


def _at(clock, day: date) -> None:
    clock.set(day.year, day.month, day.day)


def _to_pending(ctx, number):
    ncs.transition(ctx, number, "issue")
    ncs.transition(ctx, number, "acknowledge", acknowledged_by="刘洋")
    ncs.update_nc(
        ctx, number, correction="复盘", root_cause="未配置升级", root_cause_category="method"
    )
    action = ncs.add_action(ctx, number, "配置自动升级", owner="刘洋", due_date=None)
    ncs.transition(ctx, number, "submit_plan")
    ncs.transition(ctx, number, "approve_plan")
    ncs.transition(ctx, number, "start")
    ncs.complete_action(ctx, action.id, evidence="截图")
    ncs.transition(ctx, number, "request_verification")


def _verify(ctx, number, effective=True):
    if effective:
        ncs.transition(ctx, number, "verify_effective", verifier="李明", method="抽查20张工单")
    else:
        ncs.transition(ctx, number, "verify_not_effective", verifier="李明")


@pytest.fixture
def scenario(org_ctx, clock):
    """Nine NCs, eight of 2025 and one of 2024, in the states the comments give."""
    ctx = org_ctx
    audit = audits.plan_audit(
        ctx, title="年度内审", lead_auditor="王海燕", scope_departments=["服务台"]
    ).number
    n = {}
    # A: minor SD of the audit, found 05-01, verified effective, closed 05-21 → 20 days.
    n["A"] = _raise(ctx, date(2025, 5, 1), audit=audit)
    _to_pending(ctx, n["A"])
    _verify(ctx, n["A"])
    _at(clock, date(2025, 5, 21))
    ncs.transition(ctx, n["A"], "close")
    # B: minor SP of the audit, found 05-10 (due 06-09), verified not effective → reopened.
    n["B"] = _raise(ctx, date(2025, 5, 10), process="SP", audit=audit)
    _to_pending(ctx, n["B"])
    _verify(ctx, n["B"], effective=False)
    # C: an observation of KM found 06-06, closed 06-16 without verification → 10 days.
    n["C"] = _raise(ctx, date(2025, 6, 6), grade="observation", process="KM")
    ncs.transition(ctx, n["C"], "issue")
    _at(clock, TODAY)
    ncs.transition(ctx, n["C"], "close")
    # D: a major draft; E: issued then withdrawn. Neither counts towards the closure rate.
    n["D"] = _raise(ctx, TODAY, grade="major")
    n["E"] = _raise(ctx, date(2025, 6, 1))
    ncs.transition(ctx, n["E"], "issue")
    ncs.transition(ctx, n["E"], "withdraw", reason="重复开具")
    # F: minor KM found 04-01 (due 05-01), acknowledged, one action due 06-01 still open.
    n["F"] = _raise(ctx, date(2025, 4, 1), process="KM")
    ncs.transition(ctx, n["F"], "issue")
    ncs.transition(ctx, n["F"], "acknowledge", acknowledged_by="刘洋")
    ncs.add_action(ctx, n["F"], "修订知识模板", owner="刘洋", due_date=date(2025, 6, 1))
    # G: minor SD found 03-01 (due 03-31), verified effective, closed 04-10, then reopened:
    # its old "effective" no longer stands and the reopening is a failed check.
    n["G"] = _raise(ctx, date(2025, 3, 1))
    _to_pending(ctx, n["G"])
    _verify(ctx, n["G"])
    _at(clock, date(2025, 4, 10))
    ncs.transition(ctx, n["G"], "close")
    _at(clock, TODAY)
    ncs.transition(ctx, n["G"], "reopen", reason="再次发现同类问题")
    # H: major SP found 06-10 (due 07-10), issued: open, not overdue.
    n["H"] = _raise(ctx, date(2025, 6, 10), grade="major", process="SP")
    ncs.transition(ctx, n["H"], "issue")
    # I: minor SD of 2024, found 2024-10-02, verified and closed 2024-12-01 → 60 days.
    n["I"] = _raise(ctx, date(2024, 10, 2))
    _to_pending(ctx, n["I"])
    _verify(ctx, n["I"])
    _at(clock, date(2024, 12, 1))
    ncs.transition(ctx, n["I"], "close")
    _at(clock, TODAY)
    return dataclasses.make_dataclass("Scenario", ["numbers", "audit"])(n, audit)


def test_the_year_by_hand(org_ctx, scenario):
    s = nc_stats.nc_statistics(org_ctx, year=2025)
    assert s.total == 8
    assert dict(s.by_status) == {
        **dict.fromkeys((st.value for st in NcStatus), 0),
        "closed": 2,
        "reopened": 2,
        "draft": 1,
        "withdrawn": 1,
        "acknowledged": 1,
        "issued": 1,
    }
    assert dict(s.by_grade) == {"major": 2, "minor": 5, "observation": 1}
    assert dict(s.by_process) == {"SD": 4, "SP": 2, "KM": 2}
    assert list(s.by_process) == ["SD", "SP", "KM"]  # the plan's order, not the alphabet
    assert s.count(grade="minor", process="SD") == 3  # A, E, G
    assert s.count(grade="major", status="issued") == 1
    assert s.grade_by_process()["SP"] == {"major": 1, "minor": 1, "observation": 0}
    assert (s.open, s.closed, s.counted) == (4, 2, 6)  # B, F, G, H open
    assert s.closure_rate == pytest.approx(2 / 6)
    assert s.mean_days_to_close == pytest.approx(15)  # (20 + 10) / 2
    assert s.median_days_to_close == pytest.approx(15)
    assert s.overdue == 3  # B, F, G; H is due in July
    assert (s.effective, s.not_effective) == (1, 2)  # A; B and G reopened once each
    assert s.capa_effectiveness_rate == pytest.approx(1 / 3)
    assert s.actions_overdue == 1  # F's action, due 06-01


def test_all_years_and_one_year_and_one_audit(org_ctx, scenario):
    every = nc_stats.nc_statistics(org_ctx)
    assert every.total == 9 and every.year is None
    assert every.closure_rate == pytest.approx(3 / 7)
    assert every.mean_days_to_close == pytest.approx(30)  # (20 + 10 + 60) / 3
    assert every.median_days_to_close == pytest.approx(20)
    assert every.capa_effectiveness_rate == pytest.approx(2 / 4)

    old = nc_stats.nc_statistics(org_ctx, year=2024)
    assert (old.total, old.closed, old.closure_rate) == (1, 1, 1.0)
    assert (old.mean_days_to_close, old.median_days_to_close) == (60, 60)
    assert (old.overdue, old.capa_effectiveness_rate) == (0, 1.0)

    audit = nc_stats.nc_statistics(org_ctx, audit=scenario.audit)
    assert audit.audit == scenario.audit
    assert audit.total == 2  # A and B
    assert audit.closure_rate == pytest.approx(1 / 2)
    assert (audit.effective, audit.not_effective) == (1, 1)
    assert audit.overdue == 1  # B
    with pytest.raises(NotFound):
        nc_stats.nc_statistics(org_ctx, audit="IA-1999-01")


def test_overdue_follows_the_workflow_rule_and_the_clock(org_ctx, clock, scenario):
    def by_rule():
        rows = ncs.list_ncs(org_ctx, year=2025, limit=1000).rows
        today = org_ctx.today()
        return sum(wf.is_overdue(NcStatus(r.status), r.due_date, today) for r in rows)

    assert nc_stats.nc_statistics(org_ctx, year=2025).overdue == by_rule() == 3
    _at(clock, date(2025, 7, 11))  # H's due date has passed too
    assert nc_stats.nc_statistics(org_ctx, year=2025).overdue == by_rule() == 4
    _at(clock, date(2025, 3, 31))  # the due date itself is not late yet
    assert nc_stats.nc_statistics(org_ctx, year=2025).overdue == by_rule()


def test_nothing_to_count_gives_zeros_and_no_rates(org_ctx):
    for s in (nc_stats.nc_statistics(org_ctx), nc_stats.nc_statistics(org_ctx, year=2025)):
        assert s.total == 0 and s.counts == ()
        assert s.closure_rate is None and s.capa_effectiveness_rate is None
        assert s.mean_days_to_close is None and s.median_days_to_close is None
        assert set(s.by_grade) == {"major", "minor", "observation"}
    assert nc_stats.nc_years(org_ctx) == ()


def test_before_an_organisation_exists(store, clock):
    bare = Context(store=store, actor="新用户", clock=clock)
    s = nc_stats.nc_statistics(bare, year=2025)
    assert s.total == 0 and s.closure_rate is None
    assert nc_stats.nc_years(bare) == ()


def test_years_with_ncs(org_ctx, scenario):
    assert nc_stats.nc_years(org_ctx) == (2024, 2025)


def test_days_to_close_count_the_local_calendar_day():
    expr = q.DaysToClose(Nonconformity.closed_at, Nonconformity.found_on, 480)
    lite = str(expr.compile(dialect=sqlite.dialect()))
    assert "'+480 minutes'" in lite and "julianday" in lite
    pg = str(expr.compile(dialect=postgresql.dialect()))
    assert "INTERVAL '480 minutes'" in pg and "AS DATE" in pg


def test_closed_late_in_the_utc_evening_counts_on_the_next_local_day(org_ctx, clock):
    number = _raise(org_ctx, date(2025, 6, 1), grade="observation")
    ncs.transition(org_ctx, number, "issue")
    clock.now = datetime(2025, 6, 10, 20, 0, tzinfo=UTC)  # 04:00 on the 11th in Beijing
    ncs.transition(org_ctx, number, "close")
    scope = q.Scope(uuid.UUID(organisation.get_organisation(org_ctx).id))
    with org_ctx.read() as s:
        utc = q.grouped(s, scope, TODAY, 0)
        beijing = q.grouped(s, scope, TODAY, 480)
    assert sum(r.closed_days for r in utc) == 9
    assert sum(r.closed_days for r in beijing) == 10


# --- at scale -----------------------------------------------------------------------------


def _seed(ctx, count: int, rng: random.Random) -> tuple[list[dict], list[dict]]:
    """`count` NCs and an action for every third, inserted in bulk (the event log is skipped:
    these are generated, not user changes)."""
    org_id = uuid.UUID(organisation.get_organisation(ctx).id)
    dept = uuid.UUID(organisation.list_departments(ctx)[0].id)
    now = datetime(2025, 6, 16, 10, tzinfo=UTC)
    rows = []
    per_year: dict[int, int] = {}
    for _ in range(count):
        year = rng.choice((2024, 2025))
        per_year[year] = per_year.get(year, 0) + 1
        found = date(year, 1, 1) + timedelta(days=rng.randint(0, 160))
        status = rng.choice([st.value for st in NcStatus])
        grade = rng.choice(("major", "minor", "observation"))
        closed = status == "closed"
        closed_at = (
            datetime.combine(
                found + timedelta(days=rng.randint(1, 90)), datetime.min.time()
            ).replace(hour=10, tzinfo=UTC)
            if closed
            else None
        )
        result = (
            rng.choice(("effective", "not_effective", None))
            if status in ("verified", "closed", "reopened")
            else None
        )
        rows.append(
            {
                "id": uuid.uuid4(),
                "organisation_id": org_id,
                "number": f"NC-{year}-{per_year[year]:05d}",
                "year": year,
                "process": rng.choice(("SD", "SP", "KM")),
                "department_id": dept,
                "found_on": found,
                "facts": "抽查记录不完整" * 10,
                "clause": "8.6.1",
                "grade": grade,
                "status": status,
                "due_date": None if grade == "observation" else found + timedelta(days=30),
                "closed_at": closed_at,
                "verification_result": result,
                "reopen_count": rng.choice((0, 0, 0, 1, 2)),
                "created_at": now,
                "updated_at": now,
            }
        )
    bulk.insert_rows(ctx.store, Nonconformity, rows)
    actions = [
        {
            "id": uuid.uuid4(),
            "nc_id": r["id"],
            "seq": 1,
            "description": "措施",
            "status": rng.choice(("open", "in_progress", "done", "cancelled")),
            "due_date": r["found_on"] + timedelta(days=20),
            "created_at": now,
            "updated_at": now,
        }
        for r in rows[::3]
    ]
    bulk.insert_rows(ctx.store, CorrectiveAction, actions)
    return rows, actions


@pytest.mark.slow
def test_ten_thousand_ncs_in_sql_agree_with_python(org_ctx):
    rows, actions = _seed(org_ctx, 10_000, random.Random(4))
    today = org_ctx.today()
    s = nc_stats.nc_statistics(org_ctx, year=2025)
    mine = [r for r in rows if r["year"] == 2025]
    assert s.total == len(mine)
    closed = [r for r in mine if r["status"] == "closed"]
    counted = [r for r in mine if r["status"] not in ("draft", "withdrawn")]
    assert s.closure_rate == pytest.approx(len(closed) / len(counted))
    local = [(r["closed_at"].astimezone().date() - r["found_on"]).days for r in closed]
    assert s.mean_days_to_close == pytest.approx(statistics.mean(local))
    assert s.median_days_to_close == pytest.approx(statistics.median(local))
    assert s.overdue == sum(
        wf.is_overdue(NcStatus(r["status"]), r["due_date"], today) for r in mine
    )
    effective = sum(
        r["verification_result"] == "effective" and r["status"] in ("verified", "closed")
        for r in mine
    )
    reopens = sum(r["reopen_count"] for r in mine)
    assert (s.effective, s.not_effective) == (effective, reopens)
    assert s.capa_effectiveness_rate == pytest.approx(effective / (effective + reopens))
    by_id = {r["id"]: r for r in mine}
    assert s.actions_overdue == sum(
        a["status"] in ("open", "in_progress")
        and a["due_date"] < today
        and by_id[a["nc_id"]]["status"] not in ("closed", "withdrawn")
        for a in actions
        if a["nc_id"] in by_id
    )
    assert sum(c.count for c in s.counts) == s.total
