"""The demo year's measures, surveys and review: present, and saying what their texts claim."""

from __future__ import annotations

import pytest

from qa_desktop.services import measures, review_pack, reviews, surveys

pytestmark = pytest.mark.slow


@pytest.fixture
def year(demo_ctx):
    return {k.kpi: k for k in measures.year_summary(demo_ctx, 2025)}


def test_ticket_measures_cover_every_month(year):
    for kpi in ("fcr", "mttr_hours", "sla_rate", "kb_rate", "inventory_turnover"):
        months = [m for m in year[kpi].months if m.value is not None]
        assert len(months) == 12, kpi


def test_satisfaction_comes_from_the_three_quarterly_surveys(demo_ctx, year):
    listed = surveys.list_surveys(demo_ctx, 2025)
    assert [s.quarter for s in listed] == [1, 2, 3]
    assert all(s.status == "done" for s in listed)
    csat_months = [m.period for m in year["csat"].months if m.value is not None]
    assert csat_months == ["2025-03", "2025-06", "2025-09"]


def test_the_review_conclusion_matches_the_figures(year):
    # The conclusion says: satisfaction met its target from Q2 and SLA from Q3; FCR missed.
    fcr, sla, csat = year["fcr"], year["sla_rate"], year["csat"]
    assert fcr.year_value < fcr.target and fcr.meets_target is False
    assert sla.quarters[1] < sla.target <= min(sla.quarters[2:])
    assert csat.quarters[0] < csat.target <= min(csat.quarters[1:3])


def test_first_quarter_dissatisfied_customers_were_followed_up(demo_ctx):
    q1 = surveys.list_surveys(demo_ctx, 2025)[0]
    unhappy = [r for r in surveys.list_responses(demo_ctx, q1.id) if r.overall <= 2]
    assert len(unhappy) == 2
    assert {r.follow_up_status for r in unhappy} == {"done"}


def test_the_review_has_its_decisions_and_an_input_pack_from_the_data(demo_ctx):
    (summary,) = reviews.list_reviews(demo_ctx, 2025)
    review = reviews.get_review(demo_ctx, summary.number)
    assert review.status == "held"
    assert len(review.actions) == 3
    assert sum(a.status == "done" for a in review.actions) == 1
    pack = review_pack.compile_pack(demo_ctx, summary.number)
    assert {s.key for s in pack.sections} == set("abcdefghijk")
    assert pack.section("c").has_data and len(pack.section("c").kpis) == 6
    assert [s.quarter for s in pack.section("e").surveys] == [1, 2, 3]
    assert pack.section("k").note.startswith("建议2026年")
