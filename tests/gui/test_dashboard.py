"""Home's statistics tab and reminders: the figures of services.nc_stats, the charts as SVG,
recomputed when NCs change, and the overdue / due-soon lists of services.reminders."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from qa_desktop.gui.views.dashboard import ALL_YEARS, DashboardView
from qa_desktop.gui.views.home_view import KIND_ROLE, NC_NUMBER_ROLE, HomeView
from qa_desktop.services import nc_stats, reminders
from qa_desktop.services import nonconformities as ncs

WAIT_MS = 5000


@pytest.fixture
def dash(qtbot, session):
    d = DashboardView(session)
    qtbot.addWidget(d)
    d.resize(1100, 640)
    d.show()
    with qtbot.waitSignal(d.updated, timeout=WAIT_MS):
        d.activate()
    return d


def _percent(rate):
    return "—" if rate is None else f"{round(rate * 100)}%"


def test_tiles_show_the_statistics_of_the_demo_year(dash, session):
    expected = nc_stats.nc_statistics(session.ctx, year=2025)
    ui = dash.ui
    assert dash.stats == expected
    assert ui.yearCombo.currentData() == 2025  # the clock's year, which has NCs
    assert ui.closureValue.text() == _percent(expected.closure_rate) == "21%"
    assert ui.daysValue.text() == "45.3"  # (40 + 65 + 31) / 3 days
    assert "40" in ui.daysDetail.text()  # the median
    assert ui.overdueValue.text() == str(expected.overdue) == "1"
    assert "color" in ui.overdueValue.styleSheet()  # red: something is late
    assert ui.capaValue.text() == _percent(expected.capa_effectiveness_rate) == "60%"
    assert "3" in ui.closureDetail.text() and "14" in ui.closureDetail.text()


def test_the_charts_are_valid_svg_of_the_same_numbers(dash, session):
    for widget in (dash.grade_chart, dash.status_chart):
        assert widget.renderer().isValid()
        assert not widget.renderer().defaultSize().isEmpty()
    processes, series, statuses, counts = dash.chart_data()
    stats = dash.stats
    assert processes == ["服务台事件管理", "备件库出入库管理", "服务知识创建与应用闭环"]
    assert series["一般"] == [stats.count(grade="minor", process=p) for p in ("SD", "SP", "KM")]
    assert sum(counts) == stats.total and statuses[-2:] == ["已关闭", "已撤销"]


def test_changing_the_year_recomputes(qtbot, dash, session):
    ncs.raise_nc(
        session.ctx,
        process="SP",
        facts="去年的发现",
        clause="8.3",
        grade="major",
        department="备件库",
        found_on=date(2024, 9, 1),
        issue=True,
    )
    with qtbot.waitSignal(dash.updated, timeout=WAIT_MS):
        session.changed.emit("ncs")
    combo = dash.ui.yearCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [2025, 2024, ALL_YEARS]
    assert combo.currentData() == 2025  # the choice survives a refresh
    combo.setFocus()
    with qtbot.waitSignal(dash.updated, timeout=WAIT_MS):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # to 2024
    assert dash.stats.year == 2024 and dash.stats.total == 1
    assert dash.ui.closureValue.text() == "0%"  # issued, not closed
    assert dash.ui.daysValue.text() == "—"  # nothing closed: no mean
    with qtbot.waitSignal(dash.updated, timeout=WAIT_MS):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # to all years
    assert dash.stats.year is None and dash.stats.total == 17
    assert dash.stats == nc_stats.nc_statistics(session.ctx)


def test_closing_an_nc_changes_the_closure_figure(qtbot, dash, session):
    assert dash.ui.closureValue.text() == "21%"  # 3 of 14
    ncs.transition(session.ctx, "NC-2025-006", "close")  # verified effective → closed
    with qtbot.waitSignal(dash.updated, timeout=WAIT_MS):
        session.changed.emit("ncs")
    after = nc_stats.nc_statistics(session.ctx, year=2025)
    assert after.closed == 4
    assert dash.ui.closureValue.text() == _percent(after.closure_rate) == "29%"
    assert dash.grade_chart.renderer().isValid()


def test_unrelated_changes_do_not_recompute(qtbot, dash, session):
    with qtbot.assertNotEmitted(dash.updated, wait=200):
        session.changed.emit("templates")


def test_a_hidden_dashboard_waits_until_it_is_shown(qtbot, session):
    home = HomeView(session)
    qtbot.addWidget(home)
    home.resize(1100, 720)
    home.show()
    home.activate()
    with qtbot.assertNotEmitted(home.dashboard.updated, wait=200):
        session.changed.emit("ncs")  # the Today tab is showing
    assert home.dashboard.stats is None
    with qtbot.waitSignal(home.dashboard.updated, timeout=WAIT_MS):
        home.ui.homeTabs.setCurrentWidget(home.ui.dashboardTab)
    assert home.dashboard.stats == nc_stats.nc_statistics(session.ctx, year=2025)
    assert home.dashboard.status_chart.renderer().isValid()


def test_the_language_switch_relabels_the_charts(qtbot, dash, session):
    try:
        session.set_language("en")
        qtbot.waitUntil(lambda: dash.ui.closureCaption.text() == "closure rate", timeout=2000)
        processes, series, _statuses, _counts = dash.chart_data()
        assert processes[0] == "Service-desk incident management"
        assert set(series) == {"Major", "Minor", "Observation"}
        assert dash.ui.closureValue.text() == "21%"
    finally:
        session.set_language("zh_CN")


# --- reminders ------------------------------------------------------------------------------


def _rows(tree):
    return [
        (tree.topLevelItem(i).data(0, NC_NUMBER_ROLE), tree.topLevelItem(i).data(0, KIND_ROLE))
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, NC_NUMBER_ROLE)
    ]


def _expected(ncs_rows, actions):
    return sorted([(r.number, "nc") for r in ncs_rows] + [(a.nc_number, "action") for a in actions])


@pytest.fixture
def home(qtbot, session, gui_clock):
    gui_clock.set(2025, 12, 12)  # most of November's NCs now fall due within a week
    v = HomeView(session)
    qtbot.addWidget(v)
    v.resize(1100, 720)
    v.show()
    v.activate()
    return v


def test_reminders_list_what_due_items_returns(home, session):
    due = reminders.due_items(session.ctx)
    assert due.due_soon_ncs and due.overdue_ncs and due.overdue_actions  # a real test
    assert sorted(_rows(home.ui.overdueTree)) == _expected(due.overdue_ncs, due.overdue_actions)
    assert sorted(_rows(home.ui.dueSoonTree)) == _expected(due.due_soon_ncs, due.due_soon_actions)
    late = home.ui.overdueTree.topLevelItem(0)
    assert late.foreground(5).color().name() == "#b3261e"
    days_late = (session.ctx.today() - date.fromisoformat(late.text(4))).days
    assert days_late > 0 and str(days_late) in late.text(5)
    soon = home.ui.dueSoonTree.topLevelItem(0)
    assert soon.foreground(5).color().name() != "#b3261e"
    first_soon = min(r.due_date for r in due.due_soon_ncs)
    assert soon.text(4) <= first_soon.isoformat()  # soonest first


def test_reminder_rows_carry_grade_facts_owner_and_date(home, session):
    due = reminders.due_items(session.ctx)
    tree = home.ui.dueSoonTree
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, KIND_ROLE) == "nc"
    )
    nc = next(r for r in due.due_soon_ncs if r.number == row.data(0, NC_NUMBER_ROLE))
    assert row.text(0) == nc.number
    assert row.text(1) in ("严重", "一般", "观察")
    assert row.text(2) == nc.facts.splitlines()[0]
    assert row.text(3) == nc.department
    assert row.text(4) == nc.due_date.isoformat()
    action_row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, KIND_ROLE) == "action"
    )
    action = next(
        a
        for a in due.due_soon_actions
        if a.nc_number == action_row.data(0, NC_NUMBER_ROLE)
        and a.description.startswith(action_row.text(2))
    )
    assert action_row.text(3) == action.owner


def test_activating_a_reminder_opens_its_nc(qtbot, home):
    tree = home.ui.overdueTree
    item = tree.topLevelItem(0)
    with qtbot.waitSignal(home.open_nc) as sig:
        tree.itemActivated.emit(item, 0)
    assert sig.args == [item.data(0, NC_NUMBER_ROLE)]
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
    with qtbot.waitSignal(home.open_nc) as sig:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert sig.args == [tree.currentItem().data(0, NC_NUMBER_ROLE)]


def test_empty_reminders_say_so_and_open_nothing(qtbot, session, gui_clock):
    gui_clock.set(2025, 6, 1)  # before any NC was due
    v = HomeView(session)
    qtbot.addWidget(v)
    v.activate()
    tree = v.ui.dueSoonTree
    assert tree.topLevelItemCount() == 1
    placeholder = tree.topLevelItem(0)
    assert placeholder.data(0, NC_NUMBER_ROLE) is None
    assert placeholder.flags() == Qt.ItemFlag.NoItemFlags
    with qtbot.assertNotEmitted(v.open_nc):
        tree.itemActivated.emit(placeholder, 0)


def test_a_year_without_ncs_starts_on_the_latest_year_that_has_some(qtbot, session, gui_clock):
    gui_clock.set(2026, 3, 2)  # nothing found in 2026 yet
    d = DashboardView(session)
    qtbot.addWidget(d)
    with qtbot.waitSignal(d.updated, timeout=WAIT_MS):
        d.activate()
    assert d.stats.year == 2025 and d.ui.yearCombo.currentData() == 2025
    assert d.ui.closureValue.text() == "21%"
