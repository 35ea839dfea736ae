"""The nonconformity working list and its detail pane, checked against the services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from qa_desktop.domain.enums import Grade
from qa_desktop.gui.dialogs.transition_dialog import TransitionDialog
from qa_desktop.gui.models.nc_table_model import COLUMN, PAGE, NcTableModel
from qa_desktop.gui.views.nc_view import OPEN, NonconformitiesView
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services import organisation
from tests.gui.conftest import tr


@pytest.fixture
def view(qtbot, session):
    v = NonconformitiesView(session)
    qtbot.addWidget(v)
    v.resize(1100, 760)
    v.show()
    v.activate()
    return v


def _numbers(model: NcTableModel) -> list[str]:
    return [model.row_at(r).number for r in range(model.rowCount())]


def _fetch_all(model: NcTableModel) -> None:
    """Read every page (the model holds the whole filter's rows, fetching pages on demand)."""
    model.rows()


def _service_numbers(session, **kw) -> list[str]:
    return [r.number for r in ncs.list_ncs(session.ctx, limit=100_000, **kw).rows]


def _buttons(view) -> dict[str, QPushButton]:
    """The workflow buttons shown, enabled or not."""
    bar = view.detail.ui.transitionBar
    return {
        b.property("transition"): b
        for b in bar.findChildren(QPushButton)
        if b.property("transition") and not b.isHidden()
    }


def _enabled(view) -> set[str]:
    return {t for t, b in _buttons(view).items() if b.isEnabled()}


def _bulk(session, n: int) -> None:
    for i in range(n):
        ncs.raise_nc(
            session.ctx,
            process="SP",
            facts=f"批量记录 {i}",
            clause="8.2.6",
            grade="minor",
            department="备件库",
            issue=i % 2 == 0,
        )


# --- the model -------------------------------------------------------------------------------


def test_model_passes_the_model_tester(qtmodeltester, session):
    model = NcTableModel(session)
    model.set_filters()
    qtmodeltester.check(model)
    model.set_filters(grade="major")
    qtmodeltester.check(model)


def test_model_passes_the_model_tester_while_paging(qtmodeltester, session):
    _bulk(session, PAGE + 20)
    model = NcTableModel(session)
    model.set_filters()
    assert model.rowCount() > PAGE and model.pages_in_memory() == 1
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"grade": "major"},
        {"overdue": True},
        {"open_only": True},
        {"process": "SD", "text": "工单"},
        {"status": "closed"},
    ],
)
@pytest.mark.parametrize(
    ("sort", "descending"), [("due_date", False), ("number", True), ("status", False)]
)
def test_model_rows_equal_the_service(session, filters, sort, descending):
    model = NcTableModel(session)
    model.sort_key, model.descending = sort, descending
    model.set_filters(**filters)
    _fetch_all(model)
    assert _numbers(model) == _service_numbers(session, sort=sort, descending=descending, **filters)
    assert model.total == ncs.list_ncs(session.ctx, **filters).total


def test_overdue_rows_stand_out_in_number_and_due_date(session):
    model = NcTableModel(session)
    model.set_filters()
    overdue = {r.number for r in ncs.list_ncs(session.ctx, overdue=True).rows}
    assert overdue
    for row in range(model.rowCount()):
        nc = model.row_at(row)
        due = model.index(row, COLUMN["due_date"])
        facts = model.index(row, COLUMN["facts"])
        brush = model.data(due, Qt.ItemDataRole.ForegroundRole)
        if nc.number in overdue:
            assert brush.color().name() == "#b3261e"
            assert model.data(due, Qt.ItemDataRole.FontRole).bold()
            overdue_tip = tr("NcTableModel", "Overdue: due {date}, {days} days ago")
            assert model.data(due, Qt.ItemDataRole.ToolTipRole).startswith(overdue_tip[:3])
            assert nc.due_date.isoformat() in model.data(due, Qt.ItemDataRole.ToolTipRole)
        else:
            assert brush is None
        assert model.data(facts, Qt.ItemDataRole.ForegroundRole) is None  # text stays readable


def test_pages_are_fetched_as_rows_are_reached(qtbot, session):
    _bulk(session, 250)
    v = NonconformitiesView(session)
    qtbot.addWidget(v)
    v.activate()
    total = ncs.list_ncs(session.ctx).total
    assert total > 250
    assert v.model.rowCount() == total and v.model.pages_in_memory() == 1
    assert str(total) in v.ui.countLabel.text()
    last = _service_numbers(session)[-1]
    assert v.model.row_at(total - 1).number == last  # read from the end: one more page
    assert v.model.pages_in_memory() == 2
    assert _numbers(v.model) == _service_numbers(session)


# --- filters and sorting ------------------------------------------------------------------------


def test_grade_filter_shows_only_majors(view, session):
    combo = view.ui.gradeCombo
    combo.setCurrentIndex(combo.findData(Grade.MAJOR.value))
    _fetch_all(view.model)
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert rows and all(r.grade == "major" for r in rows)
    assert _numbers(view.model) == _service_numbers(session, grade="major")


def test_overdue_filter_shows_only_overdue(view, session):
    view.ui.overdueCheck.setChecked(True)
    expected = _service_numbers(session, overdue=True)
    assert expected and _numbers(view.model) == expected
    assert all(view.model.row_at(r).overdue for r in range(view.model.rowCount()))


def test_open_status_and_a_single_status(view, session):
    combo = view.ui.statusCombo
    combo.setCurrentIndex(combo.findData(OPEN))
    assert _numbers(view.model) == _service_numbers(session, open_only=True)
    combo.setCurrentIndex(combo.findData("draft"))
    assert _numbers(view.model) == _service_numbers(session, status="draft") == ["NC-2025-014"]


def test_search_is_debounced_and_done_in_sql(qtbot, view, session):
    qtbot.keyClicks(view.ui.searchEdit, "VPN")
    assert view.model.total == 16  # not yet: the query waits for typing to pause
    expected = _service_numbers(session, text="VPN")
    qtbot.waitUntil(lambda: _numbers(view.model) == expected, timeout=2000)
    assert expected == ["NC-2025-005"]


def test_process_filter(view, session):
    combo = view.ui.processCombo
    combo.setCurrentIndex(combo.findData("KM"))
    assert _numbers(view.model) == _service_numbers(session, process="KM")


def test_sorting_by_due_date_both_ways_changes_the_first_row(qtbot, view, session):
    header = view.ui.table.horizontalHeader()
    asc = _service_numbers(session, sort="due_date")
    desc = _service_numbers(session, sort="due_date", descending=True)
    assert asc[0] != desc[0]
    assert _numbers(view.model)[0] == asc[0]
    header.sectionClicked.emit(COLUMN["due_date"])  # already by due date: now descending
    assert _numbers(view.model)[0] == desc[0]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    header.sectionClicked.emit(COLUMN["due_date"])
    assert _numbers(view.model)[0] == asc[0]


def test_sorting_by_number_and_an_unsortable_column(view, session):
    header = view.ui.table.horizontalHeader()
    header.sectionClicked.emit(COLUMN["number"])
    assert _numbers(view.model) == _service_numbers(session, sort="number")
    header.sectionClicked.emit(COLUMN["facts"])  # not sortable: order and indicator stay
    assert _numbers(view.model) == _service_numbers(session, sort="number")
    assert header.sortIndicatorSection() == COLUMN["number"]


def test_reset_filters(view, session):
    view.ui.overdueCheck.setChecked(True)
    view.reset_filters()
    assert not view.ui.overdueCheck.isChecked()
    assert view.model.total == ncs.list_ncs(session.ctx).total


def test_presets_from_the_home_page(view, session):
    view.show_preset("overdue")
    assert view.ui.overdueCheck.isChecked()
    assert _numbers(view.model) == _service_numbers(session, overdue=True)
    view.show_preset("open")
    assert not view.ui.overdueCheck.isChecked()
    assert _numbers(view.model) == _service_numbers(session, open_only=True)


# --- going to one NC, the detail -------------------------------------------------------------


def test_show_nc_selects_it_and_shows_the_detail(view):
    view.show_nc("NC-2025-002")
    current = view.ui.table.currentIndex()
    assert view.model.row_at(current.row()).number == "NC-2025-002"
    assert view.detail.ui.titleLabel.text() == "NC-2025-002"
    assert view.detail.ui.overdueLabel.isVisibleTo(view.detail)


def test_show_nc_clears_filters_that_hide_it(view):
    view.ui.gradeCombo.setCurrentIndex(view.ui.gradeCombo.findData("major"))
    view.show_nc("nc-2025-013")  # an observation: hidden by the grade filter
    assert view.model.row_of("NC-2025-013") >= 0
    assert view.ui.gradeCombo.currentData() is None
    assert view.detail.number == "NC-2025-013"


def test_show_nc_fetches_further_pages_when_the_filter_includes_it(qtbot, session):
    _bulk(session, 250)
    v = NonconformitiesView(session)
    qtbot.addWidget(v)
    v.activate()
    last = _service_numbers(session)[-1]
    assert v.model.row_of(last) < 0
    v.show_nc(last)
    assert v.model.row_of(last) >= 0 and v.detail.number == last
    assert v.ui.searchEdit.text() == ""  # found by paging, the filters were kept


def test_show_unknown_nc_is_refused(view, boxes):
    view.show_nc("NC-1999-999")
    assert any("NC-1999-999" in t for t in boxes.texts())


def test_selecting_a_row_shows_its_detail(view):
    row = view.model.row_of("NC-2025-011")
    view.ui.table.setCurrentIndex(view.model.index(row, 0))
    assert view.detail.number == "NC-2025-011"
    facts = view.detail.record.ui.factsEdit.toPlainText()
    assert facts == ncs.get_nc(view.session.ctx, "NC-2025-011").facts


def test_draft_offers_issue_and_withdraw_only(view):
    view.show_nc("NC-2025-014")
    assert set(_buttons(view)) == {"issue", "withdraw"}


def test_pending_verification_offers_the_verify_steps(view):
    view.show_nc("NC-2025-008")
    assert set(_buttons(view)) == {"verify_effective", "verify_not_effective"}


def test_blocked_main_step_explains_why(view):
    view.show_nc("NC-2025-002")  # in progress, one action still open
    assert set(_buttons(view)) == {"request_verification"} and _enabled(view) == set()
    label = view.detail.ui.blockersLabel
    assert label.isVisibleTo(view.detail)
    assert "还有1项纠正措施未完成" in label.text()


def _drive_dialog(qtbot, act):
    """Work the next modal dialog from inside its own event loop; never leave it open."""
    seen = {}

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        seen["dialog"] = dialog
        try:
            act(dialog)
            seen["still_open"] = dialog.isVisible()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handle)
    return seen


def test_acknowledge_through_the_dialog_changes_the_status(qtbot, view, session):
    view.show_nc("NC-2025-013")
    assert "acknowledge" in _buttons(view)

    def act(dialog: TransitionDialog):
        assert isinstance(dialog, TransitionDialog)
        assert dialog.ui.acknowledgedEdit.isVisibleTo(dialog)
        assert not dialog.ui.verifierCombo.isVisibleTo(dialog)
        assert not dialog.ui.reasonEdit.isVisibleTo(dialog)
        dialog.ui.acknowledgedEdit.setText("周婷")
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()

    seen = _drive_dialog(qtbot, act)
    _buttons(view)["acknowledge"].click()
    assert seen["still_open"] is False
    nc = ncs.get_nc(session.ctx, "NC-2025-013")
    assert nc.status == "acknowledged" and nc.acknowledged_by == "周婷"
    assert view.model.row_at(view.model.row_of("NC-2025-013")).status == "acknowledged"
    assert "acknowledge" not in _buttons(view)
    assert {"submit_plan", "track", "close"} <= _enabled(view)  # an observation's next steps


def test_refused_verification_shows_why_and_changes_nothing(qtbot, view, session, boxes):
    view.show_nc("NC-2025-008")
    owner = ncs.get_nc(session.ctx, "NC-2025-008").actions[0].owner

    def act(dialog: TransitionDialog):
        combo = dialog.ui.verifierCombo
        combo.setCurrentIndex(combo.findText(owner))
        assert dialog.ui.verifierHint.isVisibleTo(dialog)  # warned before trying
        dialog.ui.methodCombo.setEditText("复核抽样")
        dialog.accept()

    seen = _drive_dialog(qtbot, act)
    _buttons(view)["verify_effective"].click()
    assert seen["still_open"] is True  # the dialog stays to pick another verifier
    assert any("验证人不能是纠正措施的责任人" in t for t in boxes.texts())
    nc = ncs.get_nc(session.ctx, "NC-2025-008")
    assert nc.status == "pending_verification" and nc.verifier == ""


def test_verification_with_an_independent_verifier(qtbot, view, session):
    view.show_nc("NC-2025-008")

    def act(dialog: TransitionDialog):
        assert dialog.ui.verifierCombo.currentText() == "王海燕"  # the user, who owns no action
        ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # the method is still missing
        dialog.ui.methodCombo.setEditText("复核抽样")
        dialog.ui.notesEdit.setPlainText("再抽15张,全部合格")
        assert ok.isEnabled()
        ok.click()

    _drive_dialog(qtbot, act)
    _buttons(view)["verify_effective"].click()
    nc = ncs.get_nc(session.ctx, "NC-2025-008")
    assert nc.status == "verified" and nc.verifier == "王海燕"
    assert nc.verification_notes == "再抽15张,全部合格"
    assert view.detail.verification.ui.verifierValue.text() == "王海燕"


def test_a_step_without_inputs_is_confirmed_then_done(view, session, boxes):
    view.show_nc("NC-2025-014")
    _buttons(view)["issue"].click()
    assert boxes.shown[-1][0] == "question"
    assert ncs.get_nc(session.ctx, "NC-2025-014").status == "issued"


def test_declining_the_confirmation_changes_nothing(view, session, boxes):
    from PySide6.QtWidgets import QMessageBox

    boxes.answer = QMessageBox.StandardButton.No
    view.show_nc("NC-2025-014")
    _buttons(view)["issue"].click()
    assert ncs.get_nc(session.ctx, "NC-2025-014").status == "draft"


# --- editing ----------------------------------------------------------------------------------


def test_cause_analysis_and_an_action_make_the_plan_submittable(qtbot, view, session):
    view.show_nc("NC-2025-011")
    d = view.detail
    assert "submit_plan" in _buttons(view) and "submit_plan" not in _enabled(view)
    assert not d.ui.saveButton.isEnabled()
    c = d.cause.ui
    c.correctionEdit.setPlainText("已删除两条含密码的知识条目")
    c.categoryCombo.setCurrentIndex(c.categoryCombo.findData("method"))
    d.cause.whys.set_steps(["发布前未检查敏感信息", "审核清单无此项"])
    d.cause.whys.changed.emit()
    c.rootCauseEdit.setPlainText("知识审核清单缺少敏感信息检查项")
    assert d.ui.saveButton.isEnabled()
    qtbot.mouseClick(d.ui.saveButton, Qt.MouseButton.LeftButton)
    nc = ncs.get_nc(session.ctx, "NC-2025-011")
    assert nc.correction == "已删除两条含密码的知识条目"
    assert nc.root_cause_category == "method"
    assert nc.why_steps == ("发布前未检查敏感信息", "审核清单无此项")
    assert not d.ui.saveButton.isEnabled()

    d.ui.tabs.setCurrentWidget(d.ui.actionsTab)

    def act(dialog):
        dialog.ui.descriptionEdit.setPlainText("审核清单增加敏感信息检查项")
        combo = dialog.ui.ownerCombo
        combo.setCurrentIndex(combo.findText("张伟", Qt.MatchFlag.MatchStartsWith))
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()

    _drive_dialog(qtbot, act)
    qtbot.mouseClick(d.actions.ui.addButton, Qt.MouseButton.LeftButton)
    nc = ncs.get_nc(session.ctx, "NC-2025-011")
    assert [(a.description, a.owner) for a in nc.actions] == [
        ("审核清单增加敏感信息检查项", "张伟")
    ]
    assert d.actions.ui.actionsTable.rowCount() == 1
    assert "submit_plan" in _enabled(view)


def test_switching_rows_with_unsaved_edits_asks_and_saves(view, session, boxes):
    from PySide6.QtWidgets import QMessageBox

    boxes.answer = QMessageBox.StandardButton.Save
    view.show_nc("NC-2025-011")
    view.detail.cause.ui.correctionEdit.setPlainText("临时纠正")
    row = view.model.row_of("NC-2025-002")
    view.ui.table.setCurrentIndex(view.model.index(row, 0))
    assert boxes.shown and boxes.shown[-1][0] == "question"
    assert ncs.get_nc(session.ctx, "NC-2025-011").correction == "临时纠正"
    assert view.detail.number == "NC-2025-002"


def test_switching_rows_can_be_cancelled_and_keeps_the_edits(qtbot, view, session, boxes):
    from PySide6.QtWidgets import QMessageBox

    boxes.answer = QMessageBox.StandardButton.Cancel
    view.show_nc("NC-2025-011")
    view.detail.cause.ui.correctionEdit.setPlainText("尚未保存")
    view.ui.table.setCurrentIndex(view.model.index(view.model.row_of("NC-2025-002"), 0))
    assert view.detail.number == "NC-2025-011"
    assert view.detail.cause.ui.correctionEdit.toPlainText() == "尚未保存"
    assert ncs.get_nc(session.ctx, "NC-2025-011").correction == ""
    qtbot.waitUntil(
        lambda: view.model.row_at(view.ui.table.currentIndex().row()).number == "NC-2025-011"
    )


def test_discarding_when_switching_rows_drops_the_edits(view, session, boxes):
    from PySide6.QtWidgets import QMessageBox

    boxes.answer = QMessageBox.StandardButton.Discard
    view.show_nc("NC-2025-011")
    view.detail.cause.ui.correctionEdit.setPlainText("不要了")
    view.ui.table.setCurrentIndex(view.model.index(view.model.row_of("NC-2025-002"), 0))
    assert view.detail.number == "NC-2025-002"
    assert ncs.get_nc(session.ctx, "NC-2025-011").correction == ""


def test_a_step_saves_typed_edits_first(view, session):
    # The guards read the saved record, so typed edits are saved before the step.
    view.show_nc("NC-2025-015")
    view.detail.cause.ui.similarEdit.setPlainText("其他班组已排查,未发现同类问题")
    assert view.detail.has_unsaved_edits()
    _buttons(view)["submit_plan"].click()
    nc = ncs.get_nc(session.ctx, "NC-2025-015")
    assert nc.similar_check == "其他班组已排查,未发现同类问题"
    assert nc.status == "plan_submitted"
    assert not view.detail.has_unsaved_edits()


def test_marking_an_action_done(qtbot, view, session):
    nc = ncs.get_nc(session.ctx, "NC-2025-007")
    assert nc.status == "plan_approved"
    open_action = next(a for a in nc.actions if a.status != "done")
    view.show_nc("NC-2025-007")
    panel = view.detail.actions
    panel.select_action(open_action.seq)
    assert panel.ui.doneButton.isEnabled()
    qtbot.mouseClick(panel.ui.doneButton, Qt.MouseButton.LeftButton)
    after = next(
        a for a in ncs.get_nc(session.ctx, "NC-2025-007").actions if a.id == open_action.id
    )
    assert after.status == "done" and after.completed_at is not None
    row = [a.id for a in ncs.get_nc(session.ctx, "NC-2025-007").actions].index(after.id)
    assert panel.ui.actionsTable.item(row, 5).text().startswith("20")  # completed at, shown


def test_actions_cannot_be_done_before_the_plan_is_approved(view, session):
    view.show_nc("NC-2025-010")  # plan submitted
    panel = view.detail.actions
    panel.ui.actionsTable.selectRow(0)
    assert not panel.ui.doneButton.isEnabled()
    assert not panel.ui.addButton.isEnabled()
    assert panel.ui.hintLabel.isVisibleTo(panel) and panel.ui.hintLabel.text()


def test_closed_nc_is_read_only(view):
    view.show_nc("NC-2025-001")
    d = view.detail
    assert d.cause.ui.correctionEdit.isReadOnly()
    assert d.record.ui.factsEdit.isReadOnly() and not d.record.ui.gradeCombo.isEnabled()
    assert not d.actions.ui.addButton.isEnabled()
    assert _buttons(view).keys() <= {"reopen"}


def test_people_for_owner_and_verifier_come_from_the_organisation(view, session):
    view.show_nc("NC-2025-008")
    dialog = view.detail.actions.make_dialog(None)
    try:
        names = {p.name for p in organisation.list_people(session.ctx) if p.active}
        combo = dialog.ui.ownerCombo
        shown = {combo.itemText(i).split(" · ")[0] for i in range(1, combo.count())}
        assert shown == names
    finally:
        dialog.deleteLater()


def test_before_any_organisation_the_list_is_empty_and_quiet(qtbot, tmp_path, gui_clock, boxes):
    from tests.gui.conftest import _session

    fresh = _session(tmp_path / "new", gui_clock)
    try:
        v = NonconformitiesView(fresh)
        qtbot.addWidget(v)
        v.activate()
        assert boxes.shown == []
        assert v.model.rowCount() == 0
    finally:
        fresh.ctx.store.dispose()


def test_a_reason_is_required_before_withdrawing(qtbot, view, session):
    view.show_nc("NC-2025-014")

    def act(dialog: TransitionDialog):
        ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
        assert dialog.ui.reasonEdit.isVisibleTo(dialog)
        assert not dialog.ui.acknowledgedEdit.isVisibleTo(dialog)
        assert not ok.isEnabled()
        dialog.ui.reasonEdit.setPlainText("与 NC-2025-010 重复")
        assert ok.isEnabled()
        ok.click()

    _drive_dialog(qtbot, act)
    _buttons(view)["withdraw"].click()
    nc = ncs.get_nc(session.ctx, "NC-2025-014")
    assert nc.status == "withdrawn" and nc.last_reason == "与 NC-2025-010 重复"
    assert _buttons(view) == {}


def test_flush_saves_edits_still_being_typed(view, session, boxes):
    view.show_nc("NC-2025-011")
    view.detail.cause.ui.rootCauseEdit.setPlainText("审核清单缺项")
    view.flush()
    assert ncs.get_nc(session.ctx, "NC-2025-011").root_cause == "审核清单缺项"
    assert boxes.shown == []


def test_language_switch_relabels_list_and_detail(qtbot, view, session):
    view.show_nc("NC-2025-001")
    status_col = COLUMN["status"]
    row = view.model.row_of("NC-2025-001")
    assert view.model.data(view.model.index(row, status_col)) == "已关闭"
    try:
        session.set_language("en")
        qtbot.waitUntil(lambda: view.detail.ui.statusChip.text() == "Closed", timeout=2000)
        assert view.model.data(view.model.index(row, status_col)) == "Closed"
        assert view.ui.gradeCombo.itemText(view.ui.gradeCombo.findData("major")) == "Major"
    finally:
        session.set_language("zh_CN")
    qtbot.waitUntil(lambda: view.detail.ui.statusChip.text() == "已关闭", timeout=2000)
