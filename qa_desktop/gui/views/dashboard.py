"""The statistics of a year's nonconformities: four figures and two charts.

The figures come from services.nc_stats (grouped SQL, run on the thread pool: a year of a
large register takes longer than a frame); the charts are the same ReportLab drawings the
PDF reports print, shown as SVG and redrawn at the widget's size so text stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from qa_desktop.domain.enums import GRADE_LABELS, NC_STATUS_LABELS, PROCESS_LABELS
from qa_desktop.reports import charts
from qa_desktop.services import nc_stats
from qa_desktop.services.context import ServiceError
from qa_desktop.services.nc_stats import NcStatistics

from ..forms.ui_dashboard import Ui_DashboardView
from ..session import ALL, ANSWERS, NCS, AppSession
from ..workers import run_in_background

OVERDUE_RED = "#b3261e"
ALL_YEARS = -1  # the year combo's item for "all years" (None cannot be item data)
RESIZE_DELAY_MS = 80


class DashboardView(QWidget):
    """Figures and charts of the NCs of one year (or of all years)."""

    updated = Signal()  # new statistics are on screen

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        self.stats: NcStatistics | None = None
        self.years: tuple[int, ...] = ()
        self._dirty = True
        self._running = False
        self._again = False
        self._error = ""
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        for label in self._values():
            label.setFont(big)
        self.grade_chart = self._svg(self.ui.gradeLayout)
        self.status_chart = self._svg(self.ui.statusLayout)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(RESIZE_DELAY_MS)
        self._redraw_timer.timeout.connect(self._draw_charts)
        self.ui.yearCombo.activated.connect(lambda _i: self.refresh())
        session.changed.connect(self._on_changed)
        self._retranslate_tiles()

    def _svg(self, layout) -> QSvgWidget:
        widget = QSvgWidget(self)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        widget.setMinimumSize(240, 200)
        widget.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        widget.installEventFilter(self)
        layout.addWidget(widget)
        return widget

    def _values(self) -> list[QLabel]:
        ui = self.ui
        return [ui.closureValue, ui.daysValue, ui.overdueValue, ui.capaValue]

    # --- page contract ----------------------------------------------------------------------

    def activate(self) -> None:
        if self._dirty or self.stats is None:
            self.refresh()

    def refresh(self) -> None:
        """Recompute on the thread pool; a refresh asked for meanwhile runs once it ends."""
        self._dirty = False
        if self._running:
            self._again = True
            return
        self._running = True
        ctx = self.session.ctx
        chosen = self.ui.yearCombo.currentData()

        def work(_task):
            years = nc_stats.nc_years(ctx)
            year = _default_year(years, ctx.today().year) if chosen is None else chosen
            year = None if year == ALL_YEARS else year
            return years, nc_stats.nc_statistics(ctx, year=year)

        run_in_background(
            self,
            work,
            title=self.tr("Computing the statistics"),
            on_done=self._computed,
            on_error=self._failed,
            cancellable=False,
            show_progress=False,
        )

    def _on_changed(self, kind: str) -> None:
        if kind in (NCS, ANSWERS, ALL):
            self._dirty = True
            if self.isVisible():
                self.refresh()

    # --- results ----------------------------------------------------------------------------

    def _computed(self, result) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.years, self.stats = result
        self._error = ""
        self._fill_years()
        self._fill()
        self.updated.emit()

    def _failed(self, exc: Exception) -> None:
        self._running = False
        if not isinstance(exc, ServiceError):
            raise exc
        # A background refresh must not pop up a box; say it where the figures would be.
        self._error = self.session.text(str(exc))
        self.ui.scopeLabel.setText(self._error)

    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        shown = self.stats.year if self.stats.year is not None else ALL_YEARS
        years = sorted(set(self.years) | ({self.stats.year} if self.stats.year else set()))
        wanted = [(str(y), y) for y in reversed(years)] + [(self.tr("All years"), ALL_YEARS)]
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if current != wanted:
            combo.blockSignals(True)
            combo.clear()
            for text, data in wanted:
                combo.addItem(text, data)
            combo.blockSignals(False)
        combo.setCurrentIndex(max(combo.findData(shown), 0))

    def _fill(self) -> None:
        s = self.stats
        ui = self.ui
        n = QLocale().toString  # 100,000 rather than 100000
        ui.closureValue.setText(_percent(s.closure_rate))
        ui.closureDetail.setText(
            self.tr("{closed} of {counted} closed").format(closed=n(s.closed), counted=n(s.counted))
        )
        ui.daysValue.setText(_days(s.mean_days_to_close))
        ui.daysDetail.setText(
            self.tr("median {median}").format(median=_days(s.median_days_to_close))
        )
        ui.overdueValue.setText(n(s.overdue))
        ui.overdueValue.setStyleSheet(f"color: {OVERDUE_RED};" if s.overdue else "")
        ui.overdueDetail.setText(
            self.tr("overdue corrective actions: {count}").format(count=n(s.actions_overdue))
        )
        ui.capaValue.setText(_percent(s.capa_effectiveness_rate))
        ui.capaDetail.setText(
            self.tr("{effective} effective, {failed} not effective").format(
                effective=n(s.effective), failed=n(s.not_effective)
            )
        )
        for label in self._values():
            label.setAccessibleName(label.text())
        if s.year is None:
            scope = self.tr("All years: {total} nonconformities, {open} open")
        else:
            scope = self.tr("Found in {year}: {total} nonconformities, {open} open")
        ui.scopeLabel.setText(scope.format(total=n(s.total), year=s.year, open=n(s.open)))
        self._draw_charts()

    # --- charts -------------------------------------------------------------------------------

    def chart_data(self) -> tuple[list[str], dict[str, list[int]], list[str], list[int]]:
        """(processes, {grade: counts per process}, statuses, counts) in the user's language."""
        s = self.stats
        label = self.session.label
        by_process = s.grade_by_process()
        processes = list(by_process)
        series = {label(GRADE_LABELS, g): [by_process[p][g] for p in processes] for g in s.by_grade}
        shown = [(st, n) for st, n in s.by_status.items() if n]
        return (
            [label(PROCESS_LABELS, p) for p in processes],
            series,
            [label(NC_STATUS_LABELS, st) for st, _ in shown],
            [n for _, n in shown],
        )

    def _draw_charts(self) -> None:
        if self.stats is None:
            return
        processes, series, statuses, counts = self.chart_data()
        grade_colors = {
            self.session.label(GRADE_LABELS, g): charts.GRADE_COLORS[g] for g in self.stats.by_grade
        }
        status_colors = [
            charts.STATUS_COLORS.get(st) for st, n in self.stats.by_status.items() if n
        ]
        font = float(QFontInfo(self.font()).pixelSize())
        empty = self.tr("No nonconformities")
        w, h = _size(self.grade_chart)
        _show(
            self.grade_chart,
            charts.bar_chart(
                processes,
                series,
                colors=grade_colors,
                width=w,
                height=h,
                font_size=font,
                empty_text=empty,
            ),
        )
        w, h = _size(self.status_chart)
        _show(
            self.status_chart,
            charts.status_bar(
                statuses,
                counts,
                colors=status_colors,
                width=w,
                height=h,
                font_size=font,
                empty_text=empty,
            ),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.stats is not None:
            self._redraw_timer.start()
        return super().eventFilter(watched, event)

    # --- language -----------------------------------------------------------------------------

    def _retranslate_tiles(self) -> None:
        ui = self.ui
        ui.closureCaption.setText(self.tr("closure rate"))
        ui.daysCaption.setText(self.tr("mean days to close"))
        ui.overdueCaption.setText(self.tr("overdue nonconformities"))
        ui.capaCaption.setText(self.tr("CAPA effectiveness"))
        for label in self._values():
            if not label.text():
                label.setText("—")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_tiles()
            if self.stats is not None:
                self._fill_years()
                self._fill()
            elif self._error:
                self.ui.scopeLabel.setText(self._error)
        super().changeEvent(event)


def _default_year(years: tuple[int, ...], this_year: int) -> int:
    """This year if it has NCs, else the latest year that has; this year when none has."""
    if this_year in years or not years:
        return this_year
    return max(years)


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def _days(days: float | None) -> str:
    return "—" if days is None else f"{days:.1f}".removesuffix(".0")


def _size(widget: QWidget) -> tuple[float, float]:
    return float(max(widget.width(), 240)), float(max(widget.height(), 200))


def _show(widget: QSvgWidget, drawing) -> None:
    widget.load(QByteArray(charts.to_svg(drawing)))
    widget.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
