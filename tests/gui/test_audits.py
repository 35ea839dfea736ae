"""The Audits page and the audit plan dialog, driven like a user, checked through the services."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QMessageBox,
)

from qa_desktop.domain.enums import AUDIT_STATUS_LABELS, AuditStatus
from qa_desktop.gui.dialogs.audit_dialog import AuditDialog
from qa_desktop.gui.models.audit_models import ID_ROLE, AuditsTableModel, RunsTableModel
from qa_desktop.gui.session import AUDITS
from qa_desktop.gui.views.audits_view import AuditsView
from qa_desktop.services import audits, checklists, organisation

# --- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def view(qtbot, session):
    return _view(qtbot, session)


def _view(qtbot, session) -> AuditsView:
    v = AuditsView(session)
    qtbot.addWidget(v)
    v.resize(1100, 720)
    v.show()
    qtbot.waitExposed(v)
    v.activate()
    return v


def _type(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII on the keyboard, Chinese committed by the input method (QTest
    cannot send non-ASCII key clicks)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _people(session) -> dict[str, str]:
    return {p.name: p.id for p in organisation.list_people(session.ctx)}


def _depts(session) -> dict[str, str]:
    return {d.name: d.id for d in organisation.list_departments(session.ctx)}


def _row_of(view: AuditsView, number: str) -> int:
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, AuditsTableModel.NUMBER).data() == number:
            return row
    raise AssertionError(f"{number} not listed")


def _click_audit(qtbot, view: AuditsView, number: str, *, double: bool = False) -> None:
    table = view.ui.auditsTable
    rect = table.visualRect(view.proxy.index(_row_of(view, number), AuditsTableModel.TITLE))
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    if double:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _toggle(qtbot, widget: QListWidget, name: str) -> None:
    """Tick or untick the item that starts with `name`, with the keyboard."""
    matches = [
        widget.item(i) for i in range(widget.count()) if widget.item(i).text().startswith(name)
    ]
    assert matches, f"{name} not in the list"
    widget.setFocus()
    widget.setCurrentItem(matches[0])
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _checked_names(widget: QListWidget) -> set[str]:
    return {
        widget.item(i).text().split(" (")[0]
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    }


def _dialog(qtbot, session, audit_id=None) -> AuditDialog:
    d = AuditDialog(session, audit_id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _pick(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _fill_new(qtbot, d: AuditDialog, session, *, team="李明", dept="服务台") -> None:
    people = _people(session)
    _type(qtbot, d.ui.titleEdit, "2026年服务台与知识专项审核")
    _type(qtbot, d.ui.objectivesEdit, "验证服务台事件管理与知识闭环")
    qtbot.keyClick(d._process_checks["SD"], Qt.Key.Key_Space)
    qtbot.keyClick(d._process_checks["KM"], Qt.Key.Key_Space)
    _toggle(qtbot, d.ui.departmentList, dept)
    _pick(d.ui.leadCombo, people["王海燕"])
    _toggle(qtbot, d.ui.teamList, team)
    d.ui.startEdit.setDate(QDate(2026, 3, 9))
    d.ui.endEdit.setDate(QDate(2026, 3, 11))


def _save(qtbot, d: AuditDialog) -> None:
    qtbot.mouseClick(
        d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


# --- the page --------------------------------------------------------------------------------


def test_table_lists_the_demo_audits_with_status_and_progress(view, session):
    proxy = view.proxy
    assert proxy.rowCount() == 2
    rows = {
        proxy.index(r, AuditsTableModel.NUMBER).data(): [
            proxy.index(r, c).data() for c in range(proxy.columnCount())
        ]
        for r in range(proxy.rowCount())
    }
    assert set(rows) == {"IA-2025-01", "IA-2025-02"}
    assert rows["IA-2025-01"][AuditsTableModel.STATUS] == session.label(
        AUDIT_STATUS_LABELS, AuditStatus.CLOSED
    )
    assert rows["IA-2025-02"][AuditsTableModel.STATUS] == "已报告"
    assert rows["IA-2025-01"][AuditsTableModel.STATUS] == "已关闭"
    assert rows["IA-2025-02"][AuditsTableModel.PROGRESS] == "46/46"
    assert rows["IA-2025-01"][AuditsTableModel.PROGRESS] == "46/46"
    assert rows["IA-2025-02"][AuditsTableModel.NCS] == "9"
    assert rows["IA-2025-02"][AuditsTableModel.START] == "2025-11-17"
    assert rows["IA-2025-02"][AuditsTableModel.LEAD] == "王海燕"
    # Newest first, and the newest is selected.
    assert proxy.index(0, AuditsTableModel.NUMBER).data() == "IA-2025-02"
    assert view.selected_audit_id() == audits.get_audit(session.ctx, "IA-2025-02").id


def test_year_filter_and_text_filter(qtbot, view, session):
    audits.plan_audit(session.ctx, title="2026年度内审", planned_start=date(2026, 3, 2))
    session.changed.emit(AUDITS)
    qtbot.waitUntil(lambda: view.ui.yearCombo.count() == 3)
    combo = view.ui.yearCombo
    assert [combo.itemText(i) for i in range(1, 3)] == ["2026", "2025"]
    # The clock says 2025: that year is shown until the user picks another.
    assert combo.currentData() == 2025
    assert view.proxy.rowCount() == 2

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # 2025 → 2026
    assert combo.currentData() == 2026
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["IA-2026-01"]
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # → all years
    assert combo.currentData() is None
    assert view.proxy.rowCount() == 3

    _type(qtbot, view.ui.filterEdit, "专项")
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["IA-2025-01"]
    # The only audit left is the one whose plan is shown.
    assert view.selected_audit_id() == audits.get_audit(session.ctx, "IA-2025-01").id
    assert "IA-2025-01" in view.ui.headingLabel.text()
    view.ui.filterEdit.clear()
    assert view.proxy.rowCount() == 3


def test_selecting_an_audit_shows_its_plan_and_checklists(qtbot, view, session):
    _click_audit(qtbot, view, "IA-2025-01")
    a = audits.get_audit(session.ctx, "IA-2025-01")
    assert "IA-2025-01" in view.ui.headingLabel.text()
    assert view.ui.objectivesValue.text() == a.objectives
    assert view.ui.criteriaValue.text() == a.criteria
    assert "王海燕" in view.ui.teamValue.text()
    assert all(t.name in view.ui.teamValue.text() for t in a.team)
    assert "2025-06-16" in view.ui.datesValue.text()
    assert view.ui.warningLabel.isHidden()
    runs = checklists.list_runs(session.ctx, "IA-2025-01")
    model = view.runs_model
    assert model.rowCount() == len(runs) > 0
    shown = {
        (model.index(r, 0).data(ID_ROLE), model.index(r, RunsTableModel.DEPARTMENT).data())
        for r in range(model.rowCount())
    }
    assert shown == {(r.id, r.department) for r in runs}
    assert model.index(0, RunsTableModel.PROGRESS).data() == (f"{runs[0].answered}/{runs[0].total}")

    _click_audit(qtbot, view, "IA-2025-02")
    assert view.runs_model.rowCount() == len(checklists.list_runs(session.ctx, "IA-2025-02"))
    assert "孙玥" in view.ui.clientValue.text()


def test_details_show_independence_warnings(qtbot, session):
    # 赵磊 works in 研发部: an audit of 研发部 with him on the team breaks 9.2.2 c).
    people = _people(session)
    audits.plan_audit(
        session.ctx,
        title="研发部专项",
        scope_processes=["KM"],
        scope_departments=["研发部"],
        lead_auditor=people["王海燕"],
        team=[people["赵磊"]],
        planned_start=date(2025, 12, 1),
    )
    view = _view(qtbot, session)
    _click_audit(qtbot, view, "IA-2025-03")
    assert not view.ui.warningLabel.isHidden()
    assert "赵磊" in view.ui.warningLabel.text()


def test_double_click_or_enter_on_a_run_opens_it(qtbot, view, session):
    _click_audit(qtbot, view, "IA-2025-02")
    table = view.ui.runsTable
    run_id = view.runs_model.index(1, 0).data(ID_ROLE)
    assert run_id in {r.id for r in checklists.list_runs(session.ctx, "IA-2025-02")}
    rect = table.visualRect(view.runs_model.index(1, 0))
    with qtbot.waitSignal(view.open_run, timeout=1000) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [run_id]

    with qtbot.waitSignal(view.open_run, timeout=1000) as signal:
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [run_id]

    # Enter on an audit with several checklists moves on to choosing one.
    view.ui.auditsTable.setFocus()
    with qtbot.assertNotEmitted(view.open_run):
        qtbot.keyClick(view.ui.auditsTable, Qt.Key.Key_Return)
    assert table.hasFocus()


def test_enter_on_an_audit_with_one_checklist_opens_it(qtbot, org_session):
    a = audits.plan_audit(org_session.ctx, title="服务台专项", planned_start=date(2025, 7, 1))
    run = checklists.start_run(org_session.ctx, a.id, "SD", "服务台")
    view = _view(qtbot, org_session)
    view.ui.auditsTable.setFocus()
    with qtbot.waitSignal(view.open_run, timeout=1000) as signal:
        qtbot.keyClick(view.ui.auditsTable, Qt.Key.Key_Return)
    assert signal.args == [run.summary.id]


# --- the audit's life ------------------------------------------------------------------------


def _buttons(view: AuditsView) -> tuple[bool, bool, bool, bool]:
    ui = view.ui
    return (
        ui.editButton.isEnabled(),
        ui.startButton.isEnabled(),
        ui.reportButton.isEnabled(),
        ui.closeAuditButton.isEnabled(),
    )


def test_start_report_close_follow_the_status(qtbot, org_session, boxes):
    ctx = org_session.ctx
    a = audits.plan_audit(ctx, title="服务台专项", planned_start=date(2025, 7, 1))
    checklists.start_run(ctx, a.id, "SD", "服务台")
    view = _view(qtbot, org_session)
    assert _buttons(view) == (True, True, False, False)

    qtbot.mouseClick(view.ui.startButton, Qt.MouseButton.LeftButton)
    assert audits.get_audit(ctx, a.id).status == AuditStatus.IN_PROGRESS
    assert _buttons(view) == (True, False, True, False)

    # 16 items unanswered: the user is asked; "no" leaves the audit as it is.
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(view.ui.reportButton, Qt.MouseButton.LeftButton)
    assert [kind for kind, _t, _x in boxes.shown] == ["question"]
    assert "16" in boxes.shown[0][2]
    assert audits.get_audit(ctx, a.id).status == AuditStatus.IN_PROGRESS

    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(view.ui.reportButton, Qt.MouseButton.LeftButton)
    assert audits.get_audit(ctx, a.id).status == AuditStatus.REPORTED
    assert _buttons(view) == (True, False, False, True)

    qtbot.mouseClick(view.ui.closeAuditButton, Qt.MouseButton.LeftButton)
    assert audits.get_audit(ctx, a.id).status == AuditStatus.CLOSED
    assert _buttons(view) == (False, False, False, False)
    assert view.proxy.index(0, AuditsTableModel.STATUS).data() == "已关闭"
    assert all(kind == "question" for kind, _t, _x in boxes.shown)


def test_a_refusal_from_the_service_is_shown(qtbot, org_session, boxes):
    ctx = org_session.ctx
    a = audits.plan_audit(ctx, title="服务台专项", planned_start=date(2025, 7, 1))
    view = _view(qtbot, org_session)
    assert view.ui.startButton.isEnabled()
    # Someone else started it meanwhile (another laptop, the CLI): this page is stale.
    audits.start_audit(ctx, a.id)
    qtbot.mouseClick(view.ui.startButton, Qt.MouseButton.LeftButton)
    assert [kind for kind, _t, _x in boxes.shown] == ["warning"]
    assert "进行中" in boxes.shown[0][2]
    # The page caught up with the truth.
    assert _buttons(view) == (True, False, True, False)


def test_report_with_everything_answered_asks_nothing(qtbot, session, boxes):
    # Nothing is left unanswered (no checklists at all): no question, it is reported at once.
    a = audits.plan_audit(session.ctx, title="文件评审", planned_start=date(2025, 12, 1))
    audits.start_audit(session.ctx, a.id)
    view = _view(qtbot, session)
    _click_audit(qtbot, view, a.number)
    qtbot.mouseClick(view.ui.reportButton, Qt.MouseButton.LeftButton)
    assert boxes.shown == []
    assert audits.get_audit(session.ctx, a.id).status == AuditStatus.REPORTED


# --- the plan dialog -------------------------------------------------------------------------


def test_new_audit_from_the_page_plans_it_and_starts_its_checklists(qtbot, org_session):
    ctx = org_session.ctx
    view = _view(qtbot, org_session)
    assert view.proxy.rowCount() == 0
    qtbot.mouseClick(view.ui.newButton, Qt.MouseButton.LeftButton)
    d = view.dialog
    assert d is not None and d.isVisible()
    assert d.ui.numberLabel.text() == d.tr("assigned when saved")
    _fill_new(qtbot, d, org_session)
    assert d.warnings() == []
    # One row per process × department, all ticked, done by the lead unless chosen otherwise.
    assert d.ui.runsTable.rowCount() == 2
    assert [r.include.isChecked() for r in d._rows] == [True, True]
    assert {r.template.currentData() for r in d._rows} == {("SD", "1.0"), ("KM", "1.0")}

    fired = []
    org_session.changed.connect(fired.append)
    with qtbot.waitSignal(d.finished, timeout=2000):
        _save(qtbot, d)
    assert d.result() == QDialog.DialogCode.Accepted
    assert AUDITS in fired

    (summary,) = audits.list_audits(ctx)
    assert summary.number == "IA-2026-01"
    a = audits.get_audit(ctx, summary.id)
    assert a.title == "2026年服务台与知识专项审核"
    assert a.objectives == "验证服务台事件管理与知识闭环"
    assert a.scope_processes == ("SD", "KM")
    assert [x.name for x in a.scope_departments] == ["服务台"]
    assert a.lead_auditor.name == "王海燕"
    assert [t.name for t in a.team] == ["李明"]
    assert (a.planned_start, a.planned_end) == (date(2026, 3, 9), date(2026, 3, 11))
    assert a.opening_meeting_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2026-03-09 09:00"
    assert a.closing_meeting_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2026-03-11 17:00"
    runs = checklists.list_runs(ctx, a.id)
    assert sorted((r.template_code, r.department, r.auditor) for r in runs) == [
        ("KM", "服务台", "王海燕"),
        ("SD", "服务台", "王海燕"),
    ]
    # The page shows and selects what was just planned.
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert view.selected_audit_id() == a.id
    assert view.runs_model.rowCount() == 2
    assert view.dialog is None


def test_unticked_rows_start_no_checklist_and_an_auditor_can_be_chosen(qtbot, org_session):
    ctx = org_session.ctx
    d = _dialog(qtbot, org_session)
    _fill_new(qtbot, d, org_session)
    km = next(r for r in d._rows if r.process == "KM")
    sd = next(r for r in d._rows if r.process == "SD")
    qtbot.keyClick(km.include, Qt.Key.Key_Space)
    _pick(sd.auditor, _people(org_session)["李明"])
    _save(qtbot, d)
    (summary,) = audits.list_audits(ctx)
    runs = checklists.list_runs(ctx, summary.id)
    assert [(r.template_code, r.auditor) for r in runs] == [("SD", "李明")]


def test_independence_warning_is_live_and_asked_again_on_save(qtbot, org_session, boxes):
    d = _dialog(qtbot, org_session)
    _fill_new(qtbot, d, org_session)
    assert d.ui.warningLabel.isHidden()

    _toggle(qtbot, d.ui.departmentList, "研发部")
    assert d.ui.warningLabel.isHidden()  # nobody on the team is from 研发部 yet
    _toggle(qtbot, d.ui.teamList, "赵磊")
    assert not d.ui.warningLabel.isHidden()
    assert "赵磊" in d.ui.warningLabel.text()
    assert "研发部" in d.ui.warningLabel.text()
    assert d.warnings() == [
        org_session.text(w)
        for w in audits.check_independence(org_session.ctx, ["赵磊"], ["研发部"])
    ]

    _toggle(qtbot, d.ui.teamList, "赵磊")
    assert d.ui.warningLabel.isHidden()
    assert d.warnings() == []
    _toggle(qtbot, d.ui.teamList, "赵磊")
    assert not d.ui.warningLabel.isHidden()

    # Saving asks once more; "no" keeps the dialog open and writes nothing.
    boxes.answer = QMessageBox.StandardButton.No
    _save(qtbot, d)
    assert [kind for kind, _t, _x in boxes.shown] == ["question"]
    assert "赵磊" in boxes.shown[0][2]
    assert audits.list_audits(org_session.ctx) == []
    assert d.isVisible()

    boxes.answer = QMessageBox.StandardButton.Yes
    _save(qtbot, d)
    (summary,) = audits.list_audits(org_session.ctx)
    assert audits.get_audit(org_session.ctx, summary.id).warnings  # kept, visibly


def test_end_before_start_is_refused(qtbot, org_session):
    d = _dialog(qtbot, org_session)
    _fill_new(qtbot, d, org_session)
    d.ui.endEdit.setDate(QDate(2026, 3, 1))  # before the start on 9 March
    message = d.tr("The planned end is before the planned start.")
    assert not d.ui.errorLabel.isHidden()
    assert message in d.ui.errorLabel.text()
    _save(qtbot, d)
    assert audits.list_audits(org_session.ctx) == []
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.ui.tabs.currentIndex() == 1
    d.ui.endEdit.setDate(QDate(2026, 3, 12))
    assert message not in d.ui.errorLabel.text()


def test_moving_the_start_moves_the_end_and_the_meetings(qtbot, org_session):
    d = _dialog(qtbot, org_session)
    d.ui.startEdit.setDate(QDate(2026, 3, 9))
    d.ui.endEdit.setDate(QDate(2026, 3, 11))
    d.ui.startEdit.setDate(QDate(2026, 4, 6))
    assert d.ui.endEdit.date() == QDate(2026, 4, 8)
    assert d.ui.openingEdit.date() == QDate(2026, 4, 6)
    assert d.ui.closingEdit.date() == QDate(2026, 4, 8)


def test_missing_title_process_and_department_are_shown_before_any_service_call(
    qtbot, org_session, monkeypatch, boxes
):
    calls = []
    monkeypatch.setattr(audits, "plan_audit", lambda *a, **k: calls.append(a))
    d = _dialog(qtbot, org_session)
    _save(qtbot, d)
    text = d.ui.errorLabel.text()
    assert not d.ui.errorLabel.isHidden()
    assert d.tr("Enter a title for the audit.") in text
    assert d.tr("Tick at least one process to audit.") in text
    assert d.tr("Tick at least one department to audit.") in text
    assert calls == [] and boxes.shown == []
    assert d.ui.tabs.currentIndex() == 0
    assert d.focusWidget() is d.ui.titleEdit
    # Fixing the form clears the messages as the user goes.
    _type(qtbot, d.ui.titleEdit, "审核")
    assert d.tr("Enter a title for the audit.") not in d.ui.errorLabel.text()
    assert d.tr("Tick at least one process to audit.") in d.ui.errorLabel.text()


def test_edit_round_trips_the_plan(qtbot, session):
    ctx = session.ctx
    before = audits.get_audit(ctx, "IA-2025-02")
    d = _dialog(qtbot, session, before.id)
    ui = d.ui
    assert ui.numberLabel.text() == "IA-2025-02"
    assert ui.titleEdit.text() == before.title
    assert ui.objectivesEdit.toPlainText() == before.objectives
    assert ui.criteriaEdit.toPlainText() == before.criteria
    assert ui.clientEdit.text() == before.client
    assert ui.conclusionEdit.toPlainText() == before.conclusion
    assert ui.leadCombo.currentData() == before.lead_auditor.id
    assert set(d.processes()) == set(before.scope_processes)
    assert _checked_names(ui.departmentList) == {x.name for x in before.scope_departments}
    assert _checked_names(ui.teamList) == {t.name for t in before.team}
    assert ui.startEdit.date() == QDate(2025, 11, 17)
    # The started checklists are listed and cannot be taken away here.
    assert [r.existing is not None for r in d._rows] == [True] * 3
    assert not d._process_checks["SD"].isEnabled()

    ui.objectivesEdit.selectAll()
    _type(qtbot, ui.objectivesEdit, "复核6月不符合项的整改效果")
    with qtbot.waitSignal(session.changed, timeout=1000):
        _save(qtbot, d)
    assert d.result() == QDialog.DialogCode.Accepted
    after = audits.get_audit(ctx, before.id)
    assert after.objectives == "复核6月不符合项的整改效果"
    assert after == dataclasses.replace(before, objectives="复核6月不符合项的整改效果")
    assert len(checklists.list_runs(ctx, before.id)) == 3


def test_edit_can_add_a_checklist_to_an_audit_in_progress(qtbot, org_session):
    ctx = org_session.ctx
    a = audits.plan_audit(
        ctx,
        title="服务台专项",
        scope_processes=["SD"],
        scope_departments=["服务台"],
        lead_auditor="王海燕",
        planned_start=date(2025, 7, 1),
    )
    checklists.start_run(ctx, a.id, "SD", "服务台")
    audits.start_audit(ctx, a.id)
    d = _dialog(qtbot, org_session, a.id)
    assert len(d._rows) == 1 and d._rows[0].existing
    qtbot.keyClick(d._process_checks["KM"], Qt.Key.Key_Space)
    assert [r.process for r in d._rows if r.existing is None] == ["KM"]
    _save(qtbot, d)
    runs = checklists.list_runs(ctx, a.id)
    assert sorted(r.template_code for r in runs) == ["KM", "SD"]


def test_double_click_on_an_audit_opens_it_for_editing(qtbot, view, session):
    _click_audit(qtbot, view, "IA-2025-02", double=True)
    assert view.dialog is not None
    assert view.dialog.audit_id == audits.get_audit(session.ctx, "IA-2025-02").id
    view.dialog.reject()
    assert view.dialog is None


def test_closed_audits_are_not_edited(qtbot, view, boxes):
    _click_audit(qtbot, view, "IA-2025-01")
    assert not view.ui.editButton.isEnabled()
    view.edit_audit()
    assert view.dialog is None
    assert [kind for kind, _t, _x in boxes.shown] == ["information"]


def test_shortcuts(qtbot, view):
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    _click_audit(qtbot, view, "IA-2025-02")
    qtbot.keyClick(view.ui.auditsTable, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert view.dialog is not None and view.dialog.audit_id is not None
    view.dialog.reject()
    qtbot.keyClick(
        view.ui.auditsTable,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert view.dialog is not None and view.dialog.audit_id is None
    view.dialog.reject()


# --- models ----------------------------------------------------------------------------------


def test_audits_model_passes_the_model_tester(qtmodeltester, session):
    model = AuditsTableModel(session)
    model.refresh(None)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_runs_model_passes_the_model_tester(qtmodeltester, session):
    model = RunsTableModel(session)
    model.load(audits.get_audit(session.ctx, "IA-2025-02").id)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.load(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_switching_language_relabels_statuses(qtbot, view, session):
    assert view.proxy.index(0, AuditsTableModel.STATUS).data() == "已报告"
    session.set_language("en")
    assert view.proxy.index(0, AuditsTableModel.STATUS).data() == "Reported"
    assert "Reported" in view.ui.headingLabel.text()
    assert "Service-desk incident management" in view.ui.processesValue.text()
