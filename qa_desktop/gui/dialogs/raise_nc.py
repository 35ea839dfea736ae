"""Raise a nonconformity (or an observation) from a checklist answer.

The draft comes from `nonconformities.draft_from_response`: process, clause, facts built from
the notes, sample and record references, the auditee department, the audit and its auditor,
and a grade suggested from the result. The auditor edits it and saves; the NC is issued at
once unless "Issue now" is unchecked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desktop.domain import nc_workflow
from qa_desktop.domain.enums import GRADE_LABELS, NC_TYPE_LABELS, Grade, NcType
from qa_desktop.services import nonconformities
from qa_desktop.services.nonconformities import NcDraft, NcView

from ..forms.ui_raise_nc_dialog import Ui_RaiseNcDialog
from ..session import NCS, AppSession


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class RaiseNcDialog(QDialog):
    def __init__(
        self,
        session: AppSession,
        draft: NcDraft,
        *,
        item_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.draft = draft
        self.item_id = item_id
        self.nc: NcView | None = None
        self.found_on: date = draft.found_on or session.ctx.today()
        self._due_touched = False  # once the auditor picks a date, a grade change keeps it
        self.ui = Ui_RaiseNcDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.dueDateEdit.setMinimumDate(to_qdate(self.found_on))
        ui.dueDateEdit.setDisplayFormat("yyyy-MM-dd")
        ui.clauseEdit.setText(draft.clause)
        ui.factsEdit.setPlainText(draft.facts)
        self._fill_combos()
        ui.gradeCombo.setCurrentIndex(max(ui.gradeCombo.findData(draft.grade), 0))
        self._set_default_due()
        ui.gradeCombo.currentIndexChanged.connect(self._grade_changed)
        ui.dueDateEdit.userDateChanged.connect(self._due_edited)
        ui.noDueCheck.toggled.connect(self._no_due_toggled)
        ui.factsEdit.textChanged.connect(self._update)
        ui.buttonBox.accepted.connect(self.accept)
        self._retranslate()
        self._update()
        ui.factsEdit.setFocus()

    # --- filling ---------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        ui = self.ui
        grade = ui.gradeCombo.currentData()
        nc_type = ui.typeCombo.currentData()
        ui.gradeCombo.blockSignals(True)
        ui.gradeCombo.clear()
        for g in Grade:
            ui.gradeCombo.addItem(self.session.label(GRADE_LABELS, g), g.value)
        if grade is not None:
            ui.gradeCombo.setCurrentIndex(ui.gradeCombo.findData(grade))
        ui.gradeCombo.blockSignals(False)
        ui.typeCombo.clear()
        ui.typeCombo.addItem(self.tr("— not classified —"), None)
        for t in NcType:
            ui.typeCombo.addItem(self.session.label(NC_TYPE_LABELS, t), t.value)
        ui.typeCombo.setCurrentIndex(max(ui.typeCombo.findData(nc_type), 0))

    def _retranslate(self) -> None:
        d = self.draft
        self.ui.sourceLabel.setText(
            self.tr(
                "From {audit}, item {item} · auditee: {department} · auditor: {auditor} · "
                "found on {date}"
            ).format(
                audit=d.audit_number,
                item=self.item_id or "—",
                department=d.department or "—",
                auditor=d.auditor or "—",
                date=self.found_on.isoformat(),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._retranslate()
            self._update()
        super().changeEvent(event)

    # --- grade and due date ----------------------------------------------------------------

    def grade(self) -> Grade:
        return Grade(self.ui.gradeCombo.currentData())

    def _set_default_due(self) -> None:
        due = nc_workflow.default_due_date(self.grade(), self.found_on)
        ui = self.ui
        ui.noDueCheck.blockSignals(True)
        ui.noDueCheck.setChecked(due is None)
        ui.noDueCheck.blockSignals(False)
        if due is not None:
            ui.dueDateEdit.blockSignals(True)
            ui.dueDateEdit.setDate(to_qdate(due))
            ui.dueDateEdit.blockSignals(False)
        self._update_due_widgets()

    def _update_due_widgets(self) -> None:
        # Only an observation may go without a deadline (domain: observations tracked freely).
        observation = self.grade() == Grade.OBSERVATION
        self.ui.noDueCheck.setEnabled(observation)
        if not observation and self.ui.noDueCheck.isChecked():
            self.ui.noDueCheck.setChecked(False)
        self.ui.dueDateEdit.setEnabled(not self.ui.noDueCheck.isChecked())

    def _grade_changed(self) -> None:
        needs_date = self.grade() != Grade.OBSERVATION and self.ui.noDueCheck.isChecked()
        if not self._due_touched or needs_date:
            self._set_default_due()
        else:
            self._update_due_widgets()

    def _due_edited(self) -> None:
        self._due_touched = True

    def _no_due_toggled(self, on: bool) -> None:
        self._due_touched = True
        if not on and self.ui.dueDateEdit.date() < to_qdate(self.found_on):
            self.ui.dueDateEdit.setDate(to_qdate(self.found_on))
        self._update_due_widgets()

    def due_date(self) -> date | None:
        if self.ui.noDueCheck.isChecked():
            return None
        return self.ui.dueDateEdit.date().toPython()

    # --- saving ----------------------------------------------------------------------------

    def facts(self) -> str:
        return self.ui.factsEdit.toPlainText().strip()

    def _update(self) -> None:
        ok = bool(self.facts())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.ui.problemLabel.setText(
            "" if ok else self.tr("Write the facts: the objective evidence of the finding.")
        )

    def accept(self) -> None:
        if not self.facts():
            self._update()
            self.ui.factsEdit.setFocus()
            return
        d = self.draft
        ok, nc = self.session.call(
            self,
            nonconformities.raise_nc,
            process=d.process,
            facts=self.facts(),
            clause=self.ui.clauseEdit.text(),
            internal_clause=self.ui.internalClauseEdit.text(),
            grade=self.grade().value,
            nc_type=self.ui.typeCombo.currentData(),
            department=d.department_id,
            audit=d.audit_number,
            auditor=d.auditor or None,
            auditee_representative=d.auditee_representative,
            found_on=self.found_on,
            due_date=self.due_date(),
            source_response_id=d.source_response_id,
            issue=self.ui.issueCheck.isChecked(),
            changed=NCS,
        )
        if ok:
            self.nc = nc
            super().accept()
