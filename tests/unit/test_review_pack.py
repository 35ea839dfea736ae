"""The management review's input pack (ISO/IEC 20000-1 9.3 a–k) compiled from the data: the
demo year's NCs and audits, earlier reviews' actions, measures and surveys seeded through
their own services, and sections that say "no data" instead of failing."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime

import pytest

from qa_desktop.domain.enums import OPEN_NC_STATUSES, Grade
from qa_desktop.domain.kpi import format_kpi_target as format_target
from qa_desktop.domain.kpi import format_kpi_value as format_value
from qa_desktop.services import (
    audits,
    measures,
    nc_stats,
    nonconformities,
    review_pack,
    reviews,
    surveys,
)
from qa_desktop.services.context import Context
from qa_desktop.services.review_pack import compile_pack
from qa_desktop.store.database import open_database
from tests.conftest import FixedClock

D = date


@pytest.fixture
def demo_copy(demo_db, tmp_path):
    """A writable copy of the demo year, the day after its November audit's closing meeting."""
    data = tmp_path / "demo"
    shutil.copytree(demo_db, data)
    st, _ = open_database(data, daily_backup=False)
    yield Context(store=st, actor="王海燕", clock=FixedClock(datetime(2025, 11, 25, 2, tzinfo=UTC)))
    st.dispose()


def _no_data(section) -> bool:
    return section.summary_zh.startswith("无数据") and section.summary_en.startswith("No data")


# --- from the demo year ------------------------------------------------------------------------


def test_nc_trends_equal_the_nc_statistics(demo_copy):
    pack = compile_pack(demo_copy, "MR-2025-01")  # the demo year's review
    assert [s.key for s in pack.sections] == list("abcdefghijk")
    assert (pack.review_number, pack.year) == ("MR-2025-01", 2025)
    c = pack.section("c")
    assert c.has_data
    this, before = c.nc_figures
    stats = nc_stats.nc_statistics(demo_copy, year=2025)
    assert this.year == 2025 and before.year == 2024
    assert (this.total, this.counted, this.open, this.closed) == (
        stats.total,
        stats.counted,
        stats.open,
        stats.closed,
    )
    assert (this.overdue, this.actions_overdue) == (stats.overdue, stats.actions_overdue)
    assert this.closure_rate == stats.closure_rate
    assert this.capa_effectiveness_rate == stats.capa_effectiveness_rate
    assert dict(this.by_grade) == dict(stats.by_grade)
    assert dict(this.by_process) == dict(stats.by_process)
    assert this.total == 16 and before.total == 0
    # The summary counts what the closure rate counts (no drafts, no withdrawn NCs), so a
    # reader can check closed ÷ counted by hand.
    assert this.counted == 14
    assert sum(n for _g, n in this.counted_by_grade) == this.counted
    assert sum(n for _p, n in this.counted_by_process) == this.counted
    assert f"开具不符合项{stats.counted}项" in c.summary_zh
    assert f"已关闭{stats.closed}项,关闭率{stats.closed / stats.counted * 100:.1f}%" in c.summary_zh
    assert f"{stats.counted} issued in 2025" in c.summary_en
    assert "上年无不符合项记录" in c.summary_zh


def test_audit_results_list_the_years_audits(demo_copy):
    r = reviews.plan_review(demo_copy, title="管理评审", planned_on=D(2025, 11, 26))
    c = compile_pack(demo_copy, r.number).section("c")
    assert [a.number for a in c.audits] == ["IA-2025-01", "IA-2025-02"]
    listed = {a.number: a for a in audits.list_audits(demo_copy, 2025)}
    for a in c.audits:
        assert (a.title, a.status, a.answered, a.total, a.nc_count) == (
            listed[a.number].title,
            listed[a.number].status,
            listed[a.number].answered,
            listed[a.number].total,
            listed[a.number].nc_count,
        )
        st = nc_stats.nc_statistics(demo_copy, audit=a.number)
        # Withdrawn NCs were never findings: neither the count nor the grades include them.
        assert dict(a.by_grade) == {
            g: n - st.count(grade=g, status="withdrawn") for g, n in st.by_grade.items()
        }
        assert sum(dict(a.by_grade).values()) == a.nc_count
    assert "IA-2025-01、IA-2025-02" in c.summary_zh
    assert "2 internal audits in 2025" in c.summary_en


def test_improvement_risks_and_suppliers_from_the_demo(demo_copy):
    r = reviews.plan_review(demo_copy, title="管理评审", planned_on=D(2025, 11, 26))
    reviews.set_input_note(demo_copy, r.number, "k", "机房单路供电风险已评估")
    pack = compile_pack(demo_copy, r.number)
    every = nonconformities.list_ncs(demo_copy, limit=500).rows
    d = pack.section("d")
    expected_obs = sorted(
        n.number
        for n in every
        if n.grade == Grade.OBSERVATION and n.status not in ("draft", "withdrawn")
    )
    assert (
        [n.number for n in d.ncs] == expected_obs == ["NC-2025-003", "NC-2025-004", "NC-2025-013"]
    )
    assert d.has_data and "观察项3项" in d.summary_zh
    k = pack.section("k")
    open_majors = sorted(
        n.number for n in every if n.grade == Grade.MAJOR and n.status in OPEN_NC_STATUSES
    )
    assert [n.number for n in k.ncs] == open_majors and len(open_majors) == 3
    assert k.note == "机房单路供电风险已评估"
    assert all(n.number in k.summary_zh for n in k.ncs)
    i = pack.section("i")
    assert [(c.audit_number, c.department, c.result) for c in i.supplier_checks] == [
        ("IA-2025-02", "备件库", "C")
    ]
    assert "SP-15" in i.summary_zh


def test_previous_review_actions(demo_copy):
    last = reviews.plan_review(demo_copy, title="2024年度管理评审", planned_on=D(2024, 11, 20))
    done = reviews.add_action(
        demo_copy, last.number, "建立知识库评审机制", owner="吴强", due_date=D(2025, 3, 31)
    )
    reviews.complete_action(demo_copy, done.id, evidence="《知识管理制度》V1.2")
    reviews.add_action(
        demo_copy,
        last.number,
        "备件库温湿度监控改造",
        owner="周婷",
        due_date=D(2025, 6, 30),
        category="resources",
    )
    a = compile_pack(demo_copy, "MR-2025-01").section("a")  # the demo's, after MR-2024-01
    assert a.has_data
    assert [(x.review_number, x.seq, x.status, x.overdue) for x in a.previous_actions] == [
        ("MR-2024-01", 1, "done", False),
        ("MR-2024-01", 2, "open", True),
    ]
    assert a.summary_zh == (
        "以往评审(MR-2024-01)措施共2项:已完成1项,未完成1项(其中逾期1项),已取消0项。"
    )
    assert a.summary_en.startswith("2 actions from earlier reviews (MR-2024-01): 1 done")
    # The first review of all has nothing before it.
    assert _no_data(compile_pack(demo_copy, last.number).section("a"))


def test_notes_fill_the_sections_the_data_cannot(demo_copy):
    r = reviews.plan_review(demo_copy, title="管理评审", planned_on=D(2025, 11, 26))
    reviews.set_input_note(demo_copy, r.number, "b", "新签两家客户")
    reviews.set_input_note(demo_copy, r.number, "j", "计划增加一名夜班工程师")
    pack = compile_pack(demo_copy, r.number)
    b, f, j = pack.section("b"), pack.section("f"), pack.section("j")
    assert (b.note, b.has_data, _no_data(b)) == ("新签两家客户", False, False)
    assert j.note == "计划增加一名夜班工程师"
    assert (f.note, _no_data(f)) == ("", True)


# --- measures and surveys ----------------------------------------------------------------------


def _seed_measures(ctx):
    for month, (sla, fcr) in enumerate([(90, 80), (95, 78), (80, 85)], start=1):
        period = f"2025-{month:02d}"
        measures.set_value(ctx, "sla_rate", period, numerator=sla, denominator=100)
        measures.set_value(ctx, "fcr", period, numerator=fcr, denominator=100)
        measures.set_value(ctx, "mttr_hours", period, numerator=400, denominator=100)
        measures.set_value(
            ctx, "inventory_turnover", period, numerator=120_000, denominator=300_000
        )
    measures.set_target(ctx, 2025, "mttr_hours", 6.0)


def test_kpi_sections(org_ctx):
    _seed_measures(org_ctx)
    r = reviews.plan_review(org_ctx, title="管理评审", planned_on=D(2025, 6, 20))
    pack = compile_pack(org_ctx, r.number)
    year = {k.kpi: k for k in measures.year_summary(org_ctx, 2025)}
    assert year["sla_rate"].year_value == pytest.approx(265 / 300)  # parts, not a mean of rates

    g = pack.section("g")
    assert {k.kpi: k.meets_target for k in g.kpis} == {
        "fcr": True,  # 243/300 = 81.0% ≥ 75%
        "mttr_hours": True,  # 4.0 h ≤ 6 h
        "sla_rate": False,  # 88.3% < 90%
    }
    assert g.summary_zh.startswith("设定目标的3项指标中2项达成")
    assert "SLA达成率 88.3%(目标≥90.0%)" in g.summary_zh
    assert "2 of the 3 measures with a target met it" in g.summary_en

    h = pack.section("h")
    assert h.kpis[0].kpi == "sla_rate"  # service performance leads with the SLA
    assert {k.kpi for k in h.kpis} == {"sla_rate", "fcr", "mttr_hours", "inventory_turnover"}
    assert "4.0 小时(目标≤6.0 小时,达标)" in h.summary_zh
    assert "4.0 h (target ≤6.0 h, met)" in h.summary_en
    for k in h.kpis:
        assert k.year_value == pytest.approx(year[k.kpi].year_value)
        assert k.quarters == tuple(year[k.kpi].quarters)
        assert k.months[0] == pytest.approx(year[k.kpi].months[0].value)

    i = pack.section("i")
    [turnover] = i.kpis
    assert turnover.year_value == pytest.approx(year["inventory_turnover"].year_value)
    assert format_value(turnover.year_value, "次") in i.summary_zh
    assert i.supplier_checks == ()

    c = pack.section("c")
    assert "② 监视和测量:4项指标有全年数据" in c.summary_zh
    assert "SLA达成率" in c.summary_zh.split("②")[1]


def test_customer_feedback_rolls_up_from_the_responses(org_ctx):
    q1 = surveys.plan_survey(org_ctx, 2025, 1)
    for overall in (5, 4, 2):
        surveys.add_response(org_ctx, q1.key, customer="客户甲", overall=overall)
    surveys.add_response(org_ctx, q1.key, customer="客户乙", overall=None)  # not valid
    q2 = surveys.plan_survey(org_ctx, 2025, 2)
    for _ in range(2):
        surveys.add_response(org_ctx, q2.key, customer="客户丙", overall=5)
    surveys.plan_survey(org_ctx, 2025, 3)  # planned, nothing yet
    r = reviews.plan_review(org_ctx, title="管理评审", planned_on=D(2025, 11, 20))
    e = compile_pack(org_ctx, r.number).section("e")
    assert e.has_data
    assert [(s.quarter, s.responses, s.valid, s.satisfied) for s in e.surveys] == [
        (1, 4, 3, 2),
        (2, 2, 2, 2),
        (3, 0, 0, 0),
    ]
    # 4 satisfied of 5 valid = 80.0% (the mean of the quarters' 66.7% and 100% would be 83.3%).
    assert "有效问卷5份,满意率80.0%" in e.summary_zh
    assert "平均得分4.20/5" in e.summary_zh
    assert "5 valid responses, satisfied rate 80.0%" in e.summary_en
    assert "不满意1份" in e.summary_zh


# --- nothing to show, or a source that fails ---------------------------------------------------


def test_sections_say_no_data_when_there_is_none(org_ctx):
    r = reviews.plan_review(org_ctx, title="管理评审", planned_on=D(2025, 6, 20))
    pack = compile_pack(org_ctx, r.number)
    for key in "abcdefghij":
        s = pack.section(key)
        assert not s.has_data, key
        assert s.problems == (), key  # nothing failed: there is just nothing yet
    for key in "abdefghij":
        assert _no_data(pack.section(key)), key
    c = pack.section("c")
    assert c.summary_zh.count("无数据") == 3 and c.summary_en.count("no data") == 3
    assert pack.section("k").summary_zh.startswith("没有未关闭的严重不符合项")


def test_a_failing_source_costs_only_its_sections(demo_copy, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(measures, "year_summary", broken)
    monkeypatch.setattr(surveys, "list_surveys", broken)
    r = reviews.plan_review(demo_copy, title="管理评审", planned_on=D(2025, 11, 26))
    pack = compile_pack(demo_copy, r.number)
    for key in "egh":
        s = pack.section(key)
        assert _no_data(s) and not s.has_data, key
        assert len(s.problems) == 1 and "disk on fire" in s.problems[0], key
    c = pack.section("c")
    assert c.has_data and c.nc_figures and c.audits  # the NC figures and audits still there
    assert "② 监视和测量:无数据" in c.summary_zh
    assert any("measures" in p for p in c.problems)
    assert pack.section("i").supplier_checks  # the audit answers still there


def test_formatting():
    assert format_value(0.935, "%") == "93.5%"
    assert format_value(4.25, "h", english=True) == "4.2 h"
    assert format_value(1.5, "次") == "1.50 次"
    assert format_value(None, "%") == "—"
    assert format_target("lower", 6, "h") == "≤6.0 小时"
    assert format_target("higher", 0.9, "%", english=True) == "≥90.0%"
    assert format_target("higher", None, "%") == "—"
    assert review_pack.NO_DATA_ZH == "无数据"
