"""Groups 1–5 of the NC report (identification, facts, clause, classification, the auditee's
acknowledgement) and the links to other NCs, editable until the NC is closed or withdrawn."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QWidget

from qa_desktop.domain.enums import GRADE_LABELS, NC_TYPE_LABELS, PROCESS_LABELS, Grade, NcType
from qa_desktop.services import organisation, templates
from qa_desktop.services.context import ServiceError
from qa_desktop.services.nonconformities import NcLink, NcView

from ..forms.ui_nc_record import Ui_NcRecordForm
from ..session import AppSession
from .nc_common import (
    EMPTY,
    day,
    make_link_label,
    make_value_label,
    nc_link,
    qdate,
    refill,
    select_data,
)

# The fields this part of the form saves through nonconformities.update_nc.
FIELDS = (
    "process",
    "department",
    "auditee_representative",
    "found_on",
    "facts",
    "clause",
    "internal_clause",
    "grade",
    "nc_type",
    "due_date",
)


def stored_values(nc: NcView) -> dict[str, Any]:
    return {
        "process": nc.process,
        "department": nc.department_id,
        "auditee_representative": nc.auditee_representative.strip(),
        "found_on": nc.found_on,
        "facts": nc.facts.strip(),
        "clause": nc.clause.strip(),
        "internal_clause": nc.internal_clause.strip(),
        "grade": nc.grade,
        "nc_type": nc.nc_type,
        "due_date": nc.due_date,
    }


class NcRecordForm(QWidget):
    edited = Signal()
    open_nc = Signal(str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NcRecordForm()
        self.ui.setupUi(self)
        self.nc: NcView | None = None
        self._children: list[NcLink] = []
        self._filling = False
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Value"):
                make_value_label(label)
        for label in (self.ui.parentValue, self.ui.childrenValue, self.ui.repeatValue):
            make_link_label(label)
            label.linkActivated.connect(self.open_nc)
        ui = self.ui
        for edit in (ui.representativeEdit, ui.clauseEdit, ui.internalClauseEdit):
            edit.textChanged.connect(self._changed)
        ui.factsEdit.textChanged.connect(self._changed)
        for combo in (ui.processCombo, ui.departmentCombo, ui.gradeCombo, ui.typeCombo):
            combo.currentIndexChanged.connect(self._changed)
        ui.foundEdit.dateChanged.connect(self._changed)
        ui.dueEdit.dateChanged.connect(self._changed)
        ui.noDueCheck.toggled.connect(self._no_due_toggled)
        ui.gradeCombo.currentIndexChanged.connect(self._update_due_widgets)
        self._fill_combos()

    # --- combos (refilled on a language switch) -------------------------------------------

    def _fill_combos(self) -> None:
        label = self.session.label
        ui = self.ui
        refill(ui.gradeCombo, [(label(GRADE_LABELS, g), g.value) for g in Grade])
        refill(
            ui.typeCombo,
            [(self.tr("— not classified —"), None)]
            + [(label(NC_TYPE_LABELS, t), t.value) for t in NcType],
        )
        codes = set(PROCESS_LABELS)
        # Should templates be unreadable, the built-in three are enough to choose from.
        with contextlib.suppress(ServiceError):
            codes |= {t.process for t in templates.list_templates(self.session.ctx)}
        if self.nc is not None:
            codes.add(self.nc.process)
        refill(
            ui.processCombo,
            [
                (f"{c} · {label(PROCESS_LABELS, c)}" if c in PROCESS_LABELS else c, c)
                for c in sorted(codes)
            ],
        )
        departments = [(d.name, d.id) for d in organisation.list_departments(self.session.ctx)]
        if self.nc is not None and self.nc.department_id is None:
            # Offered only while none is set: the service cannot clear a department.
            departments.insert(0, (self.tr("(not set)"), None))
        refill(ui.departmentCombo, departments)

    # --- showing ---------------------------------------------------------------------------

    def show_nc(self, nc: NcView, children: list[NcLink], *, keep_edits: bool) -> None:
        """Show the record; typed edits survive when keep_edits (a reload, not another NC)."""
        self.nc = nc
        self._children = list(children)
        self._filling = True
        try:
            self._fill_combos()
            if not keep_edits:
                self._fill_editors()
        finally:
            self._filling = False
        self._fill_values()
        self.set_editable(nc.status not in ("closed", "withdrawn"))
        self._update_due_widgets()

    def _fill_editors(self) -> None:
        nc, ui = self.nc, self.ui
        select_data(ui.processCombo, nc.process)
        select_data(ui.departmentCombo, nc.department_id)
        select_data(ui.gradeCombo, nc.grade)
        select_data(ui.typeCombo, nc.nc_type)
        ui.representativeEdit.setText(nc.auditee_representative)
        ui.factsEdit.setPlainText(nc.facts)
        ui.clauseEdit.setText(nc.clause)
        ui.internalClauseEdit.setText(nc.internal_clause)
        ui.foundEdit.setDate(qdate(nc.found_on))
        ui.noDueCheck.setChecked(nc.due_date is None)
        ui.dueEdit.setDate(qdate(nc.due_date or nc.found_on))

    def _fill_values(self) -> None:
        nc, ui = self.nc, self.ui
        texts = {
            ui.numberValue: nc.number,
            ui.auditValue: nc.audit_number,
            ui.itemValue: nc.source_item,
            ui.auditorValue: nc.auditor,
            ui.ackByValue: nc.acknowledged_by,
            ui.ackOnValue: day(nc.acknowledged_on),
            ui.disputeValue: nc.dispute_reason,
            ui.reasonValue: nc.last_reason,
        }
        for widget, text in texts.items():
            widget.setText(text or EMPTY)
        ui.parentValue.setText(nc_link(nc.parent_number) if nc.parent_number else EMPTY)
        ui.childrenValue.setText(
            "  ".join(nc_link(c.number) for c in self._children) if self._children else EMPTY
        )
        ui.repeatValue.setText(nc_link(nc.repeat_of_number) if nc.repeat_of_number else EMPTY)

    def set_editable(self, editable: bool) -> None:
        ui = self.ui
        for edit in (ui.representativeEdit, ui.clauseEdit, ui.internalClauseEdit):
            edit.setReadOnly(not editable)
        ui.factsEdit.setReadOnly(not editable)
        for widget in (
            ui.processCombo,
            ui.departmentCombo,
            ui.gradeCombo,
            ui.typeCombo,
            ui.foundEdit,
            ui.dueEdit,
            ui.noDueCheck,
        ):
            widget.setEnabled(editable)

    # --- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "process": ui.processCombo.currentData(),
            "department": ui.departmentCombo.currentData(),
            "auditee_representative": ui.representativeEdit.text().strip(),
            "found_on": ui.foundEdit.date().toPython(),
            "facts": ui.factsEdit.toPlainText().strip(),
            "clause": ui.clauseEdit.text().strip(),
            "internal_clause": ui.internalClauseEdit.text().strip(),
            "grade": ui.gradeCombo.currentData(),
            "nc_type": ui.typeCombo.currentData(),
            "due_date": None if ui.noDueCheck.isChecked() else ui.dueEdit.date().toPython(),
        }

    def changed_fields(self) -> dict[str, Any]:
        if self.nc is None:
            return {}
        stored = stored_values(self.nc)
        return {k: v for k, v in self.values().items() if v != stored[k]}

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    # --- due date --------------------------------------------------------------------------

    def _update_due_widgets(self) -> None:
        # Only an observation goes without a deadline (domain.md: observations tracked freely).
        observation = self.ui.gradeCombo.currentData() == Grade.OBSERVATION
        editable = self.ui.gradeCombo.isEnabled()
        self.ui.noDueCheck.setEnabled(editable and (observation or self.ui.noDueCheck.isChecked()))
        self.ui.dueEdit.setEnabled(editable and not self.ui.noDueCheck.isChecked())

    def _no_due_toggled(self, _on: bool) -> None:
        self._update_due_widgets()
        self._changed()

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._filling = True
            try:
                self._fill_combos()
            finally:
                self._filling = False
            if self.nc is not None:
                self._fill_values()
        super().changeEvent(event)
