"""The Programme page: the demo year's schedule as activities × months, updating an activity,
next year carried over from this one, and the first programme of a new installation."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from qa_desktop.gui.dialogs.programme_activity import ProgrammeActivityDialog
from qa_desktop.gui.models.programme_models import (
    PLANNED_ROLE,
    STATE_COLOURS,
    STATE_ROLE,
    TICK,
    ProgrammeGridModel,
)
from qa_desktop.gui.views.programme_view import ProgrammeView
from qa_desktop.services import programme

M = ProgrammeGridModel


@pytest.fixture
def view(qtbot, session):
    v = ProgrammeView(session)
    qtbot.addWidget(v)
    v.resize(1180, 720)
    v.show()
    qtbot.waitExposed(v)
    v.activate()
    return v


def _cell(view, seq: int, column: int):
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.activity(r).seq == seq)
    return model.index(row, column)


def _month(month: int) -> int:
    return M.FIRST_MONTH + month - 1


def _open_dialog(qtbot, view, seq: int) -> ProgrammeActivityDialog:
    view.ui.gridTable.setCurrentIndex(_cell(view, seq, M.ACTIVITY))
    qtbot.keyClick(view.ui.gridTable, Qt.Key.Key_Return)
    assert view.dialog is not None
    return view.dialog


# --- the grid ----------------------------------------------------------------------------------


def test_the_demo_year_as_activities_by_months(view, session):
    assert view.ui.stack.currentWidget() is view.ui.gridPage
    assert view.ui.yearCombo.currentData() == 2025
    assert view.model.rowCount() == 9
    # Activity 1 is planned in March, June and September and was done in March.
    assert [_cell(view, 1, _month(m)).data(PLANNED_ROLE) for m in (2, 3, 6, 9, 11)] == [
        False,
        True,
        True,
        True,
        False,
    ]
    assert _cell(view, 1, _month(3)).data() == TICK
    assert _cell(view, 1, _month(6)).data() == ""
    assert _cell(view, 1, M.ACTUAL).data() == "2025-03-05"
    assert _cell(view, 1, M.PLANNED).data() == "2025-03-01"
    # On 20 November the review analysis (8) and the annual summary (9) are due this month.
    for seq in (8, 9):
        assert _cell(view, seq, M.STATE).data(STATE_ROLE) == "due"
        shade = _cell(view, seq, _month(11)).data(Qt.ItemDataRole.BackgroundRole)
        assert shade.color() == STATE_COLOURS["due"]
    assert (
        _cell(view, 4, _month(11)).data(Qt.ItemDataRole.BackgroundRole).color()
        == (STATE_COLOURS["done"])
    )
    assert _cell(view, 9, M.OUTPUT).data() == "《质量管理报告》"
    assert _cell(view, 9, M.DOCUMENT).data() == ""  # filled once reports are generated
    header = view.model.headerData(_month(11), Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert header.bold()  # this month
    text = view.ui.summaryLabel.text()
    assert "9" in text and "7" in text and "2" in text
    assert "XDYJ-04-09" in view.ui.titleLabel.text()


def test_overdue_after_the_last_planned_month(qtbot, session):
    session.ctx.clock.now = datetime(2025, 12, 3, 2, tzinfo=UTC)
    v = ProgrammeView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    assert _cell(v, 8, M.STATE).data(STATE_ROLE) == "overdue"
    assert _cell(v, 8, M.STATE).data(Qt.ItemDataRole.FontRole).bold()
    assert (
        _cell(v, 8, _month(11)).data(Qt.ItemDataRole.BackgroundRole).color()
        == (STATE_COLOURS["overdue"])
    )
    counts = programme.get_programme(session.ctx, 2025).state_counts()
    assert counts["overdue"] == 2


def test_selected_activity_notes(view):
    view.ui.gridTable.setCurrentIndex(_cell(view, 2, M.ACTIVITY))
    assert "三个季度调查均已完成" in view.ui.notesLabel.text()
    assert "郑雪" in view.ui.notesLabel.text()


# --- updating an activity ----------------------------------------------------------------------


def test_update_an_activity_in_the_dialog(qtbot, view, session):
    dialog = _open_dialog(qtbot, view, 9)
    ui = dialog.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("done"))
    assert ui.doneCheck.isChecked()  # done means done on some day
    ui.doneEdit.setDate(QDate(2025, 11, 19))
    ui.ownerCombo.setCurrentIndex(ui.ownerCombo.findData("李明"))
    ui.notesEdit.setPlainText("年度质量管理报告已提交总经理")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: view.dialog is None)
    act = next(a for a in programme.get_programme(session.ctx, 2025).activities if a.seq == 9)
    assert (act.status, act.actual_date, act.owner) == ("done", date(2025, 11, 19), "李明")
    assert act.notes == "年度质量管理报告已提交总经理"
    qtbot.waitUntil(lambda: _cell(view, 9, M.STATE).data(STATE_ROLE) == "done")
    assert _cell(view, 9, _month(11)).data() == TICK
    assert view.selected_activity().seq == 9  # the edited activity stays selected


def test_months_and_clearing_the_done_date(qtbot, view, session):
    dialog = _open_dialog(qtbot, view, 5)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    for box in dialog._months:
        box.setChecked(False)
    assert not ok.isEnabled() and dialog.ui.problemLabel.isVisible()
    dialog._months[9].setChecked(True)  # October
    dialog._months[10].setChecked(True)
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("planned"))
    dialog.ui.doneCheck.setChecked(False)
    ok.click()
    qtbot.waitUntil(lambda: view.dialog is None)
    act = next(a for a in programme.get_programme(session.ctx, 2025).activities if a.seq == 5)
    assert (act.planned_months, act.status, act.actual_date) == ((10, 11), "planned", None)


def test_cancel_changes_nothing(qtbot, view, session):
    before = programme.get_programme(session.ctx, 2025)
    dialog = _open_dialog(qtbot, view, 3)
    dialog.ui.notesEdit.setPlainText("不要保存")
    dialog.reject()
    qtbot.waitUntil(lambda: view.dialog is None)
    assert programme.get_programme(session.ctx, 2025) == before


# --- next year ---------------------------------------------------------------------------------


def test_create_next_year_from_this_one(qtbot, view, session, boxes):
    qtbot.mouseClick(view.ui.nextYearButton, Qt.MouseButton.LeftButton)
    assert boxes.shown[-1][0] == "question"
    assert programme.programme_years(session.ctx) == [2025, 2026]
    assert view.ui.yearCombo.currentData() == 2026
    assert view.model.programme().year == 2026
    nxt = programme.get_programme(session.ctx, 2026)
    assert [a.owner for a in nxt.activities][:3] == ["郑雪"] * 3
    assert {a.status for a in nxt.activities} == {"planned"}
    assert {a.state for a in nxt.activities} == {"upcoming"}  # 2026 has not begun
    # From 2025 again: 2026 exists, and the service's refusal is shown.
    view.ui.yearCombo.setCurrentIndex(view.ui.yearCombo.findData(2025))
    view.ui.yearCombo.activated.emit(view.ui.yearCombo.currentIndex())
    assert view.model.programme().year == 2025
    before = len(boxes.shown)
    view.create_next_year()
    assert boxes.shown[-1][0] == "warning" and len(boxes.shown) == before + 2
    assert programme.programme_years(session.ctx) == [2025, 2026]


def test_next_year_declined(qtbot, view, session, boxes):
    from PySide6.QtWidgets import QMessageBox

    boxes.answer = QMessageBox.StandardButton.No
    view.create_next_year()
    assert programme.programme_years(session.ctx) == [2025]


def test_first_programme_of_a_new_installation(qtbot, org_session):
    v = ProgrammeView(org_session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    assert v.ui.stack.currentWidget() is v.ui.emptyPage
    assert not v.ui.nextYearButton.isEnabled()
    assert "2025" in v.ui.createButton.text()
    qtbot.mouseClick(v.ui.createButton, Qt.MouseButton.LeftButton)
    assert programme.programme_years(org_session.ctx) == [2025]
    assert v.ui.stack.currentWidget() is v.ui.gridPage
    assert v.model.rowCount() == 9


# --- the model ---------------------------------------------------------------------------------


def test_grid_model_passes_the_model_tester(qtmodeltester, session):
    model = ProgrammeGridModel(session)
    qtmodeltester.check(model)
    model.load(2025)
    qtmodeltester.check(model)
    model.load(None)
    assert model.rowCount() == 0
