"""Plan or change a quarter's satisfaction survey, and enter or correct one response.

Both dialogs save through the services and stay open when a save is refused, so nothing
typed is lost; the response dialog can save and start the next questionnaire at once, the
way paper questionnaires are typed in.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from qa_desktop.services import organisation, surveys
from qa_desktop.services.surveys import ResponseView, SurveyView

from ..forms.ui_survey_dialog import Ui_SurveyDialog
from ..forms.ui_survey_response_dialog import Ui_ResponseDialog
from ..session import SURVEYS, AppSession

# What `AppSession.changed` carries when surveys or their responses change.
ERROR_STYLE = "QLabel { color: #b00020; }"
NOTE_STYLE = "QLabel { color: #5c3c00; }"


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class SurveyDialog(QDialog):
    """New survey when `survey_id` is None (for `year`), else that survey's plan."""

    def __init__(
        self,
        session: AppSession,
        survey_id: str | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.survey_id = survey_id
        self.ui = Ui_SurveyDialog()
        self.ui.setupUi(self)
        ctx = session.ctx
        self._survey: SurveyView | None = surveys.get_survey(ctx, survey_id) if survey_id else None
        self._people = [p for p in organisation.list_people(ctx) if p.active]
        self._today = ctx.today()
        self._year = self._survey.year if self._survey else (year or self._today.year)
        ui = self.ui
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        ui.errorLabel.hide()
        ui.sampleSizeSpin.setSpecialValueText("—")
        ui.conductedEdit.setMaximumDate(to_qdate(self._today))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.plannedCheck.toggled.connect(ui.plannedEdit.setEnabled)
        ui.conductedCheck.toggled.connect(ui.conductedEdit.setEnabled)
        ui.yearSpin.valueChanged.connect(self._period_changed)
        ui.quarterCombo.currentIndexChanged.connect(self._period_changed)
        self._fill_choices()
        self._load()
        ui.titleEdit.setFocus()

    # --- set-up ----------------------------------------------------------------------------

    def _quarter_names(self) -> list[str]:
        return [
            self.tr("Q1 (January–March)"),
            self.tr("Q2 (April–June)"),
            self.tr("Q3 (July–September)"),
            self.tr("Q4 (October–December)"),
        ]

    def _methods(self) -> list[str]:
        return [
            self.tr("Phone call-backs"),
            self.tr("Questionnaire (paper or e-mail)"),
            self.tr("Online questionnaire"),
            self.tr("On-site interviews"),
        ]

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.quarterCombo.clear()
        for q, name in enumerate(self._quarter_names(), 1):
            ui.quarterCombo.addItem(name, q)
        method = ui.methodCombo.currentText()
        ui.methodCombo.clear()
        ui.methodCombo.addItems(self._methods())
        ui.methodCombo.setCurrentText(method)
        ui.ownerCombo.clear()
        ui.ownerCombo.addItem("", "")
        for p in self._people:
            text = f"{p.name} ({p.title})" if p.title else p.name
            ui.ownerCombo.addItem(text, p.name)
        ui.statusCombo.clear()
        for code in surveys.SURVEY_STATUS_LABELS:
            ui.statusCombo.addItem(self.session.label(surveys.SURVEY_STATUS_LABELS, code), code)

    def _load(self) -> None:
        ui = self.ui
        v = self._survey
        ui.yearSpin.setValue(self._year)
        if v is None:
            self.setWindowTitle(self.tr("Plan a satisfaction survey"))
            quarter = self._free_quarter()
            ui.quarterCombo.setCurrentIndex(quarter - 1)
            ui.methodCombo.setCurrentIndex(0)
            ui.plannedCheck.setChecked(True)
            ui.conductedCheck.setChecked(False)
            ui.statusCaption.hide()
            ui.statusCombo.hide()
            self._period_changed()
            return
        self.setWindowTitle(self.tr("Survey {key}").format(key=v.key))
        ui.quarterCombo.setCurrentIndex(v.quarter - 1)
        ui.titleEdit.setText(v.title)
        ui.methodCombo.setCurrentText(v.method)
        ui.sampleSizeSpin.setValue(v.sample_size or 0)
        ui.samplePlanEdit.setPlainText(v.sample_plan)
        index = ui.ownerCombo.findData(v.owner)
        if index < 0 and v.owner:  # someone no longer active still owns it
            ui.ownerCombo.addItem(v.owner, v.owner)
            index = ui.ownerCombo.count() - 1
        ui.ownerCombo.setCurrentIndex(max(index, 0))
        ui.plannedCheck.setChecked(v.planned_on is not None)
        ui.plannedEdit.setDate(to_qdate(v.planned_on or self._default_day()))
        ui.plannedEdit.setEnabled(v.planned_on is not None)
        ui.conductedCheck.setChecked(v.conducted_on is not None)
        ui.conductedEdit.setDate(to_qdate(v.conducted_on or min(self._today, self._default_day())))
        ui.conductedEdit.setEnabled(v.conducted_on is not None)
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(v.status), 0))

    def _free_quarter(self) -> int:
        """Today's quarter when it has no survey yet, else the first quarter without one."""
        taken = {v.quarter for v in surveys.list_surveys(self.session.ctx, self._year)}
        now = (self._today.month - 1) // 3 + 1 if self._year == self._today.year else 1
        for q in (now, 1, 2, 3, 4):
            if q not in taken:
                return q
        return now

    def _quarter(self) -> int:
        return int(self.ui.quarterCombo.currentData() or 1)

    def _default_day(self) -> date:
        # The plan runs the survey in the quarter's last month (March, June, September).
        return date(self.ui.yearSpin.value(), self._quarter() * 3, 15)

    def _period_changed(self, *_args) -> None:
        ui = self.ui
        if self._survey is None:
            ui.plannedEdit.setDate(to_qdate(self._default_day()))
            ui.conductedEdit.setDate(to_qdate(min(self._today, self._default_day())))
        # The title an empty field saves (data, so in the records' language).
        ui.titleEdit.setPlaceholderText(surveys.default_title(ui.yearSpin.value(), self._quarter()))

    # --- saving ----------------------------------------------------------------------------

    def _fields(self) -> dict:
        ui = self.ui
        return {
            "title": ui.titleEdit.text().strip(),
            "method": ui.methodCombo.currentText().strip(),
            "sample_plan": ui.samplePlanEdit.toPlainText().strip(),
            "sample_size": ui.sampleSizeSpin.value() or None,
            "planned_on": from_qdate(ui.plannedEdit.date())
            if ui.plannedCheck.isChecked()
            else None,
            "owner": ui.ownerCombo.currentData() or None,
        }

    def save(self) -> None:
        ui = self.ui
        fields = self._fields()
        year, quarter = ui.yearSpin.value(), self._quarter()
        if self._survey is None:
            ok, view = self.session.call(
                self, surveys.plan_survey, year, quarter, changed=SURVEYS, **fields
            )
        else:
            fields.update(
                year=year,
                quarter=quarter,
                conducted_on=(
                    from_qdate(ui.conductedEdit.date()) if ui.conductedCheck.isChecked() else None
                ),
                status=ui.statusCombo.currentData(),
            )
            ok, view = self.session.call(
                self, surveys.update_survey, self._survey.id, changed=SURVEYS, **fields
            )
        if not ok:
            return
        if self._survey is None and ui.conductedCheck.isChecked():
            # A survey planned after the fact: record when it was done as well.
            ok, view = self.session.call(
                self,
                surveys.update_survey,
                view.id,
                changed=SURVEYS,
                conducted_on=from_qdate(ui.conductedEdit.date()),
            )
        self.survey_id = view.id
        if ok:
            self.accept()
        else:
            self._survey = view  # it exists now: a retry must update it, not plan it again

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            quarter = self.ui.quarterCombo.currentIndex()
            status = self.ui.statusCombo.currentData()
            owner = self.ui.ownerCombo.currentData()
            self.ui.retranslateUi(self)
            self._fill_choices()
            self.ui.quarterCombo.setCurrentIndex(quarter)
            self.ui.statusCombo.setCurrentIndex(max(self.ui.statusCombo.findData(status), 0))
            self.ui.ownerCombo.setCurrentIndex(max(self.ui.ownerCombo.findData(owner), 0))
        super().changeEvent(event)


class ResponseDialog(QDialog):
    """A new response to `survey_id` when `response` is None, else a correction of it."""

    def __init__(
        self,
        session: AppSession,
        survey_id: str,
        response: ResponseView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.survey_id = survey_id
        self.response = response
        self.saved = 0  # responses saved through this dialog
        self.last: ResponseView | None = None  # the last one saved
        self.ui = Ui_ResponseDialog()
        self.ui.setupUi(self)
        self._survey = surveys.get_survey(session.ctx, survey_id)
        ui = self.ui
        self._scores: dict[str, QComboBox] = {}
        self._captions: dict[str, QLabel] = {}
        previous: QWidget = ui.respondentEdit
        for d in surveys.DIMENSIONS:
            combo = QComboBox(ui.scoresGroup)
            combo.setObjectName(f"{d.code}Combo")
            caption = QLabel(ui.scoresGroup)
            caption.setBuddy(combo)
            ui.scoresForm.addRow(caption, combo)
            QWidget.setTabOrder(previous, combo)
            previous = combo
            self._scores[d.code] = combo
            self._captions[d.code] = caption
        QWidget.setTabOrder(previous, ui.overallCombo)
        self.next_button: QPushButton | None = None
        if response is None:
            self.next_button = ui.buttonBox.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.next_button.setObjectName("nextButton")
            self.next_button.clicked.connect(self.save_and_next)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.overallCombo.currentIndexChanged.connect(self._explain)
        ui.validityLabel.setTextFormat(Qt.TextFormat.PlainText)
        ui.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self._retranslate_code()
        self._load()
        ui.customerEdit.setFocus()

    def _combos(self) -> list[QComboBox]:
        return [*self._scores.values(), self.ui.overallCombo]

    def _retranslate_code(self) -> None:
        for d in surveys.DIMENSIONS:
            self._captions[d.code].setText(
                self.tr("{dimension}:").format(
                    dimension=self.session.label(surveys.DIMENSION_LABELS, d.code)
                )
            )
        for combo in self._combos():
            current = combo.currentData()
            combo.clear()
            combo.addItem("—", None)
            for score in range(1, 6):
                label = self.session.label(surveys.SCORE_LABELS, score)
                combo.addItem(f"{score} {label}", score)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        if self.next_button is not None:
            self.next_button.setText(self.tr("Save and &next"))
            self.next_button.setToolTip(
                self.tr("Save this response and start the next one (Ctrl+Return)")
            )
            self.next_button.setShortcut("Ctrl+Return")
        self._heading()
        self._explain()

    def _heading(self) -> None:
        v = self._survey
        if self.response is not None:
            text = self.tr("{key} {title}: response {row}").format(
                key=v.key, title=v.title, row=self.response.row
            )
        elif self.saved:
            text = self.tr("{key} {title}: {count} saved; the next response").format(
                key=v.key, title=v.title, count=self.saved
            )
        else:
            text = self.tr("{key} {title}: a new response").format(key=v.key, title=v.title)
        self.ui.headingLabel.setText(text)
        self.setWindowTitle(
            self.tr("Survey response") if self.response is None else self.tr("Edit response")
        )

    def _load(self) -> None:
        r = self.response
        if r is None:
            return
        ui = self.ui
        ui.customerEdit.setText(r.customer)
        ui.respondentEdit.setText(r.respondent)
        for code, combo in self._scores.items():
            combo.setCurrentIndex(max(combo.findData(r.scores.get(code)), 0))
        ui.overallCombo.setCurrentIndex(max(ui.overallCombo.findData(r.overall), 0))
        ui.commentEdit.setPlainText(r.comment)

    def _explain(self, *_args) -> None:
        overall = self.ui.overallCombo.currentData()
        label = self.ui.validityLabel
        if overall is None:
            label.setText(
                self.tr(
                    "Without an overall score the response is kept, but it is not a valid "
                    "response for the satisfaction rates."
                )
            )
            label.setStyleSheet(NOTE_STYLE)
        elif overall <= surveys.DISSATISFIED_UPTO:
            label.setText(self.tr("Dissatisfied: a follow-up will be opened for this response."))
            label.setStyleSheet(ERROR_STYLE)
        else:
            label.setText("")
            label.setStyleSheet("")

    def fields(self) -> dict:
        ui = self.ui
        return {
            "customer": ui.customerEdit.text().strip(),
            "respondent": ui.respondentEdit.text().strip(),
            "scores": {
                code: combo.currentData()
                for code, combo in self._scores.items()
                if combo.currentData() is not None
            },
            "overall": ui.overallCombo.currentData(),
            "comment": ui.commentEdit.toPlainText().strip(),
        }

    def _store(self) -> bool:
        if self.response is None:
            ok, view = self.session.call(
                self, surveys.add_response, self.survey_id, changed=SURVEYS, **self.fields()
            )
        else:
            ok, view = self.session.call(
                self, surveys.update_response, self.response.id, changed=SURVEYS, **self.fields()
            )
        if ok:
            self.saved += 1
            self.last = view
        return ok

    def save(self) -> None:
        if self._store():
            self.accept()

    def save_and_next(self) -> None:
        if not self._store():
            return
        ui = self.ui
        ui.customerEdit.clear()
        ui.respondentEdit.clear()
        for combo in self._combos():
            combo.setCurrentIndex(0)
        ui.commentEdit.clear()
        self._heading()
        ui.customerEdit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_code()
        super().changeEvent(event)
