"""The Measures page: the six KPIs of a year against target, their trend, and the figures
(spare-parts stock, knowledge-base counts) that no ticket export carries.

The grid is KPIs × months with the quarters and the year rolled up by the services from the
months' parts. A month is typed into its cell ("85", "85%", "17/20") or entered as n of N;
the target column is edited the same way. Imports of tickets run in their own dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontInfo, QKeySequence, QShortcut
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QSizePolicy, QWidget

from qa_desktop.domain.kpi import KPI_DEFINITIONS
from qa_desktop.reports import charts
from qa_desktop.services import measures, stock_figures
from qa_desktop.services.context import ServiceError
from qa_desktop.services.programme import latest_year_with_data

from ..dialogs.kpi_parts_dialog import KpiPartsDialog
from ..dialogs.ticket_import_dialog import TicketImportDialog
from ..forms.ui_measures_view import Ui_MeasuresView
from ..models.measure_models import (
    ID_ROLE,
    KbCountsModel,
    KpiGridModel,
    MovementsModel,
    StockMonthsModel,
    format_value,
)
from ..session import ALL, MEASURES, SURVEYS, AppSession
from ..workers import run_in_background
from .nc_common import refill

RESIZE_DELAY_MS = 80
# What this page shows: its own figures, and the satisfaction surveys' csat months.
_RELEVANT = {MEASURES, SURVEYS, ALL}


class MeasuresView(QWidget):
    updated = Signal()  # the page shows fresh figures

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_MeasuresView()
        self.ui.setupUi(self)
        ui = self.ui
        self.year = session.ctx.today().year
        self._year_chosen = False  # until the user picks one, the page opens on the latest data
        self._dirty = True
        self.import_dialog: TicketImportDialog | None = None
        self.parts_dialog: KpiPartsDialog | None = None
        self.import_job = None  # the stock-movement import running in the background
        self._chart_kpi = next(iter(KPI_DEFINITIONS))

        self.grid_model = KpiGridModel(session, self)
        self.grid_model.message_parent = self
        ui.gridView.setModel(self.grid_model)
        header = ui.gridView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (KpiGridModel.NAME, KpiGridModel.TARGET):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(52)
        ui.gridView.verticalHeader().hide()
        ui.gridView.selectionModel().currentChanged.connect(self._current_changed)

        self.stock_model = StockMonthsModel(session, self)
        self.stock_model.message_parent = self
        self.kb_model = KbCountsModel(session, self)
        self.kb_model.message_parent = self
        self.movements_model = MovementsModel(session, self)
        for view, model in (
            (ui.stockView, self.stock_model),
            (ui.kbView, self.kb_model),
            (ui.movementsView, self.movements_model),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(round(view.fontMetrics().height() * 1.6))
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        # A year's twelve months show whole in both small tables.
        for view in (ui.stockView, ui.kbView):
            rows = view.verticalHeader().defaultSectionSize() * 12
            view.setMinimumHeight(rows + view.horizontalHeader().sizeHint().height() + 4)

        for view in (ui.gridView, ui.stockView, ui.kbView):
            view.itemDelegate().closeEditor.connect(self._editor_closed)

        self.chart = QSvgWidget(self)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart.setMinimumSize(320, 200)
        self.chart.installEventFilter(self)
        ui.chartLayout.addWidget(self.chart)
        ui.measuresSplitter.setStretchFactor(0, 0)
        ui.measuresSplitter.setStretchFactor(1, 1)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(RESIZE_DELAY_MS)
        self._redraw.timeout.connect(self._draw_chart)

        self.parts_action = QAction(self)
        self.parts_action.setShortcut(QKeySequence("Ctrl+E"))
        self.parts_action.triggered.connect(self.enter_parts)
        self.clear_action = QAction(self)
        self.clear_action.triggered.connect(self.clear_current)
        ui.gridView.addAction(self.parts_action)
        ui.gridView.addAction(self.clear_action)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.gridView)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.clear_current)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self.open_import)

        ui.yearCombo.activated.connect(lambda _i: self.set_year(ui.yearCombo.currentData()))
        ui.importButton.clicked.connect(self.open_import)
        ui.partsButton.clicked.connect(self.enter_parts)
        ui.clearButton.clicked.connect(self.clear_current)
        ui.addMoveButton.clicked.connect(self.add_movement)
        ui.importMovesButton.clicked.connect(self.import_movements)
        ui.deleteMoveButton.clicked.connect(self.delete_movement)
        ui.moveDateEdit.setDate(QDate(session.ctx.today()))
        session.changed.connect(self._on_changed)
        self._retranslate()

    # --- page contract ------------------------------------------------------------------

    def activate(self) -> None:
        if self._dirty:
            self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind not in _RELEVANT:
            return
        self._dirty = True
        if self.isVisible():
            # Queued: the change may come from an editor still closing over the grid model.
            QTimer.singleShot(0, self._refresh_if_dirty)

    def _editing(self) -> bool:
        views = (self.ui.gridView, self.ui.stockView, self.ui.kbView)
        return any(v.state() == QAbstractItemView.State.EditingState for v in views)

    def _refresh_if_dirty(self) -> None:
        # A reset would close the editor the user is typing in; refresh when it closes.
        if self._dirty and not self._editing():
            self.refresh()

    def _editor_closed(self, *_args) -> None:
        if self._dirty:
            QTimer.singleShot(0, self._refresh_if_dirty)

    def refresh(self) -> None:
        """Reload everything of the shown year; keeps the current cell."""
        self._dirty = False
        current = self.ui.gridView.currentIndex()
        cell = (current.row(), current.column()) if current.isValid() else None
        try:
            years = measures.measure_years(self.session.ctx)
            if not self._year_chosen:
                with_data = measures.measure_years(self.session.ctx, with_current=False)
                self.year = latest_year_with_data(with_data, self.session.ctx.today().year)
                self._year_chosen = True
            self._fill_years(years)
            self.grid_model.load(self.year)
            self.stock_model.load(self.year)
            self.kb_model.load(self.year)
            self.movements_model.load(self.year)
        except ServiceError as exc:
            self.ui.statusLabel.setText(self.session.text(str(exc)))
            return
        self._fit_grid()
        self._update_status()
        if cell is not None:
            # Restoring the cell shows it and draws its chart (_current_changed).
            self.ui.gridView.setCurrentIndex(self.grid_model.index(*cell))
        else:
            self._show_cell()
            self._draw_chart()
        self.updated.emit()

    def _fit_grid(self) -> None:
        """Six rows always show whole; the chart takes the rest of the height."""
        view = self.ui.gridView
        row_height = round(view.fontMetrics().height() * 1.8)
        for r in range(self.grid_model.rowCount()):
            view.setRowHeight(r, row_height)
        rows = row_height * self.grid_model.rowCount()
        height = rows + view.horizontalHeader().height() + 2 * view.frameWidth()
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().height()
        view.setMinimumHeight(height)
        view.setMaximumHeight(height)
        pane = self.ui.gridPane
        pane.setMaximumHeight(pane.sizeHint().height())

    def set_year(self, year: int | None) -> None:
        if year is None:
            return
        self.year = int(year)
        self._year_chosen = True
        when = self.ui.moveDateEdit.date()
        if when.year() != self.year:  # new movements default into the year on screen
            self.ui.moveDateEdit.setDate(QDate(self.year, when.month(), min(when.day(), 28)))
        self._dirty = True
        self.refresh()

    def _fill_years(self, years: list[int]) -> None:
        years = sorted(set(years) | {self.year}, reverse=True)
        refill(self.ui.yearCombo, [(str(y), y) for y in years], keep=self.year)

    def _update_status(self) -> None:
        rows = [self.grid_model.kpi_year(r) for r in range(self.grid_model.rowCount())]
        judged = [r for r in rows if r.meets_target is not None]
        met = sum(1 for r in judged if r.meets_target)
        with_values = sum(1 for r in rows if r.year_value is not None)
        if not with_values:
            text = self.tr(
                "No measures for {year} yet: import tickets or type values into the grid."
            )
        else:
            text = self.tr("{year}: {met} of {judged} measures with a target meet it.")
        self.ui.statusLabel.setText(text.format(year=self.year, met=met, judged=len(judged)))

    # --- the current cell ---------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_cell()
        if current.isValid() and (not previous.isValid() or current.row() != previous.row()):
            self._chart_kpi = self.grid_model.kpi_year(current.row()).kpi
            self._draw_chart()

    def _current_month(self) -> tuple[str, str, object] | None:
        """(kpi, period, MonthValue) of the current cell when it is a month."""
        index = self.ui.gridView.currentIndex()
        m = self.grid_model
        if not index.isValid() or not m.FIRST_MONTH <= index.column() < m.FIRST_QUARTER:
            return None
        row = m.kpi_year(index.row())
        month = row.months[index.column() - m.FIRST_MONTH]
        return row.kpi, month.period, month

    def _show_cell(self) -> None:
        found = self._current_month()
        self.ui.partsButton.setEnabled(found is not None)
        self.ui.clearButton.setEnabled(found is not None and found[2].value is not None)
        self.parts_action.setEnabled(found is not None)
        if found is None:
            self.ui.cellLabel.clear()
            return
        kpi, period, month = found
        name = KPI_DEFINITIONS[kpi].name(self.session.language)
        if month.value is None:
            self.ui.cellLabel.setText(
                self.tr("{name}, {period}: no value — double-click to type one").format(
                    name=name, period=period
                )
            )
            return
        parts = ""
        if month.denominator != 1:
            parts = self.tr(" ({n} of {d})").format(
                n=f"{month.numerator:g}", d=f"{month.denominator:g}"
            )
        text = f"{name}, {period}: {format_value(kpi, month.value)}{parts}"
        try:
            stored = measures.get_value(self.session.ctx, kpi, period)
        except ServiceError:
            stored = None
        details = stored.details if stored is not None else {}
        if details.get("median_hours") is not None:
            text += self.tr(" · median {median}, P90 {p90}").format(
                median=format_value(kpi, details["median_hours"]),
                p90=format_value(kpi, details.get("p90_hours")),
            )
        if details.get("turnover_days") is not None:
            text += self.tr(" · {days} turnover days").format(
                days=f"{details['turnover_days']:.0f}"
            )
        self.ui.cellLabel.setText(text)

    # --- entering values ------------------------------------------------------------------

    def enter_parts(self) -> None:
        found = self._current_month()
        if found is None:
            return
        kpi, period, month = found
        dialog = KpiPartsDialog(
            kpi,
            period,
            month.numerator,
            month.denominator,
            language=self.session.language,
            parent=self,
        )
        self.parts_dialog = dialog

        def save() -> None:
            n, d = dialog.parts()
            self.session.call(
                self,
                measures.set_value,
                kpi,
                period,
                numerator=n,
                denominator=d,
                changed=MEASURES,
            )

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def clear_current(self) -> None:
        index = self.ui.gridView.currentIndex()
        if not index.isValid():
            return
        if index.column() == self.grid_model.TARGET:
            self.grid_model.set_target(self.grid_model.kpi_year(index.row()).kpi, "")
            return
        found = self._current_month()
        if found is not None and found[2].value is not None:
            self.session.call(self, measures.clear_value, found[0], found[1], changed=MEASURES)

    # --- ticket import ----------------------------------------------------------------------

    def open_import(self) -> None:
        dialog = TicketImportDialog(self.session, self)
        self.import_dialog = dialog
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _imported(self, result) -> None:
        if result.months:
            # Show the year that holds most of the imported tickets.
            per_year: dict[int, int] = {}
            for m in result.months:
                per_year[int(m.period[:4])] = per_year.get(int(m.period[:4]), 0) + m.tickets
            self.year = max(per_year, key=lambda y: (per_year[y], y))
        self._dirty = True
        self.refresh()
        self.ui.statusLabel.setText(
            self.tr(
                "Imported {file}: {new} new and {updated} updated tickets; {months} months "
                "recomputed in {seconds} s."
            ).format(
                file=result.file_name,
                new=result.inserted,
                updated=result.updated,
                months=len(result.months),
                seconds=f"{result.seconds:.1f}",
            )
        )

    # --- stock and knowledge ------------------------------------------------------------------

    def add_movement(self) -> None:
        ui = self.ui
        ok, _ = self.session.call(
            self,
            stock_figures.record_movement,
            ui.moveDateEdit.date().toPython(),
            ui.partEdit.text(),
            ui.quantitySpin.value(),
            ui.unitCostSpin.value(),
            ui.directionCombo.currentData(),
            ui.referenceEdit.text(),
            changed=MEASURES,
        )
        if ok:
            ui.partEdit.clear()
            ui.referenceEdit.clear()
            ui.partEdit.setFocus()

    def delete_movement(self) -> None:
        index = self.ui.movementsView.currentIndex()
        if not index.isValid():
            return
        movement_id = self.movements_model.data(index, ID_ROLE)
        self.session.call(self, stock_figures.delete_movement, movement_id, changed=MEASURES)

    def import_movements(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import stock movements"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if not path:
            return
        ctx = self.session.ctx
        # A spreadsheet of a year's movements is read and checked off the GUI thread.
        self.import_job = run_in_background(
            self,
            lambda _task: stock_figures.import_movements(ctx, Path(path)),
            title=self.tr("Importing stock movements…"),
            on_done=self._movements_imported,
            on_error=self._movements_failed,
            cancellable=False,
        )

    def _movements_failed(self, exc: Exception) -> None:
        self.import_job = None
        self.session.refuse(self, str(exc))

    def _movements_imported(self, report) -> None:
        self.import_job = None
        if not report.ok:
            lines = [
                self.tr("Row {row}, {column}: {message}").format(
                    row=p.row, column=p.column, message=self.session.text(p.message)
                )
                for p in report.problems[:12]
            ]
            self.session.refuse(
                self,
                self.tr("{count} problems; nothing was imported.\n{lines}").format(
                    count=report.problem_count, lines="\n".join(lines)
                ),
            )
            return
        self.session.changed.emit(MEASURES)
        # Refreshed now (on the file's latest year), so the queued refresh that the change
        # signal asked for does not replace the message below.
        if report.months:
            self.set_year(int(max(report.months)[:4]))
        else:
            self.refresh()
        self.ui.statusLabel.setText(
            self.tr("Imported {count} stock movements ({months}).").format(
                count=report.imported, months=", ".join(report.months)
            )
        )

    # --- the trend chart ----------------------------------------------------------------------

    def chart_data(self):
        """(title, month labels, {series: values}, target, value format) of the chart's KPI."""
        kpi = self._chart_kpi
        d = KPI_DEFINITIONS[kpi]
        trend = measures.trend(self.session.ctx, kpi, self.year)
        scale = 100.0 if d.unit == "%" else 1.0
        series = {
            str(y): [None if v is None else v * scale for v in values] for y, values in trend.series
        }
        target = None if trend.target is None else trend.target * scale
        if d.unit == "%":
            fmt = lambda v: f"{v:g}%"  # noqa: E731 - a one-line formatter for the axis
        elif d.unit == "h":
            fmt = lambda v: f"{v:g} h"  # noqa: E731
        else:
            fmt = lambda v: f"{v:g}"  # noqa: E731
        labels = [self.grid_model.headerData(c, Qt.Orientation.Horizontal) for c in range(2, 14)]
        title = self.tr("{name} — trend").format(name=d.name(self.session.language))
        return title, labels, series, target, fmt

    def _draw_chart(self) -> None:
        try:
            title, labels, series, target, fmt = self.chart_data()
        except ServiceError:
            return
        font = float(QFontInfo(self.font()).pixelSize())
        w = float(max(self.chart.width(), 320))
        h = float(max(self.chart.height(), 200))
        drawing = charts.line_chart(
            labels,
            series,
            target,
            title,
            width=w,
            height=h,
            font_size=font,
            value_format=fmt,
            target_label=self.tr("Target {target}").format(target=fmt(target))
            if target is not None
            else "",
            empty_text=self.tr("No values yet"),
            colors={str(self.year): charts.PALETTE[0], str(self.year - 1): "#9fb8c9"},
        )
        self.chart.load(QByteArray(charts.to_svg(drawing)))
        self.chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chart and event.type() == QEvent.Type.Resize:
            self._redraw.start()
        return super().eventFilter(watched, event)

    # --- language ---------------------------------------------------------------------------

    def _retranslate(self) -> None:
        ui = self.ui
        self.parts_action.setText(self.tr("Enter as n of N…"))
        self.clear_action.setText(self.tr("Clear"))
        combo = ui.directionCombo
        current = combo.currentData() or "out"
        combo.clear()
        combo.addItem(self.tr("Out (issued)"), "out")
        combo.addItem(self.tr("In (received)"), "in")
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.grid_model.retranslate()
            if not self._dirty:
                self._update_status()
                self._show_cell()
                self._draw_chart()
        super().changeEvent(event)
