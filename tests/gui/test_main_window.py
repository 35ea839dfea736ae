"""The main window: every page is reachable from the Go menu, and Home leads to late reviews."""

from __future__ import annotations

import pytest

from qa_desktop.gui.main_window import MainWindow
from qa_desktop.gui.views.home_view import KIND_ROLE, NC_NUMBER_ROLE
from qa_desktop.services import reviews


@pytest.fixture
def window(qtbot, session):
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    return w


def test_each_go_action_shows_its_page(window):
    ui = window.ui
    pairs = [
        (ui.actionMeasures, window.measures),
        (ui.actionSurveys, window.surveys),
        (ui.actionProgramme, window.programme),
        (ui.actionReviews, window.reviews),
        (ui.actionTemplates, window.templates),
        (ui.actionSettings, window.settings_page),
        (ui.actionHome, window.home),
    ]
    shortcuts = {action.shortcut().toString() for action, _page in pairs}
    assert len(shortcuts) == len(pairs)  # no two pages share a key
    for action, page in pairs:
        action.trigger()
        assert ui.pages.currentWidget() is page
        assert ui.navList.currentRow() == window._pages.index(page)


def test_an_overdue_review_decision_on_home_opens_its_review(qtbot, window, session):
    session.ctx.clock.set(2026, 3, 15)  # the review's January and February decisions are late
    late = reviews.open_actions(session.ctx, overdue_only=True)
    assert len(late) == 2
    window.home.refresh()
    tree = window.home.ui.overdueTree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    decisions = [i for i in items if i.data(0, KIND_ROLE) == "review"]
    assert len(decisions) == len(late)
    assert decisions[0].text(2) == late[0].description.splitlines()[0]
    with qtbot.waitSignal(window.home.open_review) as opened:
        tree.itemActivated.emit(decisions[0], 0)
    assert opened.args == [late[0].review_number]
    assert window.ui.pages.currentWidget() is window.reviews
    assert window.reviews._review.number == decisions[0].data(0, NC_NUMBER_ROLE)


def test_in_january_the_pages_open_on_last_years_figures(qtbot, session):
    session.ctx.clock.set(2026, 1, 20)  # nothing measured or surveyed in 2026 yet
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    w.ui.actionMeasures.trigger()
    assert w.measures.year == 2025
    assert w.measures.ui.yearCombo.currentData() == 2025
    w.ui.actionSurveys.trigger()
    assert w.surveys.ui.yearCombo.currentData() == 2025
    assert w.surveys.surveys_model.rowCount() == 3
