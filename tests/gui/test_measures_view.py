"""The Measures page: the KPI grid against target, typing values and targets into it, the
trend chart, the ticket import dialog on the real ServiceNow sample, stock and knowledge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QLineEdit

from qa_desktop.gui.models.measure_models import (
    MEETS,
    MISSES,
    KbCountsModel,
    KpiGridModel,
    MonthFiguresModel,
    MovementsModel,
    ProblemsModel,
    StockMonthsModel,
    format_value,
    parse_entry,
)
from qa_desktop.gui.views.measures_view import MeasuresView
from qa_desktop.services import measures, stock_figures, ticket_import

SAMPLE = Path(__file__).resolve().parents[1] / "data/servicenow-incident-event-log-sample.csv"
YEAR = 2023  # a year the demo leaves empty
WAIT_MS = 20_000
G = KpiGridModel


@pytest.fixture
def view(qtbot, session):
    v = MeasuresView(session)
    qtbot.addWidget(v)
    v.resize(1180, 760)
    v.show()
    v.activate()
    return v


def _cell(v: MeasuresView, kpi: str, column: int):
    return v.grid_model.index(v.grid_model.row_of(kpi), column)


def _month_col(month: int) -> int:
    return G.FIRST_MONTH + month - 1


def _text(v, kpi, column):
    return v.grid_model.data(_cell(v, kpi, column))


# --- the grid ------------------------------------------------------------------------------


def test_grid_shows_what_the_services_hold(qtbot, view, session):
    ctx = session.ctx
    measures.set_value(ctx, "fcr", f"{YEAR}-01", numerator=8, denominator=10)
    measures.set_value(ctx, "fcr", f"{YEAR}-02", numerator=1, denominator=2)
    measures.set_value(ctx, "mttr_hours", f"{YEAR}-01", numerator=50, denominator=10)
    measures.set_target(ctx, YEAR, "mttr_hours", 4)
    view.set_year(YEAR)
    assert view.ui.yearCombo.currentData() == YEAR
    assert _text(view, "fcr", _month_col(1)) == "80.0%"
    assert _text(view, "fcr", _month_col(3)) == ""  # no value: an empty cell, not 0
    assert _text(view, "fcr", G.FIRST_QUARTER) == "75.0%"  # 9 of 12, not the mean 65 %
    assert _text(view, "fcr", G.YEAR) == "75.0%"
    assert _text(view, "fcr", G.TARGET) == "≥ 75.0%"  # the reference target
    assert _text(view, "mttr_hours", _month_col(1)) == "5.0 h"
    assert _text(view, "mttr_hours", G.TARGET) == "≤ 4.0 h"
    model = view.grid_model
    back = Qt.ItemDataRole.BackgroundRole
    assert model.data(_cell(view, "fcr", _month_col(1)), back).color() == MEETS
    assert model.data(_cell(view, "fcr", _month_col(2)), back).color() == MISSES
    assert model.data(_cell(view, "mttr_hours", G.YEAR), back).color() == MISSES  # lower is better
    assert model.data(_cell(view, "fcr", _month_col(3)), back) is None
    tip = model.data(_cell(view, "fcr", _month_col(1)), Qt.ItemDataRole.ToolTipRole)
    assert "8" in tip and "10" in tip
    assert model.data(_cell(view, "fcr", _month_col(2)), Qt.ItemDataRole.EditRole) == "1/2"
    italic = model.data(_cell(view, "fcr", G.TARGET), Qt.ItemDataRole.FontRole)
    assert italic.italic()  # a reference value, not one the user set
    assert not model.flags(_cell(view, "fcr", G.YEAR)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(_cell(view, "fcr", _month_col(5))) & Qt.ItemFlag.ItemIsEditable


def _type_into(qtbot, v, index, text):
    grid = v.ui.gridView
    grid.setCurrentIndex(index)
    grid.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=WAIT_MS)


def test_typing_into_the_grid_lands_in_the_database(qtbot, view, session, boxes):
    view.set_year(YEAR)
    _type_into(qtbot, view, _cell(view, "fcr", _month_col(2)), "17/20")
    got = measures.get_value(session.ctx, "fcr", f"{YEAR}-02")
    assert (got.numerator, got.denominator, got.source) == (17, 20, "manual")
    _type_into(qtbot, view, _cell(view, "sla_rate", _month_col(3)), "92%")
    assert measures.get_value(session.ctx, "sla_rate", f"{YEAR}-03").value == pytest.approx(0.92)
    _type_into(qtbot, view, _cell(view, "mttr_hours", _month_col(3)), "6.5")
    assert measures.get_value(session.ctx, "mttr_hours", f"{YEAR}-03").value == 6.5
    _type_into(qtbot, view, _cell(view, "sla_rate", G.TARGET), "95")
    assert measures.get_target(session.ctx, YEAR, "sla_rate").target == pytest.approx(0.95)
    qtbot.waitUntil(lambda: _text(view, "fcr", _month_col(2)) == "85.0%", timeout=WAIT_MS)
    assert _text(view, "sla_rate", G.TARGET) == "≥ 95.0%"
    assert boxes.shown == []
    # Delete clears the current month
    view.ui.gridView.setCurrentIndex(_cell(view, "fcr", _month_col(2)))
    view.ui.gridView.setFocus()
    qtbot.keyClick(view.ui.gridView, Qt.Key.Key_Delete)
    assert measures.get_value(session.ctx, "fcr", f"{YEAR}-02") is None


def test_bad_typing_is_refused_and_nothing_stored(qtbot, view, session, boxes):
    view.set_year(YEAR)
    _type_into(qtbot, view, _cell(view, "fcr", _month_col(4)), "lots")
    _type_into(qtbot, view, _cell(view, "fcr", _month_col(5)), "21/20")
    assert len(boxes.shown) == 2 and "lots" in boxes.shown[0][2]
    assert measures.list_values(session.ctx, YEAR) == []


def test_parse_entry():
    assert parse_entry("fcr", "85") == ("value", 0.85, None)
    assert parse_entry("fcr", "85 ％") == ("value", 0.85, None)
    assert parse_entry("fcr", "17 of 20") == ("parts", 17, 20)
    assert parse_entry("mttr_hours", "640/52") == ("parts", 640, 52)
    assert parse_entry("mttr_hours", "12.5") == ("value", 12.5, None)
    assert parse_entry("kb_rate", " ") == ("clear", None, None)
    with pytest.raises(ValueError):
        parse_entry("mttr_hours", "12%")


def test_parts_dialog(qtbot, view, session):
    view.set_year(YEAR)
    view.ui.gridView.setCurrentIndex(_cell(view, "kb_rate", _month_col(6)))
    view.enter_parts()
    dialog = view.parts_dialog
    assert dialog.isVisible()
    dialog.ui.numeratorSpin.setValue(30)
    dialog.ui.denominatorSpin.setValue(25)  # more than all: refused by the dialog itself
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.ui.denominatorSpin.setValue(120)
    assert "25.0%" in dialog.ui.resultLabel.text()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    got = measures.get_value(session.ctx, "kb_rate", f"{YEAR}-06")
    assert (got.numerator, got.denominator) == (30, 120)
    qtbot.waitUntil(lambda: _text(view, "kb_rate", _month_col(6)) == "25.0%", timeout=WAIT_MS)


def test_trend_chart_of_the_selected_measure(qtbot, view, session):
    measures.set_value(session.ctx, "sla_rate", f"{YEAR - 1}-05", 0.8)
    measures.set_value(session.ctx, "sla_rate", f"{YEAR}-05", 0.9)
    view.set_year(YEAR)
    view.ui.gridView.setCurrentIndex(_cell(view, "sla_rate", _month_col(5)))
    title, labels, series, target, _fmt = view.chart_data()
    assert "SLA达成率" in title and len(labels) == 12
    assert series[str(YEAR)][4] == pytest.approx(90) and series[str(YEAR - 1)][4] == pytest.approx(
        80
    )
    assert target == pytest.approx(90)  # the reference target, as a percentage
    assert view.chart.renderer().isValid()


# --- the import dialog ---------------------------------------------------------------------


def test_import_dialog_previews_the_sample_in_the_worker_and_imports(qtbot, view, session):
    before = ticket_import.ticket_count(session.ctx)
    view.open_import()
    dialog = view.import_dialog
    dialog.set_file(str(SAMPLE))
    assert dialog.ui.profileCombo.currentData() == "servicenow"
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    preview = dialog.preview
    assert preview.ok and preview.tickets == 890 and preview.rows_read == 5998
    assert dialog.months_model.rowCount() == len(preview.months) == 11
    assert dialog.months_model.data(dialog.months_model.index(1, 0)) == "2016-03"
    assert ticket_import.ticket_count(session.ctx) == before  # a preview writes nothing
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
    assert dialog.result.inserted == 890
    assert ticket_import.ticket_count(session.ctx) == before + 890
    qtbot.waitUntil(lambda: view.year == 2016, timeout=WAIT_MS)
    stored = measures.get_value(session.ctx, "fcr", "2016-03")
    assert _text(view, "fcr", _month_col(3)) == f"{stored.value * 100:.1f}%"
    assert _text(view, "mttr_hours", _month_col(2)) == "3.6 h"


def test_import_dialog_lists_problems_and_offers_no_import(qtbot, view, session, tmp_path):
    before = ticket_import.ticket_count(session.ctx)  # the demo year's own export
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "number,opened_at,resolved_at,priority,made_sla,knowledge,reassignment_count,"
        "reopen_count,sys_mod_count\nINC1,yesterday,?,3,?,?,0,0,1\n",
        encoding="utf-8",
    )
    view.open_import()
    dialog = view.import_dialog
    dialog.set_file(str(bad))
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert not dialog.preview.ok
    assert dialog.problems_model.rowCount() == 1
    assert dialog.problems_model.data(dialog.problems_model.index(0, 2)) == "yesterday"
    assert dialog.ui.resultTabs.currentWidget() is dialog.ui.problemsTab
    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # refused without a clean preview
    assert ticket_import.ticket_count(session.ctx) == before


def test_a_profile_made_from_the_files_headers(qtbot, view, session, tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text(
        "工单号,创建时间,解决时间,优先级,转派次数,关联知识\n"
        "SD-1,2023-04-01 09:00:00,2023-04-01 12:00:00,P2,0,是\n"
        "SD-2,2023-04-02 09:00:00,2023-04-02 10:00:00,P3,2,否\n",
        encoding="gb18030",
    )
    view.open_import()
    dialog = view.import_dialog
    dialog.set_file(str(path))
    dialog.ui.mappingButton.setChecked(True)
    combos = dialog.field_combos
    assert combos["number"].currentData() == "工单号"  # guessed from the header
    assert combos["resolved_at"].currentData() == "解决时间"
    assert combos["version"].currentData() == ""  # not in this file
    combos["opened_at"].setCurrentIndex(combos["opened_at"].findData("创建时间"))
    combos["reassignment_count"].setCurrentIndex(combos["reassignment_count"].findData("转派次数"))
    assert dialog.ui.datesEdit.text() == "dd-mm-yyyy HH:MM"  # the servicenow profile's
    dialog.ui.datesEdit.setText("yyyy-mm-dd HH:MM:ss")
    dialog.ui.trueEdit.setText("是")
    dialog.ui.falseEdit.setText("否")
    dialog.ui.nameEdit.setText("自建服务台")
    qtbot.mouseClick(dialog.ui.saveProfileButton, Qt.MouseButton.LeftButton)
    assert "自建服务台" in [p.name for p in ticket_import.list_profiles(session.ctx)]
    assert dialog.ui.profileCombo.currentData() == "自建服务台"
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert dialog.preview.ok, dialog.preview.problems
    (april,) = dialog.preview.months
    assert (april.tickets, april.fcr_first, april.kb_linked) == (2, 1, 1)


# --- spare parts and knowledge ---------------------------------------------------------------


def test_stock_and_knowledge_entry(qtbot, view, session):
    view.set_year(YEAR)
    view.ui.tabs.setCurrentWidget(view.ui.stockTab)
    stock = view.stock_model
    assert stock.rowCount() == 12
    assert stock.setData(stock.index(0, StockMonthsModel.CLOSING), "100000")
    assert stock.setData(stock.index(1, StockMonthsModel.CLOSING), "80,000")
    ui = view.ui
    ui.moveDateEdit.setDate(date(YEAR, 2, 10))
    ui.partEdit.setText("硬盘")
    ui.directionCombo.setCurrentIndex(ui.directionCombo.findData("out"))
    ui.quantitySpin.setValue(9)
    ui.unitCostSpin.setValue(1000)
    qtbot.mouseClick(ui.addMoveButton, Qt.MouseButton.LeftButton)
    (mv,) = stock_figures.list_movements(session.ctx, YEAR)
    assert (mv.part, mv.cost, mv.direction) == ("硬盘", 9000, "out")
    turnover = measures.get_value(session.ctx, "inventory_turnover", f"{YEAR}-02")
    assert turnover.value == pytest.approx(9000 / 90000)
    qtbot.waitUntil(lambda: view.movements_model.rowCount() == 1, timeout=WAIT_MS)
    assert stock.data(stock.index(1, StockMonthsModel.TURNOVER)) == "0.10"
    kb = view.kb_model
    assert kb.setData(kb.index(2, KbCountsModel.TOTAL), "400")
    assert kb.setData(kb.index(2, KbCountsModel.ACTIVE), "100")
    assert kb.data(kb.index(2, KbCountsModel.RATE)) == "25.0%"
    assert stock_figures.kb_months(session.ctx, YEAR)[2].active == 100
    view.ui.movementsView.setCurrentIndex(view.movements_model.index(0, 0))
    qtbot.mouseClick(ui.deleteMoveButton, Qt.MouseButton.LeftButton)
    assert stock_figures.list_movements(session.ctx, YEAR) == []


# --- the models pass Qt's model tester ---------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, session):
    ctx = session.ctx
    measures.set_value(ctx, "fcr", f"{YEAR}-01", numerator=8, denominator=10)
    stock_figures.set_stock_level(ctx, f"{YEAR}-01", 1000)
    stock_figures.record_movement(ctx, date(YEAR, 1, 5), "x", 1, 10, "out")
    stock_figures.set_kb_counts(ctx, f"{YEAR}-01", 10, 5, 1)
    grid = KpiGridModel(session)
    grid.load(YEAR)
    qtmodeltester.check(grid)
    for model in (StockMonthsModel(session), KbCountsModel(session), MovementsModel(session)):
        model.load(YEAR)
        qtmodeltester.check(model)
    preview = ticket_import.preview_import(ctx, SAMPLE, "servicenow")
    months = MonthFiguresModel()
    months.set_months(preview.months)
    qtmodeltester.check(months)
    problems = ProblemsModel(session)
    problems.set_problems(
        [ticket_import.RowProblem(3, "opened_at", "x", "日期无法识别 / not a date")]
    )
    qtmodeltester.check(problems)


def test_language_switch_relabels_the_grid(qtbot, view, session):
    measures.set_value(session.ctx, "fcr", f"{YEAR}-01", numerator=8, denominator=10)
    view.set_year(YEAR)
    name = view.grid_model.index(view.grid_model.row_of("fcr"), G.NAME)
    assert view.grid_model.data(name) == "服务台一次性解决率"
    session.set_language("en")
    try:
        assert view.grid_model.data(name) == "First-contact resolution"
        assert view.ui.directionCombo.count() == 2
        assert _text(view, "fcr", _month_col(1)) == "80.0%"
    finally:
        session.set_language("zh_CN")


def test_stock_movements_import_in_the_background_and_show_their_year(
    qtbot, view, session, tmp_path, file_dialogs, boxes
):
    path = tmp_path / "moves.csv"
    path.write_text(
        "日期,备件,数量,单价,方向,单号\n2024-03-02,服务器硬盘,2,1850,出库,INC1\n"
        "2024-03-09,服务器硬盘,10,1850,入库,PO7\n",
        encoding="utf-8",
    )
    file_dialogs.open_path = str(path)
    view.import_movements()
    qtbot.waitUntil(lambda: view.import_job is None, timeout=WAIT_MS)
    assert view.year == 2024
    assert "2" in view.ui.statusLabel.text() and "2024-03" in view.ui.statusLabel.text()
    moves = stock_figures.list_movements(session.ctx, 2024)
    assert sorted(m.direction for m in moves) == ["in", "out"]
    assert boxes.shown == []
    view.import_movements()  # the same file again is refused, nothing doubled
    qtbot.waitUntil(lambda: view.import_job is None, timeout=WAIT_MS)
    assert len(stock_figures.list_movements(session.ctx, 2024)) == 2
    [(kind, _title, text)] = boxes.shown
    assert kind == "warning" and "moves.csv" in text


def test_an_open_roll_up_says_why_in_its_tooltip(qtbot, view, session):
    view.set_year(2025)
    model = view.grid_model
    row = next(r for r in range(model.rowCount()) if model.kpi_year(r).kpi == "sla_rate")
    measures.set_value(session.ctx, "sla_rate", "2025-03", 0.5)  # bare, beside ticket months
    view.refresh()
    q1 = model.index(row, model.FIRST_QUARTER)
    assert q1.data() == format_value("sla_rate", None)
    assert "Ctrl+E" in q1.data(Qt.ItemDataRole.ToolTipRole)
    q2 = model.index(row, model.FIRST_QUARTER + 1)
    assert "Ctrl+E" not in (q2.data(Qt.ItemDataRole.ToolTipRole) or "")
