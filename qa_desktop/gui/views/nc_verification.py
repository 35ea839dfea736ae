"""Groups 10–13 of the NC report: implementation evidence and the actual completion date,
verification, its conclusion (with how often a not-effective result reopened the NC), and
closure. Verification and closure are recorded by workflow steps, so this part is read-only
apart from the evidence files."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from qa_desktop.domain.enums import ActionStatus, NcStatus, VerificationResult
from qa_desktop.services.nonconformities import FINAL, NcView

from ..forms.ui_nc_verification import Ui_NcVerificationPanel
from ..session import AppSession
from .nc_common import EMPTY, RED, day, make_value_label, moment
from .nc_evidence import EvidenceList

GREEN = "#1b5e20"


class NcVerificationPanel(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NcVerificationPanel()
        self.ui.setupUi(self)
        self.nc: NcView | None = None
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Value"):
                make_value_label(label)
        self.evidence = EvidenceList(session, self.ui.evidenceBox, compact=True)
        self.evidence.setObjectName("ncEvidence")
        self.ui.evidenceLayout.insertWidget(0, self.evidence)

    def show_nc(self, nc: NcView) -> None:
        self.nc = nc
        self.evidence.set_target(nc=nc.number, editable=NcStatus(nc.status) not in FINAL)
        self._fill()

    def _fill(self) -> None:
        nc, ui = self.nc, self.ui
        done = [
            a.completed_at for a in nc.actions if a.status == ActionStatus.DONE and a.completed_at
        ]
        unfinished = [
            a for a in nc.actions if a.status not in (ActionStatus.DONE, ActionStatus.CANCELLED)
        ]
        if not done:
            completion = EMPTY
        elif unfinished:
            completion = self.tr("{count} action(s) still open (last done {when})").format(
                count=len(unfinished), when=moment(max(done))
            )
        else:
            completion = moment(max(done))
        results = {
            VerificationResult.EFFECTIVE: self.tr("Effective"),
            VerificationResult.NOT_EFFECTIVE: self.tr("Not effective — reopened for another round"),
        }
        texts = {
            ui.completionValue: completion,
            ui.verifierValue: nc.verifier,
            ui.verifiedOnValue: day(nc.verified_on),
            ui.methodValue: nc.verification_method,
            ui.resultValue: results.get(nc.verification_result, nc.verification_result or ""),
            ui.notesValue: nc.verification_notes,
            ui.reopenValue: (
                self.tr("{count} (each not-effective verification reopens and counts)").format(
                    count=nc.reopen_count
                )
                if nc.reopen_count
                else "0"
            ),
            ui.closedAtValue: moment(nc.closed_at),
            ui.closedByValue: nc.closed_by,
        }
        for widget, text in texts.items():
            widget.setText(text or EMPTY)
        colour = {
            VerificationResult.EFFECTIVE: GREEN,
            VerificationResult.NOT_EFFECTIVE: RED.name(),
        }.get(nc.verification_result)
        ui.resultValue.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        ui.reopenValue.setStyleSheet(
            f"color: {RED.name()}; font-weight: bold;" if nc.reopen_count else ""
        )

    def reopen_text(self) -> str:
        return self.ui.reopenValue.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.nc is not None:
                self._fill()
        super().changeEvent(event)
