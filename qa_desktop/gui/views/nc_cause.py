"""Groups 6, 7 and 9 of the NC report: the correction, the root-cause analysis (category,
5 whys, root cause, similar problems looked for elsewhere) and the risks or system documents
to update."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from qa_desktop.domain.enums import CAUSE_LABELS, CauseCategory
from qa_desktop.services.nonconformities import NcView

from ..forms.ui_nc_cause import Ui_NcCauseForm
from ..session import AppSession
from .nc_common import refill, select_data
from .why_editor import WhyEditor

FIELDS = (
    "correction",
    "root_cause_category",
    "why_steps",
    "root_cause",
    "similar_check",
    "system_update",
)


def stored_values(nc: NcView) -> dict[str, Any]:
    return {
        "correction": nc.correction.strip(),
        "root_cause_category": nc.root_cause_category,
        "why_steps": [w.strip() for w in nc.why_steps if w.strip()],
        "root_cause": nc.root_cause.strip(),
        "similar_check": nc.similar_check.strip(),
        "system_update": nc.system_update.strip(),
    }


class NcCauseForm(QWidget):
    edited = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NcCauseForm()
        self.ui.setupUi(self)
        self.nc: NcView | None = None
        self._filling = False
        self.whys = WhyEditor(self.ui.whyHost)
        self.whys.setObjectName("whyEditor")
        self.ui.whyHostLayout.addWidget(self.whys)
        self.whys.changed.connect(self._changed)
        self.whys.rows_changed.connect(self._chain_tabs)
        ui = self.ui
        for edit in (ui.correctionEdit, ui.rootCauseEdit, ui.similarEdit, ui.systemUpdateEdit):
            edit.textChanged.connect(self._changed)
        ui.categoryCombo.currentIndexChanged.connect(self._changed)
        self._fill_category_combo()
        self._chain_tabs()

    def _fill_category_combo(self) -> None:
        refill(
            self.ui.categoryCombo,
            [(self.tr("(not set)"), None)]
            + [(self.session.label(CAUSE_LABELS, c), c.value) for c in CauseCategory],
        )

    def _chain_tabs(self) -> None:
        # The why-steps come and go: keep Tab moving down the form in reading order.
        chain = [
            self.ui.correctionEdit,
            self.ui.categoryCombo,
            *self.whys.focus_chain(),
            self.ui.rootCauseEdit,
            self.ui.similarEdit,
            self.ui.systemUpdateEdit,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- showing ---------------------------------------------------------------------------

    def show_nc(self, nc: NcView, *, keep_edits: bool) -> None:
        self.nc = nc
        if not keep_edits:
            self._filling = True
            try:
                ui = self.ui
                ui.correctionEdit.setPlainText(nc.correction)
                select_data(ui.categoryCombo, nc.root_cause_category)
                self.whys.set_steps(nc.why_steps)
                ui.rootCauseEdit.setPlainText(nc.root_cause)
                ui.similarEdit.setPlainText(nc.similar_check)
                ui.systemUpdateEdit.setPlainText(nc.system_update)
            finally:
                self._filling = False
        editable = nc.status not in ("closed", "withdrawn")
        for edit in (
            self.ui.correctionEdit,
            self.ui.rootCauseEdit,
            self.ui.similarEdit,
            self.ui.systemUpdateEdit,
        ):
            edit.setReadOnly(not editable)
        self.ui.categoryCombo.setEnabled(editable)
        self.whys.set_read_only(not editable)
        self.ui.hintLabel.setText(
            "" if editable else self.tr("Closed or withdrawn nonconformities cannot be changed.")
        )
        self.ui.hintLabel.setVisible(not editable)

    # --- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "correction": ui.correctionEdit.toPlainText().strip(),
            "root_cause_category": ui.categoryCombo.currentData(),
            "why_steps": self.whys.steps(),
            "root_cause": ui.rootCauseEdit.toPlainText().strip(),
            "similar_check": ui.similarEdit.toPlainText().strip(),
            "system_update": ui.systemUpdateEdit.toPlainText().strip(),
        }

    def changed_fields(self) -> dict[str, Any]:
        if self.nc is None:
            return {}
        stored = stored_values(self.nc)
        return {k: v for k, v in self.values().items() if v != stored[k]}

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._filling = True
            try:
                self._fill_category_combo()
            finally:
                self._filling = False
            if self.nc is not None:
                self.show_nc(self.nc, keep_edits=True)
        super().changeEvent(event)
