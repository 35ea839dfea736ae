"""The organisation, its people, and the year's QA programme (plan §4.4)."""

from __future__ import annotations

from datetime import date

import pytest

from qa_desktop.services import audits, organisation, programme
from qa_desktop.services.context import Invalid, NotFound


def _activity(view, seq):
    return next(a for a in view.activities if a.seq == seq)


# --- organisation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda c: organisation.add_department(c, "服务台"),
        lambda c: organisation.add_person(c, "王海燕"),
        lambda c: programme.create_programme(c, 2025),
        lambda c: programme.get_programme(c, 2025),
        lambda c: audits.plan_audit(c, title="内审"),
        lambda c: audits.list_audits(c),
    ],
    ids=["add_department", "add_person", "create_programme", "get_programme", "plan", "list"],
)
def test_everything_needs_an_organisation_first(ctx, call):
    with pytest.raises(NotFound) as exc:
        call(ctx)
    message = str(exc.value)
    assert "组织" in message and "organisation" in message
    assert organisation.get_organisation(ctx) is None
    assert organisation.list_departments(ctx) == []


def test_first_organisation_needs_a_name(ctx):
    with pytest.raises(Invalid):
        organisation.set_organisation(ctx, name="   ")
    assert organisation.get_organisation(ctx) is None
    org = organisation.set_organisation(ctx, name=" 某运维公司 ", doc_prefix="XDYJ")
    assert org.name == "某运维公司"
    again = organisation.set_organisation(ctx, name_en="Some Ops Co.")
    assert (again.id, again.name, again.name_en, again.doc_prefix) == (
        org.id,
        "某运维公司",
        "Some Ops Co.",
        "XDYJ",
    )
    with pytest.raises(Invalid):
        organisation.set_organisation(ctx, name="")
    assert organisation.get_organisation(ctx).name == "某运维公司"


def test_org_fixture_has_departments_and_people(org_ctx):
    assert {d.name for d in organisation.list_departments(org_ctx)} == {
        "服务台",
        "备件库",
        "质量效能部",
        "研发部",
    }
    people = {p.name: p for p in organisation.list_people(org_ctx)}
    assert people["王海燕"].department == "质量效能部"
    assert set(people["王海燕"].roles) == {"quality_manager", "auditor"}
    assert people["赵磊"].department == "研发部"
    auditors = {p.name for p in organisation.list_people(org_ctx, role="auditor")}
    assert auditors == {"王海燕", "李明", "赵磊"}


def test_duplicate_department_refused(org_ctx):
    with pytest.raises(Invalid):
        organisation.add_department(org_ctx, "服务台")
    with pytest.raises(Invalid):
        organisation.add_department(org_ctx, " 服务台 ")
    with pytest.raises(Invalid):
        organisation.add_department(org_ctx, "  ")
    names = [d.name for d in organisation.list_departments(org_ctx)]
    assert names.count("服务台") == 1
    assert len(names) == 4


def test_duplicate_person_refused(org_ctx):
    with pytest.raises(Invalid):
        organisation.add_person(org_ctx, "李明", department="服务台")
    people = [p for p in organisation.list_people(org_ctx) if p.name == "李明"]
    assert len(people) == 1
    assert people[0].department == "质量效能部"


def test_unknown_role_refused(org_ctx):
    with pytest.raises(Invalid) as exc:
        organisation.add_person(org_ctx, "陈静", roles=["auditor", "boss"])
    assert "boss" in str(exc.value)
    assert "陈静" not in {p.name for p in organisation.list_people(org_ctx)}
    with pytest.raises(Invalid):
        organisation.update_person(org_ctx, "李明", roles=["superuser"])
    assert organisation.list_people(org_ctx, role="auditor")  # 李明 kept his role
    assert "李明" in {p.name for p in organisation.list_people(org_ctx, role="auditor")}


def test_person_in_unknown_department_refused(org_ctx):
    with pytest.raises(NotFound):
        organisation.add_person(org_ctx, "陈静", department="不存在的部门")
    assert "陈静" not in {p.name for p in organisation.list_people(org_ctx)}


def test_update_person_moves_department_and_roles(org_ctx):
    p = organisation.update_person(org_ctx, "李明", department="服务台", roles=["department_head"])
    assert p.department == "服务台"
    assert p.roles == ("department_head",)
    assert "李明" not in {x.name for x in organisation.list_people(org_ctx, role="auditor")}


# --- programme ------------------------------------------------------------------------


def test_programme_from_plan_section_4_4(org_ctx):
    prog = programme.create_programme(org_ctx, 2025)
    assert prog.year == 2025
    assert len(prog.activities) == 9
    assert [a.seq for a in prog.activities] == list(range(1, 10))
    for a in prog.activities:
        expected = (3, 6, 9) if a.seq <= 3 else (11,)
        assert a.planned_months == expected, a.name
        assert a.status == "planned"
        assert a.actual_date is None
        assert a.name and a.output_document
    assert "2025" in prog.title
    assert prog.document_number == "XDYJ-04-09"
    assert programme.programme_years(org_ctx) == [2025]
    assert programme.get_programme(org_ctx, 2025) == prog


def test_same_year_twice_refused(org_ctx):
    programme.create_programme(org_ctx, 2025)
    with pytest.raises(Invalid):
        programme.create_programme(org_ctx, 2025)
    assert programme.programme_years(org_ctx) == [2025]
    assert len(programme.get_programme(org_ctx, 2025).activities) == 9


@pytest.mark.parametrize("year", [1999, 2101])
def test_implausible_year_refused(org_ctx, year):
    with pytest.raises(Invalid):
        programme.create_programme(org_ctx, year)


def test_unknown_year_not_found(org_ctx):
    with pytest.raises(NotFound):
        programme.get_programme(org_ctx, 2030)


def test_from_year_copies_activities(org_ctx):
    prog = programme.create_programme(org_ctx, 2025)
    first = _activity(prog, 1)
    programme.update_activity(
        org_ctx, first.id, owner="刘洋", planned_months=[4, 8], status="done", notes="已完成"
    )
    copied = programme.create_programme(org_ctx, 2026, from_year=2025)
    assert copied.year == 2026
    assert len(copied.activities) == 9
    old = programme.get_programme(org_ctx, 2025)
    for a, b in zip(old.activities, copied.activities, strict=True):
        assert (b.seq, b.name, b.responsible_role, b.output_document) == (
            a.seq,
            a.name,
            a.responsible_role,
            a.output_document,
        )
        assert b.planned_months == a.planned_months
        assert b.owner == a.owner
        assert b.id != a.id
        # Progress belongs to its year: the copy starts afresh.
        assert b.status == "planned"
        assert b.actual_date is None
    c1 = _activity(copied, 1)
    assert c1.planned_months == (4, 8)
    assert c1.owner == "刘洋"
    assert sorted(programme.programme_years(org_ctx)) == [2025, 2026]


def test_from_missing_year_refused_and_nothing_created(org_ctx):
    with pytest.raises(NotFound):
        programme.create_programme(org_ctx, 2026, from_year=2024)
    assert programme.programme_years(org_ctx) == []


# (day, state of activities 1–3 planned in Mar/Jun/Sep, state of activities 4–9 planned in Nov)
STATES = [
    (date(2025, 1, 15), "upcoming", "upcoming"),
    (date(2025, 2, 28), "upcoming", "upcoming"),
    (date(2025, 3, 1), "due", "upcoming"),
    (date(2025, 7, 20), "due", "upcoming"),
    (date(2025, 9, 30), "due", "upcoming"),
    (date(2025, 10, 1), "overdue", "upcoming"),
    (date(2025, 11, 1), "overdue", "due"),
    (date(2025, 11, 30), "overdue", "due"),
    (date(2025, 12, 1), "overdue", "overdue"),
    (date(2026, 2, 1), "overdue", "overdue"),
]


def test_activity_state_follows_the_clock(org_ctx, clock):
    clock.set(2025, 1, 10)
    programme.create_programme(org_ctx, 2025)
    for day, first, fourth in STATES:
        clock.set(day.year, day.month, day.day, 12)
        view = programme.get_programme(org_ctx, 2025)
        got = (
            {a.state for a in view.activities if a.seq <= 3},
            {a.state for a in view.activities if a.seq >= 4},
        )
        assert got == ({first}, {fourth}), day


def test_done_and_cancelled_never_overdue(org_ctx, clock):
    prog = programme.create_programme(org_ctx, 2025)
    programme.update_activity(org_ctx, _activity(prog, 1).id, status="done")
    programme.update_activity(org_ctx, _activity(prog, 2).id, status="cancelled")
    clock.set(2026, 3, 1)
    view = programme.get_programme(org_ctx, 2025)
    assert _activity(view, 1).state == "done"
    assert _activity(view, 2).state == "cancelled"
    assert _activity(view, 3).state == "overdue"


def test_done_sets_actual_date_to_today(org_ctx, clock):
    prog = programme.create_programme(org_ctx, 2025)
    clock.set(2025, 3, 18, 9)
    a = programme.update_activity(org_ctx, _activity(prog, 1).id, status="done")
    assert a.status == "done"
    assert a.actual_date == date(2025, 3, 18)
    assert a.state == "done"
    # A later edit keeps the recorded date.
    clock.set(2025, 4, 2)
    again = programme.update_activity(org_ctx, a.id, status="done", notes="补充说明")
    assert again.actual_date == date(2025, 3, 18)
    assert again.notes == "补充说明"
    stored = _activity(programme.get_programme(org_ctx, 2025), 1)
    assert stored.actual_date == date(2025, 3, 18)


def test_done_with_given_date_keeps_it(org_ctx, clock):
    prog = programme.create_programme(org_ctx, 2025)
    clock.set(2025, 6, 20)
    a = programme.update_activity(
        org_ctx, _activity(prog, 2).id, status="done", actual_date=date(2025, 6, 3)
    )
    assert a.actual_date == date(2025, 6, 3)


def test_update_activity_refusals(org_ctx):
    prog = programme.create_programme(org_ctx, 2025)
    act = _activity(prog, 4)
    with pytest.raises(Invalid):
        programme.update_activity(org_ctx, act.id, status="finished")
    with pytest.raises(Invalid):
        programme.update_activity(org_ctx, act.id, planned_months=[13])
    with pytest.raises(Invalid):
        programme.update_activity(org_ctx, act.id, planned_months=[])
    with pytest.raises(NotFound):
        programme.update_activity(org_ctx, act.id, owner="不存在")
    with pytest.raises(NotFound):
        programme.update_activity(org_ctx, "not-an-id", status="done")
    unchanged = _activity(programme.get_programme(org_ctx, 2025), 4)
    assert unchanged == act


def test_update_activity_owner_and_months(org_ctx):
    prog = programme.create_programme(org_ctx, 2025)
    a = programme.update_activity(
        org_ctx, _activity(prog, 4).id, owner="王海燕", planned_months=[12, 10, 10]
    )
    assert a.owner == "王海燕"
    assert a.planned_months == (10, 12)
    cleared = programme.update_activity(org_ctx, a.id, owner="")
    assert cleared.owner == ""
