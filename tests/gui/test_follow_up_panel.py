"""Follow-up items in the checklist runner: earlier open NCs checked again, their status untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qa_desktop.gui.views.checklist_runner import ChecklistRunner
from qa_desktop.services import audits, checklists, follow_ups
from qa_desktop.services import nonconformities as ncs


@pytest.fixture
def runner(qtbot, session) -> ChecklistRunner:
    w = ChecklistRunner(session)
    qtbot.addWidget(w)
    w.resize(1180, 760)
    w.show()
    return w


@pytest.fixture
def desk_run(session) -> tuple[str, str]:
    """A new audit of 服务台 (SD + KM): the demo's open KM observation there is carried over."""
    audit = audits.plan_audit(
        session.ctx,
        title="跟踪审核(测试)",
        lead_auditor="王海燕",
        scope_processes=["SD", "KM"],
        scope_departments=["服务台"],
    )
    return audit.number, checklists.start_run(session.ctx, audit.number, "SD", "服务台").summary.id


def test_the_runner_lists_the_departments_follow_ups(runner, session, desk_run):
    _number, run_id = desk_run
    expected = [f.nc_number for f in follow_ups.follow_ups_for_run(session.ctx, run_id)]
    assert expected == ["NC-2025-004"]  # the demo's KM observation at 服务台, still tracking
    runner.load(run_id)
    panel = runner.follow_ups
    assert panel.isVisible()
    assert [
        panel.ui.followUpList.item(i).text().split(" · ")[0][2:]
        for i in range(panel.ui.followUpList.count())
    ] == expected
    assert "NC-2025-004" in panel.ui.factsLabel.text()


def test_a_follow_up_result_is_saved_and_the_nc_keeps_its_status(qtbot, runner, session, desk_run):
    number, run_id = desk_run
    runner.load(run_id)
    panel = runner.follow_ups
    qtbot.mouseClick(panel.ui.notEffectiveButton, Qt.MouseButton.LeftButton)
    saved = follow_ups.list_follow_ups(session.ctx, number)[0]
    assert saved.result == "NC" and saved.answered_by == session.ctx.actor
    assert ncs.get_nc(session.ctx, "NC-2025-004").status == "tracking"
    panel.ui.notesEdit.setFocus()
    panel.ui.notesEdit.setText("FAQ 仍未评审")
    runner.flush()
    assert follow_ups.list_follow_ups(session.ctx, number)[0].notes == "FAQ 仍未评审"
    # A second click on the chosen result clears it.
    qtbot.mouseClick(panel.ui.notEffectiveButton, Qt.MouseButton.LeftButton)
    assert follow_ups.list_follow_ups(session.ctx, number)[0].result == "unanswered"


def test_opening_the_nc_from_a_follow_up(qtbot, runner, desk_run):
    _number, run_id = desk_run
    runner.load(run_id)
    with qtbot.waitSignal(runner.open_nc) as sig:
        qtbot.mouseClick(runner.follow_ups.ui.openNcButton, Qt.MouseButton.LeftButton)
    assert sig.args == ["NC-2025-004"]


def test_follow_ups_are_read_only_once_the_audit_is_reported(runner, session, desk_run):
    number, run_id = desk_run
    audits.start_audit(session.ctx, number)
    audits.report_audit(session.ctx, number, force=True)
    runner.load(run_id)
    panel = runner.follow_ups
    assert not panel.ui.effectiveButton.isEnabled() and panel.ui.notesEdit.isReadOnly()


def test_no_panel_without_follow_ups(runner, session):
    audit = audits.plan_audit(session.ctx, title="无跟踪项", lead_auditor="王海燕")
    run_id = checklists.start_run(session.ctx, audit.number, "SP", "研发部").summary.id
    runner.load(run_id)
    assert not runner.follow_ups.isVisible()
