"""The NC form: the state machine's guards as the user meets them, verification independence,
the 5-why editor, action evidence, recurrences and the history — each checked against the
services, not only the widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.enums import NcStatus
from qa_desktop.gui.dialogs.recurrence_dialog import RecurrenceDialog
from qa_desktop.gui.dialogs.transition_dialog import TransitionDialog
from qa_desktop.gui.views.nc_view import NonconformitiesView
from qa_desktop.gui.views.nc_workflow_bar import INPUT_BLOCKERS
from qa_desktop.services import attachments, organisation
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Invalid
from tests.gui.conftest import tr
from tests.gui.test_nc_view import _buttons, _drive_dialog, _enabled

DEMO_NUMBERS = [f"NC-2025-{n:03d}" for n in range(1, 17)]


@pytest.fixture
def view(qtbot, session):
    v = NonconformitiesView(session)
    qtbot.addWidget(v)
    v.resize(1180, 760)
    v.show()
    v.activate()
    return v


def _ok(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def _independent_person(session, nc) -> str:
    owners = {a.owner_id for a in nc.actions}
    return next(p.id for p in organisation.list_people(session.ctx) if p.id not in owners)


# --- the workflow buttons are the state machine ------------------------------------------------


@pytest.mark.parametrize("number", DEMO_NUMBERS)
def test_buttons_are_the_transitions_from_the_current_state(view, session, number):
    view.show_nc(number)
    nc = ncs.get_nc(session.ctx, number)
    status = NcStatus(nc.status)
    expected = {t.value for t, (sources, _to) in wf.TRANSITIONS.items() if status in sources}
    shown = _buttons(view)
    assert set(shown) == expected
    assert _enabled(view) == set(nc.allowed)
    for t, button in shown.items():
        if button.isEnabled():
            continue
        # Disabled: the tooltip gives the record's reasons…
        reasons = [b.zh for b in nc.blockers[t] if b.code not in INPUT_BLOCKERS]
        assert reasons and all(r in button.toolTip() for r in reasons), (t, button.toolTip())
        # …and the service refuses the same step, even with every input supplied.
        with pytest.raises(Invalid):
            ncs.transition(
                session.ctx,
                number,
                t,
                reason="测试理由",
                acknowledged_by="周婷",
                verifier=_independent_person(session, nc),
                method="复核抽样",
            )
        assert ncs.get_nc(session.ctx, number).status == nc.status


def test_plan_submitted_offers_approve_and_reject(view):
    view.show_nc("NC-2025-010")
    assert set(_buttons(view)) == _enabled(view) == {"approve_plan", "reject_plan"}
    # The step forward on the main path comes first and stands out.
    first = view.detail.ui.transitionButtons.itemAt(0).widget()
    assert first.property("transition") == "approve_plan" and first.font().bold()


def test_request_verification_is_disabled_and_names_the_open_actions(view, session):
    view.show_nc("NC-2025-002")
    nc = ncs.get_nc(session.ctx, "NC-2025-002")
    button = _buttons(view)["request_verification"]
    assert not button.isEnabled()
    tip = button.toolTip()
    assert "还有1项纠正措施未完成" in tip
    open_action = next(a for a in nc.actions if a.status == "open")
    assert open_action.description in tip and open_action.owner in tip
    assert all(a.description not in tip for a in nc.actions if a.status == "done")
    with pytest.raises(Invalid, match="纠正措施未完成"):
        ncs.transition(session.ctx, "NC-2025-002", "request_verification")


def test_completing_the_last_action_enables_request_verification(qtbot, view, session):
    view.show_nc("NC-2025-002")
    panel = view.detail.actions
    open_action = next(
        a for a in ncs.get_nc(session.ctx, "NC-2025-002").actions if a.status == "open"
    )
    panel.select_action(open_action.seq)
    qtbot.mouseClick(panel.ui.doneButton, Qt.MouseButton.LeftButton)
    assert "request_verification" in _enabled(view)
    assert not view.detail.ui.blockersLabel.isVisibleTo(view.detail)


# --- verification ------------------------------------------------------------------------------


def test_verifier_combo_does_not_offer_action_owners(qtbot, view, session, boxes):
    view.show_nc("NC-2025-008")
    nc = ncs.get_nc(session.ctx, "NC-2025-008")
    owner = nc.actions[0]

    def act(dialog: TransitionDialog):
        combo = dialog.ui.verifierCombo
        index = combo.findData(owner.owner_id)
        item = combo.model().item(index)
        assert index >= 0 and not item.isEnabled()  # shown, but cannot be picked
        assert str(owner.seq) in item.toolTip()
        assert owner.owner_id not in dialog.selectable_verifiers()
        assert combo.currentData() != owner.owner_id
        # Forced all the same (as a script could): the service refuses, the dialog stays.
        combo.setCurrentIndex(index)
        dialog.ui.methodCombo.setEditText("复核抽样")
        dialog.accept()

    seen = _drive_dialog(qtbot, act)
    _buttons(view)["verify_effective"].click()
    assert seen["still_open"] is True
    assert any("验证人不能是纠正措施的责任人" in t for t in boxes.texts())
    after = ncs.get_nc(session.ctx, "NC-2025-008")
    assert after.status == "pending_verification" and after.verifier_id is None
    with pytest.raises(Invalid, match="验证人不能是纠正措施的责任人"):
        ncs.transition(
            session.ctx, "NC-2025-008", "verify_effective", verifier=owner.owner, method="复核"
        )


def test_not_effective_reopens_and_counts(qtbot, view, session):
    view.show_nc("NC-2025-008")
    assert ncs.get_nc(session.ctx, "NC-2025-008").reopen_count == 0

    def act(dialog: TransitionDialog):
        assert not dialog.ui.reasonEdit.isVisibleTo(dialog)
        assert dialog.ui.verifierCombo.currentText() == "王海燕"
        dialog.ui.notesEdit.setPlainText("复查仍有3张出库单无工单号")
        _ok(dialog)

    _drive_dialog(qtbot, act)
    _buttons(view)["verify_not_effective"].click()
    nc = ncs.get_nc(session.ctx, "NC-2025-008")
    assert nc.status == "reopened" and nc.reopen_count == 1
    assert nc.verification_result == "not_effective"
    panel = view.detail.verification
    assert panel.ui.reopenValue.text().startswith("1")
    assert panel.ui.notesValue.text() == "复查仍有3张出库单无工单号"
    assert view.detail.ui.statusChip.text() == "重新打开"
    assert view.model.row_at(view.model.row_of("NC-2025-008")).reopen_count == 1
    assert set(_buttons(view)) == {"submit_plan"}  # another round of corrective action


# --- editing the record -------------------------------------------------------------------------


def test_why_editor_keyboard_add_reorder_remove_saved(qtbot, view, session):
    view.show_nc("NC-2025-011")
    d = view.detail
    d.ui.tabs.setCurrentWidget(d.ui.causeTab)
    whys = d.cause.whys
    assert whys.steps() == [] and len(whys.edits()) == 1
    qtbot.keyClicks(whys.edits()[0], "first")
    qtbot.keyClick(whys.edits()[0], Qt.Key.Key_Return)  # a new step after this one
    assert len(whys.edits()) == 2
    qtbot.keyClicks(whys.edits()[1], "second")
    qtbot.keyClick(whys.edits()[1], Qt.Key.Key_Return)
    qtbot.keyClicks(whys.edits()[2], "third")
    assert whys.steps() == ["first", "second", "third"]
    qtbot.keyClick(whys.edits()[2], Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert whys.steps() == ["first", "third", "second"]
    qtbot.keyClick(whys.edits()[0], Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert whys.steps() == ["third", "first", "second"]
    qtbot.keyClick(whys.edits()[1], Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert whys.steps() == ["third", "second"]
    qtbot.mouseClick(whys.add_button, Qt.MouseButton.LeftButton)
    assert len(whys.edits()) == 3
    qtbot.keyClick(whys.edits()[2], Qt.Key.Key_Backspace)  # empty: the step goes
    assert len(whys.edits()) == 2
    assert d.has_unsaved_edits() and d.ui.saveButton.isEnabled()
    assert d.ui.tabs.tabText(d.ui.tabs.indexOf(d.ui.causeTab)).endswith("*")
    qtbot.keyClick(whys.edits()[0], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ncs.get_nc(session.ctx, "NC-2025-011").why_steps == ("third", "second")
    assert not d.has_unsaved_edits()
    assert d.ui.saveStateLabel.text() == tr("NcDetail", "All changes saved")


def test_record_fields_save_through_the_service(qtbot, view, session):
    view.show_nc("NC-2025-011")
    r = view.detail.record.ui
    r.gradeCombo.setCurrentIndex(r.gradeCombo.findData("minor"))
    r.typeCombo.setCurrentIndex(r.typeCombo.findData("implementation"))
    r.internalClauseEdit.setText("《知识管理制度》4.2")
    r.representativeEdit.setText("孙浩")
    r.dueEdit.setDate(r.dueEdit.date().addDays(10))
    assert view.detail.ui.saveStateLabel.text() == tr("NcDetail", "Unsaved changes — Ctrl+S saves")
    qtbot.mouseClick(view.detail.ui.saveButton, Qt.MouseButton.LeftButton)
    nc = ncs.get_nc(session.ctx, "NC-2025-011")
    assert (nc.grade, nc.nc_type, nc.internal_clause, nc.auditee_representative) == (
        "minor",
        "implementation",
        "《知识管理制度》4.2",
        "孙浩",
    )
    assert nc.due_date.isoformat() == r.dueEdit.date().toString("yyyy-MM-dd")
    assert view.model.row_at(view.model.row_of("NC-2025-011")).grade == "minor"


def test_observation_may_go_without_a_due_date(view, session):
    view.show_nc("NC-2025-013")
    r = view.detail.record.ui
    assert r.noDueCheck.isChecked() and not r.dueEdit.isEnabled()
    view.show_nc("NC-2025-011")  # a major NC: no such choice
    assert not r.noDueCheck.isEnabled()


def test_revert_restores_the_stored_record(view, session):
    view.show_nc("NC-2025-011")
    view.detail.record.ui.clauseEdit.setText("改错了")
    assert view.detail.has_unsaved_edits()
    view.detail.ui.revertButton.click()
    assert not view.detail.has_unsaved_edits()
    assert view.detail.record.ui.clauseEdit.text() == ncs.get_nc(session.ctx, "NC-2025-011").clause


# --- evidence -----------------------------------------------------------------------------------


def test_action_evidence_attach_list_and_remove(qtbot, view, session, file_dialogs, tmp_path):
    proof = tmp_path / "盘点表-2025-11.pdf"
    proof.write_bytes(b"%PDF-1.4 inventory count sheet")
    view.show_nc("NC-2025-007")
    d = view.detail
    d.ui.tabs.setCurrentWidget(d.ui.actionsTab)
    action = ncs.get_nc(session.ctx, "NC-2025-007").actions[1]
    d.actions.select_action(action.seq)
    evidence = d.actions.evidence
    file_dialogs.open_paths = [str(proof)]
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    stored = attachments.list_attachments(session.ctx, action_id=action.id)
    assert [a.original_name for a in stored] == [proof.name]
    assert evidence.names() == [proof.name]
    row = [a.seq for a in d.nc.actions].index(action.seq)
    cell = d.actions.ui.actionsTable.item(row, 6).text()
    assert cell == tr("NcActionsPanel", "{count} file(s)").format(count=1)
    # The other action has its own, empty list.
    d.actions.select_action(d.nc.actions[0].seq)
    assert evidence.names() == []
    # The history tells who attached what (an action's evidence is part of the NC's story).
    attached = [r for r in d.history.model.rows() if r.after == proof.name]
    assert [(r.actor, r.field) for r in attached] == [("王海燕", tr("NcHistoryPanel", "Attached"))]
    d.actions.select_action(action.seq)
    evidence.files.setCurrentRow(0)
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert attachments.list_attachments(session.ctx, action_id=action.id) == []
    assert evidence.names() == []


def test_nc_evidence_and_actual_completion(qtbot, view, session, file_dialogs, tmp_path):
    photo = tmp_path / "复查照片.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    view.show_nc("NC-2025-008")
    panel = view.detail.verification
    file_dialogs.open_paths = [str(photo)]
    qtbot.mouseClick(panel.evidence.add_button, Qt.MouseButton.LeftButton)
    assert [
        a.original_name for a in attachments.list_attachments(session.ctx, nc="NC-2025-008")
    ] == [photo.name]
    nc = ncs.get_nc(session.ctx, "NC-2025-008")
    last = max(a.completed_at for a in nc.actions if a.completed_at)
    assert panel.ui.completionValue.text() == last.astimezone().strftime("%Y-%m-%d %H:%M")


def test_closed_nc_keeps_its_evidence_unchanged(view):
    view.show_nc("NC-2025-001")
    assert not view.detail.verification.evidence.add_button.isEnabled()
    assert not view.detail.actions.evidence.add_button.isEnabled()


# --- links: recurrence and repeat ---------------------------------------------------------------


def test_recurrence_dialog_raises_an_escalated_follow_up(qtbot, view, session):
    view.show_nc("NC-2025-007")
    assert not view.detail.ui.recurrenceButton.isVisibleTo(view.detail)  # still being worked
    view.show_nc("NC-2025-001")  # closed, minor
    assert view.detail.ui.recurrenceButton.isVisibleTo(view.detail)

    def act(dialog: RecurrenceDialog):
        assert isinstance(dialog, RecurrenceDialog)
        ui = dialog.ui
        assert ui.gradeCombo.currentData() == "major"  # one grade up, with the reason
        assert "NC-2025-001" in ui.suggestionLabel.text()
        assert ui.processCombo.currentData() == "SD"
        assert ui.clauseEdit.text() == ncs.get_nc(session.ctx, "NC-2025-001").clause
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # the facts of this time are still missing
        ui.factsEdit.setPlainText("11月抽查P2事件20张,2张夜班超时未升级。")
        _ok(dialog)

    seen = _drive_dialog(qtbot, act)
    qtbot.mouseClick(view.detail.ui.recurrenceButton, Qt.MouseButton.LeftButton)
    assert seen["still_open"] is False
    children = ncs.children(session.ctx, "NC-2025-001")
    new = [c for c in children if c.number != "NC-2025-015"]
    assert len(new) == 1
    child = ncs.get_nc(session.ctx, new[0].number)
    assert child.parent_number == "NC-2025-001" and child.grade == "major"
    assert child.status == "issued"
    # The form moved to the follow-up, which links back to its parent…
    assert view.detail.number == child.number
    assert "NC-2025-001" in view.detail.record.ui.parentValue.text()
    view.detail.record.ui.parentValue.linkActivated.emit("NC-2025-001")
    # …and the parent lists its follow-ups.
    assert view.detail.number == "NC-2025-001"
    assert child.number in view.detail.record.ui.childrenValue.text()


def test_grade_can_be_changed_from_the_suggestion(qtbot, view, session):
    view.show_nc("NC-2025-006")  # verified, minor
    draft = ncs.recurrence_draft(session.ctx, "NC-2025-006")
    dialog = view.detail.make_recurrence_dialog(draft)
    qtbot.addWidget(dialog)
    dialog.ui.gradeCombo.setCurrentIndex(dialog.ui.gradeCombo.findData("minor"))
    dialog.ui.factsEdit.setPlainText("再次发现FAQ条目过期。")
    dialog.ui.issueCheck.setChecked(False)
    dialog.accept()
    assert dialog.nc is not None
    nc = ncs.get_nc(session.ctx, dialog.nc.number)
    assert (nc.grade, nc.status, nc.parent_number) == ("minor", "draft", "NC-2025-006")


def test_repeat_flag_links_to_the_earlier_nc(view):
    view.show_nc("NC-2025-014")
    flag = view.detail.ui.repeatFlag
    assert flag.isVisibleTo(view.detail) and "NC-2025-006" in flag.text()
    flag.linkActivated.emit("NC-2025-006")
    assert view.detail.number == "NC-2025-006"
    assert not view.detail.ui.repeatFlag.isVisibleTo(view.detail)


# --- history ------------------------------------------------------------------------------------


def test_history_shows_the_acknowledgement_with_actor_and_change(qtbot, view, session):
    view.show_nc("NC-2025-013")

    def act(dialog: TransitionDialog):
        dialog.ui.acknowledgedEdit.setText("周婷")
        _ok(dialog)

    _drive_dialog(qtbot, act)
    _buttons(view)["acknowledge"].click()
    d = view.detail
    d.ui.tabs.setCurrentWidget(d.ui.historyTab)
    rows = d.history.model.rows()
    label = lambda text: tr("NcHistoryPanel", text)  # noqa: E731
    status = next(r for r in rows if r.field == label("Status") and r.after == "已确认")
    assert (status.actor, status.before, status.record) == (
        "王海燕",
        "已开具",
        label("Nonconformity"),
    )
    ack = next(r for r in rows if r.field == label("Acknowledged by"))
    assert (ack.before, ack.after, ack.at) == ("—", "周婷", status.at)
    assert rows.index(status) < rows.index(
        next(r for r in rows if r.after == "已开具")
    )  # newest first


def test_history_elides_long_text_and_shows_it_whole_in_the_tooltip(view, session):
    long = "抽查工单" + "、".join(f"INC{n:05d}" for n in range(30)) + ",均无升级记录。"
    ncs.update_nc(session.ctx, "NC-2025-011", facts=long)
    view.show_nc("NC-2025-011")
    model = view.detail.history.model
    row = next(i for i, r in enumerate(model.rows()) if r.field == tr("NcHistoryPanel", "Facts"))
    index = model.index(row, 5)
    assert model.data(index).endswith("…") and len(model.data(index)) < len(long)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == long
    people = {p.id for p in organisation.list_people(session.ctx)}
    assert not any(p in r.after or p in r.before for r in model.rows() for p in people)


def test_history_model_passes_the_model_tester(qtmodeltester, view):
    view.show_nc("NC-2025-015")
    qtmodeltester.check(view.detail.history.model)
