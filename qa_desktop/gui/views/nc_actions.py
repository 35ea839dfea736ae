"""Group 8 of the NC report: the corrective actions (owner, planned and actual completion,
status, overdue marked) and the evidence files of each action."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from qa_desktop.domain.enums import ACTION_STATUS_LABELS, ActionStatus, NcStatus
from qa_desktop.services import attachments, nonconformities
from qa_desktop.services.context import ServiceError
from qa_desktop.services.nonconformities import (
    ACTIONS_COMPLETABLE,
    ACTIONS_EDITABLE,
    FINAL,
    ActionView,
    NcView,
)
from qa_desktop.services.organisation import PersonView

from ..forms.ui_nc_actions import Ui_NcActionsPanel
from ..session import NCS, AppSession
from .nc_action_editor import ActionDialog
from .nc_common import EMPTY, RED, day, moment
from .nc_evidence import EvidenceList

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole
SEQ, DESCRIPTION, OWNER, DUE, STATUS, COMPLETED, EVIDENCE = range(7)
_FINISHED = (ActionStatus.DONE, ActionStatus.CANCELLED)


class NcActionsPanel(QWidget):
    count_changed = Signal(int)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NcActionsPanel()
        self.ui.setupUi(self)
        self.nc: NcView | None = None
        self.people: list[PersonView] = []
        self.evidence = EvidenceList(session, self.ui.evidenceBox)
        self.evidence.setObjectName("actionEvidence")
        self.ui.evidenceLayout.addWidget(self.evidence)
        self.evidence.count_changed.connect(lambda _n: self._refresh_evidence_counts())
        table = self.ui.actionsTable
        h = table.horizontalHeader()
        for col in range(table.columnCount()):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.itemActivated.connect(lambda _item: self.edit_action())
        ui = self.ui
        ui.addButton.clicked.connect(self.add_action)
        ui.editButton.clicked.connect(self.edit_action)
        ui.startButton.clicked.connect(lambda: self.set_status(ActionStatus.IN_PROGRESS))
        ui.doneButton.clicked.connect(lambda: self.set_status(ActionStatus.DONE))
        ui.cancelButton.clicked.connect(lambda: self.set_status(ActionStatus.CANCELLED))
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.activated.connect(self.add_action)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------

    def show_nc(self, nc: NcView, people: list[PersonView]) -> None:
        self.nc, self.people = nc, people
        table = self.ui.actionsTable
        selected = self.selected_action_id()
        table.blockSignals(True)
        try:
            table.clearSelection()
            table.setRowCount(len(nc.actions))
            for row, a in enumerate(nc.actions):
                self._fill_row(row, a)
            table.resizeRowsToContents()
            for row, a in enumerate(nc.actions):
                if a.id == selected:
                    table.selectRow(row)
        finally:
            table.blockSignals(False)
        if self.selected_action_id() is None and nc.actions:
            table.selectRow(0)  # its evidence shows at once
        self._fill_hint()
        self._selection_changed()
        self.count_changed.emit(len(nc.actions))

    def _fill_row(self, row: int, a: ActionView) -> None:
        table = self.ui.actionsTable
        files = self._evidence_count(a.id)
        cells = {
            SEQ: str(a.seq),
            DESCRIPTION: a.description,
            OWNER: a.owner or EMPTY,
            DUE: day(a.due_date),
            STATUS: self.session.label(ACTION_STATUS_LABELS, a.status),
            COMPLETED: moment(a.completed_at),
            EVIDENCE: self._evidence_text(files, a.evidence),
        }
        bold = QFont(table.font())
        bold.setBold(True)
        for col, text in cells.items():
            item = QTableWidgetItem(text)
            item.setData(ACTION_ID_ROLE, a.id)
            if col == DESCRIPTION:
                item.setToolTip(a.description)
            elif col == EVIDENCE and a.evidence:
                item.setToolTip(self.tr("Evidence: {evidence}").format(evidence=a.evidence))
            if a.overdue and col in (DUE, SEQ):
                item.setForeground(QBrush(RED))
                item.setFont(bold)
                item.setToolTip(self.tr("Overdue: due {date}").format(date=a.due_date.isoformat()))
            if col in (DUE, COMPLETED, SEQ, EVIDENCE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, col, item)

    def _evidence_count(self, action_id: str) -> int:
        try:
            return len(attachments.list_attachments(self.session.ctx, action_id=action_id))
        except ServiceError:
            return 0

    def _evidence_text(self, files: int, note: str) -> str:
        if files:
            return self.tr("{count} file(s)").format(count=files)
        return self.tr("note") if note else EMPTY

    def _refresh_evidence_counts(self) -> None:
        if self.nc is None:
            return
        for row, a in enumerate(self.nc.actions):
            self.ui.actionsTable.item(row, EVIDENCE).setText(
                self._evidence_text(self._evidence_count(a.id), a.evidence)
            )

    def _fill_hint(self) -> None:
        status = NcStatus(self.nc.status)
        if status in FINAL:
            hint = self.tr("Closed or withdrawn nonconformities cannot be changed.")
        elif status == NcStatus.PLAN_SUBMITTED:
            hint = self.tr(
                "The plan is waiting for approval: actions can be changed again if it is "
                "rejected, and marked done once it is approved."
            )
        elif status not in ACTIONS_EDITABLE:
            hint = self.tr(
                "The actions are being verified: they can change again only if the "
                "nonconformity is reopened. Evidence can still be added."
            )
        elif status not in ACTIONS_COMPLETABLE:
            hint = self.tr("Actions can be marked done once the plan is approved.")
        else:
            hint = ""
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))

    # --- selection -------------------------------------------------------------------------

    def selected_action_id(self) -> str | None:
        items = self.ui.actionsTable.selectedItems()
        return items[0].data(ACTION_ID_ROLE) if items else None

    def selected_action(self) -> ActionView | None:
        aid = self.selected_action_id()
        return next((a for a in self.nc.actions if a.id == aid), None) if self.nc else None

    def select_action(self, seq: int) -> None:
        for row in range(self.ui.actionsTable.rowCount()):
            if self.ui.actionsTable.item(row, SEQ).text() == str(seq):
                self.ui.actionsTable.selectRow(row)
                return

    def _selection_changed(self) -> None:
        action = self.selected_action()
        final = self.nc is None or NcStatus(self.nc.status) in FINAL
        if action is None:
            self.ui.evidenceBox.setTitle(self.tr("Evidence of the selected action"))
            self.evidence.set_target(editable=False)
            self.ui.evidenceNoteLabel.setText(
                self.tr("Select an action to see and attach its evidence.")
            )
        else:
            self.ui.evidenceBox.setTitle(self.tr("Evidence of action {seq}").format(seq=action.seq))
            self.evidence.set_target(action_id=action.id, editable=not final)
            self.ui.evidenceNoteLabel.setText(
                self.tr("Note: {evidence}").format(evidence=action.evidence)
                if action.evidence
                else ""
            )
        self.ui.evidenceNoteLabel.setVisible(bool(self.ui.evidenceNoteLabel.text()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        nc, action = self.nc, self.selected_action()
        status = NcStatus(nc.status) if nc else None
        editable = status in ACTIONS_EDITABLE
        live = action is not None and action.status not in _FINISHED
        changeable = status in (ACTIONS_EDITABLE | ACTIONS_COMPLETABLE)
        ui = self.ui
        ui.addButton.setEnabled(editable)
        ui.editButton.setEnabled(action is not None and editable)
        ui.startButton.setEnabled(live and changeable and action.status == ActionStatus.OPEN)
        ui.doneButton.setEnabled(live and status in ACTIONS_COMPLETABLE)
        ui.cancelButton.setEnabled(live and changeable)

    # --- doing -----------------------------------------------------------------------------

    def make_dialog(self, action: ActionView | None) -> ActionDialog:
        return ActionDialog(self.session, self.nc, self.people, action, self)

    def add_action(self) -> bool:
        if self.nc is None or not self.ui.addButton.isEnabled():
            return False
        return self.make_dialog(None).exec() == QDialog.DialogCode.Accepted

    def edit_action(self) -> bool:
        action = self.selected_action()
        if action is None or not self.ui.editButton.isEnabled():
            return False
        return self.make_dialog(action).exec() == QDialog.DialogCode.Accepted

    def set_status(self, status: ActionStatus) -> bool:
        aid = self.selected_action_id()
        if aid is None:
            return False
        ok, _view = self.session.call(
            self, nonconformities.set_action_status, aid, status.value, changed=NCS
        )
        return ok

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.nc is not None:
                self.show_nc(self.nc, self.people)
        super().changeEvent(event)
