"""The nonconformity form: every field of the NC report (domain.md §2, groups 1–13), its
workflow buttons, follow-up NCs for recurrences, and the history of changes.

Tabs: the record (1–5 and links), correction and cause (6, 7, 9), actions (8), verification
and closure (10–13), history. Edits of the record and the cause analysis are saved together
(Save / Ctrl+S, or when leaving the NC after asking); nothing typed is dropped silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.enums import GRADE_LABELS, NC_STATUS_LABELS, PROCESS_LABELS, NcStatus
from qa_desktop.services import nonconformities, organisation
from qa_desktop.services.context import ServiceError
from qa_desktop.services.nonconformities import FINAL, NcLink, NcView
from qa_desktop.services.organisation import PersonView

from ..dialogs.recurrence_dialog import RecurrenceDialog
from ..dialogs.transition_dialog import TransitionDialog
from ..forms.ui_nc_detail import Ui_NcDetail
from ..report_actions import generate
from ..session import NCS, AppSession
from .nc_actions import NcActionsPanel
from .nc_cause import NcCauseForm
from .nc_common import EMPTY, PURPLE, RED, day, make_link_label, nc_link
from .nc_history import NcHistoryPanel
from .nc_record import NcRecordForm
from .nc_verification import NcVerificationPanel
from .nc_workflow_bar import WorkflowBar

CHIP_STYLE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 10px; }}"
# A follow-up for a recurrence makes sense once the NC was dealt with, or dealt with badly.
RECURRENCE_FROM = frozenset({NcStatus.CLOSED, NcStatus.VERIFIED, NcStatus.REOPENED})


class NcDetail(QWidget):
    open_nc = Signal(str)  # a linked NC (parent, follow-up, earlier repeat, a new follow-up)
    wide_toggled = Signal(bool)  # give the form the whole page

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NcDetail()
        self.ui.setupUi(self)
        self.nc: NcView | None = None
        self.people: list[PersonView] = []
        self.children: list[NcLink] = []
        ui = self.ui
        self.record = NcRecordForm(session, ui.recordTab)
        ui.recordTabLayout.addWidget(self.record)
        self.cause = NcCauseForm(session, ui.causeTab)
        ui.causeTabLayout.addWidget(self.cause)
        self.actions = NcActionsPanel(session, ui.actionsTab)
        ui.actionsTabLayout.addWidget(self.actions)
        self.verification = NcVerificationPanel(session, ui.verificationTab)
        ui.verificationTabLayout.addWidget(self.verification)
        self.history = NcHistoryPanel(session, ui.historyTab)
        ui.historyTabLayout.addWidget(self.history)
        self.workflow = WorkflowBar(session, ui.transitionBar, ui.transitionButtons)
        self.workflow.requested.connect(self.run_transition)

        title_font = QFont(ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        ui.titleLabel.setFont(title_font)
        ui.overdueLabel.setStyleSheet(f"color: {RED.name()}; font-weight: bold;")
        ui.blockersLabel.setStyleSheet(
            "QLabel { background: #fff4e0; color: #5d4200; border: 1px solid #f0d9a8;"
            " border-radius: 4px; padding: 4px 8px; }"
        )
        make_link_label(ui.repeatFlag)
        ui.repeatFlag.setWordWrap(False)
        ui.repeatFlag.setStyleSheet(
            f"QLabel {{ color: {PURPLE.name()}; border: 1px solid {PURPLE.name()};"
            " border-radius: 9px; padding: 1px 8px; font-weight: bold; }"
        )
        ui.repeatFlag.linkActivated.connect(self.open_nc)
        self.record.open_nc.connect(self.open_nc)
        self.record.edited.connect(self._update_save_state)
        self.cause.edited.connect(self._update_save_state)
        self.actions.count_changed.connect(lambda _n: self._label_tabs())
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.discard_edits)
        ui.recurrenceButton.clicked.connect(self.raise_recurrence)
        ui.printButton.clicked.connect(self.print_report)
        ui.wideButton.toggled.connect(self.wide_toggled)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._save_if_dirty)
        wide = QShortcut(QKeySequence("Ctrl+Shift+W"), self)
        wide.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        wide.activated.connect(ui.wideButton.toggle)
        ui.stack.setCurrentWidget(ui.emptyPage)

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
        """Fetch the shown NC again (after a change), keeping edits not saved yet."""
        if self.nc is None:
            return
        try:
            view = nonconformities.get_nc(self.session.ctx, self.nc.number)
        except ServiceError:
            self.clear()
            return
        self._show(view, fresh=False)

    def clear(self) -> None:
        self.nc = None
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def _show(self, view: NcView, *, fresh: bool) -> None:
        keep = not fresh and self.has_unsaved_edits()
        self.nc = view
        ctx = self.session.ctx
        self.people = organisation.list_people(ctx)
        try:
            self.children = nonconformities.children(ctx, view.number)
        except ServiceError:
            self.children = []
        self.ui.stack.setCurrentWidget(self.ui.contentPage)
        self.record.show_nc(view, self.children, keep_edits=keep)
        self.cause.show_nc(view, keep_edits=keep)
        self.actions.show_nc(view, self.people)
        self.verification.show_nc(view)
        self.history.show_nc(view)
        self._fill_header()
        self._update_save_state()
        if fresh:
            self.ui.tabs.setCurrentWidget(self.ui.recordTab)

    # --- the header (refilled on a language switch) ----------------------------------------

    def _fill_header(self) -> None:
        nc, ui, label = self.nc, self.ui, self.session.label
        if nc is None:
            return
        ui.titleLabel.setText(nc.number)
        final = NcStatus(nc.status) in FINAL
        bg, fg = ("#e0e0e0", "#424242") if final else ("#e3ecfa", "#1a3d7c")
        ui.statusChip.setStyleSheet(CHIP_STYLE.format(bg=bg, fg=fg))
        ui.statusChip.setText(label(NC_STATUS_LABELS, nc.status))
        ui.repeatFlag.setText(
            self.tr("Repeat of {link}").format(link=nc_link(nc.repeat_of_number))
            if nc.repeat_of_number
            else ""
        )
        ui.repeatFlag.setVisible(bool(nc.repeat_of_number))
        ui.summaryLabel.setText(
            self.tr("{grade} · {process} · {department} · due {due}").format(
                grade=label(GRADE_LABELS, nc.grade),
                process=f"{nc.process} {label(PROCESS_LABELS, nc.process)}",
                department=nc.department or EMPTY,
                due=day(nc.due_date),
            )
        )
        if nc.overdue:
            days = (self.session.ctx.today() - nc.due_date).days
            ui.overdueLabel.setText(
                self.tr("Overdue: it was due on {date}, {days} days ago.").format(
                    date=nc.due_date.isoformat(), days=days
                )
            )
        ui.overdueLabel.setVisible(nc.overdue)
        self.workflow.show_nc(nc)
        ui.nextLabel.setVisible(bool(self.workflow.buttons))
        ui.transitionBar.setVisible(bool(self.workflow.buttons))
        explanation = self.workflow.explanation(nc)
        ui.blockersLabel.setText(explanation)
        ui.blockersLabel.setVisible(bool(explanation))
        ui.recurrenceButton.setVisible(NcStatus(nc.status) in RECURRENCE_FROM)
        self._label_tabs()

    def transition_buttons(self) -> dict[str, QPushButton]:
        return dict(self.workflow.buttons)

    def _label_tabs(self) -> None:
        if self.nc is None:
            return
        tabs = self.ui.tabs
        record_dirty = bool(self.record.changed_fields())
        cause_dirty = bool(self.cause.changed_fields())
        titles = {
            self.ui.recordTab: self.tr("Record") + (" *" if record_dirty else ""),
            self.ui.causeTab: self.tr("Correction and cause") + (" *" if cause_dirty else ""),
            self.ui.actionsTab: self.tr("Actions ({count})").format(count=len(self.nc.actions)),
            self.ui.verificationTab: self.tr("Verification and closure"),
            self.ui.historyTab: self.tr("History"),
        }
        for widget, title in titles.items():
            tabs.setTabText(tabs.indexOf(widget), title)

    # --- saving ----------------------------------------------------------------------------

    def changed_fields(self) -> dict[str, Any]:
        if self.nc is None or NcStatus(self.nc.status) in FINAL:
            return {}
        return {**self.record.changed_fields(), **self.cause.changed_fields()}

    def has_unsaved_edits(self) -> bool:
        return bool(self.changed_fields())

    def _update_save_state(self) -> None:
        if self.nc is None:
            return
        dirty = self.has_unsaved_edits()
        final = NcStatus(self.nc.status) in FINAL
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        if final:
            text, style = self.tr("Closed or withdrawn: read-only"), "color: #6b6b6b;"
        elif dirty:
            text = self.tr("Unsaved changes — Ctrl+S saves")
            style = "color: #8a5300; font-weight: bold;"
        else:
            text, style = self.tr("All changes saved"), "color: #2e7d32;"
        self.ui.saveStateLabel.setText(text)
        self.ui.saveStateLabel.setStyleSheet(style)
        self._label_tabs()

    def _save_if_dirty(self) -> None:
        if self.has_unsaved_edits():
            self.save()

    def save(self) -> bool:
        """Save the edited fields; True when nothing is left unsaved."""
        fields = self.changed_fields()
        if self.nc is None or not fields:
            return True
        ok, view = self.session.call(
            self, nonconformities.update_nc, self.nc.number, changed=NCS, **fields
        )
        if ok:
            self._saved(view)
        return ok

    def _saved(self, view: NcView) -> None:
        self.nc = view
        self.record.show_nc(view, self.children, keep_edits=False)
        self.cause.show_nc(view, keep_edits=False)
        self._fill_header()
        self._update_save_state()

    def discard_edits(self) -> None:
        if self.nc is not None:
            self.record.show_nc(self.nc, self.children, keep_edits=False)
            self.cause.show_nc(self.nc, keep_edits=False)
            self._update_save_state()

    # --- workflow ----------------------------------------------------------------------------

    def run_transition(self, transition: str) -> bool:
        """Open the dialog for one step (saving typed edits first: the guards read them)."""
        if self.nc is None:
            return False
        if self.has_unsaved_edits() and not self.save():
            return False
        t = wf.Transition(transition)
        if not wf.REQUIRED_INPUTS[t]:
            # Nothing to ask: confirm, since a step cannot be undone.
            action = self.session.label(wf.TRANSITION_LABELS, t)
            answer = QMessageBox.question(
                self,
                action,
                self.tr("{action} {number}?").format(action=action, number=self.nc.number),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            ok, _view = self.session.call(
                self, nonconformities.transition, self.nc.number, t.value, changed=NCS
            )
            if ok:
                self.reload()
            return ok
        accepted = self.make_dialog(t.value).exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.reload()
        return accepted

    def make_dialog(self, transition: str) -> TransitionDialog:
        return TransitionDialog(self.session, self.nc, transition, self.people, self)

    # --- recurrence --------------------------------------------------------------------------

    def print_report(self) -> None:
        """The 内审不符合报告 of this NC as a PDF (saved first if it has unsaved edits)."""
        if self.number and self.save():
            generate(self, self.session, "nc", self.number)

    def raise_recurrence(self) -> bool:
        if self.nc is None:
            return False
        ok, draft = self.session.call(self, nonconformities.recurrence_draft, self.nc.number)
        if not ok:
            return False
        dialog = self.make_recurrence_dialog(draft)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.nc is None:
            return False
        self.open_nc.emit(dialog.nc.number)
        return True

    def make_recurrence_dialog(self, draft) -> RecurrenceDialog:
        return RecurrenceDialog(self.session, draft, self)

    # --- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_header()
            self._update_save_state()
        super().changeEvent(event)
