"""The annual schedule (plan §4.4): derived states on chosen days, the planned window, carrying
a year over into the next, and `programme show` without a year."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from qa_desktop.cli import main
from qa_desktop.services import programme
from qa_desktop.services.context import Invalid, NotFound
from qa_desktop.services.programme import activity_state, planned_window


def _by_seq(view):
    return {a.seq: a for a in view.activities}


# --- derived state ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "quarterly", "november"),
    [
        (date(2025, 2, 28), "upcoming", "upcoming"),
        (date(2025, 3, 1), "due", "upcoming"),  # the first day of the first planned month
        (date(2025, 7, 15), "due", "upcoming"),  # between two planned months: still due
        (date(2025, 9, 30), "due", "upcoming"),  # the last day of the last planned month
        (date(2025, 10, 1), "overdue", "upcoming"),
        (date(2025, 11, 1), "overdue", "due"),
        (date(2025, 11, 30), "overdue", "due"),
        (date(2025, 12, 1), "overdue", "overdue"),
        (date(2026, 1, 5), "overdue", "overdue"),
    ],
)
def test_state_on_chosen_days(org_ctx, clock, today, quarterly, november):
    programme.create_programme(org_ctx, 2025)
    clock.set(today.year, today.month, today.day, 4)
    acts = _by_seq(programme.get_programme(org_ctx, 2025))
    assert acts[1].planned_months == (3, 6, 9)
    assert acts[1].state == quarterly
    assert acts[4].state == november
    assert acts[9].state == november


def test_done_and_cancelled_never_fall_due(org_ctx, clock):
    prog = programme.create_programme(org_ctx, 2025)
    acts = _by_seq(prog)
    programme.update_activity(org_ctx, acts[1].id, status="done", actual_date=date(2025, 3, 20))
    programme.update_activity(org_ctx, acts[2].id, status="cancelled")
    programme.update_activity(org_ctx, acts[3].id, status="in_progress")
    clock.set(2025, 12, 31)
    acts = _by_seq(programme.get_programme(org_ctx, 2025))
    assert (acts[1].state, acts[1].actual_date) == ("done", date(2025, 3, 20))
    assert acts[2].state == "cancelled"
    assert acts[3].state == "overdue"  # in progress is not done
    counts = programme.get_programme(org_ctx, 2025).state_counts()
    assert counts == {"overdue": 7, "due": 0, "upcoming": 0, "done": 1, "cancelled": 1}


def test_planned_window_and_output_kind(org_ctx):
    acts = _by_seq(programme.create_programme(org_ctx, 2024))
    assert (acts[1].planned_date, acts[1].due_by) == (date(2024, 3, 1), date(2024, 9, 30))
    assert (acts[7].planned_date, acts[7].due_by) == (date(2024, 11, 1), date(2024, 11, 30))
    assert acts[7].output_kind == "review-plan"
    assert acts[8].output_kind == "review-report"
    assert all(a.document_link == "" for a in acts.values())
    # February of a leap year ends on the 29th.
    assert planned_window(2024, (2,)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert planned_window(2024, ()) == (None, None)
    assert activity_state("planned", 2024, (), date(2030, 1, 1)) == "upcoming"


def test_update_owner_notes_months_and_clear_the_actual_date(org_ctx, clock):
    acts = _by_seq(programme.create_programme(org_ctx, 2025))
    a = programme.update_activity(
        org_ctx, acts[4].id, owner="李明", notes="改期到12月", planned_months=[12]
    )
    assert (a.owner, a.notes, a.planned_months, a.due_by) == (
        "李明",
        "改期到12月",
        (12,),
        date(2025, 12, 31),
    )
    a = programme.update_activity(org_ctx, acts[5].id, status="done")
    assert a.actual_date == clock().date()  # done without a date: done today
    a = programme.update_activity(org_ctx, acts[5].id, status="planned", clear_actual_date=True)
    assert (a.status, a.actual_date) == ("planned", None)
    # A done activity keeps the day it was done.
    programme.update_activity(org_ctx, acts[6].id, status="done", actual_date=date(2025, 6, 1))
    a = programme.update_activity(org_ctx, acts[6].id, clear_actual_date=True)
    assert a.actual_date == date(2025, 6, 1)
    with pytest.raises(NotFound):
        programme.update_activity(org_ctx, acts[6].id, owner="无此人")
    with pytest.raises(Invalid):
        programme.update_activity(org_ctx, acts[6].id, status="finished")


# --- next year from the last -----------------------------------------------------------------


def test_next_year_carries_the_activities_over_and_resets_progress(org_ctx):
    acts = _by_seq(programme.create_programme(org_ctx, 2025))
    programme.update_activity(
        org_ctx, acts[1].id, owner="刘洋", status="done", actual_date=date(2025, 3, 5), notes="x"
    )
    programme.update_activity(org_ctx, acts[4].id, planned_months=[10, 11])
    nxt = programme.create_next_programme(org_ctx)
    assert nxt.year == 2026
    assert nxt.document_number == "XDYJ-04-09"
    new = _by_seq(nxt)
    assert len(new) == 9
    assert new[1].owner == "刘洋"
    assert (new[1].status, new[1].actual_date, new[1].notes) == ("planned", None, "")
    assert new[4].planned_months == (10, 11)
    assert new[4].planned_date == date(2026, 10, 1)
    assert [a.output_document for a in nxt.activities] == [
        a.output_document for a in programme.get_programme(org_ctx, 2025).activities
    ]
    assert programme.programme_years(org_ctx) == [2025, 2026]
    # The latest is now 2026: the next one is 2027, from 2026.
    assert programme.create_next_programme(org_ctx).year == 2027
    with pytest.raises(Invalid):
        programme.create_next_programme(org_ctx, from_year=2025)  # 2026 exists


def test_next_year_needs_a_programme(org_ctx):
    with pytest.raises(NotFound):
        programme.create_next_programme(org_ctx)


def test_default_year(org_ctx, clock):
    assert programme.default_year(org_ctx) is None
    programme.create_programme(org_ctx, 2024)
    programme.create_programme(org_ctx, 2025)
    programme.create_programme(org_ctx, 2026)
    clock.set(2025, 6, 1)
    assert programme.default_year(org_ctx) == 2025  # this year's
    clock.set(2028, 6, 1)
    assert programme.default_year(org_ctx) == 2026  # else the latest


# --- the command line --------------------------------------------------------------------------


def _run(capsys, data, *argv):
    try:
        code = main(["--data-dir", str(data), "--user", "王海燕", *map(str, argv)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_copy(demo_db, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(demo_db, data)
    return data


def test_programme_show_defaults_to_the_latest_year(demo_copy, capsys):
    # Today (the real clock) is not 2025 forever; with only 2025 planned, 2025 is shown.
    code, out, err = _run(capsys, demo_copy, "programme", "show", "--json")
    assert code == 0, err
    view = json.loads(out)
    assert view["year"] == 2025
    first = view["activities"][0]
    assert (first["planned_date"], first["due_by"]) == ("2025-03-01", "2025-09-30")
    assert first["document_link"] == ""
    code, out, err = _run(capsys, demo_copy, "programme", "show")
    assert code == 0, err
    assert "..*..x..x..." in out  # Jan–Dec: planned in 3, 6, 9; done in March


def test_programme_create_from_last(demo_copy, capsys):
    code, out, err = _run(capsys, demo_copy, "programme", "create", "--from-last")
    assert code == 0, err
    assert out.startswith("2026 ")
    code, out, _ = _run(capsys, demo_copy, "programme", "show", "--year", "2026", "--json")
    acts = json.loads(out)["activities"]
    assert [a["owner"] for a in acts][:3] == ["郑雪"] * 3
    assert {a["status"] for a in acts} == {"planned"}
    code, out, err = _run(capsys, demo_copy, "programme", "create", "--from-last")
    assert code == 0 and out.startswith("2027 "), err
    code, out, err = _run(capsys, demo_copy, "programme", "create")
    assert code == 1 and "--year" in err and len(err.strip().splitlines()) == 1


def test_programme_show_with_nothing_planned(tmp_path, capsys):
    data = tmp_path / "data"
    assert _run(capsys, data, "org", "--name", "某公司")[0] == 0
    code, _out, err = _run(capsys, data, "programme", "show")
    assert code == 1 and "programme create" in err and "Traceback" not in err


def test_a_page_opens_on_this_year_when_it_has_data_else_the_latest():
    from qa_desktop.services.programme import latest_year_with_data

    assert latest_year_with_data([2024, 2025], 2026) == 2025
    assert latest_year_with_data({2025, 2026}, 2026) == 2026
    assert latest_year_with_data([], 2026) == 2026
    assert latest_year_with_data([2027], 2026) == 2027  # only a plan for next year exists
