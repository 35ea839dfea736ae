"""Raise a follow-up nonconformity because an earlier one recurred.

Prefilled from `nonconformities.recurrence_draft`: the parent's process, clause, department,
and a grade one step up (a recurring minor NC becomes major), with the reason shown. The user
writes what was found this time, may change anything, and saves; the new NC links to its
parent.
"""

from __future__ import annotations

import contextlib
import functools

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desktop.domain import nc_workflow
from qa_desktop.domain.enums import GRADE_LABELS, NC_TYPE_LABELS, PROCESS_LABELS, Grade, NcType
from qa_desktop.services import audits, nonconformities, organisation, templates
from qa_desktop.services.context import ServiceError
from qa_desktop.services.nonconformities import NcView, RecurrenceDraft

from ..forms.ui_recurrence_dialog import Ui_RecurrenceDialog
from ..session import NCS, AppSession
from ..views.nc_common import qdate, refill, select_data


class RecurrenceDialog(QDialog):
    def __init__(
        self, session: AppSession, draft: RecurrenceDraft, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.draft = draft
        self.nc: NcView | None = None  # the follow-up, once raised
        self._due_touched = False
        self.ui = Ui_RecurrenceDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._fill_combos()
        select_data(ui.gradeCombo, draft.grade)
        select_data(ui.processCombo, draft.process)
        select_data(ui.departmentCombo, draft.department_id)
        ui.clauseEdit.setText(draft.clause)
        ui.internalClauseEdit.setText(draft.internal_clause)
        today = session.ctx.today()
        ui.foundEdit.setDate(qdate(today))
        self._set_default_due()
        ui.gradeCombo.currentIndexChanged.connect(self._grade_changed)
        ui.foundEdit.dateChanged.connect(self._found_changed)
        ui.dueEdit.userDateChanged.connect(self._due_edited)
        ui.factsEdit.textChanged.connect(self._update)
        ui.buttonBox.accepted.connect(self.accept)
        self._retranslate()
        ui.factsEdit.setFocus()

    # --- filling ---------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        ui, label = self.ui, self.session.label
        refill(ui.gradeCombo, [(label(GRADE_LABELS, g), g.value) for g in Grade])
        refill(
            ui.typeCombo,
            [(self.tr("— not classified —"), None)]
            + [(label(NC_TYPE_LABELS, t), t.value) for t in NcType],
        )
        codes = set(PROCESS_LABELS) | {self.draft.process}
        with contextlib.suppress(ServiceError):
            codes |= {t.process for t in templates.list_templates(self.session.ctx)}
        refill(
            ui.processCombo,
            [
                (f"{c} · {label(PROCESS_LABELS, c)}" if c in PROCESS_LABELS else c, c)
                for c in sorted(codes)
            ],
        )
        refill(
            ui.departmentCombo,
            [(self.tr("(not set)"), None)]
            + [(d.name, d.id) for d in organisation.list_departments(self.session.ctx)],
        )
        audit_list = []
        with contextlib.suppress(ServiceError):
            audit_list = audits.list_audits(self.session.ctx)
        current = (
            ui.auditCombo.currentData()
            if ui.auditCombo.count()
            else self._default_audit(audit_list)
        )
        refill(
            ui.auditCombo,
            [(self.tr("(not found in an audit)"), None)]
            + [(f"{a.number} · {a.title}", a.number) for a in audit_list],
            keep=current,
        )

    def _default_audit(self, audit_list) -> str | None:
        # A recurrence is found by a later audit than its parent's: offer the newest one.
        if not audit_list:
            return self.draft.audit_number or None
        return max(audit_list, key=lambda a: (a.year, a.number)).number

    def _retranslate(self) -> None:
        d = self.draft
        self.setWindowTitle(self.tr("Recurrence of {number}").format(number=d.parent))
        self.ui.introLabel.setText(
            self.tr(
                "{number} happened again. The follow-up nonconformity is linked to it and "
                "starts from its process, clause and department. Write what was found this time."
            ).format(number=d.parent)
        )
        self.ui.parentValue.setText(
            self.tr("{number} (found in {audit})").format(
                number=d.parent, audit=d.audit_number or "—"
            )
        )
        self.ui.suggestionLabel.setText(self.session.text(d.suggested_because))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._retranslate()
        super().changeEvent(event)

    # --- dates -----------------------------------------------------------------------------

    def _set_default_due(self) -> None:
        grade = Grade(self.ui.gradeCombo.currentData())
        found = self.ui.foundEdit.date().toPython()
        due = nc_workflow.default_due_date(grade, found)
        self.ui.dueEdit.setEnabled(due is not None)
        if due is not None:
            self.ui.dueEdit.blockSignals(True)
            self.ui.dueEdit.setDate(qdate(due))
            self.ui.dueEdit.blockSignals(False)

    def _grade_changed(self) -> None:
        observation = self.ui.gradeCombo.currentData() == Grade.OBSERVATION
        if not self._due_touched or observation or not self.ui.dueEdit.isEnabled():
            self._set_default_due()

    def _found_changed(self) -> None:
        if not self._due_touched:
            self._set_default_due()

    def _due_edited(self) -> None:
        self._due_touched = True

    # --- saving ----------------------------------------------------------------------------

    def facts(self) -> str:
        return self.ui.factsEdit.toPlainText().strip()

    def _update(self) -> None:
        ok = bool(self.facts())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.ui.problemLabel.setText(
            "" if ok else self.tr("Write the facts: what was found this time.")
        )

    def accept(self) -> None:
        if not self.facts():
            self._update()
            self.ui.factsEdit.setFocus()
            return
        ui = self.ui
        grade = ui.gradeCombo.currentData()
        # `parent` is also session.call's own first parameter: bind it to the service first.
        raise_follow_up = functools.partial(nonconformities.raise_nc, parent=self.draft.parent)
        ok, nc = self.session.call(
            self,
            raise_follow_up,
            process=ui.processCombo.currentData(),
            facts=self.facts(),
            clause=ui.clauseEdit.text(),
            internal_clause=ui.internalClauseEdit.text(),
            grade=grade,
            nc_type=ui.typeCombo.currentData(),
            department=ui.departmentCombo.currentData(),
            audit=ui.auditCombo.currentData(),
            found_on=ui.foundEdit.date().toPython(),
            due_date=ui.dueEdit.date().toPython() if ui.dueEdit.isEnabled() else None,
            issue=ui.issueCheck.isChecked(),
            changed=NCS,
        )
        if ok:
            self.nc = nc
            super().accept()
