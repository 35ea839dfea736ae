"""One workflow step of a nonconformity, asking only for what that step needs.

The dialog performs the step itself and stays open when the service refuses, so a wrong
verifier can be corrected without typing the notes again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.enums import NC_STATUS_LABELS, ActionStatus
from qa_desktop.services import nonconformities
from qa_desktop.services.nonconformities import NcView
from qa_desktop.services.organisation import PersonView

from ..forms.ui_transition_dialog import Ui_TransitionDialog
from ..session import NCS, AppSession

_VERIFY = (wf.Transition.VERIFY_EFFECTIVE, wf.Transition.VERIFY_NOT_EFFECTIVE)
HINT_STYLE = "color: #b3261e;"


class TransitionDialog(QDialog):
    def __init__(
        self,
        session: AppSession,
        nc: NcView,
        transition: str,
        people: list[PersonView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.nc = nc
        self.transition = wf.Transition(transition)
        self.needs = wf.REQUIRED_INPUTS[self.transition]
        self.result_view: NcView | None = None
        self.ui = Ui_TransitionDialog()
        self.ui.setupUi(self)
        self._owners = {
            a.owner_id for a in nc.actions if a.owner_id and a.status != ActionStatus.CANCELLED
        }
        self._people = [p for p in people if p.active or p.id == nc.verifier_id]
        form = self.ui.formLayout
        form.setRowVisible(self.ui.reasonEdit, "reason" in self.needs)
        form.setRowVisible(self.ui.acknowledgedEdit, "acknowledged_by" in self.needs)
        form.setRowVisible(self.ui.verifierCombo, "verifier_id" in self.needs)
        form.setRowVisible(self.ui.verifierHint, "verifier_id" in self.needs)
        form.setRowVisible(self.ui.methodCombo, "method" in self.needs)
        form.setRowVisible(self.ui.notesEdit, self.transition in _VERIFY)
        self.ui.acknowledgedEdit.setText(nc.acknowledged_by or nc.auditee_representative)
        self._fill_verifiers()
        self.ui.methodCombo.setEditText("")
        self.ui.verifierHint.setStyleSheet(HINT_STYLE)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.reasonEdit.textChanged.connect(self._update)
        self.ui.acknowledgedEdit.textChanged.connect(self._update)
        self.ui.verifierCombo.currentIndexChanged.connect(self._update)
        self.ui.methodCombo.editTextChanged.connect(self._update)
        # Ctrl+Enter confirms from inside the multi-line fields, where Enter is a new line.
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        self._retranslate()
        self._focus_first()

    # --- texts ----------------------------------------------------------------------------

    def _action_label(self) -> str:
        return self.session.label(wf.TRANSITION_LABELS, self.transition)

    def _retranslate(self) -> None:
        before = self.session.label(NC_STATUS_LABELS, self.nc.status)
        after = self.session.label(NC_STATUS_LABELS, wf.TRANSITIONS[self.transition][1])
        action = self._action_label()
        self.setWindowTitle(
            self.tr("{action} — {number}").format(action=action, number=self.nc.number)
        )
        self.ui.introLabel.setText(
            self.tr("{number}: “{action}” changes the status from “{before}” to “{after}”.").format(
                number=self.nc.number, action=action, before=before, after=after
            )
        )
        reason_labels = {
            wf.Transition.DISPUTE: self.tr("&Why the auditee disagrees:"),
            wf.Transition.RESOLVE_DISPUTE: self.tr("&Ruling:"),
            wf.Transition.WITHDRAW: self.tr("&Why it is withdrawn:"),
            wf.Transition.REJECT_PLAN: self.tr("&What must change:"),
            wf.Transition.REOPEN: self.tr("&Why it is reopened:"),
        }
        self.ui.reasonLabel.setText(reason_labels.get(self.transition, self.tr("&Reason:")))
        current = self.ui.methodCombo.currentText()
        self.ui.methodCombo.clear()
        self.ui.methodCombo.addItems(
            [
                self.tr("Document check"),
                self.tr("Re-sampling of records"),
                self.tr("KPI trend"),
                self.tr("On-site re-check"),
            ]
        )
        self.ui.methodCombo.setEditText(current)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            chosen = self.verifier_id()
            self._fill_verifiers()
            if chosen:
                self.ui.verifierCombo.setCurrentIndex(self.ui.verifierCombo.findData(chosen))
            self._retranslate()
        super().changeEvent(event)

    # --- inputs -----------------------------------------------------------------------------

    def _fill_verifiers(self) -> None:
        """Everyone, but the owners of the NC's actions are shown disabled with the reason:
        whoever carried out an action may not judge its effectiveness."""
        combo = self.ui.verifierCombo
        combo.clear()
        model = combo.model()
        for p in self._people:
            combo.addItem(p.name, p.id)
            if p.id in self._owners:
                item = model.item(combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(self._owner_reason(p.id))
        # Preselect someone independent: the current user if they own no action.
        preferred = [p for p in self._people if p.id not in self._owners]
        me = next((p for p in preferred if p.name == self.session.ctx.actor), None)
        choice = me or (preferred[0] if preferred else None)
        combo.setCurrentIndex(combo.findData(choice.id) if choice else -1)

    def _owner_reason(self, person_id: str) -> str:
        seqs = ", ".join(
            str(a.seq)
            for a in self.nc.actions
            if a.owner_id == person_id and a.status != ActionStatus.CANCELLED
        )
        return self.tr("Owns corrective action {seqs}: may not verify this nonconformity").format(
            seqs=seqs
        )

    def selectable_verifiers(self) -> list[str]:
        """The ids the combo lets the user pick."""
        model = self.ui.verifierCombo.model()
        combo = self.ui.verifierCombo
        return [combo.itemData(i) for i in range(combo.count()) if model.item(i).isEnabled()]

    def _focus_first(self) -> None:
        for widget, field in (
            (self.ui.reasonEdit, "reason"),
            (self.ui.acknowledgedEdit, "acknowledged_by"),
            (self.ui.verifierCombo, "verifier_id"),
        ):
            if field in self.needs:
                widget.setFocus()
                return

    def verifier_id(self) -> str | None:
        return self.ui.verifierCombo.currentData()

    def _missing(self) -> list[str]:
        missing = []
        if "reason" in self.needs and not self.ui.reasonEdit.toPlainText().strip():
            missing.append(self.tr("a reason"))
        if "acknowledged_by" in self.needs and not self.ui.acknowledgedEdit.text().strip():
            missing.append(self.tr("who acknowledges"))
        if "verifier_id" in self.needs and not self.verifier_id():
            missing.append(self.tr("the verifier"))
        if "method" in self.needs and not self.ui.methodCombo.currentText().strip():
            missing.append(self.tr("the method"))
        return missing

    def _update(self) -> None:
        missing = self._missing()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing)
        ok.setToolTip(
            self.tr("Still needed: {fields}").format(fields=", ".join(missing)) if missing else ""
        )
        vid = self.verifier_id() if "verifier_id" in self.needs else None
        self.ui.verifierHint.setText(
            self.tr(
                "{name} owns a corrective action of this nonconformity and may not verify it."
            ).format(name=self.ui.verifierCombo.currentText())
            if vid and vid in self._owners
            else ""
        )
        self.ui.verifierHint.setVisible(bool(vid and vid in self._owners))

    # --- doing it ---------------------------------------------------------------------------

    def accept(self) -> None:
        if self._missing():
            return
        kwargs = {}
        if "reason" in self.needs:
            kwargs["reason"] = self.ui.reasonEdit.toPlainText().strip()
        if "acknowledged_by" in self.needs:
            kwargs["acknowledged_by"] = self.ui.acknowledgedEdit.text().strip()
        if "verifier_id" in self.needs:
            kwargs["verifier"] = self.verifier_id()
        if "method" in self.needs:
            kwargs["method"] = self.ui.methodCombo.currentText().strip()
        if self.transition in _VERIFY:
            kwargs["notes"] = self.ui.notesEdit.toPlainText().strip()
        ok, view = self.session.call(
            self,
            nonconformities.transition,
            self.nc.number,
            self.transition.value,
            changed=NCS,
            **kwargs,
        )
        if ok:
            self.result_view = view
            super().accept()
