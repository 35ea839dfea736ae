"""Management reviews: planning with the a–k agenda, holding, notes, the guard on closing,
actions followed up like corrective actions (overdue derived from the due date), the open
actions of all reviews, and the `review` commands."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime

import pytest

from qa_desktop.cli import main
from qa_desktop.services import reviews
from qa_desktop.services.context import Invalid, NotFound

D = date
JUNE_20 = D(2025, 6, 20)


def _plan(ctx, planned_on=JUNE_20, **kw):
    kw.setdefault("title", "年度管理评审")
    return reviews.plan_review(ctx, planned_on=planned_on, **kw)


# --- planning ----------------------------------------------------------------------------------


def test_plan_numbers_agenda_and_default_owners(org_ctx):
    r = _plan(
        org_ctx,
        chair="王海燕",
        participants="李明、刘洋,周婷,李明",
        location="三楼会议室",
        owners={"e": "刘洋", "I": "周婷"},
        agenda_notes={"c": "附NC趋势图"},
    )
    assert (r.number, r.year, r.status) == ("MR-2025-01", 2025, "planned")
    assert r.chair == "王海燕"
    assert r.participants == ("李明", "刘洋", "周婷")  # split, trimmed, no duplicates
    assert [a.key for a in r.agenda] == list("abcdefghijk")
    assert r.agenda[0].title_zh == "以往管理评审所采取措施的状态"
    assert r.agenda[7].title_en == "Performance of the services"
    owners = {a.key: a.owner for a in r.agenda}
    # The quality manager presents every input unless another owner is named.
    assert owners == {**dict.fromkeys("abcdefghijk", "王海燕"), "e": "刘洋", "i": "周婷"}
    assert r.agenda[2].note == "附NC趋势图"
    assert (r.held_on, r.input_notes, r.actions) == (None, {}, ())
    assert _plan(org_ctx).number == "MR-2025-02"
    assert _plan(org_ctx, D(2026, 1, 10)).number == "MR-2026-01"
    # The year is the review's, not necessarily the date's: a January meeting on last year.
    assert _plan(org_ctx, D(2026, 1, 12), year=2025).number == "MR-2025-03"


@pytest.mark.parametrize(
    "kw",
    [
        {"title": "  "},
        {"planned_on": None},
        {"chair": "无此人"},
        {"owners": {"z": "王海燕"}},
        {"year": 1999},
    ],
)
def test_plan_refusals(org_ctx, kw):
    with pytest.raises((Invalid, NotFound)):
        _plan(org_ctx, **kw)
    assert reviews.list_reviews(org_ctx) == []


def test_update_keeps_what_is_not_given(org_ctx):
    r = _plan(org_ctx, chair="王海燕", participants=["李明"])
    r = reviews.update_review(
        org_ctx, r.number, title="管理评审(修订)", owners={"k": "李明"}, chair="李明"
    )
    assert (r.title, r.chair, r.participants) == ("管理评审(修订)", "李明", ("李明",))
    assert {a.key: a.owner for a in r.agenda}["k"] == "李明"
    assert {a.key: a.owner for a in r.agenda}["a"] == "王海燕"
    r = reviews.update_review(org_ctx, r.id, chair=None, planned_on=D(2025, 7, 1))
    assert (r.chair, r.planned_on) == ("", D(2025, 7, 1))
    with pytest.raises(NotFound):
        reviews.get_review(org_ctx, "MR-2025-09")


# --- the meeting and its guards ------------------------------------------------------------------


def test_lifecycle_and_close_guard(org_ctx, clock):
    clock.set(2025, 6, 25)
    r = _plan(org_ctx)
    assert len(r.close_blockers) == 2
    with pytest.raises(Invalid, match="has not been held"):
        reviews.close_review(org_ctx, r.number)
    with pytest.raises(Invalid, match="future"):
        reviews.hold_review(org_ctx, r.number, D(2025, 6, 26))
    r = reviews.hold_review(org_ctx, r.number, D(2025, 6, 20))
    assert (r.status, r.held_on) == ("held", D(2025, 6, 20))
    with pytest.raises(Invalid, match="适宜性、充分性、有效性"):
        reviews.close_review(org_ctx, r.number)
    r = reviews.set_conclusion(org_ctx, r.number, suitability="适宜", adequacy="充分")
    with pytest.raises(Invalid, match="effectiveness") as refused:
        reviews.close_review(org_ctx, r.number)
    assert "suitability" not in str(refused.value)
    r = reviews.set_conclusion(org_ctx, r.number, effectiveness="   ")  # blank is not written
    assert r.close_blockers
    r = reviews.set_conclusion(org_ctx, r.number, effectiveness="有效")
    assert r.close_blockers == ()
    r = reviews.close_review(org_ctx, r.number)
    assert (r.status, r.closed_at) == ("closed", clock())
    assert r.close_blockers == ()
    # A closed review is the record of the meeting: nothing about it changes any more.
    for change in (
        lambda: reviews.close_review(org_ctx, r.number),
        lambda: reviews.update_review(org_ctx, r.number, title="x"),
        lambda: reviews.set_input_note(org_ctx, r.number, "b", "x"),
        lambda: reviews.set_conclusion(org_ctx, r.number, adequacy="x"),
        lambda: reviews.hold_review(org_ctx, r.number, D(2025, 6, 21)),
        lambda: reviews.add_action(org_ctx, r.number, "x", owner="李明", due_date=D(2025, 9, 1)),
    ):
        with pytest.raises(Invalid, match="closed"):
            change()
    assert reviews.get_review(org_ctx, r.number).adequacy == "充分"


def test_input_notes(org_ctx):
    r = _plan(org_ctx)
    r = reviews.set_input_note(org_ctx, r.number, "b", "  新增两家客户  ")
    r = reviews.set_input_note(org_ctx, r.number, "J)", "增加一名夜班工程师")
    assert r.input_notes == {"b": "新增两家客户", "j": "增加一名夜班工程师"}
    r = reviews.set_input_note(org_ctx, r.number, "b", "")
    assert r.input_notes == {"j": "增加一名夜班工程师"}
    with pytest.raises(Invalid, match="a–k"):
        reviews.set_input_note(org_ctx, r.number, "l", "x")


# --- actions -------------------------------------------------------------------------------------


def test_action_overdue_is_derived_from_the_due_date(org_ctx, clock):
    clock.set(2025, 7, 10)
    r = _plan(org_ctx)
    late = reviews.add_action(
        org_ctx,
        r.number,
        "修订备件盘点制度",
        owner="周婷",
        due_date=D(2025, 7, 1),
        category="system_change",
    )
    today = reviews.add_action(
        org_ctx,
        r.number,
        "增加夜班人员",
        owner="刘洋",
        due_date=D(2025, 7, 10),
        category="resources",
    )
    assert (late.seq, late.category, late.owner, late.status) == (
        1,
        "system_change",
        "周婷",
        "open",
    )
    assert (late.overdue, late.days_overdue) == (True, 9)
    assert (today.overdue, today.days_overdue) == (False, 0)  # due today is not late yet
    clock.set(2025, 7, 11)
    assert reviews.get_review(org_ctx, r.number).actions[1].overdue
    done = reviews.complete_action(org_ctx, late.id, evidence="制度V2.0已发布")
    assert (done.status, done.overdue, done.evidence) == ("done", False, "制度V2.0已发布")
    assert done.completed_at == clock()
    cancelled = reviews.set_action_status(org_ctx, today.id, "cancelled")
    assert (cancelled.overdue, cancelled.completed_at) == (False, None)
    # Reopened: late again, and no longer completed.
    again = reviews.set_action_status(org_ctx, late.id, "in_progress")
    assert (again.overdue, again.completed_at, again.evidence) == (True, None, "制度V2.0已发布")
    view = reviews.get_review(org_ctx, r.number)
    assert (view.open_actions, view.overdue_actions) == (1, 1)


@pytest.mark.parametrize(
    ("description", "kw"),
    [
        (" ", {}),
        ("x", {"owner": ""}),
        ("x", {"owner": "无此人"}),
        ("x", {"due_date": None}),
        ("x", {"category": "budget"}),
    ],
)
def test_action_refusals(org_ctx, description, kw):
    r = _plan(org_ctx)
    args = {"owner": "李明", "due_date": D(2025, 8, 1), **kw}
    with pytest.raises((Invalid, NotFound)):
        reviews.add_action(org_ctx, r.number, description, **args)
    assert reviews.get_review(org_ctx, r.number).actions == ()
    with pytest.raises(NotFound):
        reviews.set_action_status(org_ctx, "not-an-id", "done")


def test_actions_are_followed_up_after_the_review_closes(org_ctx, clock):
    clock.set(2025, 6, 25)
    r = _plan(org_ctx)
    a = reviews.add_action(org_ctx, r.number, "x", owner="李明", due_date=D(2025, 8, 1))
    reviews.hold_review(org_ctx, r.number, D(2025, 6, 20))
    reviews.set_conclusion(org_ctx, r.number, suitability="s", adequacy="a", effectiveness="e")
    reviews.close_review(org_ctx, r.number)
    a = reviews.update_action(org_ctx, a.id, owner="赵磊", due_date=D(2025, 9, 1), evidence="e")
    assert (a.owner, a.due_date, a.evidence) == ("赵磊", D(2025, 9, 1), "e")
    with pytest.raises(Invalid, match="closed"):
        reviews.update_action(org_ctx, a.id, description="y")
    a = reviews.complete_action(org_ctx, a.id, completed_at=datetime(2025, 8, 30, 8, 0, tzinfo=UTC))
    assert a.completed_at == datetime(2025, 8, 30, 8, 0, tzinfo=UTC)
    assert reviews.action_id_by_seq(org_ctx, r.number, 1) == a.id
    with pytest.raises(NotFound):
        reviews.action_id_by_seq(org_ctx, r.number, 2)


def test_open_actions_of_all_reviews_overdue_first(org_ctx, clock):
    clock.set(2025, 12, 10)
    first = _plan(org_ctx, D(2025, 6, 20))
    second = _plan(org_ctx, D(2025, 11, 20))
    add = reviews.add_action
    a1 = add(org_ctx, second.number, "later", owner="李明", due_date=D(2026, 3, 1))
    a2 = add(org_ctx, first.number, "late", owner="周婷", due_date=D(2025, 9, 30))
    a3 = add(org_ctx, second.number, "due soon", owner="周婷", due_date=D(2025, 12, 31))
    a4 = add(org_ctx, first.number, "very late", owner="李明", due_date=D(2025, 8, 1))
    done = add(org_ctx, first.number, "done", owner="李明", due_date=D(2025, 7, 1))
    reviews.complete_action(org_ctx, done.id)
    reviews.set_action_status(org_ctx, a1.id, "in_progress")
    rows = reviews.open_actions(org_ctx)
    assert [a.description for a in rows] == ["very late", "late", "due soon", "later"]
    assert [a.review_number for a in rows] == [first.number, first.number] + [second.number] * 2
    assert [a.overdue for a in rows] == [True, True, False, False]
    assert [a.id for a in reviews.open_actions(org_ctx, overdue_only=True)] == [a4.id, a2.id]
    assert [a.id for a in reviews.open_actions(org_ctx, owner="周婷")] == [a2.id, a3.id]
    assert reviews.open_actions(org_ctx, owner="无此人") == []
    assert len(reviews.open_actions(org_ctx, limit=1)) == 1
    summary = {s.number: s for s in reviews.list_reviews(org_ctx)}
    assert (summary[first.number].actions, summary[first.number].open_actions) == (3, 2)
    assert summary[first.number].overdue_actions == 2
    assert (summary[second.number].open_actions, summary[second.number].overdue_actions) == (2, 0)
    assert [s.number for s in reviews.list_reviews(org_ctx, 2026)] == []
    assert reviews.review_years(org_ctx) == [2025]


def test_previous_actions_are_the_last_reviews_and_older_unfinished_ones(org_ctx, clock):
    clock.set(2027, 1, 10)
    r1 = _plan(org_ctx, D(2024, 11, 20))
    r2 = _plan(org_ctx, D(2025, 11, 20))
    r3 = _plan(org_ctx, D(2026, 11, 20))
    old_done = reviews.add_action(
        org_ctx, r1.number, "old done", owner="李明", due_date=D(2025, 1, 1)
    )
    old_open = reviews.add_action(
        org_ctx, r1.number, "old open", owner="李明", due_date=D(2025, 2, 1)
    )
    reviews.complete_action(org_ctx, old_done.id)
    last_done = reviews.add_action(org_ctx, r2.number, "done", owner="周婷", due_date=D(2026, 1, 1))
    last_cancel = reviews.add_action(
        org_ctx, r2.number, "cancelled", owner="周婷", due_date=D(2026, 1, 1)
    )
    reviews.complete_action(org_ctx, last_done.id)
    reviews.set_action_status(org_ctx, last_cancel.id, "cancelled")
    assert reviews.previous_actions(org_ctx, r1.number) == []
    assert [a.id for a in reviews.previous_actions(org_ctx, r2.number)] == [
        old_done.id,
        old_open.id,
    ]
    # For the third: all of the second's, and the first's still open.
    prev = reviews.previous_actions(org_ctx, r3.number)
    assert [(a.review_number, a.description) for a in prev] == [
        ("MR-2024-01", "old open"),
        ("MR-2025-01", "done"),
        ("MR-2025-01", "cancelled"),
    ]
    assert prev[0].overdue


# --- the command line ----------------------------------------------------------------------------


@pytest.fixture
def cli(demo_db, tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(demo_db, data)

    def run(*argv):
        try:
            code = main(["--data-dir", str(data), "--user", "王海燕", *map(str, argv)])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _one_line_error(code, out, err):
    assert code == 1, (out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err


def test_review_commands(cli):
    # The demo year already holds MR-2025-01; this review is the year's second.
    code, out, err = cli(
        "review",
        "plan",
        "--year",
        "2025",
        "--title",
        "2025年度管理评审",
        "--date",
        "2025-11-25",
        "--chair",
        "孙玥",
        "--participants",
        "王海燕,张伟、刘洋",
    )
    assert code == 0, err
    assert "MR-2025-02" in out
    assert cli("review", "note", "MR-2025-02", "b", "新签两家客户")[0] == 0
    code, out, err = cli(
        "review",
        "action",
        "add",
        "MR-2025-02",
        "修订备件盘点制度",
        "--owner",
        "周婷",
        "--due",
        "2025-12-31",
        "--category",
        "变更",
    )
    assert code == 0, err
    assert (
        cli(
            "review",
            "action",
            "add",
            "MR-2025-02",
            "增加夜班人员",
            "--owner",
            "张伟",
            "--due",
            "2025-01-31",
            "--category",
            "resources",
        )[0]
        == 0
    )
    err = _one_line_error(*cli("review", "close", "MR-2025-02"))
    assert "适宜性" in err
    assert cli("review", "hold", "MR-2025-02", "--on", "2025-11-25")[0] == 0
    code, out, err = cli(
        "review",
        "conclude",
        "MR-2025-02",
        "--suitability",
        "适宜",
        "--adequacy",
        "充分",
        "--effectiveness",
        "有效",
    )
    assert code == 0, err
    assert cli("review", "action", "done", "MR-2025-02", "1", "--evidence", "V2.0")[0] == 0
    code, out, err = cli("review", "close", "MR-2025-02")
    assert code == 0 and "MR-2025-02" in out, err

    code, out, _ = cli("review", "show", "MR-2025-02", "--json")
    view = json.loads(out)
    assert (view["status"], view["held_on"], view["chair"]) == ("closed", "2025-11-25", "孙玥")
    assert view["participants"] == ["王海燕", "张伟", "刘洋"]
    assert view["input_notes"] == {"b": "新签两家客户"}
    assert [(a["seq"], a["category"], a["status"]) for a in view["actions"]] == [
        (1, "system_change", "done"),
        (2, "resources", "open"),
    ]
    assert view["actions"][0]["evidence"] == "V2.0"
    assert view["actions"][1]["overdue"] is True  # due in January 2025: long past
    code, out, _ = cli("review", "list", "--year", "2025", "--json")
    rows = {row["number"]: row for row in json.loads(out)}
    assert set(rows) == {"MR-2025-01", "MR-2025-02"}
    assert (rows["MR-2025-02"]["actions"], rows["MR-2025-02"]["open_actions"]) == (2, 1)
    code, out, _ = cli("review", "action", "list", "--json")
    mine = [a["description"] for a in json.loads(out) if a["review_number"] == "MR-2025-02"]
    assert mine == ["增加夜班人员"]
    assert all(a["status"] != "done" for a in json.loads(out))
    code, out, err = cli("review", "show", "MR-2025-02")
    assert code == 0 and "孙玥" in out and "逾期 OVERDUE" in out, err

    code, out, _ = cli("review", "pack", "MR-2025-02", "--json")
    pack = json.loads(out)
    assert [s["key"] for s in pack["sections"]] == list("abcdefghijk")
    assert pack["sections"][1]["note"] == "新签两家客户"
    code, out, err = cli("review", "pack", "MR-2025-02")
    assert code == 0 and "IA-2025-01" in out and "新签两家客户" in out, err


def test_review_command_refusals(cli):
    cli("review", "plan", "--title", "评审", "--date", "2025-11-25")
    _one_line_error(*cli("review", "show", "MR-2025-07"))
    _one_line_error(*cli("review", "note", "MR-2025-02", "x", "text"))
    _one_line_error(*cli("review", "action", "done", "MR-2025-02", "3"))
    _one_line_error(
        *cli(
            "review", "action", "add", "MR-2025-02", "x", "--owner", "无此人", "--due", "2025-12-01"
        )
    )
    _one_line_error(*cli("review", "hold", "MR-2025-02", "--on", "2999-01-01"))
    _one_line_error(*cli("review", "conclude", "MR-2025-02"))
    code, _, err = cli(
        "review",
        "action",
        "add",
        "MR-2025-02",
        "x",
        "--owner",
        "张伟",
        "--due",
        "2025-12-01",
        "--category",
        "budget",
    )
    assert code == 2 and "budget" in err and "Traceback" not in err
    code, _, err = cli("review", "plan", "--title", "x", "--date", "25/11/2025")
    assert code == 2 and "YYYY-MM-DD" in err
