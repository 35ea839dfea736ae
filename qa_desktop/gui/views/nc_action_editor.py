"""Add or change one corrective action: description, owner (责任人), planned completion date,
and (when changing one) the evidence note. The dialog saves through the service itself and
stays open when refused, so nothing typed is lost."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desktop.services import nonconformities
from qa_desktop.services.nonconformities import ActionView, NcView
from qa_desktop.services.organisation import PersonView

from ..forms.ui_action_dialog import Ui_ActionDialog
from ..session import NCS, AppSession
from .nc_common import qdate

# A new action is not born overdue: when the NC's deadline has passed, this many days on.
NEW_ACTION_DAYS = 14


class ActionDialog(QDialog):
    def __init__(
        self,
        session: AppSession,
        nc: NcView,
        people: list[PersonView],
        action: ActionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.nc = nc
        self.action = action
        self.result_view: ActionView | None = None
        self._people = [p for p in people if p.active or (action and p.id == action.owner_id)]
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        today = session.ctx.today()
        if action is not None:
            ui.descriptionEdit.setPlainText(action.description)
            due = action.due_date
            ui.evidenceEdit.setText(action.evidence)
        else:
            due = nc.due_date
            if due is None or due < today:
                due = today + timedelta(days=NEW_ACTION_DAYS)
        ui.dueEdit.setDate(qdate(due or today + timedelta(days=NEW_ACTION_DAYS)))
        # The evidence note belongs to an action that exists; files are attached in the list.
        ui.formLayout.setRowVisible(ui.evidenceEdit, action is not None)
        self._fill_owners()
        ui.descriptionEdit.textChanged.connect(self._update)
        ui.buttonBox.accepted.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        self._retranslate()
        ui.descriptionEdit.setFocus()

    def _fill_owners(self) -> None:
        combo = self.ui.ownerCombo
        current = (
            combo.currentData()
            if combo.count()
            else (self.action.owner_id if self.action else None)
        )
        combo.clear()
        combo.addItem(self.tr("(no owner yet)"), None)
        for p in self._people:
            combo.addItem(f"{p.name} · {p.department}" if p.department else p.name, p.id)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)

    def _retranslate(self) -> None:
        if self.action is None:
            self.setWindowTitle(
                self.tr("New corrective action — {number}").format(number=self.nc.number)
            )
            self.ui.introLabel.setText(
                self.tr("A corrective action removes the cause so that the problem does not recur.")
            )
        else:
            self.setWindowTitle(
                self.tr("Corrective action {seq} — {number}").format(
                    seq=self.action.seq, number=self.nc.number
                )
            )
            self.ui.introLabel.setText("")
        self.ui.introLabel.setVisible(bool(self.ui.introLabel.text()))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_owners()
            self._retranslate()
        super().changeEvent(event)

    def description(self) -> str:
        return self.ui.descriptionEdit.toPlainText().strip()

    def _update(self) -> None:
        ok = bool(self.description())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.ui.problemLabel.setText("" if ok else self.tr("Describe what will be done."))

    def accept(self) -> None:
        if not self.description():
            self._update()
            return
        owner = self.ui.ownerCombo.currentData()
        due = self.ui.dueEdit.date().toPython()
        if self.action is None:
            ok, view = self.session.call(
                self,
                nonconformities.add_action,
                self.nc.number,
                self.description(),
                owner=owner,
                due_date=due,
                changed=NCS,
            )
        else:
            ok, view = self.session.call(
                self,
                nonconformities.update_action,
                self.action.id,
                description=self.description(),
                owner=owner,
                due_date=due,
                evidence=self.ui.evidenceEdit.text().strip(),
                changed=NCS,
            )
        if ok:
            self.result_view = view
            super().accept()
