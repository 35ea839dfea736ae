"""The Surveys page: the year's quarterly satisfaction surveys (plan §4.4 rows 1–3), the selected
survey's responses, and its analysis — mean scores per dimension, the distribution, the
satisfied rate against target, and the follow-up of every dissatisfied customer.

The figures are the service's (services.surveys.analyse); this page only shows them. The
charts are the ReportLab drawings the PDF reports use, shown as SVG at the widget's size.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontInfo, QKeySequence, QShortcut
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from qa_desktop.reports import charts
from qa_desktop.services import surveys
from qa_desktop.services.context import ServiceError
from qa_desktop.services.programme import latest_year_with_data
from qa_desktop.services.surveys import CsatTarget, SurveyAnalysis, SurveyImportReport, SurveyView

from ..dialogs.survey_dialog import SURVEYS, ResponseDialog, SurveyDialog
from ..forms.ui_surveys_view import Ui_SurveysView
from ..models.survey_models import (
    MET_GREEN,
    MISSED_RED,
    FollowUpsTableModel,
    ResponsesTableModel,
    SurveysTableModel,
    mean,
    percent,
)
from ..report_actions import attach_documents_menu
from ..session import ALL, MEASURES, AppSession
from ..tables import show_model
from ..workers import run_in_background
from .nc_common import refill
from .stale import StaleRefresh

# Kinds of change that alter this page ("kpis": a target set in Measures).
_RELEVANT = {SURVEYS, ALL, MEASURES}  # measures: the satisfaction target
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MAX_SHOWN_ERRORS = 20
RESIZE_DELAY_MS = 80
NEUTRAL_GREY = "#9e9e9e"


class SurveysView(StaleRefresh, QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_SurveysView()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None  # the open survey or response dialog (window-modal)
        self.job = None  # the running import, if any
        self.analysis: SurveyAnalysis | None = None
        self._survey: SurveyView | None = None
        self._year: int | None = None
        self._target = CsatTarget(surveys.DEFAULT_CSAT_TARGET, False)
        self._stale = True
        self._follow_id: str | None = None  # the dissatisfied response in the editor
        self._follow_status: str | None = None  # its follow-up status as stored

        self.surveys_model = SurveysTableModel(session, self)
        self.responses_model = ResponsesTableModel(session, self)
        self.follow_model = FollowUpsTableModel(session, self)
        self._set_up()
        self._connect()
        self._retranslate_code()
        self._show_survey(None)

    # --- set-up ----------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        show_model(ui.surveysTable, self.surveys_model, SurveysTableModel.TITLE)
        show_model(ui.responsesTable, self.responses_model, ResponsesTableModel.COMMENT)
        show_model(
            ui.dissatisfiedTable,
            self.follow_model,
            FollowUpsTableModel.COMMENT,
            FollowUpsTableModel.NOTE,
        )
        # Four surveys a year: most of the height goes to the selected one.
        ui.mainSplitter.setStretchFactor(0, 1)
        ui.mainSplitter.setStretchFactor(1, 4)
        ui.mainSplitter.setSizes([150, 560])
        ui.analysisSplitter.setStretchFactor(0, 3)
        ui.analysisSplitter.setStretchFactor(1, 2)
        # Wrapped detail lines hint a narrow column: give the figures and charts the room.
        ui.analysisSplitter.setSizes([660, 440])
        for label in (ui.headingLabel, ui.planLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles and plans are user text
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = ui.headingLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.headingLabel.setFont(font)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        for label in self._values():
            label.setFont(big)
        for label in self._details():
            label.setEnabled(False)  # the muted colour of secondary text
            label.setWordWrap(True)
        self.dimension_chart = self._svg(ui.dimensionsLayout)
        self.distribution_chart = self._svg(ui.distributionLayout)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(RESIZE_DELAY_MS)
        self._redraw.timeout.connect(self._draw_charts)
        ui.responsesTable.installEventFilter(self)
        ui.surveysTable.installEventFilter(self)

    def _svg(self, layout) -> QSvgWidget:
        widget = QSvgWidget(self)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        widget.setMinimumSize(220, 170)
        widget.installEventFilter(self)
        layout.addWidget(widget)
        return widget

    def _values(self) -> list[QLabel]:
        ui = self.ui
        return [ui.validValue, ui.meanValue, ui.scoreRateValue, ui.satisfiedValue]

    def _details(self) -> list[QLabel]:
        ui = self.ui
        return [ui.validDetail, ui.meanDetail, ui.scoreRateDetail, ui.satisfiedDetail]

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.activated.connect(self._year_picked)
        ui.surveysTable.selectionModel().currentRowChanged.connect(self._survey_selected)
        ui.surveysTable.doubleClicked.connect(self.edit_survey)
        ui.newButton.clicked.connect(self.new_survey)
        ui.editButton.clicked.connect(self.edit_survey)
        ui.deleteButton.clicked.connect(self.delete_survey)
        attach_documents_menu(
            ui.documentsButton,
            self.session,
            ("survey-plan", "survey-results", "survey-report"),
            lambda: str(self._year) if self._year and self.surveys_model.rowCount() else None,
        )
        ui.addResponseButton.clicked.connect(self.add_response)
        ui.editResponseButton.clicked.connect(self.edit_response)
        ui.deleteResponseButton.clicked.connect(self.delete_responses)
        ui.importButton.clicked.connect(self.import_csv)
        ui.responsesTable.doubleClicked.connect(self.edit_response)
        ui.responsesTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.dissatisfiedTable.selectionModel().currentRowChanged.connect(self._follow_selected)
        ui.saveFollowUpButton.clicked.connect(self.save_follow_up)
        ui.saveConclusionsButton.clicked.connect(self.save_conclusions)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_survey)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_survey)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_csv)
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_response),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_responses),
        ):
            shortcut = QShortcut(key, ui.responsesTable, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.session.changed.connect(self._on_changed)
        self.session.language_changed.connect(self._relabel)

    # --- refreshing ------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind not in _RELEVANT:
            return
        self.mark_stale()

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)

    def refresh(self, select_id: str | None = None) -> None:
        # Reloading refills the editors: what is being typed there is saved first.
        self.flush()
        self._stale = False
        keep = select_id or (self._survey.id if self._survey else None)
        ctx = self.session.ctx
        try:
            years = set(surveys.survey_years(ctx))
            if select_id:
                self._year = surveys.get_survey(ctx, select_id).year
            if self._year is None:
                self._year = latest_year_with_data(years, ctx.today().year)
            self._target = surveys.csat_target(ctx, self._year)
            self.surveys_model.refresh(self._year, self._target.value)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        self._fill_years(sorted(years | {ctx.today().year, self._year}, reverse=True))
        self._show_target()
        self._select(keep)

    def _fill_years(self, years: list[int]) -> None:
        refill(self.ui.yearCombo, [(str(y), y) for y in years], keep=self._year)

    def _year_picked(self, index: int) -> None:
        self.flush()
        self._year = self.ui.yearCombo.itemData(index)
        self.refresh()

    def _select(self, survey_id: str | None) -> None:
        model, table = self.surveys_model, self.ui.surveysTable
        row = model.row_of(survey_id) if survey_id else -1
        if row < 0 and model.rowCount():
            row = self._default_row()
        if row < 0:
            table.selectionModel().clear()
            self._show_survey(None)
            return
        index = model.index(row, 0)
        table.selectionModel().blockSignals(True)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.selectionModel().blockSignals(False)
        self._show_survey(model.survey(row))

    def _default_row(self) -> int:
        """The latest survey that has responses, else the first of the year."""
        model = self.surveys_model
        for row in reversed(range(model.rowCount())):
            if model.survey(row).responses:
                return row
        return 0

    def _survey_selected(self, current, _previous) -> None:
        self.flush()
        self._show_survey(self.surveys_model.survey(current.row()) if current.isValid() else None)

    # --- the selected survey ---------------------------------------------------------------

    def _show_survey(self, view: SurveyView | None) -> None:
        ui = self.ui
        self._survey = view
        ui.tabs.setEnabled(view is not None)
        ui.editButton.setEnabled(view is not None)
        ui.deleteButton.setEnabled(view is not None and view.responses == 0)
        ui.documentsButton.setEnabled(self.surveys_model.rowCount() > 0)
        if view is None:
            ui.headingLabel.setText(
                self.tr("No survey is planned for {year}. Plan one with New survey….").format(
                    year=self._year or self.session.ctx.today().year
                )
            )
            ui.planLabel.setText("")
            self.responses_model.refresh(None)
            self.analysis = None
            self._fill_analysis()
            self._update_buttons()
            return
        ui.headingLabel.setText(
            self.tr("{key} · {title} — {status}").format(
                key=view.key,
                title=view.title,
                status=self.session.label(surveys.SURVEY_STATUS_LABELS, view.status),
            )
        )
        ui.planLabel.setText(self._plan_text(view))
        try:
            self.responses_model.refresh(view.id)
            self.analysis = surveys.analyse(self.session.ctx, view.id)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            self.analysis = None
        self._fill_analysis()
        self._update_buttons()

    def _plan_text(self, v: SurveyView) -> str:
        parts = [
            self.tr("Method: {method}").format(method=v.method or "—"),
            self.tr("Sample: {size}").format(size=v.sample_size or "—"),
            self.tr("Owner: {owner}").format(owner=v.owner or "—"),
            self.tr("Planned: {date}").format(date=v.planned_on or "—"),
            self.tr("Conducted: {date}").format(date=v.conducted_on or "—"),
            self.tr("Satisfaction KPI month: {period}").format(period=v.kpi_period),
        ]
        text = " · ".join(parts)
        if v.sample_plan:
            text += "\n" + self.tr("Sample plan: {plan}").format(
                plan=" ".join(v.sample_plan.split())
            )
        return text

    def _show_target(self) -> None:
        t = self._target
        text = self.tr("Target: satisfied rate ≥ {rate}").format(rate=percent(t.value))
        if not t.from_measures:
            text += " " + self.tr("(default)")
        self.ui.targetLabel.setText(text)
        self.ui.targetLabel.setToolTip(
            self.tr("The year's satisfaction target, set in Measures")
            if t.from_measures
            else self.tr(
                "No satisfaction target is set for this year in Measures: the default, a "
                "good-rating rate of at least 80%, applies"
            )
        )

    def _fill_analysis(self) -> None:
        ui = self.ui
        a = self.analysis
        self.follow_model.set_rows(a.dissatisfied if a else [])
        self._follow_id = self._follow_status = None
        self._fill_follow_editor(None)
        if a is not None and a.dissatisfied:
            # The first one still open is what the user comes to record.
            first = next(
                (i for i, r in enumerate(a.dissatisfied) if r.follow_up_status != "done"), 0
            )
            self.ui.dissatisfiedTable.selectRow(first)
        ui.conclusionsEdit.setPlainText(a.survey.analysis if a else "")
        ui.conclusionsEdit.document().setModified(False)
        if a is None:
            for label in self._values():
                label.setText("—")
                label.setStyleSheet("")
            for label in self._details():
                label.setText("")
            ui.responsesLabel.setText("")
            ui.dissatisfiedLabel.setText(
                self.tr("Dissatisfied responses (overall 1–2) and their follow-up:")
            )
            self._draw_charts()
            return
        ui.validValue.setText(str(a.valid))
        received = self.tr("of {received} received").format(received=a.received)
        if a.sample_size:
            received += " · " + self.tr("sample {size} ({coverage})").format(
                size=a.sample_size, coverage=percent(a.sample_coverage)
            )
        ui.validDetail.setText(received)
        ui.meanValue.setText(mean(a.mean_score))
        ui.meanDetail.setText(
            self.tr("Σ {total:g} ÷ {valid}").format(total=a.score_total, valid=a.valid)
            if a.valid
            else ""
        )
        ui.scoreRateValue.setText(percent(a.score_rate))
        ui.scoreRateDetail.setText(
            self.tr("Σ {total:g} ÷ ({valid} × 5)").format(total=a.score_total, valid=a.valid)
            if a.valid
            else ""
        )
        ui.satisfiedValue.setText(percent(a.satisfied_rate))
        colour = {True: MET_GREEN, False: MISSED_RED}.get(a.meets_target)
        ui.satisfiedValue.setStyleSheet(f"color: {colour};" if colour else "")
        verdict = {
            True: self.tr("target met"),
            False: self.tr("below target"),
            None: "",
        }[a.meets_target]
        ui.satisfiedDetail.setText(
            self.tr("{satisfied} of {valid} scored 4–5 · target ≥ {target} {verdict}")
            .format(
                satisfied=a.satisfied,
                valid=a.valid,
                target=percent(a.target.value),
                verdict=verdict,
            )
            .strip()
        )
        for label in self._values():
            label.setAccessibleName(label.text())
        ui.responsesLabel.setText(
            self.tr("{received} responses, {valid} valid").format(
                received=a.received, valid=a.valid
            )
        )
        ui.dissatisfiedLabel.setText(
            self.tr(
                "Dissatisfied responses (overall 1–2): {count}, follow-ups open: {open}"
            ).format(count=len(a.dissatisfied), open=a.open_follow_ups)
        )
        self._draw_charts()

    # --- charts ----------------------------------------------------------------------------

    def chart_data(self) -> tuple[list[str], list[float], list[str], dict[str, list[int]]]:
        """(dimension labels + overall, their means, score labels, {band: counts per score})."""
        a = self.analysis
        label = self.session.label
        names = [label(surveys.DIMENSION_LABELS, d.code) for d in a.dimensions]
        names.append(self.tr("Overall"))
        means = [round(d.mean, 2) if d.mean is not None else 0.0 for d in a.dimensions]
        means.append(round(a.mean_score, 2) if a.mean_score is not None else 0.0)
        scores = [f"{k} {label(surveys.SCORE_LABELS, k)}" for k in range(1, 6)]
        d = list(a.distribution)
        bands = {
            self.tr("Dissatisfied"): [d[0], d[1], 0, 0, 0],
            self.tr("Neutral"): [0, 0, d[2], 0, 0],
            self.tr("Satisfied"): [0, 0, 0, d[3], d[4]],
        }
        return names, means, scores, bands

    def _draw_charts(self) -> None:
        font = float(QFontInfo(self.font()).pixelSize())
        empty = self.tr("No valid responses yet")
        if self.analysis is None or not self.analysis.valid:
            for widget in (self.dimension_chart, self.distribution_chart):
                w, h = _size(widget)
                _show(
                    widget,
                    charts.bar_chart([], {}, width=w, height=h, font_size=font, empty_text=empty),
                )
            return
        names, means, scores, bands = self.chart_data()
        w, h = _size(self.dimension_chart)
        _show(
            self.dimension_chart,
            charts.bar_chart(
                names,
                {self.tr("Mean score (1–5)"): means},
                title=self.tr("Mean score by dimension"),
                colors={self.tr("Mean score (1–5)"): charts.PALETTE[0]},
                width=w,
                height=h,
                font_size=font,
                integer=False,
                empty_text=empty,
            ),
        )
        colours = dict(zip(bands, (MISSED_RED, NEUTRAL_GREY, MET_GREEN), strict=True))
        w, h = _size(self.distribution_chart)
        _show(
            self.distribution_chart,
            charts.bar_chart(
                scores,
                bands,
                title=self.tr("Overall score distribution"),
                colors=colours,
                width=w,
                height=h,
                font_size=font,
                empty_text=empty,
            ),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in (
            self.dimension_chart,
            self.distribution_chart,
        ):
            self._redraw.start()
        elif event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
            if watched is self.ui.responsesTable:
                self.edit_response()
                return True
            if watched is self.ui.surveysTable:
                self.edit_survey()
                return True
        return super().eventFilter(watched, event)

    # --- surveys ---------------------------------------------------------------------------

    def new_survey(self) -> None:
        self._open(lambda: SurveyDialog(self.session, None, self._year, self))

    def edit_survey(self, *_args) -> None:
        if self._survey is not None:
            survey_id = self._survey.id
            self._open(lambda: SurveyDialog(self.session, survey_id, None, self))

    def delete_survey(self) -> None:
        v = self._survey
        if v is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete survey"),
            self.tr("Delete the survey {key} ({title})?").format(key=v.key, title=v.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, _ = self.session.call(self, surveys.delete_survey, v.id, changed=SURVEYS)
        if ok:
            self._survey = None
            self.refresh()

    def _open(self, make) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        try:
            dialog = make()
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        # A response dialog may have saved several before Cancel: refresh either way.
        select = getattr(dialog, "survey_id", None) if dialog is not None else None
        self.refresh(select_id=select)

    # --- responses -------------------------------------------------------------------------

    def _selected_responses(self) -> list:
        rows = sorted({i.row() for i in self.ui.responsesTable.selectionModel().selectedRows()})
        return [self.responses_model.response(r) for r in rows]

    def _update_buttons(self, *_args) -> None:
        ui = self.ui
        selected = self._selected_responses() if self._survey else []
        ui.editResponseButton.setEnabled(len(selected) == 1)
        ui.deleteResponseButton.setEnabled(bool(selected))
        ui.addResponseButton.setEnabled(self._survey is not None)
        ui.importButton.setEnabled(self._survey is not None and self.job is None)

    def add_response(self) -> None:
        if self._survey is not None:
            survey_id = self._survey.id
            self._open(lambda: ResponseDialog(self.session, survey_id, None, self))

    def edit_response(self, *_args) -> None:
        selected = self._selected_responses()
        if self._survey is None or len(selected) != 1:
            return
        survey_id, response = self._survey.id, selected[0]
        self._open(lambda: ResponseDialog(self.session, survey_id, response, self))

    def delete_responses(self) -> None:
        selected = self._selected_responses()
        if not selected:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete responses"),
            self.tr(
                "Delete {count} response(s) of {key}? The satisfaction KPI is recomputed."
            ).format(count=len(selected), key=self._survey.key),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for r in selected:
            ok, _ = self.session.call(self, surveys.delete_response, r.id, changed=SURVEYS)
            if not ok:
                break
        self.refresh()

    # --- import ----------------------------------------------------------------------------

    def import_csv(self) -> None:
        if self._survey is None or self.job is not None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import survey responses into {key}").format(key=self._survey.key),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if not path:
            return
        ctx, survey_id = self.session.ctx, self._survey.id

        def work(task):
            def progress(done: int, total: int, _text: str) -> None:
                task.check()  # cancelling before the last step writes nothing
                task.progress(done, total, "")

            return surveys.import_responses(ctx, survey_id, path, progress=progress)

        self.job = run_in_background(
            self,
            work,
            title=self.tr("Importing survey responses"),
            on_done=self._imported,
            on_error=self._import_failed,
        )
        self.job.destroyed.connect(self._job_ended)
        self._update_buttons()

    def _job_ended(self, *_args) -> None:
        self.job = None
        self._update_buttons()

    def _imported(self, report: SurveyImportReport) -> None:
        self.job = None
        if report.errors:
            QMessageBox.warning(self, self.tr("Nothing imported"), self._errors_text(report))
            self._update_buttons()
            return
        self.session.changed.emit(SURVEYS)
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Responses imported"),
            self.tr("Imported {count} responses ({valid} valid) from {file} into {key}.").format(
                count=report.imported, valid=report.valid, file=report.file_name, key=report.survey
            ),
        )

    def _errors_text(self, report: SurveyImportReport) -> str:
        bad = report.rows_read - report.rows_ok
        lines = [
            self.tr(
                "{bad} of {rows} rows of {file} have errors; nothing was imported. Correct "
                "them and import the file again:"
            ).format(bad=bad, rows=report.rows_read, file=report.file_name)
        ]
        for e in report.errors[:MAX_SHOWN_ERRORS]:
            lines.append(
                self.tr("Row {row}, {column} “{value}”: {problem}").format(
                    row=e.row, column=e.column, value=e.value, problem=self.session.text(e.message)
                )
            )
        more = len(report.errors) - MAX_SHOWN_ERRORS
        if more > 0:
            lines.append(self.tr("… and {count} more problems").format(count=more))
        return "\n".join(lines)

    def _import_failed(self, exc: Exception) -> None:
        self.job = None
        self._update_buttons()
        if not isinstance(exc, ServiceError):
            raise exc
        self.session.refuse(self, str(exc))

    # --- follow-up and conclusions ---------------------------------------------------------

    def _follow_selected(self, current, _previous) -> None:
        self._save_follow_if_edited()
        r = self.follow_model.response(current.row()) if current.isValid() else None
        self._follow_id = r.id if r else None
        self._follow_status = r.follow_up_status if r else None
        self._fill_follow_editor(r)

    def _fill_follow_editor(self, r) -> None:
        ui = self.ui
        combo = ui.followStatusCombo
        combo.clear()
        for code in ("open", "done"):
            combo.addItem(self.session.label(surveys.FOLLOW_UP_LABELS, code), code)
        for w in (combo, ui.followNoteEdit, ui.saveFollowUpButton):
            w.setEnabled(r is not None)
        if r is None:
            ui.followNoteEdit.setPlainText("")
        else:
            combo.setCurrentIndex(max(combo.findData(r.follow_up_status), 0))
            ui.followNoteEdit.setPlainText(r.follow_up)
        ui.followNoteEdit.document().setModified(False)

    def save_follow_up(self) -> bool:
        if self._follow_id is None:
            return False
        ok, view = self.session.call(
            self,
            surveys.record_follow_up,
            self._follow_id,
            changed=SURVEYS,
            status=self.ui.followStatusCombo.currentData(),
            note=self.ui.followNoteEdit.toPlainText(),
        )
        if ok:
            self.ui.followNoteEdit.document().setModified(False)
            self._follow_status = view.follow_up_status
            self.refresh()
            row = next(
                (
                    i
                    for i in range(self.follow_model.rowCount())
                    if self.follow_model.response(i).id == view.id
                ),
                -1,
            )
            if row >= 0:
                self.ui.dissatisfiedTable.selectRow(row)
        return ok

    def _save_follow_if_edited(self) -> None:
        if self._follow_id is None:
            return
        status_changed = self.ui.followStatusCombo.currentData() != self._follow_status
        if status_changed or self.ui.followNoteEdit.document().isModified():
            self.ui.followNoteEdit.document().setModified(False)
            self._follow_status = self.ui.followStatusCombo.currentData()
            self.session.call(
                self,
                surveys.record_follow_up,
                self._follow_id,
                changed=SURVEYS,
                status=self.ui.followStatusCombo.currentData(),
                note=self.ui.followNoteEdit.toPlainText(),
            )

    def save_conclusions(self) -> bool:
        if self._survey is None:
            return False
        ok, _ = self.session.call(
            self,
            surveys.update_survey,
            self._survey.id,
            changed=SURVEYS,
            analysis=self.ui.conclusionsEdit.toPlainText(),
        )
        if ok:
            self.ui.conclusionsEdit.document().setModified(False)
        return ok

    def flush(self) -> None:
        """Save text still being typed (a follow-up note, the conclusions) before it is lost."""
        self._save_follow_if_edited()
        if self._survey is not None and self.ui.conclusionsEdit.document().isModified():
            self.save_conclusions()

    # --- language --------------------------------------------------------------------------

    def _retranslate_code(self) -> None:
        ui = self.ui
        ui.followNoteEdit.setPlaceholderText(
            self.tr(
                "e.g. called back on 03-28, night-shift escalation explained, customer satisfied"
            )
        )
        ui.conclusionsEdit.setPlaceholderText(
            self.tr("Trends, causes of dissatisfaction, improvements for the survey report")
        )

    def _relabel(self, *_args) -> None:
        for model in (self.surveys_model, self.responses_model, self.follow_model):
            model.retranslate()
        self._retranslate_code()
        self._show_target()
        if self._survey is not None or self.surveys_model.rowCount() == 0:
            self._show_survey(self._survey)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._relabel()
        super().changeEvent(event)


def _size(widget: QWidget) -> tuple[float, float]:
    return float(max(widget.width(), 220)), float(max(widget.height(), 170))


def _show(widget: QSvgWidget, drawing) -> None:
    widget.load(QByteArray(charts.to_svg(drawing)))
    widget.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
