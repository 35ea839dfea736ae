"""Raising a nonconformity from a checklist item: prefilled from the answer, saved, shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from qa_desktop.domain.enums import Grade, NcStatus, NcType
from qa_desktop.gui.dialogs.raise_nc import RaiseNcDialog
from qa_desktop.gui.models.run_items_model import NcNumbersRole
from qa_desktop.gui.session import NCS
from qa_desktop.gui.views.checklist_runner import ChecklistRunner
from qa_desktop.services import audits, checklists, nonconformities

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2025, 11, 20)  # the gui_clock's day


@pytest.fixture
def run_id(session) -> str:
    audit = audits.plan_audit(session.ctx, title="现场审核(测试)", lead_auditor="王海燕")
    run = checklists.start_run(session.ctx, audit.number, "SD", "服务台")
    by_id = {it.item.id: it.response.id for it in run.items}
    checklists.record_response(
        session.ctx,
        by_id["SD-04"],
        result="NC",
        notes="3 张工单未关联 CI",
        nonconforming_count=3,
        sampled_refs=["INC-017", "INC-022"],
    )
    checklists.record_response(
        session.ctx, by_id["SD-11"], result="OBS", notes="TOP5 重复事件仅 3 个建问题单"
    )
    return run.summary.id


@pytest.fixture
def runner(qtbot, session, run_id) -> ChecklistRunner:
    w = ChecklistRunner(session)
    qtbot.addWidget(w)
    w.resize(1180, 760)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.load(run_id)
    return w


class Script:
    """What the patched dialog does instead of a modal loop."""

    def __init__(self) -> None:
        self.edit = lambda dialog: None
        self.press_ok = True
        self.seen: list[RaiseNcDialog] = []


@pytest.fixture
def dialogs(monkeypatch):
    """Record the dialog, let the test edit it, then press OK (or cancel)."""
    script = Script()

    def fake_exec(self):
        script.seen.append(self)
        script.edit(self)
        if script.press_ok:
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        if not self.result():
            self.reject()
        return self.result()

    monkeypatch.setattr(RaiseNcDialog, "exec", fake_exec)
    return script


def go_to(w: ChecklistRunner, item_id: str) -> None:
    w._select_row(w.model.row_of_item(item_id))
    w.ui.itemList.setFocus()


def test_ctrl_n_prefills_and_raises_an_issued_nc(qtbot, runner, session, dialogs):
    go_to(runner, "SD-04")
    prefilled = {}

    def look(dialog: RaiseNcDialog) -> None:
        ui = dialog.ui
        prefilled.update(
            grade=ui.gradeCombo.currentData(),
            clause=ui.clauseEdit.text(),
            facts=ui.factsEdit.toPlainText(),
            due=ui.dueDateEdit.date(),
            issue=ui.issueCheck.isChecked(),
            source=ui.sourceLabel.text(),
        )
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(NcType.IMPLEMENTATION.value))
        ui.internalClauseEdit.setText("QP-SD-01 §5.2")

    dialogs.edit = look
    with qtbot.waitSignal(session.changed, check_params_cb=lambda kind: kind == NCS, timeout=1000):
        qtbot.keyClick(runner.ui.itemList, Qt.Key.Key_N, CTRL)
    assert len(dialogs.seen) == 1
    assert prefilled["grade"] == Grade.MINOR.value
    assert "8.6.1" in prefilled["clause"]
    assert "3 张工单未关联 CI" in prefilled["facts"]
    assert "INC-017" in prefilled["facts"] and "25" in prefilled["facts"]
    assert prefilled["issue"] is True
    assert prefilled["due"] == QDate(TODAY + timedelta(days=30))
    assert "SD-04" in prefilled["source"] and "服务台" in prefilled["source"]

    number = dialogs.seen[0].nc.number
    nc = nonconformities.get_nc(session.ctx, number)
    assert nc.source_item == "SD-04"
    assert nc.department == "服务台"
    assert (
        nc.audit_number
        == checklists.get_run(session.ctx, runner.state.run.summary.id).summary.audit_number
    )
    assert nc.status == NcStatus.ISSUED.value
    assert nc.grade == Grade.MINOR.value
    assert nc.nc_type == NcType.IMPLEMENTATION.value
    assert nc.internal_clause == "QP-SD-01 §5.2"
    assert nc.due_date == TODAY + timedelta(days=30)
    assert nc.auditor == "王海燕"
    # The runner shows it without reloading the run.
    row = runner.model.row_of_item("SD-04")
    assert runner.model.index(row).data(NcNumbersRole) == [number]
    assert [runner.ui.ncList.item(i).text() for i in range(runner.ui.ncList.count())] == [number]
    assert runner.ui.ncCountLabel.text().endswith("1")


def test_observation_item_suggests_an_observation_without_deadline(qtbot, runner, session, dialogs):
    go_to(runner, "SD-11")
    grades = []

    def look(dialog: RaiseNcDialog) -> None:
        grades.append(dialog.ui.gradeCombo.currentData())
        assert dialog.ui.noDueCheck.isChecked() and not dialog.ui.dueDateEdit.isEnabled()
        dialog.ui.issueCheck.setChecked(False)  # keep it a draft

    dialogs.edit = look
    qtbot.mouseClick(runner.ui.raiseNcButton, Qt.MouseButton.LeftButton)
    assert grades == [Grade.OBSERVATION.value]
    nc = nonconformities.get_nc(session.ctx, dialogs.seen[0].nc.number)
    assert nc.grade == Grade.OBSERVATION.value
    assert nc.due_date is None
    assert nc.status == NcStatus.DRAFT.value


def test_grade_change_moves_the_default_deadline(qtbot, session, run_id):
    rid = checklists.response_id_for_item(session.ctx, run_id, "SD-11")
    dialog = RaiseNcDialog(session, nonconformities.draft_from_response(session.ctx, rid))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.due_date() is None
    ui.gradeCombo.setCurrentIndex(ui.gradeCombo.findData(Grade.MAJOR.value))
    assert not ui.noDueCheck.isEnabled()  # major and minor always have a deadline
    assert dialog.due_date() == TODAY + timedelta(days=30)
    ui.gradeCombo.setCurrentIndex(ui.gradeCombo.findData(Grade.OBSERVATION.value))
    assert dialog.due_date() is None


def test_facts_are_required(qtbot, runner, session, dialogs):
    go_to(runner, "SD-01")  # unanswered: nothing to prefill the facts from
    states = []

    def clear(dialog: RaiseNcDialog) -> None:
        dialog.ui.factsEdit.setPlainText("   ")
        states.append(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        states.append(dialog.ui.problemLabel.text())
        dialog.accept()  # even forced, nothing is saved

    dialogs.edit = clear
    dialogs.press_ok = False
    qtbot.keyClick(runner.ui.itemList, Qt.Key.Key_N, CTRL)
    assert states[0] is False and states[1]
    assert dialogs.seen[0].nc is None
    assert runner.model.index(0).data(NcNumbersRole) == []


def test_cancel_raises_nothing(qtbot, runner, session, dialogs):
    go_to(runner, "SD-04")
    dialogs.press_ok = False
    qtbot.keyClick(runner.ui.itemList, Qt.Key.Key_N, CTRL)
    assert dialogs.seen and dialogs.seen[0].nc is None
    row = runner.model.row_of_item("SD-04")
    assert runner.model.index(row).data(NcNumbersRole) == []
    fresh = checklists.get_run(session.ctx, runner.state.run.summary.id)
    assert fresh.items[row].nc_numbers == ()


def test_notes_typed_just_before_ctrl_n_reach_the_draft(qtbot, runner, session, dialogs):
    go_to(runner, "SD-02")
    runner.ui.notesEdit.setFocus()
    qtbot.keyClicks(runner.ui.notesEdit, "matrix lacks P4")
    facts = []
    dialogs.edit = lambda d: facts.append(d.ui.factsEdit.toPlainText())
    qtbot.keyClick(runner.ui.notesEdit, Qt.Key.Key_N, CTRL)  # no pause: flushed first
    assert facts == ["matrix lacks P4"]


def test_raise_nc_disabled_on_a_reported_audit(qtbot, session, dialogs):
    w = ChecklistRunner(session)
    qtbot.addWidget(w)
    w.load(checklists.find_run(session.ctx, "IA-2025-02", "SP", "备件库"))
    assert not w.ui.raiseNcButton.isEnabled()
    w.raise_nc()
    assert dialogs.seen == []
