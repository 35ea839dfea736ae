"""The Management review page driven like a user: plan a review with its a–k agenda, hold it,
read the input pack compiled from the demo year, write notes, record and complete actions
(overdue in red), write the conclusion and close — checked through the services."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from qa_desktop.gui.dialogs.review_action import ReviewActionDialog
from qa_desktop.gui.dialogs.review_dialog import ReviewDialog
from qa_desktop.gui.models.review_models import (
    RED,
    AgendaTableModel,
    Block,
    PackSectionsModel,
    PackTableModel,
    ReviewActionsModel,
    ReviewsTableModel,
)
from qa_desktop.gui.views.review_view import ReviewView
from qa_desktop.services import nc_stats, organisation, reviews

D = date


@pytest.fixture
def demo_dir(tmp_path, demo_db):
    """The demo year without its management review: these tests plan their own from an empty
    page. (Deleted behind the services' back; nothing here checks the event log.)"""
    target = tmp_path / "demo"
    shutil.copytree(demo_db, target)
    with closing(sqlite3.connect(target / "qa.sqlite3")) as db, db:
        db.execute("DELETE FROM review_action")
        db.execute("DELETE FROM management_review")
    return target


@pytest.fixture
def view(qtbot, session):
    return _view(qtbot, session)


def _view(qtbot, session) -> ReviewView:
    v = ReviewView(session)
    qtbot.addWidget(v)
    v.resize(1180, 760)
    v.show()
    qtbot.waitExposed(v)
    v.activate()
    return v


def _plan(session, **kw):
    kw.setdefault("title", "2025年度管理评审")
    kw.setdefault("planned_on", D(2025, 11, 19))
    kw.setdefault("chair", "孙玥")
    return reviews.plan_review(session.ctx, **kw)


def _ok(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def _person_id(session, name: str) -> str:
    return next(p.id for p in organisation.list_people(session.ctx) if p.name == name)


def _section(view, key: str) -> None:
    row = view.sections_model.row_of(key)
    view.ui.sectionsList.setCurrentIndex(view.sections_model.index(row, 0))


# --- planning ----------------------------------------------------------------------------------


def test_plan_a_review_from_an_empty_page(qtbot, view, session):
    assert view.ui.detailStack.currentWidget() is view.ui.emptyPage
    assert not view.ui.editButton.isEnabled()
    qtbot.mouseClick(view.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ReviewDialog)
    ui = dialog.ui
    assert ui.chairCombo.currentData() == "孙玥"  # the top manager chairs by custom
    assert "王海燕" in ui.participantsEdit.text() and "刘洋" in ui.participantsEdit.text()
    assert ui.dateEdit.date() == QDate(2025, 11, 20)
    assert ui.agendaTable.rowCount() == 11
    assert ui.agendaTable.item(4, 2).text() == "王海燕"  # the quality manager by default
    ui.titleEdit.setText("2025年度管理评审")
    ui.dateEdit.setDate(QDate(2025, 11, 26))
    ui.locationEdit.setText("三楼会议室")
    ui.agendaTable.item(4, 2).setText("刘洋")  # e) customer feedback
    ui.agendaTable.item(2, 3).setText("附NC趋势图")
    _ok(dialog)
    qtbot.waitUntil(lambda: view.dialog is None)
    [summary] = reviews.list_reviews(session.ctx)
    r = reviews.get_review(session.ctx, summary.number)
    assert (r.number, r.planned_on, r.location, r.chair) == (
        "MR-2025-01",
        D(2025, 11, 26),
        "三楼会议室",
        "孙玥",
    )
    owners = {a.key: a.owner for a in r.agenda}
    assert owners["e"] == "刘洋" and owners["a"] == "王海燕"
    assert r.agenda[2].note == "附NC趋势图"
    assert view.ui.detailStack.currentWidget() is view.ui.tabs
    assert "MR-2025-01" in view.ui.headingLabel.text()
    assert view.agenda_model.rowCount() == 11
    assert view.agenda_model.index(4, AgendaTableModel.OWNER).data() == "刘洋"


def test_a_title_is_required(qtbot, view, session):
    view.new_review()
    view.dialog.ui.titleEdit.clear()
    _ok(view.dialog)
    assert view.dialog is not None and view.dialog.ui.problemLabel.isVisible()
    assert reviews.list_reviews(session.ctx) == []
    view.dialog.reject()


def test_hold_the_meeting_and_refuse_a_future_date(qtbot, view, session, boxes):
    r = _plan(session)
    view.refresh()
    view.edit_review()
    dialog = view.dialog
    dialog.ui.heldCheck.setChecked(True)
    dialog.ui.heldEdit.setDate(QDate(2025, 11, 30))  # after today (20 November)
    _ok(dialog)
    assert view.dialog is dialog  # refused: the dialog stays open with what was typed
    assert "future" in boxes.texts()[-1] or "晚于今天" in boxes.texts()[-1]
    dialog.ui.heldEdit.setDate(QDate(2025, 11, 19))
    _ok(dialog)
    qtbot.waitUntil(lambda: view.dialog is None)
    held = reviews.get_review(session.ctx, r.number)
    assert (held.status, held.held_on) == ("held", D(2025, 11, 19))
    assert reviews.list_reviews(session.ctx)[0].number == r.number  # not planned twice


# --- the input pack ------------------------------------------------------------------------------


def test_input_pack_from_the_demo_year(qtbot, view, session):
    _plan(session)
    view.refresh()
    view.ui.tabs.setCurrentWidget(view.ui.packTab)
    assert view.sections_model.rowCount() == 11
    assert "2025" in view.ui.compiledLabel.text()
    _section(view, "c")
    assert view.ui.sectionTitleLabel.text().startswith("c)")
    assert "IA-2025-01" in view.ui.summaryLabel.text()
    nc_table, kpi_table, audits_table = view.block_tables()  # the demo year has measures
    stats = nc_stats.nc_statistics(session.ctx, year=2025)
    model = nc_table.model()
    assert model.index(0, 1).data() == str(stats.counted)  # issued NCs in 2025
    assert model.headerData(1, Qt.Orientation.Horizontal) == "2025"
    audits = audits_table.model()
    assert [audits.index(r, 0).data() for r in range(audits.rowCount())] == [
        "IA-2025-01",
        "IA-2025-02",
    ]
    kpis = kpi_table.model()
    assert kpis.rowCount() == 6  # the six measures of the plan, each against its target
    _section(view, "k")
    [majors] = view.block_tables()
    numbers = {majors.model().index(r, 0).data() for r in range(majors.model().rowCount())}
    assert numbers == {"NC-2025-007", "NC-2025-011", "NC-2025-015"}


def test_notes_are_saved_when_leaving_the_input(qtbot, view, session):
    r = _plan(session)
    view.refresh()
    view.ui.tabs.setCurrentWidget(view.ui.packTab)
    _section(view, "b")
    view.ui.notesEdit.setPlainText("新签两家金融客户")
    _section(view, "j")  # switching input saves the one left
    assert reviews.get_review(session.ctx, r.number).input_notes == {"b": "新签两家金融客户"}
    view.ui.notesEdit.setPlainText("夜班人手不足")
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert reviews.get_review(session.ctx, r.number).input_notes["j"] == "夜班人手不足"
    qtbot.waitUntil(lambda: not view._stale)
    b = view.sections_model.index(view.sections_model.row_of("b"), 0)
    assert "✎" in b.data()


# --- actions -------------------------------------------------------------------------------------


def test_add_an_overdue_action_and_complete_it(qtbot, view, session):
    r = _plan(session)
    view.refresh()
    view.ui.tabs.setCurrentWidget(view.ui.actionsTab)
    qtbot.mouseClick(view.ui.addActionButton, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ReviewActionDialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no description, no owner yet
    dialog.ui.descriptionEdit.setPlainText("服务台夜班增加1名专员")
    assert not ok.isEnabled()
    dialog.ui.ownerCombo.setCurrentIndex(dialog.ui.ownerCombo.findData(_person_id(session, "张伟")))
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData("resources"))
    dialog.ui.dueEdit.setDate(QDate(2025, 11, 15))
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: view.dialog is None)
    [a] = reviews.get_review(session.ctx, r.number).actions
    assert (a.category, a.owner, a.due_date, a.overdue) == (
        "resources",
        "张伟",
        D(2025, 11, 15),
        True,
    )
    assert view.actions_model.rowCount() == 1
    due = view.actions_model.index(0, ReviewActionsModel.DUE)
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == RED
    assert "5" in view.actions_model.index(0, ReviewActionsModel.STATUS).data()  # 5 days late
    assert "1" in view.ui.actionsSummaryLabel.text()

    view.ui.actionsTable.selectRow(0)
    qtbot.mouseClick(view.ui.doneActionButton, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.ui.statusCombo.currentData() == "done"
    dialog.ui.evidenceEdit.setText("录用通知 HR-2025-118")
    _ok(dialog)
    qtbot.waitUntil(lambda: view.dialog is None)
    [a] = reviews.get_review(session.ctx, r.number).actions
    assert (a.status, a.evidence, a.overdue) == ("done", "录用通知 HR-2025-118", False)
    assert a.completed_at is not None
    assert (
        view.actions_model.index(0, ReviewActionsModel.DUE).data(Qt.ItemDataRole.ForegroundRole)
        is None
    )
    assert not view.ui.doneActionButton.isEnabled()


# --- conclusion and closing ------------------------------------------------------------------------


def test_conclusion_and_close(qtbot, view, session, boxes):
    r = _plan(session)
    reviews.hold_review(session.ctx, r.number, D(2025, 11, 19))
    view.refresh()
    view.ui.tabs.setCurrentWidget(view.ui.conclusionTab)
    assert not view.ui.closeReviewButton.isEnabled()
    assert "适宜性" in view.ui.blockersLabel.text() or "suitability" in view.ui.blockersLabel.text()
    view.ui.suitabilityEdit.setPlainText("适宜")
    view.ui.adequacyEdit.setPlainText("基本充分")
    qtbot.mouseClick(view.ui.saveConclusionButton, Qt.MouseButton.LeftButton)
    assert reviews.get_review(session.ctx, r.number).adequacy == "基本充分"
    assert not view.ui.closeReviewButton.isEnabled()  # effectiveness still missing
    view.ui.effectivenessEdit.setPlainText("有效")
    view.ui.tabs.setCurrentWidget(view.ui.planTab)  # leaving the tab saves
    assert reviews.get_review(session.ctx, r.number).effectiveness == "有效"
    view.ui.tabs.setCurrentWidget(view.ui.conclusionTab)
    assert view.ui.closeReviewButton.isEnabled()
    boxes.answer = QMessageBox.StandardButton.No
    view.ui.closeReviewButton.click()
    assert reviews.get_review(session.ctx, r.number).status == "held"
    boxes.answer = QMessageBox.StandardButton.Yes
    view.ui.closeReviewButton.click()
    closed = reviews.get_review(session.ctx, r.number)
    assert closed.status == "closed"
    # A closed review is the record of the meeting: its plan, notes and conclusion are locked.
    assert not view.ui.editButton.isEnabled()
    assert view.ui.suitabilityEdit.isReadOnly() and view.ui.notesEdit.isReadOnly()
    assert not view.ui.addActionButton.isEnabled()
    assert not view.ui.closeReviewButton.isEnabled()


def test_closing_before_the_meeting_is_refused_with_the_reason(qtbot, view, session, boxes):
    r = _plan(session)
    view.refresh()
    view.ui.suitabilityEdit.setPlainText("适宜")
    view.close_review()  # the button is disabled; the service still has the last word
    assert boxes.shown[-1][0] == "warning"
    assert "召开" in boxes.texts()[-1] or "held" in boxes.texts()[-1]
    assert reviews.get_review(session.ctx, r.number).status == "planned"
    assert reviews.get_review(session.ctx, r.number).suitability == "适宜"  # saved first


def test_text_being_typed_is_saved_when_the_page_is_left(qtbot, view, session):
    r = _plan(session)
    view.refresh()
    view.ui.tabs.setCurrentWidget(view.ui.conclusionTab)
    view.ui.adequacyEdit.setPlainText("充分")
    view.hide()
    assert reviews.get_review(session.ctx, r.number).adequacy == "充分"


# --- models ----------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, session):
    r = _plan(session)
    reviews.add_action(session.ctx, r.number, "x", owner="张伟", due_date=D(2025, 11, 1))
    view = reviews.get_review(session.ctx, r.number)
    m = ReviewsTableModel(session)
    qtmodeltester.check(m)
    m.refresh()
    qtmodeltester.check(m)
    a = AgendaTableModel(session)
    qtmodeltester.check(a)
    a.load(view)
    qtmodeltester.check(a)
    actions = ReviewActionsModel(session)
    actions.set_rows(view.actions)
    qtmodeltester.check(actions)
    from qa_desktop.services.review_pack import compile_pack

    pack = compile_pack(session.ctx, r.number)
    sections = PackSectionsModel(session)
    sections.set_sections(pack.sections)
    qtmodeltester.check(sections)
    table = PackTableModel(Block("c", ("A", "B"), (("1", "2"), ("3", "4")), frozenset({1})))
    qtmodeltester.check(table)
    assert table.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == RED


def test_notes_being_typed_survive_a_change_made_elsewhere(qtbot, view, session):
    r = _plan(session)
    view.refresh()
    view.ui.tabs.setCurrentWidget(view.ui.packTab)
    _section(view, "b")
    view.ui.notesEdit.setPlainText("新签两家金融客户")
    session.changed.emit("documents")  # e.g. a PDF finished in the background
    qtbot.waitUntil(lambda: not view._stale)
    assert reviews.get_review(session.ctx, r.number).input_notes == {"b": "新签两家金融客户"}
    assert view.ui.notesEdit.toPlainText() == "新签两家金融客户"
