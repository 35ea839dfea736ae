"""Update one activity of the annual schedule: status, the day it was done, owner, planned
months and notes. The dialog saves through the service itself and stays open when refused,
so nothing typed is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from qa_desktop.domain.enums import ACTIVITY_STATUS_LABELS, ActivityStatus
from qa_desktop.services import programme
from qa_desktop.services.organisation import PersonView
from qa_desktop.services.programme import ActivityView

from ..forms.ui_programme_activity_dialog import Ui_ProgrammeActivityDialog
from ..session import PROGRAMME, AppSession


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ProgrammeActivityDialog(QDialog):
    def __init__(
        self,
        session: AppSession,
        year: int,
        activity: ActivityView,
        people: list[PersonView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.year = year
        self.activity = activity
        self.result_view: ActivityView | None = None
        self._people = [p for p in people if p.active or p.name == activity.owner]
        self.ui = Ui_ProgrammeActivityDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._months: list[QCheckBox] = []
        for m in range(1, 13):
            box = QCheckBox(self)
            box.setChecked(m in activity.planned_months)
            box.toggled.connect(self._update)
            ui.monthsGrid.addWidget(box, (m - 1) // 6, (m - 1) % 6)
            self._months.append(box)
        ui.monthsLabel.setBuddy(self._months[0])
        self._fill_statuses()
        self._fill_owners()
        done_on = activity.actual_date
        ui.doneCheck.setChecked(done_on is not None)
        default_day = min(session.ctx.today(), date(year, 12, 31))
        ui.doneEdit.setDate(_qdate(done_on or default_day))
        ui.doneEdit.setEnabled(done_on is not None)
        ui.notesEdit.setPlainText(activity.notes)
        ui.doneCheck.toggled.connect(ui.doneEdit.setEnabled)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        ui.buttonBox.accepted.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        self._retranslate()
        ui.statusCombo.setFocus()

    # --- filling ---------------------------------------------------------------------------

    def _fill_statuses(self) -> None:
        combo = self.ui.statusCombo
        current = combo.currentData() if combo.count() else self.activity.status
        combo.blockSignals(True)
        combo.clear()
        for status in ActivityStatus:
            combo.addItem(self.session.label(ACTIVITY_STATUS_LABELS, status), status.value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _fill_owners(self) -> None:
        combo = self.ui.ownerCombo
        current = combo.currentData() if combo.count() else self.activity.owner
        combo.clear()
        combo.addItem(self.tr("(nobody yet)"), "")
        for p in self._people:
            combo.addItem(f"{p.name} · {p.title}" if p.title else p.name, p.name)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _retranslate(self) -> None:
        a = self.activity
        name = a.name_en if self.session.language.startswith("en") and a.name_en else a.name
        self.setWindowTitle(self.tr("Activity {seq} of {year}").format(seq=a.seq, year=self.year))
        self.ui.headingLabel.setText(
            self.tr("{name}\nResponsible: {role} · Output: {output}").format(
                name=name, role=a.responsible_role or "—", output=a.output_document or "—"
            )
        )
        locale = QLocale()
        for m, box in enumerate(self._months, start=1):
            box.setText(locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_statuses()
            self._fill_owners()
            self._retranslate()
        super().changeEvent(event)

    # --- input -----------------------------------------------------------------------------

    def months(self) -> list[int]:
        return [m for m, box in enumerate(self._months, start=1) if box.isChecked()]

    def _status_changed(self) -> None:
        # Done means done on some day: offer today unless a day is already there.
        if (
            self.ui.statusCombo.currentData() == ActivityStatus.DONE
            and not self.ui.doneCheck.isChecked()
        ):
            self.ui.doneCheck.setChecked(True)
        self._update()

    def _problem(self) -> str:
        if not self.months():
            return self.tr("Choose at least one planned month.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        self.ui.problemLabel.setText(problem)
        self.ui.problemLabel.setVisible(bool(problem))

    def accept(self) -> None:
        if self._problem():
            self._update()
            return
        ui = self.ui
        done = ui.doneCheck.isChecked()
        ok, view = self.session.call(
            self,
            programme.update_activity,
            self.activity.id,
            status=ui.statusCombo.currentData(),
            actual_date=ui.doneEdit.date().toPython() if done else None,
            clear_actual_date=not done,
            owner=ui.ownerCombo.currentData(),
            planned_months=self.months(),
            notes=ui.notesEdit.toPlainText().strip(),
            changed=PROGRAMME,
        )
        if ok:
            self.result_view = view
            super().accept()
