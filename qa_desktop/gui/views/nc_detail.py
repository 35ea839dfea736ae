"""The detail pane of one nonconformity: the whole record, its next workflow steps, and the
compact editing the working list needs (correction, cause analysis, corrective actions)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.enums import (
    ACTION_STATUS_LABELS,
    CAUSE_LABELS,
    GRADE_LABELS,
    NC_STATUS_LABELS,
    NC_TYPE_LABELS,
    PROCESS_LABELS,
    ActionStatus,
    CauseCategory,
    NcStatus,
    VerificationResult,
)
from qa_desktop.services import nonconformities, organisation
from qa_desktop.services.nonconformities import (
    ACTIONS_COMPLETABLE,
    ACTIONS_EDITABLE,
    FINAL,
    NcView,
)
from qa_desktop.services.organisation import PersonView

from ..dialogs.transition_dialog import TransitionDialog
from ..forms.ui_nc_detail import Ui_NcDetail
from ..session import NCS, AppSession

RED = QColor("#b3261e")
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole
EMPTY = "—"
NEW_ACTION_DAYS = 14

# The step that moves the NC forward on the main path (domain.md §2); the "Why can't I…?"
# explanation is about this one, since that is what the user is waiting to do.
MAIN_NEXT: dict[str, wf.Transition] = {
    NcStatus.DRAFT: wf.Transition.ISSUE,
    NcStatus.ISSUED: wf.Transition.ACKNOWLEDGE,
    NcStatus.DISPUTED: wf.Transition.RESOLVE_DISPUTE,
    NcStatus.ACKNOWLEDGED: wf.Transition.SUBMIT_PLAN,
    NcStatus.PLAN_SUBMITTED: wf.Transition.APPROVE_PLAN,
    NcStatus.PLAN_REJECTED: wf.Transition.SUBMIT_PLAN,
    NcStatus.PLAN_APPROVED: wf.Transition.START,
    NcStatus.IN_PROGRESS: wf.Transition.REQUEST_VERIFICATION,
    NcStatus.PENDING_VERIFICATION: wf.Transition.VERIFY_EFFECTIVE,
    NcStatus.VERIFIED: wf.Transition.CLOSE,
    NcStatus.REOPENED: wf.Transition.SUBMIT_PLAN,
    NcStatus.TRACKING: wf.Transition.CLOSE,
}
# Blockers about what the transition dialog asks for, not about the record: never a reason
# why a button is missing.
INPUT_BLOCKERS = frozenset(
    {
        "wrong_state",
        "reason_required",
        "acknowledged_by_required",
        "verifier_required",
        "verifier_is_owner",
        "method_required",
    }
)
CHIP_STYLE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 10px; }}"


def _day(value: date | None) -> str:
    return value.isoformat() if value else EMPTY


def _moment(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else EMPTY


class NcDetail(QWidget):
    open_nc = Signal(str)  # a linked NC (the one this follows up)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NcDetail()
        self.ui.setupUi(self)
        self.nc: NcView | None = None
        self.people: list[PersonView] = []
        self._filling = False
        self._why_edits = [
            self.ui.why1Edit,
            self.ui.why2Edit,
            self.ui.why3Edit,
            self.ui.why4Edit,
            self.ui.why5Edit,
        ]
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Value"):
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.parentValue.setTextFormat(Qt.TextFormat.RichText)
        self.ui.parentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.ui.parentValue.linkActivated.connect(self.open_nc)
        title_font = QFont(self.ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        self.ui.overdueLabel.setStyleSheet(f"color: {RED.name()}; font-weight: bold;")
        self.ui.blockersLabel.setStyleSheet(
            "QLabel { background: #fff4e0; color: #5d4200; border: 1px solid #f0d9a8;"
            " border-radius: 4px; padding: 4px 8px; }"
        )
        table = self.ui.actionsTable
        h = table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3, 4):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_action_buttons)
        # Cause analysis: Save is offered only when something differs from the record.
        for edit in (self.ui.correctionEdit, self.ui.rootCauseEdit, self.ui.similarEdit):
            edit.textChanged.connect(self._update_cause_buttons)
        for edit in self._why_edits:
            edit.textChanged.connect(self._update_cause_buttons)
        self.ui.categoryCombo.currentIndexChanged.connect(self._update_cause_buttons)
        self.ui.saveButton.clicked.connect(self.save_cause)
        self.ui.revertButton.clicked.connect(self._revert_cause)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._save_if_dirty)
        self.ui.startActionButton.clicked.connect(
            lambda: self._set_action_status(ActionStatus.IN_PROGRESS)
        )
        self.ui.doneActionButton.clicked.connect(lambda: self._set_action_status(ActionStatus.DONE))
        self.ui.cancelActionButton.clicked.connect(
            lambda: self._set_action_status(ActionStatus.CANCELLED)
        )
        self.ui.addActionButton.clicked.connect(self._add_action)
        self.ui.newDescriptionEdit.returnPressed.connect(self._add_action)
        self.ui.newDescriptionEdit.textChanged.connect(self._update_new_action)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    # --- loading ---------------------------------------------------------------------------

    @property
    def number(self) -> str | None:
        return self.nc.number if self.nc else None

    def load(self, number: str) -> bool:
        ok, view = self.session.call(self, nonconformities.get_nc, number)
        if not ok:
            return False
        self._show(view, fresh=view.number != self.number)
        return True

    def reload(self) -> None:
        """Fetch the shown NC again (after a change), keeping unsaved cause edits."""
        if self.nc is None:
            return
        try:
            view = nonconformities.get_nc(self.session.ctx, self.nc.number)
        except nonconformities.NotFound:
            self.clear()
            return
        self._show(view, fresh=False)

    def clear(self) -> None:
        self.nc = None
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def _show(self, view: NcView, *, fresh: bool) -> None:
        keep_edits = not fresh and self.has_unsaved_edits()
        self.nc = view
        self.people = organisation.list_people(self.session.ctx)
        self.ui.stack.setCurrentWidget(self.ui.contentPage)
        self._fill_texts()
        if not keep_edits:
            self._fill_cause_editors()
        self._fill_new_action_defaults(reset=fresh)
        self._update_cause_buttons()
        if fresh:
            self.ui.evidenceEdit.clear()

    # --- texts (refilled on a language switch too) ----------------------------------------

    def _fill_texts(self) -> None:
        nc = self.nc
        if nc is None:
            return
        label = self.session.label
        self.ui.titleLabel.setText(nc.number)
        final = NcStatus(nc.status) in FINAL
        bg, fg = ("#e0e0e0", "#424242") if final else ("#e3ecfa", "#1a3d7c")
        self.ui.statusChip.setStyleSheet(CHIP_STYLE.format(bg=bg, fg=fg))
        self.ui.statusChip.setText(label(NC_STATUS_LABELS, nc.status))
        self.ui.summaryLabel.setText(
            self.tr("{grade} · {process} · {department} · due {due}").format(
                grade=label(GRADE_LABELS, nc.grade),
                process=f"{nc.process} {label(PROCESS_LABELS, nc.process)}",
                department=nc.department or EMPTY,
                due=_day(nc.due_date),
            )
        )
        if nc.overdue:
            days = (self.session.ctx.today() - nc.due_date).days
            self.ui.overdueLabel.setText(
                self.tr("Overdue: it was due on {date}, {days} days ago.").format(
                    date=nc.due_date.isoformat(), days=days
                )
            )
        self.ui.overdueLabel.setVisible(nc.overdue)
        self._fill_transitions()
        self._fill_record()
        self._fill_actions()
        self._fill_closure()
        self._fill_category_combo()
        editable = not final
        for edit in (self.ui.correctionEdit, self.ui.rootCauseEdit, self.ui.similarEdit):
            edit.setReadOnly(not editable)
        for edit in self._why_edits:
            edit.setReadOnly(not editable)
        self.ui.categoryCombo.setEnabled(editable)
        self.ui.causeHintLabel.setText(
            "" if editable else self.tr("Closed or withdrawn nonconformities cannot be changed.")
        )
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.actionsTab),
            self.tr("Actions ({count})").format(count=len(nc.actions)),
        )

    def _fill_transitions(self) -> None:
        nc = self.nc
        layout = self.ui.transitionButtons
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone now, not at the next event-loop turn
                item.widget().deleteLater()
        main = MAIN_NEXT.get(nc.status)
        allowed = [wf.Transition(t) for t in nc.allowed]
        allowed.sort(key=lambda t: (t != main, list(wf.Transition).index(t)))
        for t in allowed:
            button = QPushButton(self.session.label(wf.TRANSITION_LABELS, t))
            button.setObjectName(f"transition_{t.value}")
            button.setProperty("transition", t.value)
            if t == main:
                font = QFont(button.font())
                font.setBold(True)
                button.setFont(font)
            button.clicked.connect(lambda _checked=False, tt=t: self.run_transition(tt.value))
            layout.addWidget(button)
            button.setVisible(True)  # a layout shows it only later when the pane is visible
        self.ui.nextLabel.setVisible(bool(allowed))
        self.ui.transitionBar.setVisible(bool(allowed))
        lang = self.session.language
        # Why the main step is not offered, and (in the tooltip) every other blocked step.
        why = {
            t: [b for b in blockers if b.code not in INPUT_BLOCKERS]
            for t, blockers in nc.blockers.items()
        }
        why = {t: bs for t, bs in why.items() if bs}
        text = ""
        if main is not None and main.value in why:
            items = "".join(f"<li>{_html(b.message(lang))}</li>" for b in why[main.value])
            text = self.tr("Why can't I “{action}”?").format(
                action=_html(self.session.label(wf.TRANSITION_LABELS, main))
            )
            text = f"<b>{text}</b><ul style='margin: 0'>{items}</ul>"
        elif not allowed and NcStatus(nc.status) in FINAL:
            text = _html(self.tr("This nonconformity is finished; no further step."))
        self.ui.blockersLabel.setText(text)
        self.ui.blockersLabel.setVisible(bool(text))
        tooltip = "\n".join(
            f"{self.session.label(wf.TRANSITION_LABELS, wf.Transition(t))}: "
            + "; ".join(b.message(lang) for b in bs)
            for t, bs in why.items()
        )
        self.ui.blockersLabel.setToolTip(tooltip)
        self.ui.transitionBar.setToolTip(tooltip)

    def _fill_record(self) -> None:
        nc, label, ui = self.nc, self.session.label, self.ui
        values = {
            ui.auditValue: nc.audit_number,
            ui.itemValue: nc.source_item,
            ui.processValue: f"{nc.process} {label(PROCESS_LABELS, nc.process)}",
            ui.departmentValue: nc.department,
            ui.auditorValue: nc.auditor,
            ui.representativeValue: nc.auditee_representative,
            ui.foundValue: _day(nc.found_on),
            ui.dueValue: _day(nc.due_date),
            ui.reopenValue: str(nc.reopen_count),
            ui.factsValue: nc.facts,
            ui.clauseValue: nc.clause,
            ui.internalClauseValue: nc.internal_clause,
            ui.gradeValue: label(GRADE_LABELS, nc.grade),
            ui.typeValue: label(NC_TYPE_LABELS, nc.nc_type) if nc.nc_type else "",
            ui.ackByValue: nc.acknowledged_by,
            ui.ackOnValue: _day(nc.acknowledged_on),
            ui.disputeValue: nc.dispute_reason,
            ui.reasonValue: nc.last_reason,
        }
        for widget, text in values.items():
            widget.setText(text or EMPTY)
        ui.dueValue.setStyleSheet(f"color: {RED.name()}; font-weight: bold;" if nc.overdue else "")
        if nc.parent_number:
            ui.parentValue.setText(
                f'<a href="{_html(nc.parent_number)}">{_html(nc.parent_number)}</a>'
            )
            ui.parentValue.setToolTip(self.tr("Open {number}").format(number=nc.parent_number))
        else:
            ui.parentValue.setText(EMPTY)
            ui.parentValue.setToolTip("")

    def _fill_closure(self) -> None:
        nc, ui = self.nc, self.ui
        results = {
            VerificationResult.EFFECTIVE: self.tr("Effective"),
            VerificationResult.NOT_EFFECTIVE: self.tr("Not effective"),
        }
        values = {
            ui.verifierValue: nc.verifier,
            ui.verifiedOnValue: _day(nc.verified_on),
            ui.methodValue: nc.verification_method,
            ui.resultValue: results.get(nc.verification_result, nc.verification_result or ""),
            ui.notesValue: nc.verification_notes,
            ui.closedAtValue: _moment(nc.closed_at),
            ui.closedByValue: nc.closed_by,
            ui.reopenCountValue: str(nc.reopen_count),
        }
        for widget, text in values.items():
            widget.setText(text or EMPTY)

    def _fill_actions(self) -> None:
        nc, table = self.nc, self.ui.actionsTable
        selected = self.selected_action_id()
        table.setRowCount(len(nc.actions))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, a in enumerate(nc.actions):
            cells = [
                str(a.seq),
                a.description,
                a.owner or EMPTY,
                _day(a.due_date),
                self.session.label(ACTION_STATUS_LABELS, a.status),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ACTION_ID_ROLE, a.id)
                if col == 1:
                    tip = a.description
                    if a.evidence:
                        tip += "\n" + self.tr("Evidence: {evidence}").format(evidence=a.evidence)
                    item.setToolTip(tip)
                if a.overdue and col == 3:
                    item.setForeground(QBrush(RED))
                    item.setFont(bold)
                    item.setToolTip(
                        self.tr("Overdue: due {date}").format(date=a.due_date.isoformat())
                    )
                table.setItem(row, col, item)
            if a.id == selected:
                table.selectRow(row)
        table.resizeRowsToContents()
        status = NcStatus(nc.status)
        can_add = status in ACTIONS_EDITABLE
        self.ui.newActionBox.setEnabled(can_add)
        if status in FINAL:
            hint = self.tr("Closed or withdrawn nonconformities cannot be changed.")
        elif status not in ACTIONS_COMPLETABLE:
            hint = self.tr("Actions can be marked done once the plan is approved.")
        else:
            hint = ""
        if not can_add and status not in FINAL:
            hint = " ".join(
                filter(None, [hint, self.tr("New actions cannot be added in this state.")])
            )
        self.ui.actionsHintLabel.setText(hint)
        self.ui.actionsHintLabel.setVisible(bool(hint))
        self._update_action_buttons()
        self._fill_owner_combo()

    def _fill_owner_combo(self) -> None:
        combo = self.ui.newOwnerCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(no owner yet)"), None)
        for p in self.people:
            if p.active:
                combo.addItem(f"{p.name} · {p.department}" if p.department else p.name, p.id)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_category_combo(self) -> None:
        combo = self.ui.categoryCombo
        current = (
            combo.currentData()
            if combo.count()
            else (self.nc.root_cause_category if self.nc else None)
        )
        self._filling = True
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(not set)"), None)
        for c in CauseCategory:
            combo.addItem(self.session.label(CAUSE_LABELS, c), c.value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)
        self._filling = False

    def _fill_cause_editors(self) -> None:
        nc = self.nc
        self._filling = True
        self.ui.correctionEdit.setPlainText(nc.correction)
        self.ui.rootCauseEdit.setPlainText(nc.root_cause)
        self.ui.similarEdit.setPlainText(nc.similar_check)
        steps = self._displayed_steps(nc.why_steps)
        for i, edit in enumerate(self._why_edits):
            edit.setText(steps[i] if i < len(steps) else "")
        combo = self.ui.categoryCombo
        combo.setCurrentIndex(
            max(combo.findData(nc.root_cause_category), 0) if nc.root_cause_category else 0
        )
        self._filling = False

    def _fill_new_action_defaults(self, *, reset: bool) -> None:
        if not reset:
            return
        self.ui.newDescriptionEdit.clear()
        # The NC's deadline, unless it has passed: a new action is not born overdue.
        today = self.session.ctx.today()
        due = self.nc.due_date
        if due is None or due < today:
            due = today + timedelta(days=NEW_ACTION_DAYS)
        self.ui.newDueEdit.setDate(QDate(due.year, due.month, due.day))
        self.ui.newOwnerCombo.setCurrentIndex(0)
        self._update_new_action()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_texts()
            self._update_cause_buttons()
        super().changeEvent(event)

    # --- workflow ----------------------------------------------------------------------------

    def run_transition(self, transition: str) -> bool:
        """Open the dialog for one step (saving typed cause edits first: guards read them)."""
        if self.nc is None:
            return False
        if self.has_unsaved_edits() and not self.save_cause():
            return False
        t = wf.Transition(transition)
        if not wf.REQUIRED_INPUTS[t]:
            # Nothing to ask: confirm, since a step cannot be undone.
            answer = QMessageBox.question(
                self,
                self.session.label(wf.TRANSITION_LABELS, t),
                self.tr("{action} {number}?").format(
                    action=self.session.label(wf.TRANSITION_LABELS, t), number=self.nc.number
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            ok, _view = self.session.call(
                self, nonconformities.transition, self.nc.number, t.value, changed=NCS
            )
            return ok
        dialog = self.make_dialog(t.value)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def make_dialog(self, transition: str) -> TransitionDialog:
        return TransitionDialog(self.session, self.nc, transition, self.people, self)

    # --- cause analysis ----------------------------------------------------------------------

    def _cause_values(self) -> dict:
        return {
            "correction": self.ui.correctionEdit.toPlainText().strip(),
            "root_cause": self.ui.rootCauseEdit.toPlainText().strip(),
            "similar_check": self.ui.similarEdit.toPlainText().strip(),
            "root_cause_category": self.ui.categoryCombo.currentData(),
            "why_steps": [e.text().strip() for e in self._why_edits if e.text().strip()],
        }

    def _displayed_steps(self, steps) -> list[str]:
        """The why-steps as the five boxes show them (extra steps share the last box)."""
        steps = [w.strip() for w in steps if w.strip()]
        n = len(self._why_edits)
        if len(steps) > n:
            steps = [*steps[: n - 1], "; ".join(steps[n - 1 :])]
        return steps

    def has_unsaved_edits(self) -> bool:
        if self.nc is None or NcStatus(self.nc.status) in FINAL:
            return False
        nc = self.nc
        stored = {
            "correction": nc.correction.strip(),
            "root_cause": nc.root_cause.strip(),
            "similar_check": nc.similar_check.strip(),
            "root_cause_category": nc.root_cause_category,
            "why_steps": self._displayed_steps(nc.why_steps),
        }
        return self._cause_values() != stored

    def _update_cause_buttons(self) -> None:
        if self._filling:
            return
        dirty = self.has_unsaved_edits()
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        index = self.ui.tabs.indexOf(self.ui.causeTab)
        title = self.tr("Correction and cause")
        self.ui.tabs.setTabText(index, f"{title} *" if dirty else title)

    def _save_if_dirty(self) -> None:
        if self.has_unsaved_edits():
            self.save_cause()

    def save_cause(self) -> bool:
        if self.nc is None:
            return False
        ok, view = self.session.call(
            self, nonconformities.update_nc, self.nc.number, changed=NCS, **self._cause_values()
        )
        if ok:
            self.nc = view
            self._fill_cause_editors()
            self._update_cause_buttons()
        return ok

    def _revert_cause(self) -> None:
        if self.nc is not None:
            self._fill_cause_editors()
            self._update_cause_buttons()

    def discard_edits(self) -> None:
        self._revert_cause()

    # --- corrective actions ------------------------------------------------------------------

    def selected_action_id(self) -> str | None:
        items = self.ui.actionsTable.selectedItems()
        return items[0].data(ACTION_ID_ROLE) if items else None

    def select_action(self, seq: int) -> None:
        for row in range(self.ui.actionsTable.rowCount()):
            if self.ui.actionsTable.item(row, 0).text() == str(seq):
                self.ui.actionsTable.selectRow(row)
                return

    def _update_action_buttons(self) -> None:
        nc = self.nc
        action = None
        if nc is not None:
            aid = self.selected_action_id()
            action = next((a for a in nc.actions if a.id == aid), None)
        live = action is not None and action.status not in (
            ActionStatus.DONE,
            ActionStatus.CANCELLED,
        )
        status = NcStatus(nc.status) if nc else None
        changeable = status in (ACTIONS_EDITABLE | ACTIONS_COMPLETABLE)
        self.ui.startActionButton.setEnabled(
            live and changeable and action.status == ActionStatus.OPEN
        )
        self.ui.doneActionButton.setEnabled(live and status in ACTIONS_COMPLETABLE)
        self.ui.cancelActionButton.setEnabled(live and changeable)
        self.ui.evidenceEdit.setEnabled(live and status in ACTIONS_COMPLETABLE)

    def _set_action_status(self, status: ActionStatus) -> None:
        aid = self.selected_action_id()
        if aid is None:
            return
        kwargs = {}
        if status == ActionStatus.DONE and self.ui.evidenceEdit.text().strip():
            kwargs["evidence"] = self.ui.evidenceEdit.text().strip()
        ok, _view = self.session.call(
            self, nonconformities.set_action_status, aid, status.value, changed=NCS, **kwargs
        )
        if ok:
            self.ui.evidenceEdit.clear()

    def _update_new_action(self) -> None:
        self.ui.addActionButton.setEnabled(bool(self.ui.newDescriptionEdit.text().strip()))

    def _add_action(self) -> None:
        if self.nc is None or not self.ui.newDescriptionEdit.text().strip():
            return
        due = self.ui.newDueEdit.date()
        ok, _view = self.session.call(
            self,
            nonconformities.add_action,
            self.nc.number,
            self.ui.newDescriptionEdit.text().strip(),
            owner=self.ui.newOwnerCombo.currentData(),
            due_date=date(due.year(), due.month(), due.day()),
            changed=NCS,
        )
        if ok:
            self.ui.newDescriptionEdit.clear()


def _html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
