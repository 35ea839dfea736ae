"""The six measures: roll-ups from parts computed by hand, targets, manual entry, the year's
summary the management review reads, and `kpi list --json`."""

from __future__ import annotations

import json

import pytest

from qa_desktop.cli import main
from qa_desktop.domain.kpi import month_parts_value, rollup, rollup_value
from qa_desktop.services import measures
from qa_desktop.services.context import Invalid
from qa_desktop.store import kpi_values
from qa_desktop.store.queries import org as org_q

# --- the roll-up rule, by hand -----------------------------------------------------------


def test_rates_roll_up_from_parts_not_as_a_mean_of_rates():
    # January 8 of 10, February 1 of 2: the quarter is 9 of 12 = 0.75, not (0.8 + 0.5) / 2.
    assert rollup("fcr", [(8, 10), (1, 2)]) == (9, 12)
    assert rollup_value("fcr", [(8, 10), (1, 2)]) == pytest.approx(0.75)
    assert rollup_value("sla_rate", [(95, 100), (40, 50), (0, 0)]) == pytest.approx(135 / 150)


def test_mttr_rolls_up_total_hours_over_tickets():
    # 10 tickets for 50 h (mean 5 h) and 30 tickets for 450 h (mean 15 h): 500 h / 40 = 12.5 h.
    assert rollup_value("mttr_hours", [(50, 10), (450, 30)]) == pytest.approx(12.5)


def test_turnover_rolls_up_issued_cost_over_mean_average_stock():
    # March issued 30 on an average stock of 90, April 60 on 50: 90 ÷ ((90 + 50) / 2) = 90/70.
    assert rollup("inventory_turnover", [(30, 90), (60, 50)]) == (90, 70)
    assert rollup_value("inventory_turnover", [(30, 90), (60, 50)]) == pytest.approx(90 / 70)


def test_nothing_to_roll_up():
    assert rollup("fcr", []) is None
    assert rollup_value("csat", [(0, 0)]) is None
    assert month_parts_value(3, 0) is None
    with pytest.raises(ValueError):
        rollup("nps", [(1, 2)])


# --- targets -------------------------------------------------------------------------------


def test_default_targets_come_from_the_domain_reference(org_ctx):
    targets = {t.kpi: t for t in measures.list_targets(org_ctx, 2025)}
    assert list(targets) == list(measures.KPI_CODES)
    assert (targets["sla_rate"].target, targets["sla_rate"].is_default) == (0.90, True)
    assert targets["fcr"].target == 0.75 and targets["csat"].target == 0.80
    assert targets["mttr_hours"].target is None and targets["mttr_hours"].direction == "lower"
    assert targets["inventory_turnover"].target is None


def test_set_and_clear_a_target(org_ctx):
    t = measures.set_target(org_ctx, 2025, "sla_rate", 0.95, note="关键系统")
    assert (t.target, t.is_default, t.note) == (0.95, False, "关键系统")
    measures.set_target(org_ctx, 2025, "mttr_hours", 8)
    assert measures.get_target(org_ctx, 2025, "mttr_hours").target == 8
    assert measures.get_target(org_ctx, 2026, "sla_rate").target == 0.90  # per year
    back = measures.set_target(org_ctx, 2025, "sla_rate", None)
    assert (back.target, back.is_default) == (0.90, True)


@pytest.mark.parametrize(
    ("kpi", "value", "match"),
    [
        ("fcr", 85, "fraction 0–1"),
        ("fcr", -0.1, "negative"),
        ("nps", 0.5, "unknown KPI"),
        ("mttr_hours", "abc", "number"),
    ],
)
def test_bad_targets_are_refused(org_ctx, kpi, value, match):
    with pytest.raises(Invalid, match=match):
        measures.set_target(org_ctx, 2025, kpi, value)


# --- values and the year ---------------------------------------------------------------------


def test_manual_values_parts_and_bare(org_ctx):
    v = measures.set_value(org_ctx, "fcr", "2025-1", numerator=17, denominator=20)
    assert (v.period, v.value, v.source) == ("2025-01", 0.85, "manual")
    bare = measures.set_value(org_ctx, "fcr", "2025年2月", 0.5)
    assert (bare.numerator, bare.denominator) == (0.5, 1)
    with pytest.raises(Invalid, match="cannot exceed"):
        measures.set_value(org_ctx, "fcr", "2025-03", numerator=21, denominator=20)
    with pytest.raises(Invalid, match="not both"):
        measures.set_value(org_ctx, "fcr", "2025-03", 0.5, numerator=1, denominator=2)
    with pytest.raises(Invalid, match="YYYY-MM"):
        measures.set_value(org_ctx, "fcr", "2025-13", 0.5)
    with pytest.raises(Invalid, match="above 0"):
        measures.set_value(org_ctx, "mttr_hours", "2025-03", numerator=5, denominator=0)
    assert measures.clear_value(org_ctx, "fcr", "2025-02") is True
    assert measures.clear_value(org_ctx, "fcr", "2025-02") is False


def _by_kpi(summary):
    return {k.kpi: k for k in summary}


def test_year_summary_rolls_up_quarters_and_year_by_hand(org_ctx):
    # FCR: Jan 8/10, Feb 1/2, Mar nothing; Apr 30/40.
    for period, n, d in (("2025-01", 8, 10), ("2025-02", 1, 2), ("2025-04", 30, 40)):
        measures.set_value(org_ctx, "fcr", period, numerator=n, denominator=d)
    # MTTR: Jan 50 h over 10 tickets, Jul 450 h over 30.
    measures.set_value(org_ctx, "mttr_hours", "2025-01", numerator=50, denominator=10)
    measures.set_value(org_ctx, "mttr_hours", "2025-07", numerator=450, denominator=30)
    measures.set_target(org_ctx, 2025, "mttr_hours", 12)
    summary = measures.year_summary(org_ctx, 2025)
    assert [k.kpi for k in summary] == list(measures.KPI_CODES)
    fcr, mttr = _by_kpi(summary)["fcr"], _by_kpi(summary)["mttr_hours"]
    assert len(fcr.months) == 12 and [m.period for m in fcr.months][:2] == ["2025-01", "2025-02"]
    assert fcr.months[2].value is None and fcr.months[2].source == ""
    assert fcr.quarters[0] == pytest.approx(9 / 12)  # not 0.65
    assert fcr.quarters[1] == pytest.approx(0.75)
    assert fcr.quarters[2] is None and fcr.quarters[3] is None
    assert fcr.year_value == pytest.approx(39 / 52)
    assert (fcr.target, fcr.meets_target) == (0.75, True)  # exactly on target counts
    assert fcr.source == "manual" and fcr.unit == "%" and fcr.direction == "higher"
    assert mttr.year_value == pytest.approx(12.5)
    assert mttr.meets_target is False  # lower is better: 12.5 h misses 12 h
    assert (mttr.name_zh, mttr.name_en, mttr.unit) == (
        "事件平均解决时间",
        "Mean time to resolve",
        "h",
    )
    csat = _by_kpi(summary)["csat"]
    assert csat.year_value is None and csat.meets_target is None and csat.source == ""


def test_survey_values_are_read_like_any_other(org_ctx):
    with org_ctx.write() as s:
        org = org_q.organisation(s)
        kpi_values.upsert(s, org.id, "csat", "2025-03", 41, 50, source="survey")
        kpi_values.upsert(s, org.id, "csat", "2025-06", 18, 20, source="survey")
    measures.set_value(org_ctx, "csat", "2025-09", numerator=7, denominator=10)
    csat = _by_kpi(measures.year_summary(org_ctx, 2025))["csat"]
    assert csat.quarters[:3] == pytest.approx((0.82, 0.9, 0.7))
    assert csat.year_value == pytest.approx(66 / 80)
    assert csat.source == "manual+survey"
    assert csat.months[2].source == "survey"


def test_turnover_rolls_up_in_the_year_summary(org_ctx):
    measures.set_value(org_ctx, "inventory_turnover", "2025-03", numerator=30, denominator=90)
    measures.set_value(org_ctx, "inventory_turnover", "2025-04", numerator=60, denominator=50)
    row = _by_kpi(measures.year_summary(org_ctx, 2025))["inventory_turnover"]
    assert row.quarters[0] == pytest.approx(1 / 3)
    assert row.year_value == pytest.approx(90 / 70)


def test_list_values_and_trend(org_ctx):
    measures.set_value(org_ctx, "kb_rate", "2024-11", numerator=3, denominator=10)
    measures.set_value(org_ctx, "kb_rate", "2025-02", numerator=4, denominator=10)
    measures.set_value(org_ctx, "fcr", "2025-02", numerator=7, denominator=10)
    rows = measures.list_values(org_ctx, 2025)
    assert [(r.kpi, r.period) for r in rows] == [("fcr", "2025-02"), ("kb_rate", "2025-02")]
    assert rows[0].target == 0.75 and rows[0].meets_target is False
    assert len(measures.list_values(org_ctx)) == 3
    trend = measures.trend(org_ctx, "kb_rate", 2025)
    assert [y for y, _ in trend.series] == [2025, 2024]
    assert trend.series[0][1][1] == pytest.approx(0.4) and trend.series[1][1][10] == 0.3
    assert [y for y, _ in measures.trend(org_ctx, "fcr", 2025).series] == [2025]
    assert measures.measure_years(org_ctx) == [2024, 2025]


def test_cli_kpi_set_target_and_list_json(org_ctx, store, capsys):
    def cli(*argv):
        try:
            code = main(["--data-dir", str(store.data_dir), "--user", "测试员", *argv])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    assert cli("kpi", "set", "fcr", "2025-03", "17", "--of", "20")[0] == 0
    assert cli("kpi", "set", "sla_rate", "2025-03", "92%")[0] == 0
    assert cli("kpi", "target", "--year", "2025", "sla_rate", "95%")[0] == 0
    code, out, err = cli("kpi", "list", "--year", "2025", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["kpi"], r["period"], r["value"]) for r in rows] == [
        ("fcr", "2025-03", 0.85),
        ("sla_rate", "2025-03", 0.92),
    ]
    assert rows[1]["target"] == 0.95 and rows[1]["meets_target"] is False
    code, out, err = cli("kpi", "set", "fcr", "2025-03", "120%")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "0–1" in err
    code, out, _ = cli("kpi", "year", "--year", "2025")
    assert code == 0 and "85.0%" in out and "SLA达成率" in out


@pytest.mark.parametrize(
    "kwargs",
    [
        {"value": float("inf")},
        {"value": float("nan")},
        {"numerator": float("inf"), "denominator": float("inf")},
        {"numerator": 1.0, "denominator": float("nan")},
    ],
)
def test_numbers_that_are_not_finite_are_refused(org_ctx, kwargs):
    with pytest.raises(Invalid, match=r"number|numerator"):
        measures.set_value(org_ctx, "sla_rate", "2025-03", **kwargs)
    assert measures.list_values(org_ctx) == []


def test_a_bare_month_beside_months_with_volume_leaves_the_roll_up_open(org_ctx):
    # Jan and Feb from 500 tickets each; March typed as a bare 0 %.
    for period in ("2025-01", "2025-02"):
        measures.set_value(org_ctx, "sla_rate", period, numerator=450, denominator=500)
    measures.set_value(org_ctx, "sla_rate", "2025-03", 0.0)
    sla = _by_kpi(measures.year_summary(org_ctx, 2025))["sla_rate"]
    assert [m.bare for m in sla.months[:3]] == [False, False, True]
    assert sla.quarters[0] is None and sla.year_value is None  # not 900/1001 = 89.9 %
    assert measures.mixes_bare_and_parts(sla.months[:3])
    # Given its parts, March rolls up with the rest.
    measures.set_value(org_ctx, "sla_rate", "2025-03", numerator=0, denominator=500)
    sla = _by_kpi(measures.year_summary(org_ctx, 2025))["sla_rate"]
    assert sla.quarters[0] == pytest.approx(900 / 1500)
    # Bare months alone weigh equally.
    for period, value in (("2025-04", 0.9), ("2025-05", 0.8)):
        measures.set_value(org_ctx, "fcr", period, value)
    fcr = _by_kpi(measures.year_summary(org_ctx, 2025))["fcr"]
    assert fcr.quarters[1] == pytest.approx(0.85)
