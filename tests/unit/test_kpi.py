from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_desktop.domain.kpi import (
    KPI_DEFINITIONS,
    Mean,
    Ratio,
    TicketFacts,
    TurnoverFigures,
    first_contact_resolution,
    inventory_turnover,
    kb_utilisation,
    meets_target,
    mttr,
    mttr_by_priority,
    percentile,
    resolution_hours,
    resolved_hours,
    satisfaction_score,
    satisfied_rate,
    sla_attainment,
    spare_availability,
    turnover_days,
)

# --- Ratio and Mean --------------------------------------------------------------------


def test_ratio_value_and_zero_denominator():
    assert Ratio(3, 4).value == 0.75
    assert Ratio(3, 4).percent == 75.0
    assert Ratio(0, 0).value is None
    assert Ratio(0, 0).percent is None
    assert Ratio(0, 5).value == 0.0


def test_ratio_rolls_up_parts_not_rates():
    january, february = Ratio(8, 10), Ratio(1, 2)
    quarter = Ratio.sum([january, february])
    assert (quarter.numerator, quarter.denominator) == (9, 12)
    assert quarter.value == pytest.approx(0.75)
    mean_of_rates = (january.value + february.value) / 2
    assert mean_of_rates == pytest.approx(0.65)
    assert quarter.value != pytest.approx(mean_of_rates)
    assert january + february == quarter


def test_ratio_sum_of_nothing_has_no_value():
    assert Ratio.sum([]).value is None
    assert Ratio.sum([Ratio(0, 0), Ratio(2, 5)]).value == pytest.approx(0.4)


def test_ratio_rejects_negative_parts():
    with pytest.raises(ValueError):
        Ratio(-1, 3)
    with pytest.raises(ValueError):
        Ratio(1, -3)


def test_mean_rolls_up_totals():
    a, b = Mean(30.0, 3), Mean(10.0, 1)
    assert a.value == 10.0
    assert a + b == Mean(40.0, 4)
    c = Mean(2.0, 4)
    assert Mean.sum([a, c]).value == pytest.approx(32 / 7)  # mean of means would be 5.25
    assert Mean(0.0, 0).value is None
    assert Mean.sum([]).value is None


# --- percentile ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([1, 2, 3, 4], 50, 2.5),
        ([1, 2, 3, 4], 90, 3.7),  # position 0.9 × 3 = 2.7 → 3 + 0.7 × (4 − 3)
        ([4, 1, 3, 2], 90, 3.7),  # order of input does not matter
        ([1, 2, 3, 4], 0, 1),
        ([1, 2, 3, 4], 100, 4),
        ([15, 20, 35, 40, 50], 40, 29),  # position 1.6 → 20 + 0.6 × 15
        ([15, 20, 35, 40, 50], 50, 35),
        ([7.5], 90, 7.5),
        ([2, 2, 2], 25, 2),
    ],
)
def test_percentile_hand_computed(values, q, expected):
    assert percentile(values, q) == pytest.approx(expected)


def test_percentile_of_nothing_and_bad_q():
    assert percentile([], 50) is None
    with pytest.raises(ValueError):
        percentile([1, 2], 101)
    with pytest.raises(ValueError):
        percentile([1, 2], -1)


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=30), st.floats(0, 100))
def test_percentile_lies_within_the_data(values, q):
    p = percentile(values, q)
    assert min(values) - 1e-6 <= p <= max(values) + 1e-6


# --- tickets ---------------------------------------------------------------------------

T0 = datetime(2025, 3, 3, 8, 0)


def ticket(hours, priority, *, sla=None, kb=None, reassigned=0, reopened=0):
    return TicketFacts(
        opened_at=T0,
        resolved_at=None if hours is None else T0 + timedelta(hours=hours),
        priority=priority,
        made_sla=sla,
        knowledge=kb,
        reassignment_count=reassigned,
        reopen_count=reopened,
    )


TICKETS = [
    ticket(2.5, "P1", sla=True, kb=True),
    ticket(24, "P2", sla=False, kb=False, reassigned=1),
    ticket(1, "P2", sla=True, kb=True, reopened=1),
    ticket(None, "P1", sla=False, kb=True),  # still open
    ticket(0.5, "P3", sla=True, kb=True),
    ticket(6, "P3", sla=None, kb=None, reassigned=2, reopened=1),
]


def test_resolution_hours():
    assert resolution_hours(TICKETS[0]) == 2.5
    assert resolution_hours(TICKETS[3]) is None
    assert sorted(resolved_hours(TICKETS)) == [0.5, 1, 2.5, 6, 24]


def test_resolution_before_opening_is_an_error():
    with pytest.raises(ValueError):
        resolution_hours(ticket(-1, "P1"))


def test_first_contact_resolution():
    fcr = first_contact_resolution(TICKETS)
    # resolved: 5; neither reassigned nor reopened: the 2.5 h and 0.5 h tickets
    assert (fcr.numerator, fcr.denominator) == (2, 5)
    assert fcr.value == pytest.approx(0.4)
    assert first_contact_resolution([]).value is None


def test_tickets_may_be_mappings():
    rows = [
        {
            "opened_at": T0,
            "resolved_at": T0 + timedelta(hours=3),
            "reassignment_count": 0,
            "reopen_count": 0,
            "priority": "P2",
        },
        {
            "opened_at": T0,
            "resolved_at": T0 + timedelta(hours=5),
            "reassignment_count": 1,
            "reopen_count": 0,
            "priority": "P2",
        },
    ]
    assert first_contact_resolution(rows) == Ratio(1, 2)
    assert mttr(rows).value == pytest.approx(4.0)


def test_mttr_counts_resolved_tickets_only():
    m = mttr(TICKETS)
    assert m.count == 5
    assert m.total == pytest.approx(34.0)
    assert m.value == pytest.approx(6.8)
    assert mttr([ticket(None, "P1")]).value is None


def test_mttr_by_priority():
    by = mttr_by_priority(TICKETS)
    assert list(by) == ["P1", "P2", "P3"]
    assert by["P1"] == Mean(2.5, 1)  # the open P1 ticket is not counted
    assert by["P2"].value == pytest.approx(12.5)
    assert by["P3"].value == pytest.approx(3.25)
    # the per-priority parts add back up to the overall MTTR
    rolled = Mean.sum(by.values())
    assert rolled.count == mttr(TICKETS).count
    assert rolled.total == pytest.approx(mttr(TICKETS).total)


def test_mttr_by_priority_keeps_a_priority_with_nothing_resolved():
    by = mttr_by_priority([ticket(None, "P1"), ticket(2, "P2")])
    assert by["P1"].value is None
    assert by["P2"].value == 2


def test_median_and_p90_from_resolved_hours():
    hours = resolved_hours(TICKETS)  # 0.5, 1, 2.5, 6, 24
    assert percentile(hours, 50) == pytest.approx(2.5)
    assert percentile(hours, 90) == pytest.approx(16.8)  # position 3.6 → 6 + 0.6 × 18


def test_sla_attainment_counts_tickets_with_a_known_outcome():
    sla = sla_attainment(TICKETS)
    # known: True, False, True, False (open ticket already breached), True
    assert (sla.numerator, sla.denominator) == (3, 5)
    assert sla_attainment([ticket(1, "P1")]).value is None


def test_kb_utilisation_counts_resolved_tickets():
    kb = kb_utilisation(TICKETS)
    # resolved 5; linked knowledge: 2.5 h, 1 h, 0.5 h tickets (the open one does not count)
    assert (kb.numerator, kb.denominator) == (3, 5)
    assert kb.value == pytest.approx(0.6)


# --- spare parts -----------------------------------------------------------------------


def test_inventory_turnover_and_days():
    turnover = inventory_turnover(120_000, 50_000, 30_000)  # average stock 40 000
    assert turnover == pytest.approx(3.0)
    assert turnover_days(turnover, 90) == pytest.approx(30.0)


def test_inventory_turnover_without_stock():
    assert inventory_turnover(5_000, 0, 0) is None
    assert turnover_days(None, 30) is None
    assert turnover_days(0.0, 30) is None


def test_turnover_rolls_up_over_months():
    march = TurnoverFigures.for_period(30, 100, 80, days=31)  # average stock 90
    april = TurnoverFigures.for_period(60, 80, 20, days=30)  # average stock 50
    both = TurnoverFigures.sum([march, april])
    assert both.issued_cost == 90
    assert both.average_stock == pytest.approx(70)
    assert both.turnover == pytest.approx(90 / 70)
    assert both.turnover_days == pytest.approx(61 / (90 / 70))
    # and not the mean of the monthly turnovers (1/3 and 6/5)
    assert both.turnover != pytest.approx((march.turnover + april.turnover) / 2)
    assert march.turnover == pytest.approx(inventory_turnover(30, 100, 80))
    assert march + april == both


def test_turnover_figures_empty():
    assert TurnoverFigures().turnover is None
    assert TurnoverFigures().turnover_days is None
    assert TurnoverFigures.for_period(10, 0, 0, days=30).turnover is None


def test_spare_availability():
    assert spare_availability(18, 20).value == pytest.approx(0.9)
    assert spare_availability(0, 0).value is None
    assert spare_availability(5, 5) + spare_availability(3, 5) == Ratio(8, 10)
    with pytest.raises(ValueError):
        spare_availability(6, 5)


# --- satisfaction ----------------------------------------------------------------------


def test_satisfaction_score():
    score = satisfaction_score([5, 4, 3, None, 5])  # blank answer is not a valid response
    assert (score.numerator, score.denominator) == (17, 20)
    assert score.value == pytest.approx(0.85)
    assert satisfaction_score([8, 10], full_marks=10).value == pytest.approx(0.9)
    assert satisfaction_score([]).value is None


def test_satisfaction_score_rejects_out_of_range():
    with pytest.raises(ValueError):
        satisfaction_score([5, 6])
    with pytest.raises(ValueError):
        satisfaction_score([-1])


def test_satisfied_rate():
    rate = satisfied_rate([5, 4, 3, None, 2, 4])
    assert (rate.numerator, rate.denominator) == (3, 5)
    assert satisfied_rate([5, 4, 3], threshold=5) == Ratio(1, 3)
    assert satisfied_rate([None]).value is None


# --- definitions and targets -----------------------------------------------------------


def test_kpi_definitions():
    assert set(KPI_DEFINITIONS) == {
        "fcr",
        "mttr_hours",
        "inventory_turnover",
        "kb_rate",
        "sla_rate",
        "csat",
    }
    for code, d in KPI_DEFINITIONS.items():
        assert d.code == code
        assert d.name_zh.strip() and d.name_en.strip()
        assert d.formula_zh.strip() and d.formula_en.strip()
        assert d.unit.strip()
        assert d.direction in ("higher", "lower")
        assert d.name("en_US") == d.name_en
        assert d.name() == d.name_zh
    assert KPI_DEFINITIONS["mttr_hours"].direction == "lower"
    assert KPI_DEFINITIONS["fcr"].direction == "higher"
    assert KPI_DEFINITIONS["sla_rate"].direction == "higher"


def test_meets_target():
    assert meets_target(0.8, 0.75, "higher") is True
    assert meets_target(0.7, 0.75, "higher") is False
    assert meets_target(0.75, 0.75, "higher") is True
    assert meets_target(3.5, 4, "lower") is True
    assert meets_target(4.5, 4, "lower") is False
    assert meets_target(None, 4, "lower") is None
    assert meets_target(0.9, None, "higher") is None
    assert meets_target(6.8, 8, KPI_DEFINITIONS["mttr_hours"].direction) is True
    with pytest.raises(ValueError):
        meets_target(1, 2, "bigger")
