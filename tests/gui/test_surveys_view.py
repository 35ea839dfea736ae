"""The Surveys page, driven like a user and checked through services.surveys: plan a survey in
the dialog, enter and import responses (the import in the background worker), the analysis
as the service computes it, and the follow-up of a dissatisfied customer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qa_desktop.gui.dialogs.survey_dialog import ResponseDialog, SurveyDialog
from qa_desktop.gui.models.survey_models import (
    MET_GREEN,
    MISSED_RED,
    FollowUpsTableModel,
    ResponsesTableModel,
    SurveysTableModel,
)
from qa_desktop.gui.views.surveys_view import SurveysView
from qa_desktop.services import surveys

WAIT_MS = 5000

# Hand-checked: valid 4 (戊 has no overall), Σ 14, mean 3.5, score rate 70%, satisfied 2/4.
HAND = [
    dict(customer="甲", scores=dict(safety=5, reliability=4, responsiveness=4, tangibles=5, empathy=5), overall=5),
    dict(customer="乙", scores=dict(safety=4, reliability=4, responsiveness=3, tangibles=4, empathy=4), overall=4),
    dict(customer="丙", respondent="王主任", scores=dict(safety=3, reliability=2, responsiveness=1), overall=2, comment="夜间响应慢"),
    dict(customer="丁", scores=dict(safety=4, reliability=3, responsiveness=3, tangibles=4, empathy=4), overall=3),
    dict(customer="戊", comment="只写了意见"),
]  # fmt: skip

CSV = (
    "客户,受访人,安全性,可靠性,响应性,有形性,友好性,总体满意度,意见\n"
    "甲公司,张三,5,4,4,5,5,5,很好\n"
    "乙公司,李四,3,2,2,3,3,2,响应慢\n"
    "丙公司,王五,4,4,,4,4,,\n"
    "丁公司,赵六,4,4,4,4,4,4,\n"
)


def _with_responses(ctx, quarter=2):
    surveys.plan_survey(ctx, 2025, quarter, "", method="电话回访", sample_size=10, owner="刘洋")
    key = f"2025-Q{quarter}"
    for r in HAND:
        surveys.add_response(ctx, key, **r)
    return key


@pytest.fixture
def view(qtbot, org_session):
    v = SurveysView(org_session)
    qtbot.addWidget(v)
    v.resize(1180, 760)
    v.show()
    v.activate()
    return v


def _save(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


# --- models ---------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(qtmodeltester, org_session):
    ctx = org_session.ctx
    key = _with_responses(ctx)
    surveys.plan_survey(ctx, 2025, 3)
    model = SurveysTableModel(org_session)
    model.refresh(2025, 0.8)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    responses = ResponsesTableModel(org_session)
    responses.refresh(surveys.get_survey(ctx, key).id)
    assert responses.rowCount() == 5
    qtmodeltester.check(responses)
    follow = FollowUpsTableModel(org_session)
    follow.set_rows(surveys.analyse(ctx, key).dissatisfied)
    assert follow.rowCount() == 1
    qtmodeltester.check(follow)


def test_the_survey_table_colours_the_satisfied_rate_against_the_target(org_session):
    ctx = org_session.ctx
    _with_responses(ctx, 2)  # 50 %
    surveys.plan_survey(ctx, 2025, 1)
    for overall in (5, 4, 4, 5, 3):  # 80 %: reaching the target is meeting it
        surveys.add_response(ctx, "2025-Q1", overall=overall)
    model = SurveysTableModel(org_session)
    model.refresh(2025, surveys.csat_target(ctx, 2025).value)
    col = SurveysTableModel.SATISFIED
    rows = {model.survey(r).key: r for r in range(model.rowCount())}
    q1, q2 = model.index(rows["2025-Q1"], col), model.index(rows["2025-Q2"], col)
    assert (q1.data(), q2.data()) == ("80.0%", "50.0%")
    assert q1.data(Qt.ItemDataRole.ForegroundRole).color().name() == MET_GREEN
    assert q2.data(Qt.ItemDataRole.ForegroundRole).color().name() == MISSED_RED
    assert model.index(rows["2025-Q2"], SurveysTableModel.RESPONSES).data() == "5/10"
    assert model.index(rows["2025-Q2"], SurveysTableModel.STATUS).data() == "进行中"


# --- planning -------------------------------------------------------------------------------


def test_plan_a_survey_through_the_dialog(qtbot, view, org_session, boxes):
    assert view.surveys_model.rowCount() == 0
    assert "2025" in view.ui.headingLabel.text()  # nothing planned yet: say so
    view.ui.newButton.click()
    d = view.dialog
    assert isinstance(d, SurveyDialog)
    assert d.ui.quarterCombo.currentData() == 2  # today's quarter (the clock says June)
    assert d.ui.titleEdit.placeholderText() == "2025年第2季度客户满意度调查"
    d.ui.titleEdit.setText("二季度客户满意度调查")
    d.ui.methodCombo.setCurrentText("电话回访")
    d.ui.sampleSizeSpin.setValue(30)
    d.ui.samplePlanEdit.setPlainText("重点客户各2名联系人")
    d.ui.ownerCombo.setCurrentIndex(d.ui.ownerCombo.findData("刘洋"))
    _save(d)
    assert view.dialog is None and boxes.shown == []
    v = surveys.get_survey(org_session.ctx, "2025-Q2")
    assert (v.title, v.method, v.sample_size, v.owner, v.status) == (
        "二季度客户满意度调查",
        "电话回访",
        30,
        "刘洋",
        "planned",
    )
    assert v.planned_on.isoformat() == "2025-06-15"
    assert view.surveys_model.rowCount() == 1
    assert "2025-Q2" in view.ui.headingLabel.text()

    # The same quarter again: refused, and the dialog stays open with what was typed.
    view.ui.newButton.click()
    d = view.dialog
    d.ui.quarterCombo.setCurrentIndex(1)
    d.ui.titleEdit.setText("重复")
    _save(d)
    assert view.dialog is d and d.isVisible()
    assert "已有满意度调查" in boxes.texts()[-1]
    d.reject()
    assert len(surveys.list_surveys(org_session.ctx, 2025)) == 1


def test_edit_a_survey_marks_it_done_with_the_date_it_was_conducted(qtbot, view, org_session):
    key = _with_responses(org_session.ctx)
    view.refresh()
    view.ui.editButton.click()
    d = view.dialog
    assert d.ui.statusCombo.isVisible() and d.ui.titleEdit.text() == "2025年第2季度客户满意度调查"
    d.ui.conductedCheck.setChecked(True)
    d.ui.conductedEdit.setDate(d.ui.conductedEdit.date().addDays(-2))
    d.ui.statusCombo.setCurrentIndex(d.ui.statusCombo.findData("done"))
    _save(d)
    v = surveys.get_survey(org_session.ctx, key)
    assert v.status == "done" and v.conducted_on is not None
    assert view.surveys_model.index(0, SurveysTableModel.STATUS).data() == "已完成"


# --- responses ------------------------------------------------------------------------------


def test_enter_responses_one_after_another(qtbot, view, org_session):
    surveys.plan_survey(org_session.ctx, 2025, 2)
    view.refresh()
    view.ui.tabs.setCurrentWidget(view.ui.responsesTab)
    view.ui.addResponseButton.click()
    d = view.dialog
    assert isinstance(d, ResponseDialog)
    d.ui.customerEdit.setText("北京银联商务")
    d.ui.respondentEdit.setText("王主任")
    d._scores["responsiveness"].setCurrentIndex(d._scores["responsiveness"].findData(2))
    d.ui.overallCombo.setFocus()
    qtbot.keyClicks(d.ui.overallCombo, "2")  # type the digit
    assert d.ui.overallCombo.currentData() == 2
    assert d.ui.validityLabel.text()  # "a follow-up will be opened"
    d.ui.commentEdit.setPlainText("夜间报障响应太慢")
    d.next_button.click()
    assert view.dialog is d and d.ui.customerEdit.text() == "" and d.saved == 1
    d.ui.customerEdit.setText("国网北京电力")
    d.ui.overallCombo.setCurrentIndex(d.ui.overallCombo.findData(5))
    _save(d)
    assert view.dialog is None
    rows = surveys.list_responses(org_session.ctx, "2025-Q2")
    assert [(r.customer, r.overall) for r in rows] == [("北京银联商务", 2), ("国网北京电力", 5)]
    assert rows[0].scores == {"responsiveness": 2} and rows[0].follow_up_status == "open"
    assert view.responses_model.rowCount() == 2
    assert view.ui.satisfiedValue.text() == "50.0%"


def test_correct_and_delete_a_response(qtbot, view, org_session, boxes):
    key = _with_responses(org_session.ctx)
    view.refresh()
    view.ui.tabs.setCurrentWidget(view.ui.responsesTab)
    table = view.ui.responsesTable
    table.selectRow(4)  # 戊, no overall score
    view.ui.editResponseButton.click()
    d = view.dialog
    assert d.ui.customerEdit.text() == "戊" and d.ui.overallCombo.currentData() is None
    d.ui.overallCombo.setCurrentIndex(d.ui.overallCombo.findData(4))
    _save(d)
    assert surveys.analyse(org_session.ctx, key).valid == 5
    assert view.ui.validValue.text() == "5"

    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "question" in [kind for kind, _t, _x in boxes.shown]
    assert [r.customer for r in surveys.list_responses(org_session.ctx, key)] == [
        "乙",
        "丙",
        "丁",
        "戊",
    ]
    assert view.responses_model.rowCount() == 4


# --- import ---------------------------------------------------------------------------------


def test_import_a_csv_in_the_background(qtbot, view, org_session, boxes, file_dialogs, tmp_path):
    surveys.plan_survey(org_session.ctx, 2025, 2)
    view.refresh()
    path = tmp_path / "q2.csv"
    path.write_bytes(CSV.encode("gb18030"))
    file_dialogs.open_path = str(path)
    view.ui.tabs.setCurrentWidget(view.ui.responsesTab)
    view.ui.importButton.click()
    assert view.job is not None and not view.ui.importButton.isEnabled()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=WAIT_MS)
    kind, _title, text = boxes.shown[-1]
    assert kind == "information" and "4" in text and "q2.csv" in text
    rows = surveys.list_responses(org_session.ctx, "2025-Q2")
    assert [r.customer for r in rows] == ["甲公司", "乙公司", "丙公司", "丁公司"]
    assert view.responses_model.rowCount() == 4
    assert view.ui.validValue.text() == "3"
    qtbot.waitUntil(lambda: view.ui.importButton.isEnabled(), timeout=WAIT_MS)

    # The same file again: refused where the user is, nothing doubled.
    view.ui.importButton.click()
    qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=WAIT_MS)
    assert boxes.shown[-1][0] == "warning" and "不会重复导入" in boxes.shown[-1][2]
    assert len(surveys.list_responses(org_session.ctx, "2025-Q2")) == 4


def test_a_csv_with_bad_rows_imports_nothing_and_lists_them(
    qtbot, view, org_session, boxes, file_dialogs, tmp_path
):
    surveys.plan_survey(org_session.ctx, 2025, 2)
    view.refresh()
    path = tmp_path / "bad.csv"
    bad = CSV.replace("乙公司,李四,3,", "乙公司,李四,6,").replace(
        "丁公司,赵六,4,4,4,4,4,4", "丁公司,赵六,4,4,4,4,4,很好"
    )
    path.write_text(bad, encoding="utf-8")
    file_dialogs.open_path = str(path)
    view.import_csv()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=WAIT_MS)
    kind, _title, text = boxes.shown[-1]
    assert kind == "warning"
    lines = text.splitlines()
    assert len(lines) == 3  # the summary and one line per bad row
    assert "3" in lines[1] and "安全性" in lines[1] and "“6”" in lines[1]
    assert "5" in lines[2] and "总体满意度" in lines[2] and "整数" in lines[2]  # Chinese part
    assert surveys.list_responses(org_session.ctx, "2025-Q2") == []
    assert view.responses_model.rowCount() == 0


# --- analysis and follow-up -----------------------------------------------------------------


def test_the_analysis_shows_the_services_numbers(qtbot, view, org_session):
    key = _with_responses(org_session.ctx)
    view.refresh()
    a = surveys.analyse(org_session.ctx, key)
    ui = view.ui
    assert view.analysis == a
    assert ui.validValue.text() == "4" and "5" in ui.validDetail.text()  # of 5 received
    assert ui.meanValue.text() == "3.50"
    assert ui.scoreRateValue.text() == "70.0%"
    assert ui.satisfiedValue.text() == "50.0%"
    assert MISSED_RED in ui.satisfiedValue.styleSheet()  # below the default 80 % target
    assert "80.0%" in ui.targetLabel.text()
    names, means, scores, bands = view.chart_data()
    assert names[:5] == ["安全性", "可靠性", "响应性", "有形性", "友好性"]
    assert means == [round(d.mean, 2) for d in a.dimensions] + [3.5]
    assert means[:3] == [4.0, 3.25, 2.75]
    assert scores[0].startswith("1 ") and "非常满意" in scores[4]
    assert [sum(col) for col in zip(*bands.values(), strict=True)] == list(a.distribution)
    for chart in (view.dimension_chart, view.distribution_chart):
        assert chart.renderer().isValid()
    assert view.follow_model.rowCount() == 1


def test_the_follow_up_of_a_dissatisfied_customer_is_saved(qtbot, view, org_session, boxes):
    key = _with_responses(org_session.ctx)
    view.refresh()
    ui = view.ui
    # The one still open is selected for the user.
    assert ui.dissatisfiedTable.currentIndex().row() == 0
    assert ui.followStatusCombo.isEnabled() and ui.followStatusCombo.currentData() == "open"
    ui.followStatusCombo.setCurrentIndex(ui.followStatusCombo.findData("done"))
    ui.saveFollowUpButton.click()
    assert "say what" in "".join(boxes.texts()) or "请写明" in "".join(boxes.texts())
    assert surveys.analyse(org_session.ctx, key).open_follow_ups == 1
    ui.followNoteEdit.setPlainText("3月28日电话回访,已调整夜班值守")
    ui.saveFollowUpButton.click()
    (r,) = surveys.analyse(org_session.ctx, key).dissatisfied
    assert (r.follow_up_status, r.follow_up) == ("done", "3月28日电话回访,已调整夜班值守")
    assert view.follow_model.index(0, FollowUpsTableModel.STATUS).data() == "已跟进"
    assert view.surveys_model.index(0, SurveysTableModel.OPEN).data() == "0"


def test_typed_text_is_saved_when_the_user_moves_on(qtbot, view, org_session):
    ctx = org_session.ctx
    key = _with_responses(ctx)
    surveys.plan_survey(ctx, 2025, 1)
    view.refresh(select_id=surveys.get_survey(ctx, key).id)
    ui = view.ui
    ui.followNoteEdit.setPlainText("已致电客户")
    ui.followNoteEdit.document().setModified(True)
    ui.conclusionsEdit.setPlainText("满意率未达标,响应性最低")
    ui.conclusionsEdit.document().setModified(True)
    other = view.surveys_model.row_of(surveys.get_survey(ctx, "2025-Q1").id)
    ui.surveysTable.selectRow(other)
    assert view._survey.key == "2025-Q1"
    assert surveys.get_survey(ctx, key).analysis == "满意率未达标,响应性最低"
    assert surveys.analyse(ctx, key).dissatisfied[0].follow_up == "已致电客户"


def test_coded_labels_follow_the_language(qtbot, view, org_session):
    _with_responses(org_session.ctx)
    view.refresh()
    status = view.surveys_model.index(0, SurveysTableModel.STATUS)
    assert status.data() == "进行中"
    assert view.chart_data()[0][0] == "安全性"
    org_session.set_language("en")
    try:
        qtbot.waitUntil(lambda: status.data() == "In progress", timeout=WAIT_MS)
        assert view.chart_data()[0][0] == "Safety"
        assert "In progress" in view.ui.headingLabel.text()
        header = view.responses_model.headerData(3, Qt.Orientation.Horizontal)
        assert header == "Safety"
    finally:
        org_session.set_language("zh_CN")


def test_nothing_typed_is_lost_when_the_page_reloads(qtbot, view, org_session, boxes):
    ctx = org_session.ctx
    key = _with_responses(ctx)
    view.refresh()
    ui = view.ui
    ui.conclusionsEdit.setPlainText("响应性最低,需加强夜班")
    ui.conclusionsEdit.document().setModified(True)
    ui.followNoteEdit.setPlainText("已上门回访")
    ui.saveFollowUpButton.click()  # saving one editor reloads the page: the other is kept
    assert surveys.get_survey(ctx, key).analysis == "响应性最低,需加强夜班"
    assert ui.conclusionsEdit.toPlainText() == "响应性最低,需加强夜班"
    # A status picked but not saved is saved when the page reloads for another reason.
    ui.followStatusCombo.setCurrentIndex(ui.followStatusCombo.findData("done"))
    org_session.changed.emit("surveys")
    qtbot.waitUntil(lambda: not view._stale)
    assert surveys.analyse(ctx, key).dissatisfied[0].follow_up_status == "done"
    assert boxes.shown == []
