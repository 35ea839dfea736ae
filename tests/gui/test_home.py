"""The home page: my audits with their checklists, the NC counters, the programme's next steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from qa_desktop.gui.views.home_view import KIND_ROLE, NC_NUMBER_ROLE, RUN_ID_ROLE, HomeView
from qa_desktop.services import home, nonconformities


@pytest.fixture
def view(qtbot, session):
    v = HomeView(session)
    qtbot.addWidget(v)
    v.resize(1100, 760)
    v.show()
    v.activate()
    return v


def _audit_items(view):
    tree = view.ui.auditsTree
    return {
        tree.topLevelItem(i).text(0).split()[0]: tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
    }


def test_my_audits_show_the_november_audit_with_its_three_runs(view, session):
    audits = _audit_items(view)
    assert "IA-2025-02" in audits
    top = audits["IA-2025-02"]
    assert top.childCount() == 3
    expected = next(a for a in home.home_summary(session.ctx).my_audits if a.number == "IA-2025-02")
    assert {top.child(i).data(0, RUN_ID_ROLE) for i in range(3)} == {r.id for r in expected.runs}
    bar = view.ui.auditsTree.itemWidget(top.child(0), 3)
    run = next(r for r in expected.runs if r.id == top.child(0).data(0, RUN_ID_ROLE))
    assert (bar.value(), bar.maximum()) == (run.answered, run.total)


def test_greeting_names_the_user_and_the_fixed_day(view):
    assert "王海燕" in view.ui.greetingLabel.text()
    assert "2025" in view.ui.dateLabel.text() and "20" in view.ui.dateLabel.text()


def test_counters_equal_the_service(view, session):
    summary = home.home_summary(session.ctx)
    assert view._open.number.text() == str(summary.open_ncs)
    assert view._overdue.number.text() == str(summary.overdue_ncs)
    assert summary.overdue_ncs >= 1


def test_overdue_reminders_list_the_late_ncs_first_and_open_one(qtbot, view, session):
    # The reminders replaced the "most overdue" strip: the late NCs, longest late first.
    page = nonconformities.list_ncs(session.ctx, overdue=True, sort="due_date", limit=50)
    tree = view.ui.overdueTree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [i.data(0, NC_NUMBER_ROLE) for i in items if i.data(0, KIND_ROLE) == "nc"] == [
        r.number for r in page.rows
    ]
    with qtbot.waitSignal(view.open_nc) as sig:
        tree.itemActivated.emit(items[0], 0)
    assert sig.args == [page.rows[0].number]


def test_double_clicking_a_run_emits_open_run(qtbot, view):
    tree = view.ui.auditsTree
    child = _audit_items(view)["IA-2025-02"].child(1)
    pos = tree.visualItemRect(child).topLeft() + QPoint(40, 4)  # on the title, not the bar
    with qtbot.waitSignal(view.open_run, timeout=2000) as sig:
        # A real double-click: press/release, then the second press arrives as a double-click.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert sig.args == [child.data(0, RUN_ID_ROLE)]


def test_double_clicking_an_audit_does_not_open_a_run(qtbot, view):
    tree = view.ui.auditsTree
    top = _audit_items(view)["IA-2025-02"]
    pos = tree.visualItemRect(top).topLeft() + QPoint(60, 4)
    with qtbot.assertNotEmitted(view.open_run):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_counter_buttons_ask_for_the_nc_presets(qtbot, view):
    with qtbot.waitSignal(view.show_ncs) as sig:
        qtbot.mouseClick(view.ui.overdueButton, Qt.MouseButton.LeftButton)
    assert sig.args == ["overdue"]
    with qtbot.waitSignal(view.show_ncs) as sig:
        qtbot.mouseClick(view.ui.openButton, Qt.MouseButton.LeftButton)
    assert sig.args == ["open"]


def test_next_activities_come_from_the_programme(view, session):
    summary = home.home_summary(session.ctx)
    table = view.ui.activitiesTable
    assert table.rowCount() == len(summary.next_activities) > 0
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        a.name for a in summary.next_activities
    ]
    assert "2025" in view.ui.activitiesBox.title()


def test_overdue_activity_is_red(qtbot, session, gui_clock):
    gui_clock.set(2025, 12, 20)  # November's activities are now past their month
    v = HomeView(session)
    qtbot.addWidget(v)
    v.activate()
    states = [a.state for a in v.summary.next_activities]
    assert "overdue" in states
    row = states.index("overdue")
    assert v.ui.activitiesTable.item(row, 4).foreground().color().name() == "#b3261e"


def test_refreshes_when_ncs_change(qtbot, view, session):
    before = home.home_summary(session.ctx).open_ncs
    nonconformities.raise_nc(
        session.ctx,
        process="SD",
        facts="新发现",
        clause="8.6.1",
        grade="minor",
        department="服务台",
        issue=True,
    )
    session.changed.emit("ncs")
    assert view._open.number.text() == str(before + 1)


def test_before_any_organisation_the_page_is_empty_and_quiet(qtbot, tmp_path, gui_clock, boxes):
    from tests.gui.conftest import _session

    fresh = _session(tmp_path / "new", gui_clock)
    try:
        v = HomeView(fresh)
        qtbot.addWidget(v)
        v.activate()
        assert boxes.shown == []  # a modal box here would hang the first start
        assert v._open.number.text() == "0"
        assert v.ui.noAuditsLabel.isVisibleTo(v)
    finally:
        fresh.ctx.store.dispose()
