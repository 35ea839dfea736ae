"""Add or change one decision of a management review: category, description, owner (责任人),
due date (期限), status and evidence. Once the review is closed only the follow-up changes:
owner, due date, status and evidence; the decision itself is the meeting's record."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desktop.domain.enums import ACTION_STATUS_LABELS, ActionStatus
from qa_desktop.services import reviews
from qa_desktop.services.organisation import PersonView
from qa_desktop.services.reviews import (
    ACTION_CATEGORIES,
    ACTION_CATEGORY_LABELS,
    ReviewActionView,
    ReviewView,
)

from ..forms.ui_review_action_dialog import Ui_ReviewActionDialog
from ..session import REVIEWS, AppSession
from ..views.nc_common import qdate

NEW_ACTION_DAYS = 30  # a new action's default deadline


class ReviewActionDialog(QDialog):
    def __init__(
        self,
        session: AppSession,
        review: ReviewView,
        people: list[PersonView],
        action: ReviewActionView | None = None,
        *,
        complete: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.review = review
        self.action = action
        self.result_view: ReviewActionView | None = None
        self._people = [p for p in people if p.active or (action and p.id == action.owner_id)]
        self.ui = Ui_ReviewActionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._fill_combos()
        today = session.ctx.today()
        if action is not None:
            ui.descriptionEdit.setPlainText(action.description)
            ui.dueEdit.setDate(qdate(action.due_date or today))
            ui.evidenceEdit.setText(action.evidence)
        else:
            ui.dueEdit.setDate(qdate(today + timedelta(days=NEW_ACTION_DAYS)))
        if complete:
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(ActionStatus.DONE.value))
        # A new action starts open; status and evidence belong to one that exists.
        ui.formLayout.setRowVisible(ui.statusCombo, action is not None)
        ui.formLayout.setRowVisible(ui.evidenceEdit, action is not None)
        closed = review.status == "closed"
        ui.descriptionEdit.setReadOnly(closed)
        ui.categoryCombo.setEnabled(not closed)
        ui.descriptionEdit.textChanged.connect(self._update)
        ui.ownerCombo.currentIndexChanged.connect(self._update)
        ui.buttonBox.accepted.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        self._retranslate()
        (ui.evidenceEdit if complete else ui.descriptionEdit).setFocus()

    def _fill_combos(self) -> None:
        ui, a = self.ui, self.action
        pairs = (
            (ui.categoryCombo, a.category if a else "improvement"),
            (ui.statusCombo, a.status if a else ActionStatus.OPEN.value),
            (ui.ownerCombo, a.owner_id if a else None),
        )
        current = {combo: combo.currentData() if combo.count() else value for combo, value in pairs}
        ui.categoryCombo.clear()
        for code in ACTION_CATEGORIES:
            ui.categoryCombo.addItem(self.session.label(ACTION_CATEGORY_LABELS, code), code)
        ui.statusCombo.clear()
        for status in ActionStatus:
            ui.statusCombo.addItem(self.session.label(ACTION_STATUS_LABELS, status), status.value)
        ui.ownerCombo.clear()
        ui.ownerCombo.addItem(self.tr("(choose the owner)"), None)
        for p in self._people:
            ui.ownerCombo.addItem(f"{p.name} · {p.department}" if p.department else p.name, p.id)
        for combo, value in current.items():
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    def _retranslate(self) -> None:
        if self.action is None:
            self.setWindowTitle(
                self.tr("New decision — {number}").format(number=self.review.number)
            )
            self.ui.introLabel.setText(
                self.tr(
                    "The review's outputs: improvements, changes to the management system or the "
                    "services, and resource needs — each with an owner and a deadline."
                )
            )
        else:
            self.setWindowTitle(
                self.tr("Decision {seq} — {number}").format(
                    seq=self.action.seq, number=self.review.number
                )
            )
            self.ui.introLabel.setText(
                self.tr("The review is closed: only the follow-up of this action can change.")
                if self.review.status == "closed"
                else ""
            )
        self.ui.introLabel.setVisible(bool(self.ui.introLabel.text()))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._retranslate()
        super().changeEvent(event)

    def description(self) -> str:
        return self.ui.descriptionEdit.toPlainText().strip()

    def _problem(self) -> str:
        if not self.description():
            return self.tr("Describe the decision and what will be done.")
        if self.ui.ownerCombo.currentData() is None:
            return self.tr("Choose who is responsible.")
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
        owner = ui.ownerCombo.currentData()
        due = ui.dueEdit.date().toPython()
        if self.action is None:
            ok, view = self.session.call(
                self,
                reviews.add_action,
                self.review.id,
                self.description(),
                owner=owner,
                due_date=due,
                category=ui.categoryCombo.currentData(),
                changed=REVIEWS,
            )
        else:
            fields = {"owner": owner, "due_date": due, "evidence": ui.evidenceEdit.text().strip()}
            if self.review.status != "closed":
                fields["description"] = self.description()
                fields["category"] = ui.categoryCombo.currentData()
            ok, view = self.session.call(
                self, reviews.update_action, self.action.id, changed=REVIEWS, **fields
            )
            status = ui.statusCombo.currentData()
            if ok and status != view.status:
                ok, view = self.session.call(
                    self, reviews.set_action_status, self.action.id, status, changed=REVIEWS
                )
        if ok:
            self.result_view = view
            super().accept()
